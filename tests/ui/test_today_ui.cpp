#include "store/checkin_repository.hpp"
#include "store/step_repository.hpp"
#include "ui_harness.hpp"

#include <GLFW/glfw3.h>
#include <catch2/catch.hpp>

using namespace sw;
using namespace sw::test;

namespace {
int64_t seed(App& app) {
    Goal g;
    g.title = "Run a 10 km race";
    g.kind = GoalKind::numeric;
    g.unit = "km";
    g.target = 10;
    g.start_date = add_days(app.today(), -30);
    g.due_date = add_days(app.today(), 60);
    return app.add_goal(g);
}

int64_t daily_step(App& app, int64_t goal) {
    Step s;
    s.goal_id = goal;
    s.title = "Stretch for 10 minutes";
    s.repeat = parse_recurrence("daily");
    s.start_date = add_days(app.today(), -5);
    return app.add_step(s);
}

bool completed_today_in_db(App& app, int64_t step) {
    for (const auto& c : load_completions(app.database()))
        if (c.step_id == step && c.day == app.today()) return true;
    return false;
}
}  // namespace

TEST_CASE("Ticking a habit in Today writes the completion to the database", "[ui]") {
    App app(Database::in_memory(), today_local());
    int64_t step = daily_step(app, seed(app));
    UiHarness h(app, ui::View::today);
    std::string item = "today.step." + std::to_string(step);
    REQUIRE(h.has_item(item));
    h.click(item);
    CHECK(completed_today_in_db(app, step));
    h.click(item);  // and untick
    CHECK_FALSE(completed_today_in_db(app, step));
}

TEST_CASE("Enter toggles the focused step, so Today works without a mouse", "[ui]") {
    App app(Database::in_memory(), today_local());
    int64_t step = daily_step(app, seed(app));
    UiHarness h(app, ui::View::today);
    std::string item = "today.step." + std::to_string(step);
    h.click(item);  // focuses it (and ticks it)
    REQUIRE(completed_today_in_db(app, step));
    h.press_key(GLFW_KEY_ENTER);
    CHECK_FALSE(completed_today_in_db(app, step));
    h.press_key(GLFW_KEY_ENTER);
    CHECK(completed_today_in_db(app, step));
}

TEST_CASE("A one-off step due today is ticked done from Today", "[ui]") {
    App app(Database::in_memory(), today_local());
    Step s;
    s.goal_id = seed(app);
    s.title = "Buy running shoes";
    s.due_date = app.today();
    int64_t id = app.add_step(s);
    UiHarness h(app, ui::View::today);
    h.click("today.step." + std::to_string(id));
    auto stored = find_step(app.database(), id);
    REQUIRE(stored);
    CHECK(stored->status == StepStatus::done);
    CHECK(stored->done_date == app.today());
}

TEST_CASE("The check-in card saves mood and answers with one click", "[ui]") {
    App app(Database::in_memory(), today_local());
    UiHarness h(app, ui::View::today);
    h.type("checkin.win", "Ran 5 km before work");
    h.type("checkin.next", "Book the race");
    h.click("checkin.save");
    auto saved = find_checkin(app.database(), app.today());
    REQUIRE(saved);
    CHECK(saved->win == "Ran 5 km before work");
    CHECK(saved->next_step == "Book the race");
    CHECK(saved->mood == 3);
}

TEST_CASE("Words of distress show a calm note that never blocks saving", "[ui]") {
    App app(Database::in_memory(), today_local());
    UiHarness h(app, ui::View::today);
    CHECK_FALSE(h.has_item("checkin.distress.dismiss"));
    h.type("checkin.obstacle", "I feel hopeless");
    REQUIRE(h.has_item("checkin.distress.dismiss"));
    h.click("checkin.save");
    REQUIRE(find_checkin(app.database(), app.today()));
    h.click("checkin.distress.dismiss");
    CHECK_FALSE(h.has_item("checkin.distress.dismiss"));
}

TEST_CASE("A value logged in Today is stored for its goal", "[ui]") {
    App app(Database::in_memory(), today_local());
    int64_t goal = seed(app);
    UiHarness h(app, ui::View::today);
    h.type("log.input." + std::to_string(goal), "4.5");
    h.click("log.button." + std::to_string(goal));
    REQUIRE(app.entries_of(goal).size() == 1);
    CHECK(app.entries_of(goal)[0].value == 4.5);
    CHECK(app.entries_of(goal)[0].date == app.today());
}

TEST_CASE("A one-off step ticked by mistake in Today can be unticked there", "[ui]") {
    App app(Database::in_memory(), today_local());
    Step s;
    s.goal_id = seed(app);
    s.title = "Call the coach";
    s.due_date = app.today();
    int64_t id = app.add_step(s);
    UiHarness h(app, ui::View::today);
    std::string item = "today.step." + std::to_string(id);
    h.click(item);
    REQUIRE(find_step(app.database(), id)->status == StepStatus::done);
    REQUIRE(h.has_item(item));  // still shown, under "Done today"
    h.click(item);
    CHECK(find_step(app.database(), id)->status == StepStatus::open);
}
