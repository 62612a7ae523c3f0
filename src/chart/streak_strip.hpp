#pragma once
// The last 30 days of a recurring step as a strip of cells, each a day a click
// can change (chart/habit_cells.hpp).
#include "chart/habit_cells.hpp"
#include "chart/primitives.hpp"

#include <string_view>
#include <vector>

namespace sw::chart {

enum class StreakCell {
    done,           // completed that day (filled square)
    skipped,        // skipped (ill, travelling): neither scheduled nor missed (outline, dash)
    missed,         // scheduled before today and not completed (outlined, crossed)
    due_today,      // scheduled today and not completed yet (outlined, today ink)
    free_day,       // times:K/week: a day without a tick; the week is what counts (small dot)
    not_scheduled,  // nothing to do that day (small dot)
    before_start,   // before the step began (faint dot)
};

std::string_view to_label(StreakCell state);  // "done", "skipped", "missed", …

// The state of one day seen on `today`. A completion counts even on a day the
// step is no longer scheduled for (the schedule may have changed).
StreakCell streak_cell_state(const StepMarks& marks, Day day, Day today);

struct StreakStrip {
    ChartModel chart;             // hover_targets[i] is cells[i]
    std::vector<MarkCell> cells;  // oldest first, `today` last
};

// 30 cells ending at `today` (on the right), `cell` pixels each; the shapes
// differ per state so the strip reads without colour. Each cell's tooltip says
// "Thu, Nov 26: done" and the tick's note, if any. Cells a click can change
// respond with Response::click, the others (before the start, off the
// schedule) are quiet.
StreakStrip build_streak_strip(const StepMarks& marks, Day today, float cell);

}  // namespace sw::chart
