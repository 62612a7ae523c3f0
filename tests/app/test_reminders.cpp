// Which reminders are due at a moment of the day (app/reminders.hpp), against
// hand-made goals and steps, and remembering the ones shown.
#include "app/app.hpp"
#include "app/reminders.hpp"
#include "core/errors.hpp"
#include "support/sample_goals.hpp"

#include <catch2/catch.hpp>

using namespace sw;
using namespace sw::test;

namespace {

// Thursday 2026-11-26, with one active milestone goal.
struct Plan {
    App app{Database::in_memory(), day("2026-11-26")};
    int64_t goal = 0;

    Plan() {
        Goal g;
        g.title = "Get fit";
        g.kind = GoalKind::milestone;
        g.start_date = day("2026-11-01");
        g.due_date = day("2027-03-01");
        goal = app.add_goal(g);
    }

    int64_t step(const char* title, const char* remind_at, const char* repeat = "", const char* start = "2026-11-01") {
        Step s;
        s.goal_id = goal;
        s.title = title;
        s.repeat = parse_recurrence(repeat);
        s.start_date = day(start);
        s.remind_at = parse_time_of_day(remind_at);
        return app.add_step(s);
    }

    std::vector<std::string> due_at(const char* day_text, const char* time) const {
        std::vector<std::string> labels;
        for (const DueReminder& r : due_reminders(app, {day(day_text), parse_time_of_day(time)}))
            labels.push_back(r.label);
        return labels;
    }
};

using Labels = std::vector<std::string>;

}  // namespace

TEST_CASE("A step's reminder is due once its time has come, and not a minute before", "[reminders]") {
    Plan p;
    int64_t id = p.step("Call the physio", "09:00");
    CHECK(p.due_at("2026-11-26", "08:59").empty());
    auto due = due_reminders(p.app, {day("2026-11-26"), parse_time_of_day("09:00")});
    REQUIRE(due.size() == 1);
    CHECK(due[0].key == step_reminder_key(p.app.find_step(id)->uuid));
    CHECK(due[0].step_id == id);
    CHECK(due[0].at == 9 * 60);
    CHECK(due[0].label == "Call the physio");
    CHECK(due[0].title == "Stepwise: Call the physio");
    CHECK(due[0].body == "Get fit");
    CHECK(p.due_at("2026-11-26", "23:59") == Labels{"Call the physio"});  // still due later that day
}

TEST_CASE("The body names the goal and the if-then plan, as typed and unescaped", "[reminders]") {
    Plan p;
    int64_t id = p.step("Run 3 km <easy> & slow", "07:00", "daily");
    p.app.edit_step(id, set_field("if", "it rains"));
    p.app.edit_step(id, set_field("then", "use the treadmill"));
    auto due = due_reminders(p.app, {day("2026-11-26"), parse_time_of_day("07:00")});
    REQUIRE(due.size() == 1);
    CHECK(due[0].title == "Stepwise: Run 3 km <easy> & slow");  // the notification escapes, not this
    CHECK(due[0].body == "Get fit\nIf it rains, then I will use the treadmill.");
    CHECK(reminder_line(due[0]) ==
          "Stepwise: Run 3 km <easy> & slow — Get fit · If it rains, then I will use the treadmill.");
}

TEST_CASE("A habit done or skipped that day is not reminded; open again, it is", "[reminders]") {
    Plan p;
    int64_t id = p.step("Meditate", "07:00", "daily");
    CHECK(p.due_at("2026-11-26", "08:00") == Labels{"Meditate"});
    p.app.mark_day(id, day("2026-11-26"), DayMark::done);
    CHECK(p.due_at("2026-11-26", "08:00").empty());
    p.app.mark_day(id, day("2026-11-26"), DayMark::skipped);
    CHECK(p.due_at("2026-11-26", "08:00").empty());
    p.app.mark_day(id, day("2026-11-26"), DayMark::open);
    CHECK(p.due_at("2026-11-26", "08:00") == Labels{"Meditate"});
    // Another day's tick does not silence this one.
    p.app.mark_day(id, day("2026-11-25"), DayMark::done);
    CHECK(p.due_at("2026-11-26", "08:00") == Labels{"Meditate"});
}

