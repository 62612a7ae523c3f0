// The goal page's History card and the chart's change markers.
#include "ui/goal_detail_parts.hpp"
#include "support/sample_goals.hpp"
#include "ui_harness.hpp"

#include <catch2/catch.hpp>

using namespace sw;
using namespace sw::test;

namespace {
int64_t numeric_goal(App& app) { return app.add_goal(save_for_a_bike(app.today())); }
}  // namespace

TEST_CASE("The goal page lists a change of the goal and marks it on the chart", "[ui][goal_history]") {
    App app(Database::in_memory(), today_local());
    int64_t goal = numeric_goal(app);
    app.log_progress(goal, add_days(app.today(), -20), 150, "");
    UiHarness h(app, ui::View::goal_detail, goal);
    CHECK_FALSE(h.has_item("goal.history.row.0"));  // no change yet: no card

    app.edit_goal(goal, set_field("target", 700.0));  // as if from the CLI or the editor
    h.frame();
    REQUIRE(h.scroll_to("goal.history.row.0"));
    CHECK_FALSE(h.has_item("goal.history.row.1"));
    const auto& changes = ui::goal_changes(app, h.ui(), goal);
    REQUIRE(changes.size() == 1);
    CHECK(describe_goal_change(changes[0]) == "Target 800 € → 700 €");

    size_t markers = 0;
    for (const auto& t : h.ui().caches.goal_charts.progress.hover_targets)
        if (!t.is_point() && t.tooltip.find("Target 800 € → 700 €") != std::string::npos) ++markers;
    CHECK(markers == 1);
}

TEST_CASE("The History card shows the newest ten and the rest under Show all", "[ui][goal_history]") {
    App app(Database::in_memory(), today_local());
    int64_t goal = numeric_goal(app);
    for (int i = 1; i <= 12; ++i) app.edit_goal(goal, set_field("target", 800.0 + i));
    UiHarness h(app, ui::View::goal_detail, goal);
    REQUIRE(ui::goal_changes(app, h.ui(), goal).size() == 12);
    REQUIRE(h.scroll_to("goal.history.show_all"));
    CHECK(h.has_item("goal.history.row.9"));
    CHECK_FALSE(h.has_item("goal.history.row.10"));
    h.click("goal.history.show_all");
    h.frame();
    CHECK(h.scroll_to("goal.history.row.11"));
}
