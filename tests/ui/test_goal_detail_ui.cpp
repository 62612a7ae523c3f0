#include "store/entry_repository.hpp"
#include "store/step_repository.hpp"
#include "ui/goal_detail_parts.hpp"
#include "support/sample_goals.hpp"
#include "ui_harness.hpp"

#include <catch2/catch.hpp>

using namespace sw;
using namespace sw::test;

namespace {
int64_t numeric_goal(App& app) { return app.add_goal(save_for_a_bike(app.today())); }
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

TEST_CASE("The weekday picker starts with no day chosen and saves the days clicked", "[ui]") {
    App app(Database::in_memory(), today_local());
    int64_t goal = numeric_goal(app);
    UiHarness h(app, ui::View::goal_detail, goal);
    h.click("detail.add_step");
    h.type("step.title", "Swim");
    h.ui().step_editor.repeat = "weekly:";  // what choosing "On weekdays…" sets
    h.frames(2);
    REQUIRE(h.has_item("step.day.MO"));
    h.click("step.save");  // nothing chosen yet: not saved
    CHECK(app.steps().empty());
    h.click("step.day.TU");
    h.click("step.day.TH");
    CHECK(h.ui().step_editor.repeat == "weekly:TU,TH");
    h.click("step.save");
    h.frames(2);
    REQUIRE(app.steps().size() == 1);
    CHECK(to_string(app.steps()[0].repeat) == "weekly:TU,TH");
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

TEST_CASE("A habit goal's page charts strength and consistency, the calendar and each habit's streaks", "[ui][habits]") {
    App app(Database::in_memory(), today_local());
    Goal g;
    g.title = "Meditate";
    g.kind = GoalKind::habit;
    g.target_rate = 0.8;
    g.start_date = add_days(app.today(), -30);
    g.due_date = add_days(app.today(), 60);
    int64_t goal = app.add_goal(g);
    Step s;
    s.goal_id = goal;
    s.title = "Sit for ten minutes";
    s.repeat = parse_recurrence("daily");
    s.start_date = g.start_date;
    int64_t step = app.add_step(s);
    for (int i = 1; i <= 4; ++i) app.mark_day(step, add_days(app.today(), -i), DayMark::done);
    UiHarness h(app, ui::View::goal_detail, goal, ImVec2(1280, 3000));
    const ui::GoalChartsCache& charts = h.ui().caches.goal_charts;
    CHECK(charts.progress.primitives.empty());  // no numeric chart
    CHECK(charts.habit.empty_message.empty());
    CHECK(charts.habit.hover_targets.size() == 31);  // All: from the step's start to today
    CHECK(charts.habit.description.find("target 80%") != std::string::npos);
    REQUIRE(charts.habits.size() == 1);
    CHECK(charts.habits[0].streak.streak == 4);
    CHECK(h.has_item("strip." + std::to_string(step) + "." + format_day(app.today())));
    CHECK(h.has_item("heatmap." + format_day(app.today())));

    h.click("chart.range.0");  // 4 weeks: 29 days
    CHECK(charts.habit.hover_targets.size() == 29);
}

TEST_CASE("A milestone goal's recurring steps get strips but no habit chart", "[ui][habits]") {
    App app(Database::in_memory(), today_local());
    Goal g;
    g.title = "Launch the site";
    g.start_date = add_days(app.today(), -10);
    g.due_date = add_days(app.today(), 60);
    int64_t goal = app.add_goal(g);
    Step once;
    once.goal_id = goal;
    once.title = "Write the copy";
    once.start_date = g.start_date;
    app.add_step(once);
    Step daily = once;
    daily.title = "Write 200 words";
    daily.repeat = parse_recurrence("daily");
    int64_t step = app.add_step(daily);
    UiHarness h(app, ui::View::goal_detail, goal, ImVec2(1280, 3000));
    const ui::GoalChartsCache& charts = h.ui().caches.goal_charts;
    CHECK(charts.habit.primitives.empty());
    REQUIRE(charts.habits.size() == 1);
    CHECK(charts.habits[0].step_id == step);
    CHECK(h.has_item("strip." + std::to_string(step) + "." + format_day(app.today())));
}

TEST_CASE("The goal page flags confidence that disagrees with the pace, in plain words", "[ui][goal_detail]") {
    App app(Database::in_memory(), *parse_iso_day("2026-12-02"));
    Goal g;
    g.title = "Save 1000 euros";
    g.kind = GoalKind::numeric;
    g.target = 1000;
    g.unit = "EUR";
    g.start_date = *parse_iso_day("2026-09-01");
    g.due_date = *parse_iso_day("2027-03-01");
    g.confidence = 9;  // sure of it, while nothing is saved halfway through: at risk
    int64_t id = app.add_goal(g);
    UiHarness h(app, ui::View::goal_detail, id);
    CHECK(h.has_item("detail.flag.overconfident"));
    CHECK_FALSE(h.has_item("detail.flag.underconfident"));

    app.log_progress(id, *parse_iso_day("2026-12-01"), 600, "");  // ahead of the line now
    app.edit_goal(id, set_field("confidence", 3));
    h.frames(2);
    CHECK(h.has_item("detail.flag.underconfident"));
    app.edit_goal(id, set_field("confidence", 6));
    h.frames(2);
    CHECK_FALSE(h.has_item("detail.flag.underconfident"));
    CHECK_FALSE(h.has_item("detail.flag.overconfident"));
}
