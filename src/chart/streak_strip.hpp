#pragma once
// The last 30 days of a recurring step as a strip of cells.
#include "chart/primitives.hpp"
#include "core/step.hpp"

#include <span>
#include <string_view>

namespace sw::chart {

enum class StreakCell {
    done,           // completed that day (filled square)
    missed,         // scheduled before today and not completed (outlined, crossed)
    due_today,      // scheduled today and not completed yet (outlined, today ink)
    not_scheduled,  // nothing to do that day (small dot)
};

std::string_view to_label(StreakCell state);  // "done", "missed", "due today, not done yet", …

// The state of one day. `done_days` sorted ascending. A completion counts even on
// a day the step is no longer scheduled for (the schedule may have changed).
StreakCell streak_cell_state(const Step& step, std::span<const Day> done_days, Day day, Day today);

// 30 cells ending at d (d on the right), `cell` pixels each; the shapes differ
// per state so the strip reads without colour, and each cell's tooltip says
// "Thu, Nov 26: missed".
ChartModel build_streak_strip(const Step& step, std::span<const Day> done_days, Day d, float cell);

}  // namespace sw::chart