TEST_CASE("A habit is reminded only on the days it is scheduled, from its start", "[reminders]") {
    Plan p;
    p.step("Swim", "18:00", "weekly:MO,WE");
    p.step("Stretch", "18:00", "every:2", "2026-11-24");
    p.step("Journal", "18:00", "daily", "2026-11-27");
    CHECK(p.due_at("2026-11-25", "18:00") == Labels{"Swim"});     // Wednesday; Stretch was due on the 24th
    CHECK(p.due_at("2026-11-26", "18:00") == Labels{"Stretch"});  // Thursday
    CHECK(p.due_at("2026-11-27", "18:00") == Labels{"Journal"});  // Friday, Journal's first day
}

TEST_CASE("Some days a week are reminded every day until the week has its K", "[reminders]") {
    Plan p;
    int64_t id = p.step("Strength training", "17:30", "times:3/week");
    p.app.mark_day(id, day("2026-11-23"), DayMark::done);  // Monday
    p.app.mark_day(id, day("2026-11-24"), DayMark::done);
    CHECK(p.due_at("2026-11-26", "17:30") == Labels{"Strength training"});  // two of three
    p.app.mark_day(id, day("2026-11-25"), DayMark::done);
    CHECK(p.due_at("2026-11-26", "17:30").empty());  // the week is met
    CHECK(p.due_at("2026-11-30", "17:30") == Labels{"Strength training"});  // a new week
}

TEST_CASE("A one-off step is reminded every day from its start until it is done", "[reminders]") {
    Plan p;
    int64_t id = p.step("Book the dentist", "10:00", "", "2026-11-26");
    p.app.edit_step(id, set_field("due_date", "2026-11-27"));
    CHECK(p.due_at("2026-11-25", "10:00").empty());  // before its start
    CHECK(p.due_at("2026-11-26", "10:00") == Labels{"Book the dentist"});
    CHECK(p.due_at("2026-11-28", "10:00") == Labels{"Book the dentist"});  // overdue: still reminded
    p.app.set_step_status(id, StepStatus::done, day("2026-11-26"));
    CHECK(p.due_at("2026-11-26", "10:00").empty());
    CHECK(p.due_at("2026-11-28", "10:00").empty());
}

TEST_CASE("Dropped steps, steps without a time, and goals archived, paused or achieved are not reminded",
          "[reminders]") {
    Plan p;
    int64_t dropped = p.step("Old idea", "08:00");
    p.app.set_step_status(dropped, StepStatus::dropped, day("2026-11-26"));
    Step quiet;
    quiet.goal_id = p.goal;
    quiet.title = "No reminder";
    quiet.start_date = day("2026-11-01");
    p.app.add_step(quiet);
    p.step("Walk", "08:00", "daily");
    CHECK(p.due_at("2026-11-26", "23:00") == Labels{"Walk"});

    p.app.archive_goal(p.goal);
    CHECK(p.due_at("2026-11-26", "23:00").empty());
    p.app.archive_goal(p.goal, false);
    for (const char* status : {"paused", "achieved", "abandoned"}) {
        p.app.edit_goal(p.goal, set_field("status", status));
        CHECK(p.due_at("2026-11-26", "23:00").empty());
    }
    p.app.edit_goal(p.goal, set_field("status", "active"));
    CHECK(p.due_at("2026-11-26", "23:00") == Labels{"Walk"});
}

