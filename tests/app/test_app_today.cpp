#include "app/app.hpp"
#include "core/errors.hpp"

#include <catch2/catch.hpp>

using namespace sw;

namespace {
Day day(const char* t) { return *parse_iso_day(t); }

Goal goal(const std::string& title, bool numeric) {
    Goal g;
    g.title = title;
    g.kind = numeric ? GoalKind::numeric : GoalKind::milestone;
    g.unit = numeric ? "km" : "";
    g.target = numeric ? 10 : 0;
    g.start_date = day("2026-10-01");
    g.due_date = day("2027-03-01");
    return g;
}
}  // namespace

TEST_CASE("A numeric goal waits for a measurement after seven days without one", "[app]") {
    App app(Database::in_memory(), day("2026-11-26"));
    int64_t id = app.add_goal(goal("Run", true));
    app.log_progress(id, day("2026-11-20"), 3, "");
    auto on = [&](const char* d) { return app.snapshot_on(day(d)).today.needs_measurement.size(); };
    CHECK(on("2026-11-26") == 0);  // 6 days ago is inside the week
    CHECK(on("2026-11-27") == 1);  // 7 days ago is not
    app.archive_goal(id);
    CHECK(on("2026-11-27") == 0);  // archived goals wait for nothing
}

TEST_CASE("A milestone goal's progress is its done one-off steps", "[app]") {
    App app(Database::in_memory(), day("2026-11-26"));
    int64_t id = app.add_goal(goal("Launch the website", false));
    std::vector<int64_t> steps;
    for (const char* t : {"Pick a domain", "Write copy", "Design", "Publish"}) {
        Step s;
        s.goal_id = id;
        s.title = t;
        steps.push_back(app.add_step(s));
    }
    Step habit;
    habit.goal_id = id;
    habit.title = "Write daily";
    habit.repeat = parse_recurrence("daily");
    app.add_step(habit);  // recurring steps do not count toward milestones
    app.complete_step(steps[0], day("2026-11-20"), true);
    app.set_step_status(steps[3], StepStatus::dropped, day("2026-11-21"));
    const GoalRow* row = app.snapshot().goal(id);
    REQUIRE(row);
    CHECK(row->analytics.progress == Approx(1.0 / 3.0));
    CHECK(row->analytics.current == 1);
    // As of a day before it was done, nothing was done yet.
    CHECK(app.snapshot_on(day("2026-11-19")).goal(id)->analytics.progress == 0);
}

TEST_CASE("Commands refuse bad input and leave the data unchanged", "[app]") {
    App app(Database::in_memory(), day("2026-11-26"));
    int64_t id = app.add_goal(goal("Run", true));
    int64_t milestone = app.add_goal(goal("Launch", false));
    uint64_t revision = app.revision();
    CHECK_THROWS_AS(app.log_progress(milestone, day("2026-11-26"), 3, ""), InputError);
    CHECK_THROWS_AS(app.log_progress(99, day("2026-11-26"), 3, ""), NotFoundError);
    Patch bad;
    bad.changes["due_date"] = "2026-01-01";
    CHECK_THROWS_AS(app.edit_goal(id, bad), InputError);
    CheckIn c;
    c.date = day("2026-11-26");
    c.mood = 0;
    CHECK_THROWS_AS(app.save_checkin(c), InputError);
    Step future;
    future.goal_id = id;
    future.title = "Run";
    future.repeat = parse_recurrence("daily");
    future.start_date = day("2026-11-01");
    int64_t step = app.add_step(future);
    revision = app.revision();
    CHECK_THROWS_AS(app.complete_step(step, day("2026-11-27"), true), InputError);  // tomorrow
    CHECK(app.revision() == revision);
    CHECK(app.completions_of(step).empty());
    CHECK(app.find_goal(id)->due_date == day("2027-03-01"));
}

