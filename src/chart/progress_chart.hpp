#pragma once
// The goal-detail chart: actual values against the plan, the target and the trend.
#include "chart/primitives.hpp"
#include "chart/range.hpp"
#include "chart/text_measure.hpp"
#include "core/numbers.hpp"
#include "core/analytics.hpp"
#include "core/goal.hpp"
#include "core/progress_entry.hpp"

#include <span>
#include <string>

namespace sw::chart {

// Something that happened to the goal on a day, marked on the date axis: a
// change of its target, baseline, dates ("Target 10 km → 8 km").
struct ChartEvent {
    Day date{};
    std::string text;
};

struct ProgressChartInput {
    const Goal* goal = nullptr;
    std::span<const ProgressEntry> entries;  // this goal's, sorted by (date, id)
    GoalAnalytics analytics;                 // for today (current value, projection)
    Day today{};
    ChartRange range = ChartRange::all;
    DecimalSeparator decimal = DecimalSeparator::point;  // the user's choice, for every label
    // The label of the marker on `today`, the day the chart shows the goal on:
    // "Today" in the window; a summary of a period that ended before the day it
    // was made says "End".
    std::string today_label = "Today";
    // The goal's changes (any order): a small diamond on the date axis on each
    // day in the domain, whose tooltip lists that day's changes.
    std::span<const ChartEvent> changes = {};
};

// X domain (documented here because it decides what a user sees):
// - all: min(start, first entry) … max(due, today, last entry), extended to the
//   projected date when that is within twice the span.
// - weeks4 / months3 / year1: the last 28 / 91 / 365 days ending at
//   max(today, last entry), never starting before the goal's data begins, and
//   looking ahead by a sixth of the window when the due date or the projected
//   date lies in the future (so the plan and the trend are visible).
// The domain is at least six days wide.
DayDomain progress_x_domain(const ProgressChartInput& input);

// Actual values (level: each entry; total: baseline + running sum, one point per
// day), the ideal line start → due, the target line, a marker on `today` labelled
// `today_label`, and the dashed trend projection to (projected_date, target) when
// there is one.
// Hover targets: the drawn actual points, at most one per pixel column; a cell
// over each change marker ("Changed Nov 20\nTarget 10 km → 8 km").
// Numeric goals only; otherwise, or with no entries, empty_message is set.
ChartModel build_progress_chart(const ProgressChartInput& input, float width, float height,
                                const TextMeasure& measure);

}  // namespace sw::chart
