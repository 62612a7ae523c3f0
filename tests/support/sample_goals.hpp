#pragma once
// Small goals the app tests share.
#include "core/goal.hpp"

namespace sw::test {

inline Day day(const char* text) { return *parse_iso_day(text); }

// "Run 10 km": numeric, 2 → 10 km, 2026-11-01 to 2027-03-01.
inline Goal run_10k() {
    Goal g;
    g.title = "Run 10 km";
    g.kind = GoalKind::numeric;
    g.unit = "km";
    g.baseline = 2;
    g.target = 10;
    g.start_date = day("2026-11-01");
    g.due_date = day("2027-03-01");
    return g;
}

// "Save for a bike": numeric level, 0 → 800 €, from 60 days before `today` to 60 after.
inline Goal save_for_a_bike(Day today) {
    Goal g;
    g.title = "Save for a bike";
    g.kind = GoalKind::numeric;
    g.measure = Measure::level;
    g.unit = "€";
    g.baseline = 0;
    g.target = 800;
    g.start_date = add_days(today, -60);
    g.due_date = add_days(today, 60);
    return g;
}

}  // namespace sw::test
