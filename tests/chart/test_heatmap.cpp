#include "chart/heatmap.hpp"
#include "chart_test_support.hpp"

#include <catch2/catch.hpp>

using namespace sw;
using namespace sw::chart;
using namespace sw::chart::test;

namespace {

bool is_heat(Ink ink) {
    return ink == Ink::heat0 || ink == Ink::heat1 || ink == Ink::heat2 || ink == Ink::heat3 ||
           ink == Ink::heat4;
}

// Cells of the calendar itself (the key below it also uses heat inks).
std::vector<Rect> grid_cells(const ChartModel& m) {
    return primitives_of<Rect>(m, [&](const Rect& r) {
        return m.plot_area.contains(r.min) && (is_heat(r.ink) || (!r.filled && r.ink == Ink::grid));
    });
}

}  // namespace

TEST_CASE("The activity heatmap has a cell and a tooltip for each of 26 weeks of days", "[chart]") {
    Day end = day(2026, 11, 29);  // a Sunday: the last column is complete
    std::vector<DayActivity> days = {{day(2026, 11, 24), 2, 1}, {day(2026, 11, 25), 0, 1}};
    ChartModel m = build_activity_heatmap(days, end, 26, 14, approximate_text_measure(11));
    CHECK(grid_cells(m).size() == 26 * 7);
    REQUIRE(m.hover_targets.size() == 26 * 7);
    CHECK(m.hover_targets.back().tooltip == "Sun, Nov 29: no activity");

    bool found = false;
    for (const HoverTarget& t : m.hover_targets)
        found = found || t.tooltip == "Tue, Nov 24: 2 entries, 1 step done";
    CHECK(found);
    CHECK(all_finite(m));
}

TEST_CASE("Heatmap cells run Monday to Sunday down each week's column", "[chart]") {
    Day end = day(2026, 11, 29);
    ChartModel m = build_activity_heatmap({}, end, 26, 14, approximate_text_measure(11));
    const Area& monday = std::get<Area>(m.hover_targets[7 * 25].area);  // last column, first row
    const Area& sunday = std::get<Area>(m.hover_targets[7 * 25 + 6].area);
    CHECK(monday.min.x == Approx(sunday.min.x));
    CHECK(monday.min.y < sunday.min.y);
    CHECK(m.hover_targets[7 * 25].tooltip.rfind("Mon, Nov 23", 0) == 0);
    CHECK(m.hover_targets[0].tooltip.rfind("Mon, Jun 1", 0) == 0);
    CHECK(has_text(m, "Mon"));
    CHECK(has_text(m, "Wed"));
    CHECK(has_text(m, "Fri"));
    CHECK(has_text(m, "Nov"));
    CHECK(has_text(m, "Less"));
}

TEST_CASE("Days after the end of the heatmap are outlines without tooltips", "[chart]") {
    Day end = day(2026, 11, 26);  // Thursday: Friday to Sunday are still to come
    ChartModel m = build_activity_heatmap({}, end, 26, 12, approximate_text_measure(11));
    CHECK(grid_cells(m).size() == 26 * 7);
    CHECK(m.hover_targets.size() == 26 * 7 - 3);
    CHECK(primitives_of<Rect>(m, [](const Rect& r) { return !r.filled; }).size() == 3);
    CHECK(m.hover_targets.back().tooltip == "Thu, Nov 26: no activity");
}

TEST_CASE("Heat buckets grow with activity and repeated days add up", "[chart]") {
    CHECK(heat_ink(0) == Ink::heat0);
    CHECK(heat_ink(1) == Ink::heat1);
    CHECK(heat_ink(3) == Ink::heat2);
    CHECK(heat_ink(5) == Ink::heat3);
    CHECK(heat_ink(40) == Ink::heat4);

    std::vector<DayActivity> days = {{day(2026, 11, 29), 1, 0}, {day(2026, 11, 29), 0, 5}};
    ChartModel m = build_activity_heatmap(days, day(2026, 11, 29), 4, 12, approximate_text_measure(11));
    CHECK(m.hover_targets.back().tooltip == "Sun, Nov 29: 1 entry, 5 steps done");
}

TEST_CASE("Skipped days are told in the tooltip and drawn with a dash, not as activity", "[chart]") {
    std::vector<DayActivity> days = {{day(2026, 11, 28), 0, 0, 1}, {day(2026, 11, 29), 0, 1, 1}};
    ChartModel m = build_activity_heatmap(days, day(2026, 11, 29), 4, 12, approximate_text_measure(11));
    CHECK(m.hover_targets[m.hover_targets.size() - 2].tooltip == "Sat, Nov 28: 1 skipped");
    CHECK(m.hover_targets.back().tooltip == "Sun, Nov 29: 1 step done, 1 skipped");
    CHECK(primitives_of<Line>(m, [](const Line& l) { return l.ink == Ink::skipped; }).size() == 1);
}

namespace {
Step daily(int64_t id, const char* title, Day start) {
    Step s;
    s.id = id;
    s.title = title;
    s.start_date = start;
    s.repeat.kind = Recurrence::Kind::daily;
    return s;
}
}  // namespace

TEST_CASE("A goal's calendar knows the habits each day can mark, from their start to today", "[chart]") {
    Day end = day(2026, 11, 26);  // a Thursday
    Step sit = daily(1, "Sit", day(2026, 11, 10));
    Step walk = daily(2, "Walk", day(2026, 11, 20));
    std::vector<Day> sit_done = {day(2026, 11, 24)};
    std::vector<Day> walk_skipped = {day(2026, 11, 24)};
    std::vector<StepMarks> habits = {{&sit, sit_done, {}, {}}, {&walk, {}, walk_skipped, {}}};
    HabitHeatmap h = build_habit_heatmap({}, habits, end, 4, 12, approximate_text_measure(11));
    REQUIRE(h.days.size() == h.chart.hover_targets.size());
    REQUIRE(h.marks.size() == h.chart.hover_targets.size());
    CHECK(h.days.front() == heatmap_first_day(end, 4));
    CHECK(h.days.back() == end);

    auto index_of = [&](Day d) { return static_cast<size_t>(days_between(h.days.front(), d)); };
    size_t both = index_of(day(2026, 11, 24));
    REQUIRE(h.marks[both].size() == 2);
    CHECK(h.marks[both][0].step_id == 1);
    CHECK(h.marks[both][0].mark == DayMark::done);
    CHECK(h.marks[both][1].mark == DayMark::skipped);
    CHECK(h.chart.hover_targets[both].tooltip == "Tue, Nov 24: no activity\nSit: done\nWalk: skipped");
    CHECK(h.chart.hover_targets[both].response == HoverTarget::Response::click);

    size_t one = index_of(day(2026, 11, 15));  // before Walk starts
    REQUIRE(h.marks[one].size() == 1);
    CHECK(h.marks[one][0].step_id == 1);
    size_t none = index_of(day(2026, 11, 5));  // before both
    CHECK(h.marks[none].empty());
    CHECK(h.chart.hover_targets[none].response == HoverTarget::Response::quiet);
}

TEST_CASE("Without habits the calendar's days are only hovered", "[chart]") {
    HabitHeatmap h = build_habit_heatmap({}, {}, day(2026, 11, 26), 4, 12, approximate_text_measure(11));
    for (const HoverTarget& t : h.chart.hover_targets) CHECK(t.response == HoverTarget::Response::highlight);
    for (const auto& cells : h.marks) CHECK(cells.empty());
}
