#include "chart/habit_cells.hpp"

#include <algorithm>
#include <cmath>

namespace sw::chart {

namespace {

bool contains(std::span<const Day> days, Day day) { return std::binary_search(days.begin(), days.end(), day); }

std::string count_of(int n, bool weeks) {
    if (!weeks) return std::to_string(n);
    return std::to_string(n) + (n == 1 ? " week" : " weeks");
}

}  // namespace

MarkCell mark_cell(const StepMarks& marks, Day day, Day today) {
    MarkCell cell;
    cell.day = day;
    if (!marks.step) return cell;
    const Step& step = *marks.step;
    cell.step_id = step.id;
    cell.mark = contains(marks.done, day) ? DayMark::done
                : contains(marks.skipped, day) ? DayMark::skipped
                                               : DayMark::open;
    cell.scheduled = step.is_recurring() && is_scheduled(step.repeat, step.start_date, day);
    bool in_reach = !(day < step.start_date) && !(today < day);
    cell.changeable = in_reach && step.is_recurring() && step.status != StepStatus::dropped &&
                      (cell.scheduled || cell.mark != DayMark::open);
    return cell;
}

DayMark next_mark(const MarkCell& cell) {
    switch (cell.mark) {
        case DayMark::done: return cell.scheduled ? DayMark::skipped : DayMark::open;
        case DayMark::skipped: return DayMark::open;
        case DayMark::open: return cell.scheduled ? DayMark::done : DayMark::open;
    }
    return DayMark::open;
}

std::string_view mark_word(DayMark mark) {
    switch (mark) {
        case DayMark::done: return "done";
        case DayMark::skipped: return "skipped";
        case DayMark::open: return "not done";
    }
    return "";
}

std::string describe_streak(const StreakStats& s) {
    std::string text = "Streak " + count_of(s.streak, s.in_weeks) + " · best " + count_of(s.best_streak, s.in_weeks);
    if (s.in_weeks)
        text += " · " + std::to_string(s.week_done) + " of " + std::to_string(s.week_needed) + " this week";
    if (s.consistency_30d)
        text += " · 30-day consistency " + std::to_string(static_cast<int>(std::lround(*s.consistency_30d * 100))) + "%";
    return text;
}

}  // namespace sw::chart
