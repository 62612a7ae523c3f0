#include "chart/habit_chart.hpp"

#include "chart/axes.hpp"
#include "chart/downsample.hpp"
#include "chart/format.hpp"
#include "chart/scale.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

namespace sw::chart {

namespace {

constexpr float kMinPlotSize = 24;

std::string percent(double share) { return std::to_string(static_cast<int>(std::lround(share * 100))) + "%"; }

bool counts(const HabitStepDays& h) {
    return h.step && h.step->is_recurring() && h.step->status != StepStatus::dropped;
}

std::optional<Day> first_start(std::span<const HabitStepDays> steps) {
    std::optional<Day> first;
    for (const HabitStepDays& h : steps)
        if (counts(h)) first = first ? std::min(*first, h.step->start_date) : h.step->start_date;
    return first;
}

ChartModel empty_chart(float width, float height, const TextMeasure& measure, std::string message) {
    ChartModel m;
    m.width = width;
    m.height = height;
    m.font_px = measure.font_px;
    m.empty_message = std::move(message);
    m.description = m.empty_message;
    m.primitives.emplace_back(Text{{width / 2, height / 2}, m.empty_message, Ink::muted_text, HAlign::center,
                                VAlign::middle});
    return m;
}

std::string tooltip_for(const HabitPoint& p) {
    return format_day_with_year(p.day) + " · strength " + percent(p.strength) + " · " +
           (p.consistency_30d ? "30-day consistency " + percent(*p.consistency_30d)
                              : std::string("nothing scheduled in the last 30 days"));
}

// Drawn last: the label sits on a patch of background, so a line passing
// behind it never cuts through the words.
void add_target_line(ChartModel& m, double rate, const LinearScale& y, const Area& plot, const TextMeasure& measure) {
    float ty = y.to_pixel(rate * 100);
    float font = measure.font_px;
    m.primitives.emplace_back(Line{{plot.min.x, ty}, {plot.max.x, ty}, Ink::target, 1.5f, false});
    bool above = ty - font - 3 >= plot.min.y;  // else below: a 100 % target sits on the top edge
    std::string label = "Target " + percent(rate);
    float x = plot.min.x + 6;
    float top = above ? ty - 3 - font : ty + 3;
    m.primitives.emplace_back(Rect{{x - 2, top}, {x + measure(label) + 2, top + font}, Ink::background, true, 2, 1});
    m.primitives.emplace_back(Text{{x, above ? ty - 3 : ty + 3}, label, Ink::target, HAlign::left,
                                above ? VAlign::bottom : VAlign::top});
}

// Quarters when there is room for five labels, else halves.
std::vector<ValueTick> percent_ticks(float plot_h, float font) {
    std::vector<ValueTick> ticks;
    int step = plot_h >= 4 * font * 2.2f ? 25 : 50;
    for (int t = 0; t <= 100; t += step) ticks.push_back({static_cast<double>(t), std::to_string(t) + "%"});
    return ticks;
}

// Runs of consecutive days with a consistency: nothing scheduled breaks the line.
std::vector<std::vector<Vec2>> consistency_runs(const std::vector<HabitPoint>& points, const LinearScale& x,
                                                const LinearScale& y) {
    std::vector<std::vector<Vec2>> runs;
    bool open = false;
    for (const HabitPoint& p : points) {
        if (!p.consistency_30d) {
            open = false;
            continue;
        }
        if (!open) runs.emplace_back();
        open = true;
        runs.back().push_back({x.to_pixel(day_number(p.day)), y.to_pixel(*p.consistency_30d * 100)});
    }
    return runs;
}

}  // namespace

DayDomain habit_x_domain(const HabitChartInput& in) {
    std::optional<Day> start = first_start(in.steps);
    if (!start || in.today < *start) return {in.today, add_days(in.today, -1)};
    Day from = *start;
    if (int len = range_days(in.range); len > 0) from = std::max(from, add_days(in.today, -len));
    return widen_to_min_span({from, in.today});
}

ChartModel build_habit_chart(const HabitChartInput& in, float width, float height, const TextMeasure& measure) {
    std::optional<Day> start = first_start(in.steps);
    if (!in.goal || !start) return empty_chart(width, height, measure, "Add a recurring step to see how the habit grows");
    if (in.today < *start)
        return empty_chart(width, height, measure, "The first habit starts on " + format_day_with_year(*start));
    const Goal& goal = *in.goal;
    DayDomain domain = habit_x_domain(in);
    // Numbers exist from the first start to today; the domain may be wider (min span).
    Day from = std::max(domain.from, *start);
    Day to = std::min(domain.to, in.today);
    std::vector<HabitPoint> points = habit_history(goal, in.steps, from, to);

    float font = measure.font_px;
    float top = std::round(font * 2.2f);  // the legend's row
    float bottom = font + kTickLength + 4;
    float plot_h = height - top - bottom;
    std::vector<ValueTick> ticks = percent_ticks(plot_h, font);
    float left = std::ceil(widest_label(ticks, measure)) + kLabelGap + 2;
    float right = std::ceil(measure("May 30") / 2) + 2;
    Area plot{{left, top}, {width - right, top + plot_h}};
    if (points.empty() || plot_h < kMinPlotSize || plot.width() < kMinPlotSize)
        return empty_chart(width, height, measure, "Not enough room for a chart");

    ChartModel m;
    m.width = width;
    m.height = height;
    m.font_px = font;
    m.plot_area = plot;
    LinearScale x{day_number(domain.from), day_number(domain.to), plot.min.x, plot.max.x};
    LinearScale y{0, 100, plot.max.y, plot.min.y};

    add_value_axis(m.primitives, y, ticks, plot, Side::left, true);
    add_date_axis(m.primitives, x, domain.from, domain.to, plot, width, measure);
    add_axis_lines(m.primitives, plot);

    for (const auto& run : consistency_runs(points, x, y)) {
        if (run.size() >= 2) m.primitives.emplace_back(Polyline{downsample_min_max(run), Ink::consistency, 1.5f, true});
        else m.primitives.emplace_back(Circle{run.front(), 2, Ink::consistency, true, 1});
    }
    std::vector<Vec2> strength;
    for (const HabitPoint& p : points) strength.push_back({x.to_pixel(day_number(p.day)), y.to_pixel(p.strength * 100)});
    if (strength.size() >= 2) m.primitives.emplace_back(Polyline{downsample_min_max(strength), Ink::strength, 2, false});
    m.primitives.emplace_back(Circle{strength.back(), 3, Ink::strength, true, 1});  // where it stands today
    add_target_line(m, goal.target_rate, y, plot, measure);

    // One target per pixel column: the latest day there stands for the rest.
    for (IndexRange group : group_by_pixel_column(strength)) {
        size_t last = group.end - 1;
        m.hover_targets.push_back({strength[last], tooltip_for(points[last])});
    }

    std::vector<LegendItem> legend = {{"Strength", Ink::strength, false},
                                      {"30-day consistency", Ink::consistency, true}};
    add_legend(m.primitives, legend, width - 2, std::round(font * 0.6f), width - 4, measure);

    const HabitPoint& now = points.back();
    m.description = "Strength " + percent(now.strength) +
                    (now.consistency_30d ? ", 30-day consistency " + percent(*now.consistency_30d) : std::string()) +
                    " on " + format_day_with_year(now.day) + "; target " + percent(goal.target_rate);
    return m;
}

}  // namespace sw::chart
