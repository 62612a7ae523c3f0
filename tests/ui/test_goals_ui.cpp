#include "store/goal_repository.hpp"
#include "ui_harness.hpp"

#include <GLFW/glfw3.h>

#include <catch2/catch.hpp>

using namespace sw;
using namespace sw::test;

namespace {
Goal numeric_goal(const std::string& title, Day today) {
    Goal g;
    g.title = title;
    g.kind = GoalKind::numeric;
    g.unit = "km";
    g.target = 10;
    g.start_date = add_days(today, -30);
    g.due_date = add_days(today, 60);
    return g;
}
}  // namespace

TEST_CASE("A first run shows a welcome with a New goal button", "[ui]") {
    App app(Database::in_memory(), today_local());
    UiHarness h(app, ui::View::goals);
    CHECK(h.has_item("goals.new"));
    CHECK_FALSE(h.has_item("goals.search"));  // no table chrome on an empty list
}

TEST_CASE("A goal created through the editor is saved in the database", "[ui]") {
    App app(Database::in_memory(), today_local());
    UiHarness h(app, ui::View::goals);
    h.click("goals.new");
    REQUIRE(h.has_item("editor.title"));
    h.type("editor.title", "Run a 10 km race");
    h.type("editor.target", "10");
    h.type("editor.unit", "km");
    h.type("editor.why", "To feel strong");
    h.click("editor.save");
    auto goals = load_goals(app.database());
    REQUIRE(goals.size() == 1);
    CHECK(goals[0].title == "Run a 10 km race");
    CHECK(goals[0].kind == GoalKind::numeric);
    CHECK(goals[0].target == 10);
    CHECK(goals[0].unit == "km");
    CHECK(goals[0].why == "To feel strong");
    CHECK(h.ui().view == ui::View::goal_detail);  // saving opens the new goal
    CHECK_FALSE(h.has_item("editor.save"));
}

TEST_CASE("The editor will not save a goal without a title", "[ui]") {
    App app(Database::in_memory(), today_local());
    UiHarness h(app, ui::View::goals);
    h.click("goals.new");
    h.type("editor.target", "10");
    h.click("editor.save");  // disabled: nothing happens
    CHECK(load_goals(app.database()).empty());
    CHECK(h.has_item("editor.save"));  // still open
    h.click("editor.cancel");
    CHECK_FALSE(h.has_item("editor.save"));
}

TEST_CASE("The goal table filters by search text and archive state", "[ui]") {
    App app(Database::in_memory(), today_local());
    int64_t run = app.add_goal(numeric_goal("Run a 10 km race", app.today()));
    int64_t read = app.add_goal(numeric_goal("Read 12 books", app.today()));
    UiHarness h(app, ui::View::goals);
    CHECK(h.has_item("goals.row." + std::to_string(run)));
    CHECK(h.has_item("goals.row." + std::to_string(read)));
    h.type("goals.search", "read");
    CHECK_FALSE(h.has_item("goals.row." + std::to_string(run)));
    CHECK(h.has_item("goals.row." + std::to_string(read)));
    app.archive_goal(read);
    h.frames(2);
    CHECK_FALSE(h.has_item("goals.row." + std::to_string(read)));
    h.click("goals.filter.Archived");
    CHECK(h.has_item("goals.row." + std::to_string(read)));
}

TEST_CASE("Deleting a goal from its detail view asks first", "[ui]") {
    App app(Database::in_memory(), today_local());
    int64_t id = app.add_goal(numeric_goal("Run a 10 km race", app.today()));
    UiHarness h(app, ui::View::goal_detail, id);
    h.click("detail.delete");
    REQUIRE(h.has_item("detail.delete.confirm"));
    CHECK(load_goals(app.database()).size() == 1);
    h.click("detail.delete.confirm");
    CHECK(load_goals(app.database()).empty());
    CHECK(h.ui().view == ui::View::goals);
}

TEST_CASE("A save that fails keeps the editor open with its message and the typed text", "[ui]") {
    App app(Database::in_memory(), today_local());
    UiHarness h(app, ui::View::goals);
    h.click("goals.new");
    std::string long_title(210, 'a');  // the SMART check only advises; the app refuses
    h.type("editor.title", long_title);
    h.type("editor.target", "10");
    h.click("editor.save");
    CHECK(load_goals(app.database()).empty());
    CHECK(h.has_item("editor.save"));
    CHECK(h.ui().editor.save_error.find("too long") != std::string::npos);
    CHECK(h.ui().editor.title == long_title);
}

TEST_CASE("Saving an unchanged goal from the editor keeps its numbers exactly", "[ui]") {
    App app(Database::in_memory(), today_local());
    Goal g = numeric_goal("Save for a flat", app.today());
    g.baseline = 1000.55;
    g.target = 1234567.89;
    int64_t id = app.add_goal(g);
    UiHarness h(app, ui::View::goal_detail, id);
    h.click("detail.edit");
    REQUIRE(h.has_item("editor.save"));
    h.click("editor.save");
    auto stored = find_goal(app.database(), id);
    REQUIRE(stored);
    CHECK(stored->target == 1234567.89);
    CHECK(stored->baseline == 1000.55);
    CHECK_FALSE(h.has_item("editor.save"));
}

TEST_CASE("Escape in a field leaves the field; a second Escape closes the editor", "[ui]") {
    App app(Database::in_memory(), today_local());
    UiHarness h(app, ui::View::goals);
    h.click("goals.new");
    h.type("editor.title", "Learn Spanish");
    h.press_key(GLFW_KEY_ESCAPE);
    CHECK(h.has_item("editor.save"));  // the draft is still there
    h.press_key(GLFW_KEY_ESCAPE);
    CHECK_FALSE(h.has_item("editor.save"));
    CHECK(load_goals(app.database()).empty());
}
