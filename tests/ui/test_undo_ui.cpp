// Undo in the window: Ctrl+Z after a tick unticks it in the file; the toast's
// Undo button does the same after a log; Ctrl+Shift+Z brings it back.
#include "store/entry_repository.hpp"
#include "store/step_repository.hpp"
#include "ui_harness.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <catch2/catch.hpp>

using namespace sw;
using namespace sw::test;

namespace {

struct Seeded {
    App app{Database::in_memory(), today_local(), Origin::window};
    int64_t goal = 0, step = 0;
    Seeded() {
        Goal g;
        g.title = "Run a 10 km race";
        g.kind = GoalKind::numeric;
        g.unit = "km";
        g.target = 10;
        g.start_date = add_days(app.today(), -30);
        g.due_date = add_days(app.today(), 60);
        goal = app.add_goal(g);
        Step s;
        s.goal_id = goal;
        s.title = "Stretch";
        s.repeat = parse_recurrence("daily");
        s.start_date = add_days(app.today(), -5);
        step = app.add_step(s);
    }
    bool ticked_today() {
        for (const auto& c : load_completions(app.database()))
            if (c.step_id == step && c.day == app.today()) return true;
        return false;
    }
};

}  // namespace

TEST_CASE("Tick, then Ctrl+Z: the tick is gone from the file; Ctrl+Shift+Z brings it back", "[ui][undo]") {
    Seeded s;
    UiHarness h(s.app, ui::View::today);
    h.click("today.step." + std::to_string(s.step));
    REQUIRE(s.ticked_today());
    h.frames(2);                      // the toast sizes itself on its first frame
    INFO("toast: " << h.ui().toast << " until " << h.ui().toast_until << " now " << ImGui::GetTime() << " action " << int(h.ui().toast_action));
    CHECK(h.has_item("toast.undo"));  // the confirmation offers Undo
    h.press_ctrl_key(GLFW_KEY_Z);
    CHECK_FALSE(s.ticked_today());
    CHECK(h.ui().toast.rfind("Undone", 0) == 0);
    h.press_ctrl_key(GLFW_KEY_Z, /*shift=*/true);
    CHECK(s.ticked_today());
    auto journal = s.app.journal(2);
    CHECK(journal[0].command == "redo:complete_step");
    CHECK(journal[1].command == "undo:complete_step");
    CHECK(journal[0].origin == Origin::window);
}

TEST_CASE("The toast's Undo button takes back a logged value", "[ui][undo]") {
    Seeded s;
    UiHarness h(s.app, ui::View::today);
    std::string id = std::to_string(s.goal);
    h.type("log.input." + id, "4.5");
    h.click("log.button." + id);
    REQUIRE(load_entries_for_goal(s.app.database(), s.goal).size() == 1);
    h.frames(2);
    h.click("toast.undo");
    CHECK(load_entries_for_goal(s.app.database(), s.goal).empty());
    h.frames(2);
    CHECK(h.has_item("toast.redo"));
}

TEST_CASE("Ctrl+Z while typing belongs to the text field, not to undo", "[ui][undo]") {
    Seeded s;
    UiHarness h(s.app, ui::View::today);
    h.click("today.step." + std::to_string(s.step));
    REQUIRE(s.ticked_today());
    std::string id = std::to_string(s.goal);
    h.click("log.input." + id);  // the field has the keyboard
    h.press_ctrl_key(GLFW_KEY_Z);
    CHECK(s.ticked_today());
}