TEST_CASE("The daily review is reminded from its time until the day has a check-in", "[reminders]") {
    Plan p;
    CHECK(p.due_at("2026-11-26", "23:59").empty());  // no review time set
    p.app.set_setting(kReviewTimeSetting, "21:00");
    CHECK(p.due_at("2026-11-26", "20:59").empty());
    auto due = due_reminders(p.app, {day("2026-11-26"), parse_time_of_day("21:00")});
    REQUIRE(due.size() == 1);
    CHECK(due[0].key == kReviewReminder);
    CHECK(due[0].step_id == 0);
    CHECK(due[0].title == "Stepwise: Daily review");
    CHECK(due[0].body == "Time for your daily review");

    CheckIn c;
    c.date = day("2026-11-26");
    c.mood = 4;
    p.app.save_checkin(c);
    CHECK(p.due_at("2026-11-26", "21:30").empty());
    CHECK(p.due_at("2026-11-25", "21:30") == Labels{"Daily review"});  // a day without one

    p.app.set_setting(kReviewWeekdaySetting, "wednesday");
    due = due_reminders(p.app, {day("2026-11-25"), parse_time_of_day("21:30")});
    REQUIRE(due.size() == 1);
    CHECK(due[0].body == "Time for your daily review, and this week's review");
}

TEST_CASE("Due reminders come in the order of their times", "[reminders]") {
    Plan p;
    p.step("Evening walk", "19:00", "daily");
    p.step("Breakfast", "07:30", "daily");
    p.step("Alarm", "07:30", "daily");
    p.app.set_setting(kReviewTimeSetting, "12:00");
    CHECK(p.due_at("2026-11-26", "20:00") == Labels{"Alarm", "Breakfast", "Daily review", "Evening walk"});
}

TEST_CASE("A reminder is claimed once a day, by whoever shows it first, and nothing is journalled",
          "[reminders]") {
    Plan p;
    p.step("Walk", "08:00", "daily");
    p.app.set_setting(kReviewTimeSetting, "07:00");
    size_t journalled = p.app.journal(100).size();
    auto due = due_reminders(p.app, {day("2026-11-26"), parse_time_of_day("09:00")});
    REQUIRE(due.size() == 2);

    auto mine = claim_reminders(p.app.database(), day("2026-11-26"), due, ReminderSender::window);
    CHECK(mine.size() == 2);
    CHECK(claim_reminders(p.app.database(), day("2026-11-26"), due, ReminderSender::remind_command).empty());
    CHECK(reminders_sent_on(p.app.database(), day("2026-11-26")) == std::vector<std::string>{"review", due[1].key});
    CHECK(reminders_sent_on(p.app.database(), day("2026-11-27")).empty());
    CHECK(claim_reminders(p.app.database(), day("2026-11-27"), due, ReminderSender::window).size() == 2);
    CHECK(p.app.journal(100).size() == journalled);  // bookkeeping: nothing to undo
}

TEST_CASE("A step's reminder is set, changed and cleared by an edit, and undone like any field", "[reminders]") {
    Plan p;
    int64_t id = p.step("Walk", "08:00", "daily");
    p.app.edit_step(id, set_field("remind_at", "06:45"));
    CHECK(p.app.find_step(id)->remind_at == 6 * 60 + 45);
    p.app.edit_step(id, set_field("remind_at", nullptr));
    CHECK_FALSE(p.app.find_step(id)->remind_at);
    CHECK_THROWS_AS(p.app.edit_step(id, set_field("remind_at", "6:45")), InputError);
    CHECK_FALSE(p.app.find_step(id)->remind_at);
    p.app.undo();
    CHECK(p.app.find_step(id)->remind_at == 6 * 60 + 45);
}

TEST_CASE("A local time for --at is YYYY-MM-DDTHH:MM and nothing else", "[reminders]") {
    LocalTime t = parse_local_time("2026-11-26T07:05");
    CHECK(t.day == day("2026-11-26"));
    CHECK(t.minutes == 7 * 60 + 5);
    CHECK(format_local_time(t) == "2026-11-26T07:05");
    for (const char* bad : {"2026-11-26", "2026-11-26 07:05", "2026-11-26T7:05", "2026-02-30T07:00",
                            "2026-11-26T24:00", "2026-11-26T07:05Z", ""})
        CHECK_THROWS_WITH(parse_local_time(bad), Catch::Contains("use YYYY-MM-DDTHH:MM"));
}
