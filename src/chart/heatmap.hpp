#pragma once
// The activity calendar: one cell per day, weeks as columns, Monday on top.
#include "chart/habit_cells.hpp"
#include "chart/primitives.hpp"
#include "chart/text_measure.hpp"
#include "core/dates.hpp"

#include <span>
#include <vector>

namespace sw::chart {

struct DayActivity {
    Day day{};
    int entries = 0;      // progress entries logged that day
    int completions = 0;  // steps done that day
    int skipped = 0;      // habits skipped that day (told, not counted as activity)
};

// Activity = entries + completions: 0 → heat0, 1 → heat1, 2–3 → heat2,
// 4–5 → heat3, 6+ → heat4. Fixed buckets, so a day looks the same next month.
Ink heat_ink(int activity);

// `weeks` columns ending with the week (Mon–Sun) that contains `end`; days after
// `end` are drawn as empty outlines without a tooltip. Month labels on top,
// Mon/Wed/Fri on the left, a "Less … More" key below. `days` may be in any order
// and may repeat a day (counts add up). `cell` is the pitch in pixels.
// Tooltip per day: "Tue, Nov 24: 2 entries, 1 step done, 1 skipped"; a day with
// only skips has a dash. Hover target i is the day heatmap_first_day(end, weeks) + i.
ChartModel build_activity_heatmap(std::span<const DayActivity> days, Day end, int weeks, float cell,
                                  const TextMeasure& measure);

// The Monday the heatmap's first column starts with.
Day heatmap_first_day(Day end, int weeks);

// A goal's calendar: the activity heatmap, and for each day the habits a click
// could mark that day (mark_cell(...).changeable, seen on `end`), named in the
// tooltip with their marks ("Sit 10 min: skipped").
struct HabitHeatmap {
    ChartModel chart;
    std::vector<Day> days;                    // the day of each hover target
    std::vector<std::vector<MarkCell>> marks;  // per hover target, in the order of `habits`
};

// With no habits this is build_activity_heatmap. With habits, a day some habit
// can be marked on responds to a click; every other day is quiet.
HabitHeatmap build_habit_heatmap(std::span<const DayActivity> days, std::span<const StepMarks> habits, Day end,
                                 int weeks, float cell, const TextMeasure& measure);

}  // namespace sw::chart
