// An overdue goal's choices (extend, achieved, let go), each confirmed, where the
// goal is shown; and a habit goal made in the editor.
#include "ui_harness.hpp"

#include <GLFW/glfw3.h>

#include <catch2/catch.hpp>

using namespace sw;
using namespace sw::test;

namespace {

int64_t overdue_goal(App& app) {
    Goal g;
    g.title = "Finish the course";
    g.start_date = add_days(app.today(), -60);
    g.due_date = add_days(app.today(), -3);
    return app.add_goal(g);
}

}  // namespace

TEST_CASE("An overdue goal's page extends its due date after a confirmation", "[ui][overdue]") {
    App app(Database::in_memory(), today_local());
    int64_t id = overdue_goal(app);
    UiHarness h(app, ui::View::goal_detail, id);
    REQUIRE(h.has_item("overdue.extend." + std::to_string(id)));
    h.click("overdue.extend." + std::to_string(id));
    h.frames(2);
    REQUIRE(h.has_item("overdue.due"));
    Day new_due = add_days(app.today(), 45);
    // The field has the focus: select what is there and type over it.
    h.press_ctrl_key(GLFW_KEY_A);
    h.type_here(format_day(new_due));
    h.click("overdue.confirm");
    h.frames(2);
    CHECK(app.find_goal(id)->due_date == new_due);
    CHECK_FALSE(h.has_item("overdue.extend." + std::to_string(id)));  // no longer overdue
    CHECK(app.journal(1)[0].command == "edit_goal");
}

TEST_CASE("Extending to a day that is not after today is refused in the dialog", "[ui][overdue]") {
    App app(Database::in_memory(), today_local());
    int64_t id = overdue_goal(app);
    UiHarness h(app, ui::View::goal_detail, id);
    h.click("overdue.extend." + std::to_string(id));
    h.frames(2);
    h.press_ctrl_key(GLFW_KEY_A);
    h.type_here(format_day(app.today()));
    h.click("overdue.confirm");
    h.frames(2);
    CHECK(app.find_goal(id)->due_date == add_days(app.today(), -3));
    CHECK(h.has_item("overdue.due"));  // the dialog stays, saying why
}

TEST_CASE("The goal list's overdue menu marks a goal achieved, and Cancel changes nothing", "[ui][overdue]") {
    App app(Database::in_memory(), today_local());
    int64_t id = overdue_goal(app);
    UiHarness h(app, ui::View::goals);
    h.click("overdue.menu." + std::to_string(id));
    h.frames(2);
    h.click("overdue.menu.abandon");
    h.frames(2);
    h.click("overdue.cancel");
    h.frames(2);
    CHECK(app.find_goal(id)->status == GoalStatus::active);

    h.click("overdue.menu." + std::to_string(id));
    h.frames(2);
    h.click("overdue.menu.achieved");
    h.frames(2);
    h.click("overdue.confirm");
    h.frames(2);
    CHECK(app.find_goal(id)->status == GoalStatus::achieved);
    app.undo();  // an ordinary edit: undo brings it back
    CHECK(app.find_goal(id)->status == GoalStatus::active);
}

TEST_CASE("Letting an overdue goal go marks it abandoned", "[ui][overdue]") {
    App app(Database::in_memory(), today_local());
    int64_t id = overdue_goal(app);
    UiHarness h(app, ui::View::goal_detail, id);
    h.click("overdue.abandon." + std::to_string(id));
    h.frames(2);
    h.click("overdue.confirm");
    h.frames(2);
    CHECK(app.find_goal(id)->status == GoalStatus::abandoned);
}

TEST_CASE("The goal editor makes a habit goal with its rate", "[ui][habit]") {
    App app(Database::in_memory(), today_local());
    UiHarness h(app, ui::View::goals);
    h.click("goals.new");
    h.type("editor.title", "Meditate every morning");
    h.click("editor.habit");
    h.frames(2);
    REQUIRE(h.has_item("editor.rate"));
    CHECK_FALSE(h.has_item("editor.target"));
    h.click("editor.save");
    h.frames(3);
    REQUIRE(app.goals().size() == 1);
    CHECK(app.goals()[0].kind == GoalKind::habit);
    CHECK(app.goals()[0].target_rate == 0.8);
}

TEST_CASE("The notice about goals that became habit goals shows until dismissed", "[ui][habit]") {
    App app(Database::in_memory(), today_local());
    app.set_setting(kHabitNoticeSetting, R"(["Meditate","Stretch"])");
    UiHarness h(app, ui::View::goals);
    REQUIRE(h.has_item("notice.habit.dismiss"));
    h.click("notice.habit.dismiss");
    h.frames(2);
    CHECK(app.setting(kHabitNoticeSetting).empty());
    CHECK_FALSE(h.has_item("notice.habit.dismiss"));
}
