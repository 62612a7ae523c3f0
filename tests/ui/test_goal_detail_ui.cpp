#include "store/entry_repository.hpp"
#include "store/step_repository.hpp"
#include "ui/goal_detail_parts.hpp"
#include "ui_harness.hpp"

#include <catch2/catch.hpp>

using namespace sw;
using namespace sw::test;

namespace {
int64_t numeric_goal(App& app) {
    Goal g;
    g.title = "Save for a bike";
    g.kind = GoalKind::numeric;
    g.measure = Measure::level;
    g.unit = "€";
    g.baseline = 0;
    g.target = 800;
    g.start_date = add_days(app.today(), -60);
    g.due_date = add_days(app.today(), 60);
    return app.add_goal(g);
}
}  // namespace

TEST_CASE("Logging a value in the goal view adds a point to its chart", "[ui]") {
    App app(Database::in_memory(), today_local());
    int64_t goal = numeric_goal(app);
    app.log_progress(goal, add_days(app.today(), -20), 150, "first pay day");
    app.log_progress(goal, add_days(app.today(), -10), 260, "");
    UiHarness h(app, ui::View::goal_detail, goal);
    size_t points_before = h.ui().caches.goal_charts.progress.hover_targets.size();
    CHECK(points_before == 2);
    h.type("log.input." + std::to_string(goal), "340");
    h.click("log.button." + std::to_string(goal));
    auto stored = load_entries_for_goal(app.database(), goal);
    REQUIRE(stored.size() == 3);
    CHECK(stored.back().value == 340);
    const chart::ChartModel& after = h.ui().caches.goal_charts.progress;
    CHECK(after.hover_targets.size() == points_before + 1);
    CHECK(after.hover_targets.back().tooltip.find("340") != std::string::npos);
}

TEST_CASE("The chart's range buttons change what the chart covers", "[ui]") {
    App app(Database::in_memory(), today_local());
    int64_t goal = numeric_goal(app);
    app.log_progress(goal, add_days(app.today(), -50), 100, "");
    app.log_progress(goal, add_days(app.today(), -2), 300, "");
    UiHarness h(app, ui::View::goal_detail, goal);
    REQUIRE(h.ui().caches.goal_charts.progress.hover_targets.size() == 2);
    h.click("chart.range.0");  // 4 weeks: the entry 50 days ago is out of view
    CHECK(h.ui().chart_range == 0);
    CHECK(h.ui().caches.goal_charts.progress.hover_targets.size() == 1);
}

TEST_CASE("A step added from the goal view is stored under that goal", "[ui]") {
    App app(Database::in_memory(), today_local());
    int64_t goal = numeric_goal(app);
    UiHarness h(app, ui::View::goal_detail, goal);
    h.click("detail.add_step");
    REQUIRE(h.has_item("step.title"));
    h.type("step.title", "Sell the old bike");
    h.click("step.save");
    auto steps = load_steps(app.database());
    REQUIRE(steps.size() == 1);
    CHECK(steps[0].title == "Sell the old bike");
    CHECK(steps[0].goal_id == goal);
    CHECK(h.has_item("detail.step.done." + std::to_string(steps[0].id)));
}

TEST_CASE("Deleting a logged value takes a second, confirming click", "[ui]") {
    App app(Database::in_memory(), today_local());
    int64_t goal = numeric_goal(app);
    int64_t entry = app.log_progress(goal, app.today(), 120, "");
    UiHarness h(app, ui::View::goal_detail, goal);
    std::string trash = "entry.delete." + std::to_string(entry);
    REQUIRE(h.has_item(trash));
    h.click(trash);
    CHECK(load_entries_for_goal(app.database(), goal).size() == 1);  // armed, not deleted
    h.click(trash);
    CHECK(load_entries_for_goal(app.database(), goal).empty());
}
