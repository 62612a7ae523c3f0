#pragma once
// The activity calendar: one cell per day, weeks as columns, Monday on top.
#include "chart/primitives.hpp"
#include "chart/text_measure.hpp"
#include "core/dates.hpp"

#include <span>

namespace sw::chart {

struct DayActivity {
    Day day{};
    int entries = 0;      // progress entries logged that day
    int completions = 0;  // steps done that day
};

// Activity = entries + completions: 0 → heat0, 1 → heat1, 2–3 → heat2,
// 4–5 → heat3, 6+ → heat4. Fixed buckets, so a day looks the same next month.
Ink heat_ink(int activity);

// `weeks` columns ending with the week (Mon–Sun) that contains `end`; days after
// `end` are drawn as empty outlines without a tooltip. Month labels on top,
// Mon/Wed/Fri on the left, a "Less … More" key below. `days` may be in any order
// and may repeat a day (counts add up). `cell` is the pitch in pixels.
// Tooltip per day: "Tue, Nov 24: 2 entries, 1 step done".
ChartModel build_activity_heatmap(std::span<const DayActivity> days, Day end, int weeks, float cell,
                                  const TextMeasure& measure);

}  // namespace sw::chart
