// The keyboard: Ctrl+1…4 switch views, Ctrl+N opens a new goal's editor, and
// neither acts while a field has the keyboard or an editor is open.
#include "support/sample_goals.hpp"
#include "ui/ui_harness.hpp"

#include <GLFW/glfw3.h>
#include <catch2/catch.hpp>

using namespace sw;
using namespace sw::test;

TEST_CASE("Ctrl+1 to Ctrl+4 switch views and Ctrl+N opens a new goal", "[ui][keyboard]") {
    App app(Database::in_memory(), day("2026-11-26"));
    app.add_goal(run_10k());
    UiHarness h(app, ui::View::today);
    h.press_ctrl_key(GLFW_KEY_2);
    CHECK(h.ui().view == ui::View::goals);
    h.press_ctrl_key(GLFW_KEY_3);
    CHECK(h.ui().view == ui::View::summary);
    h.press_ctrl_key(GLFW_KEY_4);
    CHECK(h.ui().view == ui::View::settings);
    h.press_ctrl_key(GLFW_KEY_1);
    CHECK(h.ui().view == ui::View::today);

    h.press_ctrl_key(GLFW_KEY_N);
    h.frames(2);
    CHECK(h.ui().editor.open);
    CHECK(h.ui().editor.goal_id == 0);  // a new goal
    // With the editor open (its title field has the keyboard), Ctrl+2 belongs to it.
    h.press_ctrl_key(GLFW_KEY_2);
    CHECK(h.ui().view == ui::View::today);
    CHECK(h.ui().editor.open);
}

TEST_CASE("Ctrl+digits typed into a text field do not switch views", "[ui][keyboard]") {
    App app(Database::in_memory(), day("2026-11-26"));
    app.add_goal(run_10k());
    UiHarness h(app, ui::View::goals);
    h.type("goals.search", "run");
    h.press_ctrl_key(GLFW_KEY_3);
    CHECK(h.ui().view == ui::View::goals);
}