TEST_CASE("Commands posted by the UI run in order after the frame and report the first error", "[app]") {
    App app(Database::in_memory(), day("2026-11-26"));
    int64_t id = app.add_goal(goal("Run", true));
    app.post(LogProgress{id, day("2026-11-25"), 1, ""});
    app.post(LogProgress{42, day("2026-11-25"), 1, ""});
    app.post(LogProgress{id, day("2026-11-26"), 2, ""});
    CHECK(app.entries_of(id).empty());  // nothing happens until the shell applies them
    std::string error = app.apply_posted();
    CHECK(error.find("no goal with id 42") != std::string::npos);
    CHECK(app.entries_of(id).size() == 2);
    CHECK_FALSE(app.has_posted());
}

TEST_CASE("The snapshot is rebuilt only when the data changes", "[app]") {
    App app(Database::in_memory(), day("2026-11-26"));
    CHECK(app.snapshot().goals.empty());
    CHECK(app.snapshot_builds() == 1);
    app.snapshot();
    app.snapshot();
    CHECK(app.snapshot_builds() == 1);  // asked again, same data: not rebuilt
    app.add_goal(goal("Run", true));
    CHECK(app.snapshot().goals.size() == 1);
    CHECK(app.snapshot_builds() == 2);
    app.snapshot();
    CHECK(app.snapshot_builds() == 2);
    CHECK_THROWS_AS(app.log_progress(99, day("2026-11-26"), 3, ""), NotFoundError);  // nothing changed
    app.snapshot();
    CHECK(app.snapshot_builds() == 2);
    app.set_today(day("2026-11-27"));  // a new day is a new picture
    CHECK(app.snapshot().day == day("2026-11-27"));
    CHECK(app.snapshot_builds() == 3);
}

TEST_CASE("Two Apps with the same history never share a revision", "[app]") {
    // Caches are keyed on the revision: equal numbers would let one App's rows
    // stand for the other's.
    App first(Database::in_memory(), day("2026-11-26"));
    App second(Database::in_memory(), day("2026-11-26"));
    CHECK(first.revision() != second.revision());
    first.add_goal(goal("Run", true));
    second.add_goal(goal("Swim", true));
    CHECK(first.revision() != second.revision());
    CHECK(first.revision() != 0);
    uint64_t before = second.revision();
    second.add_goal(goal("Cycle", true));
    CHECK(second.revision() > before);
}

TEST_CASE("Today shows a some-days-a-week habit until the week has its count", "[app]") {
    // Wednesday 2026-11-25; the ISO week runs Monday 23 to Sunday 29.
    App app(Database::in_memory(), day("2026-11-25"));
    int64_t g = app.add_goal(goal("Get fit", false));
    Step s;
    s.goal_id = g;
    s.title = "Swim";
    s.repeat = parse_recurrence("times:2/week");
    s.start_date = day("2026-11-02");
    int64_t id = app.add_step(s);
    auto recurring = [&](const char* d) { return app.snapshot_on(day(d)).today.recurring; };
    REQUIRE(recurring("2026-11-25").size() == 1);
    CHECK(recurring("2026-11-25")[0].streak.week_done == 0);
    CHECK(recurring("2026-11-25")[0].streak.week_needed == 2);

    app.complete_step(id, day("2026-11-23"), true);
    REQUIRE(recurring("2026-11-25").size() == 1);
    CHECK(recurring("2026-11-25")[0].streak.week_done == 1);  // "1 of 2 this week"

    app.complete_step(id, day("2026-11-25"), true);
    auto today = recurring("2026-11-25");
    REQUIRE(today.size() == 1);  // done today: still shown, so the tick can be taken back
    CHECK(today[0].done_on_day);
    CHECK(today[0].streak.week_done == 2);
    CHECK(recurring("2026-11-26").empty());  // the week has its two: nothing more to do
    CHECK(recurring("2026-11-30").size() == 1);  // a new week
}

TEST_CASE("Today's model has the weekly review on the chosen weekday only", "[app][review]") {
    App app(Database::in_memory(), day("2026-11-26"));  // a Thursday
    app.add_goal(goal("Run", true));
    CHECK_FALSE(app.snapshot_on(day("2026-11-26")).today.review);  // no weekday chosen
    app.set_setting(kReviewWeekdaySetting, "thursday");
    CHECK(app.snapshot_on(day("2026-11-26")).today.review);
    CHECK(app.snapshot_on(day("2026-11-19")).today.review);  // a week before: also a Thursday
    CHECK_FALSE(app.snapshot_on(day("2026-11-25")).today.review);
    CHECK(app.snapshot().today.review);  // the window's own snapshot of today
    app.set_setting(kReviewWeekdaySetting, "");
    CHECK_FALSE(app.snapshot().today.review);
}

