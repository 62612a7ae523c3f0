#include "chart/streak_strip.hpp"

#include "chart/format.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace sw::chart {

namespace {

constexpr int kDays = 30;

void add_dot(ChartModel& m, Area a, Ink ink, float fraction) {
    m.primitives.emplace_back(Circle{{(a.min.x + a.max.x) / 2, (a.min.y + a.max.y) / 2},
                                  std::max(1.0f, a.width() * fraction), ink, true, 1});
}

void add_cell(ChartModel& m, StreakCell state, Area a) {
    float size = a.width();
    float rounding = std::max(1.0f, size * 0.2f);
    float inset = size * 0.28f;
    switch (state) {
        case StreakCell::done:
            m.primitives.emplace_back(Rect{a.min, a.max, Ink::done, true, rounding, 1});
            break;
        case StreakCell::skipped: {
            // A dash in a quiet outline: a pause, not a failure.
            float y = (a.min.y + a.max.y) / 2;
            m.primitives.emplace_back(Rect{a.min, a.max, Ink::skipped, false, rounding, 1});
            m.primitives.emplace_back(Line{{a.min.x + inset, y}, {a.max.x - inset, y}, Ink::skipped, 2, false});
            break;
        }
        case StreakCell::missed:
            m.primitives.emplace_back(Rect{a.min, a.max, Ink::missed, false, rounding, 1.5f});
            m.primitives.emplace_back(Line{{a.min.x + inset, a.min.y + inset},
                                        {a.max.x - inset, a.max.y - inset}, Ink::missed, 1.5f, false});
            break;
        case StreakCell::due_today:
            m.primitives.emplace_back(Rect{a.min, a.max, Ink::today, false, rounding, 1.5f});
            break;
        case StreakCell::free_day:
        case StreakCell::not_scheduled:
            add_dot(m, a, Ink::not_scheduled, 0.12f);
            break;
        case StreakCell::before_start:
            add_dot(m, a, Ink::grid, 0.08f);
            break;
    }
}

std::string tooltip_for(const StepMarks& marks, Day day, Day today, StreakCell state) {
    std::string text = format_weekday_day(day) + (day == today ? " (today)" : "") + ": " + std::string(to_label(state));
    if (state == StreakCell::done)
        if (auto it = marks.notes.find(day); it != marks.notes.end() && !it->second.empty()) text += "\n" + it->second;
    return text;
}

}  // namespace

std::string_view to_label(StreakCell state) {
    switch (state) {
        case StreakCell::done: return "done";
        case StreakCell::skipped: return "skipped";
        case StreakCell::missed: return "missed";
        case StreakCell::due_today: return "due today, not done yet";
        case StreakCell::free_day: return "not done";
        case StreakCell::not_scheduled: return "not scheduled";
        case StreakCell::before_start: return "before the start";
    }
    return "";
}

StreakCell streak_cell_state(const StepMarks& marks, Day day, Day today) {
    MarkCell cell = mark_cell(marks, day, today);
    if (cell.mark == DayMark::done) return StreakCell::done;
    if (cell.mark == DayMark::skipped) return StreakCell::skipped;
    if (!marks.step || day < marks.step->start_date) return StreakCell::before_start;
    if (!cell.scheduled) return StreakCell::not_scheduled;
    // Some days a week: a day without a tick is a free day, not a miss (the week is what counts).
    if (marks.step->repeat.kind == Recurrence::Kind::times_per_week) return StreakCell::free_day;
    if (day < today) return StreakCell::missed;
    return day == today ? StreakCell::due_today : StreakCell::not_scheduled;
}

StreakStrip build_streak_strip(const StepMarks& marks, Day today, float cell) {
    cell = std::max(cell, 4.0f);
    float gap = std::max(1.0f, std::round(cell * 0.15f));
    StreakStrip strip;
    ChartModel& m = strip.chart;
    m.width = kDays * cell;
    m.height = cell;
    m.plot_area = Area{{0, 0}, {m.width, m.height}};

    int done = 0, missed = 0, skipped = 0;
    for (int i = 0; i < kDays; ++i) {
        Day day = add_days(today, i - (kDays - 1));
        StreakCell state = streak_cell_state(marks, day, today);
        add_cell(m, state, Area{{i * cell, 0}, {i * cell + cell - gap, cell - gap}});
        MarkCell mc = mark_cell(marks, day, today);
        HoverTarget target{Area{{i * cell, 0}, {(i + 1) * cell, cell}}, tooltip_for(marks, day, today, state)};
        // Only what a click changes is highlighted: a frame on a day off the
        // schedule would promise a change the click cannot make.
        target.response = mc.changeable ? HoverTarget::Response::click : HoverTarget::Response::quiet;
        m.hover_targets.push_back(std::move(target));
        strip.cells.push_back(mc);
        done += state == StreakCell::done;
        missed += state == StreakCell::missed;
        skipped += state == StreakCell::skipped;
    }
    std::string title = marks.step ? marks.step->title : std::string();
    m.description = title + ", last 30 days: " + std::to_string(done) + " done, " + std::to_string(missed) +
                    " missed" + (skipped ? ", " + std::to_string(skipped) + " skipped" : "");
    return strip;
}

}  // namespace sw::chart
