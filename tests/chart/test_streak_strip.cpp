#include "chart/streak_strip.hpp"
#include "chart_test_support.hpp"

#include <catch2/catch.hpp>

using namespace sw;
using namespace sw::chart;
using namespace sw::chart::test;

namespace {

Step weekly_mon_wed_fri(Day start) {
    Step s;
    s.id = 7;
    s.title = "Run 5 km";
    s.start_date = start;
    s.repeat.kind = Recurrence::Kind::weekly;
    s.repeat.weekdays = 0b0010101;  // Mon, Wed, Fri
    return s;
}

}  // namespace

TEST_CASE("A weekly step's streak strip shows done, missed and unscheduled days", "[chart]") {
    Step step = weekly_mon_wed_fri(day(2026, 10, 1));
    Day today = day(2026, 11, 27);  // a Friday, not done yet
    std::vector<Day> done = {day(2026, 11, 16), day(2026, 11, 18), day(2026, 11, 23)};
    StepMarks marks{&step, done, {}, {}};

    CHECK(streak_cell_state(marks, day(2026, 11, 23), today) == StreakCell::done);
    CHECK(streak_cell_state(marks, day(2026, 11, 25), today) == StreakCell::missed);
    CHECK(streak_cell_state(marks, day(2026, 11, 24), today) == StreakCell::not_scheduled);
    CHECK(streak_cell_state(marks, today, today) == StreakCell::due_today);

    StreakStrip strip = build_streak_strip(marks, today, 16);
    const ChartModel& m = strip.chart;
    REQUIRE(m.hover_targets.size() == 30);
    REQUIRE(strip.cells.size() == 30);
    CHECK(m.width == Approx(30 * 16));
    CHECK(m.hover_targets.front().tooltip == "Thu, Oct 29: not scheduled");
    CHECK(m.hover_targets[30 - 5].tooltip == "Mon, Nov 23: done");
    CHECK(m.hover_targets[30 - 3].tooltip == "Wed, Nov 25: missed");
    CHECK(m.hover_targets[30 - 4].tooltip == "Tue, Nov 24: not scheduled");
    CHECK(m.hover_targets.back().tooltip == "Fri, Nov 27 (today): due today, not done yet");

    // Shapes differ, not only colours: 3 filled squares, crossed outlines for misses.
    auto filled = primitives_of<Rect>(m, [](const Rect& r) { return r.filled && r.ink == Ink::done; });
    CHECK(filled.size() == 3);
    auto missed = primitives_of<Rect>(m, [](const Rect& r) { return !r.filled && r.ink == Ink::missed; });
    CHECK(missed.size() == primitives_of<Line>(m).size());
    CHECK(missed.size() == 12 - 3);  // Oct 29 … Nov 26 holds 12 Mon/Wed/Fri
    CHECK(primitives_of<Rect>(m, [](const Rect& r) { return r.ink == Ink::today; }).size() == 1);
}

TEST_CASE("Days before a step starts are neither scheduled nor clickable", "[chart]") {
    Step step = weekly_mon_wed_fri(day(2026, 11, 20));
    StreakStrip strip = build_streak_strip({&step, {}, {}, {}}, day(2026, 11, 27), 12);
    const ChartModel& m = strip.chart;
    CHECK(m.hover_targets.front().tooltip == "Thu, Oct 29: before the start");
    CHECK(m.hover_targets.front().response == HoverTarget::Response::quiet);
    CHECK_FALSE(strip.cells.front().changeable);
    CHECK(m.hover_targets[30 - 4].tooltip == "Tue, Nov 24: not scheduled");
    CHECK(m.hover_targets[30 - 4].response == HoverTarget::Response::quiet);
    CHECK(m.hover_targets[30 - 5].tooltip == "Mon, Nov 23: missed");
    CHECK(m.hover_targets[30 - 5].response == HoverTarget::Response::click);
}

