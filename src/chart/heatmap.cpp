#include "chart/heatmap.hpp"

#include "chart/format.hpp"
#include "chart/scale.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>

namespace sw::chart {

namespace {

constexpr float kLabelGap = 6;

std::string plural(int n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string day_tooltip(Day day, const DayActivity& a) {
    std::string parts;
    auto add = [&](std::string part) { parts += (parts.empty() ? "" : ", ") + part; };
    if (a.entries > 0) add(plural(a.entries, "entry", "entries"));
    if (a.completions > 0) add(plural(a.completions, "step done", "steps done"));
    if (a.skipped > 0) add(std::to_string(a.skipped) + " skipped");
    return format_weekday_day(day) + ": " + (parts.empty() ? "no activity" : parts);
}

std::map<long long, DayActivity> totals_by_day(std::span<const DayActivity> days) {
    std::map<long long, DayActivity> totals;
    for (const DayActivity& a : days) {
        DayActivity& t = totals[static_cast<long long>(day_number(a.day))];
        t.day = a.day;
        t.entries += a.entries;
        t.completions += a.completions;
        t.skipped += a.skipped;
    }
    return totals;
}

struct Grid {
    Day first_monday;
    float left = 0;
    float top = 0;
    float cell = 0;
    float gap = 0;

    Vec2 cell_min(int column, int row) const { return {left + column * cell, top + row * cell}; }
    Area cell_area(int column, int row) const {
        Vec2 min = cell_min(column, row);
        return {min, {min.x + cell - gap, min.y + cell - gap}};
    }
};

void add_month_labels(ChartModel& m, const Grid& g, int weeks, const TextMeasure& measure) {
    float free_from = g.left;  // labels may not start before this x
    for (int c = 0; c < weeks; ++c) {
        Day monday = add_days(g.first_monday, 7 * c);
        bool new_month = c == 0 || add_days(monday, -7).month() != monday.month();
        if (!new_month) continue;
        std::string label(month_short_name(static_cast<unsigned>(monday.month())));
        float x = g.cell_min(c, 0).x;
        if (x < free_from) continue;
        m.primitives.emplace_back(Text{{x, g.top - 3}, label, Ink::muted_text, HAlign::left, VAlign::bottom});
        free_from = x + measure(label) + 4;
    }
}

void add_weekday_labels(ChartModel& m, const Grid& g) {
    for (int row : {0, 2, 4}) {
        float y = g.cell_min(0, row).y + (g.cell - g.gap) / 2;
        m.primitives.emplace_back(Text{{g.left - kLabelGap, y}, std::string(weekday_short_name(row)),
                                    Ink::muted_text, HAlign::right, VAlign::middle});
    }
}

void add_key(ChartModel& m, const Grid& g, float right, float y, const TextMeasure& measure) {
    float size = g.cell - g.gap;
    float x = right - measure("More");
    m.primitives.emplace_back(Text{{right, y + size / 2}, "More", Ink::muted_text, HAlign::right, VAlign::middle});
    x -= 4 + 5 * g.cell;
    float cells_x = x;
    for (Ink ink : {Ink::heat0, Ink::heat1, Ink::heat2, Ink::heat3, Ink::heat4}) {
        m.primitives.emplace_back(Rect{{x, y}, {x + size, y + size}, ink, true, 2, 1});
        x += g.cell;
    }
    m.primitives.emplace_back(Text{{cells_x - 4, y + size / 2}, "Less", Ink::muted_text, HAlign::right,
                                VAlign::middle});
}

}  // namespace

Day heatmap_first_day(Day end, int weeks) {
    return add_days(end, -weekday_index(end) - 7 * (std::max(weeks, 1) - 1));
}

Ink heat_ink(int activity) {
    if (activity <= 0) return Ink::heat0;
    if (activity == 1) return Ink::heat1;
    if (activity <= 3) return Ink::heat2;
    if (activity <= 5) return Ink::heat3;
    return Ink::heat4;
}

ChartModel build_activity_heatmap(std::span<const DayActivity> days, Day end, int weeks, float cell,
                                  const TextMeasure& measure) {
    weeks = std::max(weeks, 1);
    Grid g;
    g.cell = std::max(cell, 3.0f);
    g.gap = std::max(1.0f, std::round(g.cell * 0.18f));
    g.first_monday = heatmap_first_day(end, weeks);
    g.left = std::ceil(std::max({measure("Mon"), measure("Wed"), measure("Fri")})) + kLabelGap;
    g.top = measure.font_px + 4;

    ChartModel m;
    m.font_px = measure.font_px;
    m.width = g.left + weeks * g.cell;
    float key_y = g.top + 7 * g.cell + 4;
    m.height = key_y + g.cell;
    m.plot_area = Area{{g.left, g.top}, {m.width, g.top + 7 * g.cell}};

    auto totals = totals_by_day(days);
    int active_days = 0;
    for (int c = 0; c < weeks; ++c) {
        for (int row = 0; row < 7; ++row) {
            Day day = add_days(g.first_monday, 7 * c + row);
            Area area = g.cell_area(c, row);
            if (end < day) {  // not yet: an outline, nothing to tell
                m.primitives.emplace_back(Rect{area.min, area.max, Ink::grid, false, 2, 1});
                continue;
            }
            DayActivity a{day, 0, 0, 0};
            auto it = totals.find(static_cast<long long>(day_number(day)));
            if (it != totals.end()) a = it->second;
            int activity = a.entries + a.completions;
            if (activity > 0) ++active_days;
            m.primitives.emplace_back(Rect{area.min, area.max, heat_ink(activity), true, 2, 1});
            if (activity == 0 && a.skipped > 0) {  // a pause, as on the habit strips
                float inset = area.width() * 0.28f, y = (area.min.y + area.max.y) / 2;
                m.primitives.emplace_back(Line{{area.min.x + inset, y}, {area.max.x - inset, y}, Ink::skipped, 2, false});
            }
            m.hover_targets.push_back({area, day_tooltip(day, a)});
        }
    }
    add_month_labels(m, g, weeks, measure);
    add_weekday_labels(m, g);
    add_key(m, g, m.width, key_y, measure);
    m.description = "Activity over " + std::to_string(weeks) + " weeks up to " +
                    format_day_with_year(end) + ": " + plural(active_days, "active day", "active days");
    return m;
}

HabitHeatmap build_habit_heatmap(std::span<const DayActivity> days, std::span<const StepMarks> habits, Day end,
                                 int weeks, float cell, const TextMeasure& measure) {
    HabitHeatmap h;
    h.chart = build_activity_heatmap(days, end, weeks, cell, measure);
    Day first = heatmap_first_day(end, weeks);
    for (size_t i = 0; i < h.chart.hover_targets.size(); ++i) {
        Day day = add_days(first, static_cast<int>(i));
        std::vector<MarkCell> cells;
        HoverTarget& target = h.chart.hover_targets[i];
        for (const StepMarks& habit : habits) {
            MarkCell c = mark_cell(habit, day, end);
            if (!c.changeable) continue;
            target.tooltip += "\n" + habit.step->title + ": " + std::string(mark_word(c.mark));
            cells.push_back(c);
        }
        if (!habits.empty())
            target.response = cells.empty() ? HoverTarget::Response::quiet : HoverTarget::Response::click;
        h.days.push_back(day);
        h.marks.push_back(std::move(cells));
    }
    return h;
}

}  // namespace sw::chart
