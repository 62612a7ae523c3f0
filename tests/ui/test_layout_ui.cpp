// Layouts that fit: at 900×600 and at 200 % scale no button leaves its card, no
// column falls off the window, and the editor's Save stays in view.
#include "ui_harness.hpp"

#include <catch2/catch.hpp>

using namespace sw;
using namespace sw::test;

namespace {

struct Size {
    float width, height, scale;
};
const Size kSizes[] = {{900, 600, 1.0f}, {1800, 1200, 2.0f}, {2560, 1440, 1.0f}};

const std::string kLong =
    "A very long title that goes on and on to see how the layout copes with it in every single view of the app";

struct Seeded {
    App app{Database::in_memory(), today_local()};
    int64_t goal = 0, step = 0;
    Seeded() {
        Goal g;
        g.title = kLong;
        g.kind = GoalKind::numeric;
        g.unit = "kg";
        g.baseline = 90;
        g.target = 80;
        g.start_date = add_days(app.today(), -20);
        g.due_date = add_days(app.today(), 40);
        goal = app.add_goal(g);
        Step s;
        s.goal_id = goal;
        s.title = kLong;
        s.due_date = app.today();
        step = app.add_step(s);
    }
};

// Fully inside the window, with a little margin for the window's own padding.
void require_inside(const UiHarness& h, const std::string& item, const Size& size) {
    INFO(item << " at " << size.width << "x" << size.height << " scale " << size.scale);
    auto [min, max] = h.rect_of(item);
    CHECK(min.x >= 0);
    CHECK(max.x <= size.width);
    CHECK(max.y <= size.height);
    CHECK(max.x - min.x > 0);
}

}  // namespace

TEST_CASE("A long-titled step keeps its buttons on the card at every size", "[ui][layout]") {
    for (const Size& size : kSizes) {
        Seeded s;
        UiHarness h(s.app, ui::View::goal_detail, s.goal, ImVec2(size.width, size.height), size.scale);
        REQUIRE(h.scroll_to("detail.step.edit." + std::to_string(s.step)));
        require_inside(h, "detail.step.edit." + std::to_string(s.step), size);
        require_inside(h, "detail.add_step", size);
        auto [done_min, done_max] = h.rect_of("detail.step.done." + std::to_string(s.step));
        auto [edit_min, edit_max] = h.rect_of("detail.step.edit." + std::to_string(s.step));
        CHECK(edit_min.y < done_max.y);  // on the step's own line, not pushed below it
    }
}

TEST_CASE("The goals table keeps every column in the window at every size", "[ui][layout]") {
    for (const Size& size : kSizes) {
        Seeded s;
        UiHarness h(s.app, ui::View::goals, 0, ImVec2(size.width, size.height), size.scale);
        require_inside(h, "goals.days_left." + std::to_string(s.goal), size);
        require_inside(h, "goals.row." + std::to_string(s.goal), size);
    }
}

TEST_CASE("Today's log field and button stay in the window at every size", "[ui][layout]") {
    for (const Size& size : kSizes) {
        Seeded s;
        UiHarness h(s.app, ui::View::today, 0, ImVec2(size.width, size.height), size.scale);
        std::string id = std::to_string(s.goal);
        REQUIRE(h.scroll_to("log.button." + id));
        require_inside(h, "log.button." + id, size);
        REQUIRE(h.scroll_to("today.step." + std::to_string(s.step)));
        require_inside(h, "today.step." + std::to_string(s.step), size);
    }
}

TEST_CASE("The goal editor's Save stays in view at every size", "[ui][layout]") {
    for (const Size& size : kSizes) {
        Seeded s;
        UiHarness h(s.app, ui::View::goal_detail, s.goal, ImVec2(size.width, size.height), size.scale);
        h.click("detail.edit");
        require_inside(h, "editor.save", size);
        require_inside(h, "editor.title", size);
    }
}

TEST_CASE("Validation messages in the goal editor keep their place: fields do not move while typing",
          "[ui][layout]") {
    App app(Database::in_memory(), today_local());
    UiHarness h(app, ui::View::goals);
    h.click("goals.new");
    REQUIRE(h.has_item("editor.description"));
    auto description_before = h.rect_of("editor.description");  // the title's error is showing
    auto why_before = h.rect_of("editor.why");                  // so is the target's
    h.type("editor.title", "Run a 10 km race");
    h.type("editor.target", "10");
    CHECK(h.rect_of("editor.description").first.y == description_before.first.y);
    CHECK(h.rect_of("editor.why").first.y == why_before.first.y);
}
