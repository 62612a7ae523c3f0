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

    CHECK(streak_cell_state(step, done, day(2026, 11, 23), today) == StreakCell::done);
    CHECK(streak_cell_state(step, done, day(2026, 11, 25), today) == StreakCell::missed);
    CHECK(streak_cell_state(step, done, day(2026, 11, 24), today) == StreakCell::not_scheduled);
    CHECK(streak_cell_state(step, done, today, today) == StreakCell::due_today);

    ChartModel m = build_streak_strip(step, done, today, 16);
    REQUIRE(m.hover_targets.size() == 30);
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

TEST_CASE("Days before a step starts are not scheduled", "[chart]") {
    Step step = weekly_mon_wed_fri(day(2026, 11, 20));
    ChartModel m = build_streak_strip(step, {}, day(2026, 11, 27), 12);
    CHECK(m.hover_targets.front().tooltip == "Thu, Oct 29: not scheduled");
    CHECK(m.hover_targets[30 - 4].tooltip == "Tue, Nov 24: not scheduled");
    CHECK(m.hover_targets[30 - 5].tooltip == "Mon, Nov 23: missed");
}
