#include "chart/streak_strip.hpp"

#include "chart/format.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace sw::chart {

namespace {

constexpr int kDays = 30;

bool scheduled_on(const Step& step, Day day) {
    // One-off steps have no occurrences; their completion still shows as done.
    return step.is_recurring() && is_scheduled(step.repeat, step.start_date, day);
}

void add_cell(ChartModel& m, StreakCell state, Area a) {
    float size = a.width();
    float rounding = std::max(1.0f, size * 0.2f);
    switch (state) {
        case StreakCell::done:
            m.primitives.emplace_back(Rect{a.min, a.max, Ink::done, true, rounding, 1});
            break;
        case StreakCell::missed: {
            float inset = size * 0.28f;
            m.primitives.emplace_back(Rect{a.min, a.max, Ink::missed, false, rounding, 1.5f});
            m.primitives.emplace_back(Line{{a.min.x + inset, a.min.y + inset},
                                        {a.max.x - inset, a.max.y - inset}, Ink::missed, 1.5f, false});
            break;
        }
        case StreakCell::due_today:
            m.primitives.emplace_back(Rect{a.min, a.max, Ink::today, false, rounding, 1.5f});
            break;
        case StreakCell::not_scheduled:
            m.primitives.emplace_back(Circle{{(a.min.x + a.max.x) / 2, (a.min.y + a.max.y) / 2},
                                          std::max(1.0f, size * 0.12f), Ink::not_scheduled, true, 1});
            break;
    }
}

}  // namespace

std::string_view to_label(StreakCell state) {
    switch (state) {
        case StreakCell::done: return "done";
        case StreakCell::missed: return "missed";
        case StreakCell::due_today: return "due today, not done yet";
        case StreakCell::not_scheduled: return "not scheduled";
    }
    return "";
}

StreakCell streak_cell_state(const Step& step, std::span<const Day> done_days, Day day, Day today) {
    if (std::binary_search(done_days.begin(), done_days.end(), day)) return StreakCell::done;
    if (!scheduled_on(step, day)) return StreakCell::not_scheduled;
    // Some days a week: a day without a tick is a free day, not a miss (the week is what counts).
    if (step.repeat.kind == Recurrence::Kind::times_per_week) return StreakCell::not_scheduled;
    if (day < today) return StreakCell::missed;
    return day == today ? StreakCell::due_today : StreakCell::not_scheduled;
}

ChartModel build_streak_strip(const Step& step, std::span<const Day> done_days, Day d, float cell) {
    cell = std::max(cell, 4.0f);
    float gap = std::max(1.0f, std::round(cell * 0.15f));
    ChartModel m;
    m.width = kDays * cell;
    m.height = cell;
    m.plot_area = Area{{0, 0}, {m.width, m.height}};

    int done = 0;
    int missed = 0;
    for (int i = 0; i < kDays; ++i) {
        Day day = add_days(d, i - (kDays - 1));
        StreakCell state = streak_cell_state(step, done_days, day, d);
        Area a{{i * cell, 0}, {i * cell + cell - gap, cell - gap}};
        add_cell(m, state, a);
        std::string tooltip = format_weekday_day(day) + (day == d ? " (today)" : "") + ": " +
                              std::string(to_label(state));
        m.hover_targets.push_back({Area{{i * cell, 0}, {(i + 1) * cell, cell}}, std::move(tooltip)});
        done += state == StreakCell::done;
        missed += state == StreakCell::missed;
    }
    m.description = step.title + ", last 30 days: " + std::to_string(done) + " done, " +
                    std::to_string(missed) + " missed";
    return m;
}

}  // namespace sw::chart
