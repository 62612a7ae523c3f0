// The goal's changes as markers on the progress chart, in the app and in SVG.
#include "chart/progress_chart.hpp"
#include "chart_test_support.hpp"
#include "report/svg_chart.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace sw;
using namespace sw::chart;
using namespace sw::chart::test;

namespace {

Goal run_goal() {
    Goal g;
    g.id = 1;
    g.title = "Run";
    g.kind = GoalKind::numeric;
    g.measure = Measure::level;
    g.unit = "km";
    g.baseline = 2;
    g.target = 10;
    g.start_date = day(2026, 11, 1);
    g.due_date = day(2027, 1, 31);
    return g;
}

std::vector<ProgressEntry> two_entries() {
    std::vector<ProgressEntry> entries(2);
    entries[0].date = day(2026, 11, 5);
    entries[0].value = 3;
    entries[1].date = day(2026, 11, 25);
    entries[1].value = 5;
    return entries;
}

std::vector<const HoverTarget*> cells(const ChartModel& m) {
    std::vector<const HoverTarget*> out;
    for (const HoverTarget& t : m.hover_targets)
        if (!t.is_point()) out.push_back(&t);
    return out;
}

}  // namespace

TEST_CASE("A change on a day in range gets a marker on the date axis with the change as its tooltip",
          "[chart][progress][goal_history]") {
    Goal g = run_goal();
    auto entries = two_entries();
    std::vector<ChartEvent> changes{{day(2026, 11, 20), "Target 10 km → 8 km"},
                                    {day(2026, 11, 20), "Due date 2027-03-01 → 2027-01-31"},
                                    {day(2025, 1, 1), "Title “Walk” → “Run”"}};  // before the domain
    ProgressChartInput in{&g, entries, {}, day(2026, 11, 26), ChartRange::all};
    in.changes = changes;
    ChartModel m = build_progress_chart(in, 640, 260, approximate_text_measure(13));
    auto markers = cells(m);
    REQUIRE(markers.size() == 1);  // one per day in range
    const std::string& tip = markers[0]->tooltip;
    CHECK(tip.find("Changed Nov 20") != std::string::npos);
    CHECK(tip.find("Target 10 km → 8 km") != std::string::npos);
    CHECK(tip.find("Due date 2027-03-01 → 2027-01-31") != std::string::npos);
    CHECK(tip.find("Walk") == std::string::npos);
    // The marker sits on the date axis, between the two entries' x positions.
    const Area& area = std::get<Area>(markers[0]->area);
    float x = (area.min.x + area.max.x) / 2;
    CHECK(area.contains({x, m.plot_area.max.y}));
    std::vector<float> xs;
    for (const HoverTarget& t : m.hover_targets)
        if (t.is_point()) xs.push_back(std::get<Vec2>(t.area).x);
    REQUIRE(xs.size() == 2);
    CHECK(xs[0] < x);
    CHECK(x < xs[1]);
    // It is hovered there (cells answer before points).
    auto hovered = hover_target_at(m, {x, m.plot_area.max.y});
    REQUIRE(hovered);
    CHECK(m.hover_targets[*hovered].tooltip == tip);
    // And drawn: a closed diamond.
    auto diamonds = primitives_of<Polyline>(m, [](const Polyline& p) {
        return p.points.size() == 5 && p.points.front().x == p.points.back().x &&
               p.points.front().y == p.points.back().y;
    });
    CHECK(diamonds.size() == 1);
}

TEST_CASE("Without changes the progress chart has no change markers", "[chart][progress][goal_history]") {
    Goal g = run_goal();
    auto entries = two_entries();
    ProgressChartInput in{&g, entries, {}, day(2026, 11, 26), ChartRange::all};
    ChartModel m = build_progress_chart(in, 640, 260, approximate_text_measure(13));
    CHECK(cells(m).empty());
}

TEST_CASE("In SVG a change marker carries a title with the change, escaped", "[chart][svg][goal_history]") {
    Goal g = run_goal();
    auto entries = two_entries();
    std::vector<ChartEvent> changes{{day(2026, 11, 20), "Title “<b>Run</b>” → “Run & swim”"}};
    ProgressChartInput in{&g, entries, {}, day(2026, 11, 26), ChartRange::all};
    in.changes = changes;
    std::string svg = report::chart_to_svg(build_progress_chart(in, 600, 240, approximate_text_measure(13)));
    CHECK(svg.find("<title>Changed Nov 20\nTitle “&lt;b&gt;Run&lt;/b&gt;” → “Run &amp; swim”</title>") !=
          std::string::npos);
    CHECK(svg.find("<b>") == std::string::npos);
}
