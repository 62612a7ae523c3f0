#pragma once
// The chart of a habit goal: its strength and its 30-day consistency over time
// (core habit_history), against the share of days the client means to do.
#include "chart/primitives.hpp"
#include "chart/range.hpp"
#include "chart/text_measure.hpp"
#include "core/analytics.hpp"
#include "core/goal.hpp"

#include <span>

namespace sw::chart {

struct HabitChartInput {
    const Goal* goal = nullptr;
    std::span<const HabitStepDays> steps;  // the goal's steps with their marks (App::habit_days)
    Day today{};
    ChartRange range = ChartRange::all;
};

// X domain: from the start of the goal's earliest non-dropped recurring step (all)
// or the last 28 / 91 / 365 days, never before that start, up to `today` — the
// numbers are known up to today only. At least six days wide (widen_to_min_span).
// Empty (from > to) when there is no such step or it starts after today.
DayDomain habit_x_domain(const HabitChartInput& input);

// Strength (solid) and 30-day consistency (dashed, broken where nothing was
// scheduled), 0–100 %, one point per day of the domain up to today; a horizontal
// line at the goal's target_rate labelled "Target 80%"; a legend above.
// Hover targets: one per day, at most one per pixel column, at the strength line:
// "Nov 26, 2026 · strength 64% · 30-day consistency 80%".
// Without recurring steps (or before they start) empty_message says why.
ChartModel build_habit_chart(const HabitChartInput& input, float width, float height, const TextMeasure& measure);

}  // namespace sw::chart
