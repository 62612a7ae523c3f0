// The keyboard: Ctrl+1…4 switch views, Ctrl+N opens a new goal's editor, and
// neither acts while a field has the keyboard or an editor is open; the mood
// slider stays a slider. (Today's own keys: test_today_days_ui.cpp.)
#include "support/sample_goals.hpp"
#include "ui/ui_harness.hpp"

#include <GLFW/glfw3.h>
#include <imgui_internal.h>  // the nav focus, to check where the arrows went
#include <catch2/catch.hpp>

#include <cmath>

using namespace sw;
using namespace sw::test;

TEST_CASE("Ctrl+1 to Ctrl+5 switch views and Ctrl+N opens a new goal", "[ui][keyboard]") {
    App app(Database::in_memory(), day("2026-11-26"));
    app.add_goal(run_10k());
    UiHarness h(app, ui::View::today);
    h.press_ctrl_key(GLFW_KEY_2);
    CHECK(h.ui().view == ui::View::goals);
    h.press_ctrl_key(GLFW_KEY_3);
    CHECK(h.ui().view == ui::View::sessions);
    h.press_ctrl_key(GLFW_KEY_4);
    CHECK(h.ui().view == ui::View::summary);
    h.press_ctrl_key(GLFW_KEY_5);
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

namespace {
// ImGui's keyboard focus (its nav item) is on the named item, and shown.
bool nav_focus_on(const UiHarness& h, const std::string& name) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    if (!g.NavWindow || g.NavId == 0 || !h.has_item(name) || g.NavDisableHighlight) return false;
    ImRect nav = ImGui::WindowRectRelToAbs(g.NavWindow, g.NavWindow->NavRectRel[0]);
    auto [min, max] = h.rect_of(name);
    return std::abs(nav.Min.x - min.x) < 1 && std::abs(nav.Min.y - min.y) < 1 && std::abs(nav.Max.y - max.y) < 1;
}
}  // namespace

TEST_CASE("The mood slider reached with the keyboard stays a slider the arrows move", "[ui][keyboard]") {
    App app(Database::in_memory(), day("2026-11-26"));
    UiHarness h(app, ui::View::today);
    for (int i = 0; i < 8 && !nav_focus_on(h, "checkin.mood"); ++i) h.press_key(GLFW_KEY_DOWN);
    REQUIRE(nav_focus_on(h, "checkin.mood"));
    REQUIRE(h.ui().checkin.mood == 3);
    h.press_key(GLFW_KEY_ENTER);  // what turns a plain slider into a text box: here it takes hold
    CHECK_FALSE(ImGui::GetIO().WantTextInput);
    h.press_key(GLFW_KEY_RIGHT);
    CHECK(h.ui().checkin.mood == 4);
    CHECK_FALSE(ImGui::GetIO().WantTextInput);
    h.press_key(GLFW_KEY_SPACE);  // and lets go
    h.press_key(GLFW_KEY_RIGHT);  // the arrow moves between items again, not the mood
    CHECK(h.ui().checkin.mood == 4);
    CHECK(h.has_item("checkin.state.unsaved"));
}
