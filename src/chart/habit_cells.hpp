#pragma once
// The days of a habit as cells a click can change (the streak strip, the
// calendar): which step and day a cell is, and the mark it shows, so the UI
// answers a click from the model alone, never from the store.
#include "core/analytics.hpp"
#include "core/step.hpp"

#include <map>
#include <span>
#include <string>
#include <string_view>

namespace sw::chart {

// One recurring step with its marks.
struct StepMarks {
    const Step* step = nullptr;
    std::span<const Day> done;          // sorted ascending
    std::span<const Day> skipped;       // sorted ascending
    std::map<Day, std::string> notes;   // the notes of ticks (those in view are enough)
};

// What one cell stands for.
struct MarkCell {
    int64_t step_id = 0;
    Day day{};
    DayMark mark = DayMark::open;  // as drawn: a click sends it as MarkDay::expected, so a
                                   // day changed meanwhile elsewhere is refused, not overwritten
    bool scheduled = false;        // an occurrence day of the step
    bool changeable = false;       // from the step's start to today, the step not dropped,
                                   // and scheduled or marked (a tick from an old schedule
                                   // can still be taken back)
};

// The cell of `marks` on `day`, seen on `today`.
MarkCell mark_cell(const StepMarks& marks, Day day, Day today);

// What a click makes of a cell: done → skipped → not done → done. A day off the
// schedule can only go back to not done (MarkDay marks occurrence days only).
DayMark next_mark(const MarkCell& cell);

// "done", "skipped", "not done"
std::string_view mark_word(DayMark mark);

// "Streak 5 · best 12 · 30-day consistency 80%"; times:K/week counts weeks:
// "Streak 3 weeks · best 6 weeks · 2 of 3 this week · …". The same words on the
// charts card and the steps card.
std::string describe_streak(const StreakStats& stats);

}  // namespace sw::chart