TEST_CASE("A skipped day has its own look and tooltip and is not a miss", "[chart]") {
    Step step = weekly_mon_wed_fri(day(2026, 10, 1));
    Day today = day(2026, 11, 27);
    std::vector<Day> done = {day(2026, 11, 23)};
    std::vector<Day> skipped = {day(2026, 11, 25)};
    StepMarks marks{&step, done, skipped, {{day(2026, 11, 23), "in the rain"}}};
    CHECK(streak_cell_state(marks, day(2026, 11, 25), today) == StreakCell::skipped);

    StreakStrip strip = build_streak_strip(marks, today, 16);
    CHECK(strip.chart.hover_targets[30 - 3].tooltip == "Wed, Nov 25: skipped");
    CHECK(strip.chart.hover_targets[30 - 5].tooltip == "Mon, Nov 23: done\nin the rain");
    CHECK(strip.cells[30 - 3].mark == DayMark::skipped);
    CHECK(strip.cells[30 - 5].mark == DayMark::done);
    // A quiet outline with a dash, not the missed cross.
    CHECK(primitives_of<Rect>(strip.chart, [](const Rect& r) { return r.ink == Ink::skipped && !r.filled; }).size() == 1);
    CHECK(primitives_of<Line>(strip.chart, [](const Line& l) { return l.ink == Ink::skipped && l.p0.y == l.p1.y; }).size() == 1);
    CHECK(strip.chart.description.find("1 skipped") != std::string::npos);
}

TEST_CASE("Each strip cell carries its step, day and mark, and only days a click can change are clickable", "[chart]") {
    Step step = weekly_mon_wed_fri(day(2026, 11, 1));
    step.id = 42;
    Day today = day(2026, 11, 27);
    std::vector<Day> done = {day(2026, 11, 24)};  // a Tuesday: ticked before the schedule changed
    StreakStrip strip = build_streak_strip({&step, done, {}, {}}, today, 16);
    for (size_t i = 0; i < strip.cells.size(); ++i) {
        CHECK(strip.cells[i].step_id == 42);
        CHECK(strip.cells[i].day == add_days(today, static_cast<int>(i) - 29));
        CHECK((strip.chart.hover_targets[i].response == HoverTarget::Response::click) == strip.cells[i].changeable);
    }
    const MarkCell& tuesday = strip.cells[30 - 4];
    CHECK(tuesday.mark == DayMark::done);
    CHECK_FALSE(tuesday.scheduled);
    CHECK(tuesday.changeable);                       // the tick can be taken back…
    CHECK(next_mark(tuesday) == DayMark::open);      // …but not turned into a skip
    CHECK(strip.cells.back().changeable);            // today
    CHECK_FALSE(strip.cells[30 - 2].changeable);     // Thursday: off the schedule, nothing marked
}

TEST_CASE("A click cycles done, skipped, not done and back to done", "[chart]") {
    MarkCell cell{1, day(2026, 11, 20), DayMark::open, true, true};
    CHECK(next_mark(cell) == DayMark::done);
    cell.mark = DayMark::done;
    CHECK(next_mark(cell) == DayMark::skipped);
    cell.mark = DayMark::skipped;
    CHECK(next_mark(cell) == DayMark::open);
}

TEST_CASE("Future days and dropped steps are never changeable", "[chart]") {
    Step step = weekly_mon_wed_fri(day(2026, 11, 1));
    StepMarks marks{&step, {}, {}, {}};
    Day today = day(2026, 11, 25);
    CHECK(mark_cell(marks, today, today).changeable);
    CHECK_FALSE(mark_cell(marks, day(2026, 11, 27), today).changeable);  // a Friday to come
    step.status = StepStatus::dropped;
    CHECK_FALSE(mark_cell(marks, day(2026, 11, 23), today).changeable);
}

TEST_CASE("Streaks read as days, or as weeks for some days a week", "[chart]") {
    StreakStats days;
    days.streak = 5;
    days.best_streak = 12;
    days.consistency_30d = 0.8;
    CHECK(describe_streak(days) == "Streak 5 · best 12 · 30-day consistency 80%");
    StreakStats weeks;
    weeks.in_weeks = true;
    weeks.streak = 1;
    weeks.best_streak = 6;
    weeks.week_done = 2;
    weeks.week_needed = 3;
    CHECK(describe_streak(weeks) == "Streak 1 week · best 6 weeks · 2 of 3 this week");
}
