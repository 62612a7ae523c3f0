// The window's own reminders (ui/reminder_view.hpp): a due reminder shows in a
// notice above the view and is recorded as shown, so `stepwise remind` leaves
// it alone; the step editor and Settings set the times.
#include "app/reminders.hpp"
#include "store/step_repository.hpp"
#include "support/temp_dir.hpp"
#include "ui_harness.hpp"

#include <catch2/catch.hpp>

using namespace sw;
using namespace sw::test;

namespace {

int64_t walking_goal(App& app) {
    Goal g;
    g.title = "Move more";
    g.start_date = add_days(app.today(), -10);
    g.due_date = add_days(app.today(), 60);
    return app.add_goal(g);
}

// A daily step reminding at `at` (00:00 is due whenever the test runs).
int64_t daily_step(App& app, int64_t goal, const char* title, const char* at) {
    Step s;
    s.goal_id = goal;
    s.title = title;
    s.repeat = parse_recurrence("daily");
    s.start_date = add_days(app.today(), -10);
    s.remind_at = parse_time_of_day(at);
    return app.add_step(s);
}

// What `stepwise remind` would still send now: due, and not yet shown by anyone.
std::vector<std::string> left_for_remind(App& app) {
    LocalTime now = local_now();
    std::vector<std::string> sent = reminders_sent_on(app.database(), now.day);
    std::vector<std::string> left;
    for (const DueReminder& r : due_reminders(app, now))
        if (std::find(sent.begin(), sent.end(), r.key) == sent.end()) left.push_back(r.key);
    return left;
}

}  // namespace

TEST_CASE("A due reminder shows in the window and is recorded as shown, so remind does not send it", "[ui][reminders]") {
    TempDir dir;
    App app(Database::open(dir.file("s.db")), today_local(), Origin::window);
    int64_t goal = walking_goal(app);
    int64_t step = daily_step(app, goal, "Walk after lunch", "00:00");
    REQUIRE(left_for_remind(app).size() == 1);
    size_t journalled = app.journal(100).size();

    UiHarness h(app);
    h.frames(1);
    CHECK(h.has_item("reminders.step." + std::to_string(step)));
    CHECK(h.has_item("reminders.dismiss"));
    CHECK(left_for_remind(app).empty());
    // Claimed by the window, in the file another process reads.
    App other(Database::open(dir.file("s.db")), today_local());
    CHECK(reminders_sent_on(other.database(), local_now().day) ==
          std::vector<std::string>{step_reminder_key(app.find_step(step)->uuid)});
    CHECK(app.journal(100).size() == journalled);  // bookkeeping, not a change to undo

    h.click("reminders.dismiss");
    CHECK_FALSE(h.has_item("reminders.step." + std::to_string(step)));
    h.frames(3);
    CHECK_FALSE(h.has_item("reminders.dismiss"));  // dismissed stays dismissed
}

TEST_CASE("A reminder remind already sent is not shown again in the window", "[ui][reminders]") {
    App app(Database::in_memory(), today_local(), Origin::window);
    int64_t goal = walking_goal(app);
    int64_t step = daily_step(app, goal, "Walk after lunch", "00:00");
    Database& db = app.database();
    db.write([&] { claim_reminder(db, step_reminder_key(app.find_step(step)->uuid), local_now().day, ReminderSender::remind_command); });
    UiHarness h(app);
    h.frames(2);
    CHECK_FALSE(h.has_item("reminders.dismiss"));
}

TEST_CASE("Ticking the step takes its reminder off the notice", "[ui][reminders]") {
    App app(Database::in_memory(), today_local(), Origin::window);
    int64_t goal = walking_goal(app);
    int64_t walk = daily_step(app, goal, "Walk after lunch", "00:00");
    int64_t read = daily_step(app, goal, "Read ten pages", "00:00");
    UiHarness h(app);
    REQUIRE(h.has_item("reminders.step." + std::to_string(walk)));
    REQUIRE(h.has_item("reminders.step." + std::to_string(read)));
    app.post(CompleteStep{walk, app.today(), true});
    h.frames(2);
    CHECK_FALSE(h.has_item("reminders.step." + std::to_string(walk)));
    CHECK(h.has_item("reminders.step." + std::to_string(read)));
}

TEST_CASE("The check between frames finds a reminder when its minute comes, and is idle otherwise",
          "[ui][reminders]") {
    App app(Database::in_memory(), today_local(), Origin::window);
    int64_t goal = walking_goal(app);
    daily_step(app, goal, "Stretch", "07:00");
    ui::ReminderState state;
    Day today = app.today();
    CHECK_FALSE(ui::check_reminders(app, state, {today, 6 * 60 + 59}));  // not yet: nothing to draw
    CHECK(state.showing.empty());
    CHECK(reminders_sent_on(app.database(), today).empty());
    CHECK(ui::check_reminders(app, state, {today, 7 * 60}));  // its minute: a frame is needed
    CHECK(state.showing.size() == 1);
    CHECK(reminders_sent_on(app.database(), today).size() == 1);
    CHECK_FALSE(ui::check_reminders(app, state, {today, 7 * 60}));  // the same minute: nothing
    CHECK_FALSE(ui::check_reminders(app, state, {today, 7 * 60 + 1}));  // already showing
    // The next day it is due again, and shown again.
    CHECK(ui::check_reminders(app, state, {add_days(today, 1), 7 * 60 + 5}));
    CHECK(reminders_sent_on(app.database(), add_days(today, 1)).size() == 1);
}

TEST_CASE("The step editor takes a reminder time, says why one cannot be saved, and clears it", "[ui][reminders]") {
    App app(Database::in_memory(), today_local(), Origin::window);
    int64_t goal = walking_goal(app);
    UiHarness h(app, ui::View::goal_detail, goal);
    h.click("detail.add_step");
    h.type("step.title", "Call Ana");
    h.type("step.remind", "7:45");  // kept as typed, refused with a reason
    CHECK(h.ui().step_editor.remind == "7:45");
    h.click("step.save");
    CHECK(load_steps(app.database()).empty());

    h.ui().step_editor.remind.clear();
    h.type("step.remind", "07:45");
    h.click("step.save");
    auto steps = load_steps(app.database());
    REQUIRE(steps.size() == 1);
    CHECK(steps[0].remind_at == 7 * 60 + 45);

    h.click("detail.step.edit." + std::to_string(steps[0].id));
    CHECK(h.ui().step_editor.remind == "07:45");
    h.click("step.remind.clear");
    CHECK(h.ui().step_editor.remind.empty());
    h.click("step.save");
    CHECK_FALSE(load_steps(app.database())[0].remind_at);
}

TEST_CASE("Settings saves the daily review's time only when it is a time of day", "[ui][reminders]") {
    App app(Database::in_memory(), today_local(), Origin::window);
    UiHarness h(app, ui::View::settings);
    REQUIRE(h.scroll_to("settings.review_time"));
    h.type("settings.review_time", "9pm");
    h.click("settings.review_time.save");
    CHECK(app.setting(kReviewTimeSetting).empty());
    h.ui().reminders.review_time_draft.clear();
    h.type("settings.review_time", "21:00");
    h.click("settings.review_time.save");
    CHECK(app.setting(kReviewTimeSetting) == "21:00");
}