TEST_CASE("The weekly review holds each active goal now and a week before", "[app][review]") {
    App app(Database::in_memory(), day("2026-11-26"));
    app.set_setting(kReviewWeekdaySetting, "thursday");
    int64_t run = app.add_goal(goal("Run", true));  // level, 0 → 10 km
    app.log_progress(run, day("2026-11-15"), 3, "");
    app.log_progress(run, day("2026-11-24"), 5, "");
    int64_t paused = app.add_goal(goal("Paused", true));
    Patch pause;
    pause.changes["status"] = "paused";
    app.edit_goal(paused, pause);
    Goal later = goal("Not yet", true);
    later.start_date = day("2026-12-01");
    app.add_goal(later);
    int64_t archived = app.add_goal(goal("Archived", false));
    app.archive_goal(archived);

    auto review = app.snapshot_on(day("2026-11-26")).today.review;
    REQUIRE(review);
    CHECK(review->from == day("2026-11-19"));
    REQUIRE(review->goals.size() == 1);  // not the paused, archived or not yet started ones
    CHECK(review->goals[0].now.goal.id == run);
    CHECK(review->goals[0].now.analytics.progress == Approx(0.5));
    CHECK(review->goals[0].week_ago.progress == Approx(0.3));
}

TEST_CASE("A habit goal's week in the review is its scheduled and done days of that week", "[app][review]") {
    App app(Database::in_memory(), day("2026-11-26"));
    app.set_setting(kReviewWeekdaySetting, "thursday");
    Goal g = goal("Meditate", false);
    g.kind = GoalKind::habit;
    g.start_date = day("2026-11-01");
    int64_t id = app.add_goal(g);
    Step s;
    s.goal_id = id;
    s.title = "Sit for ten minutes";
    s.repeat = parse_recurrence("daily");
    s.start_date = day("2026-11-01");
    int64_t step = app.add_step(s);
    for (const char* d : {"2026-11-20", "2026-11-21", "2026-11-22", "2026-11-24", "2026-11-25"})
        app.complete_step(step, day(d), true);
    app.mark_day(step, day("2026-11-23"), DayMark::skipped);

    auto review = app.snapshot_on(day("2026-11-26")).today.review;
    REQUIRE(review);
    REQUIRE(review->goals.size() == 1);
    const WeekChange& week = review->goals[0];
    // 19–25 November: seven days, one skipped (neither scheduled nor missed),
    // five done; today's open occurrence is not missed yet.
    CHECK(week.now.analytics.scheduled - week.week_ago.scheduled == 6);
    CHECK(week.now.analytics.done - week.week_ago.done == 5);
}

TEST_CASE("A command that reads one day's progress gets Today without the review", "[app][review]") {
    App app(Database::in_memory(), day("2026-11-26"), Origin::cli, Reads::progress(day("2026-11-26")));
    app.add_goal(goal("Run", true));
    app.set_setting(kReviewWeekdaySetting, "thursday");
    Snapshot snap = app.snapshot_on(day("2026-11-26"));  // does not ask for last week's progress
    CHECK_FALSE(snap.today.review);
}

TEST_CASE("The weekly review's answer is saved with the day's check-in and undone with it", "[app][review]") {
    App app(Database::in_memory(), day("2026-11-26"));
    app.apply(SaveCheckin{day("2026-11-26"), set_field("next_week", "Plan the long run on Sunday")});
    REQUIRE(app.checkin_on(day("2026-11-26")));
    CHECK(app.checkin_on(day("2026-11-26"))->next_week == "Plan the long run on Sunday");
    app.apply(SaveCheckin{day("2026-11-26"), set_field("next_week", "Sleep earlier")});
    CHECK(app.checkin_on(day("2026-11-26"))->next_week == "Sleep earlier");
    app.undo();
    CHECK(app.checkin_on(day("2026-11-26"))->next_week == "Plan the long run on Sunday");
}
