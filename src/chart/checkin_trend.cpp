#include "chart/checkin_trend.hpp"

#include "chart/axes.hpp"
#include "chart/downsample.hpp"
#include "chart/format.hpp"
#include "chart/scale.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace sw::chart {

namespace {

constexpr float kMinPlotSize = 24;
constexpr float kPointRadius = 3;
constexpr float kMinPointSpacing = 6;
constexpr float kEdgePad = 6;  // keeps 1 and 5 off the frame

using ValueOf = std::function<std::optional<int>(const CheckIn&)>;

std::vector<const CheckIn*> in_period(std::span<const CheckIn> checkins, Day from, Day to) {
    std::vector<const CheckIn*> kept;
    for (const CheckIn& c : checkins)
        if (from <= c.date && c.date <= to && (c.mood || c.confidence)) kept.push_back(&c);
    std::stable_sort(kept.begin(), kept.end(),
                     [](const CheckIn* a, const CheckIn* b) { return a->date < b->date; });
    return kept;
}

// Runs of consecutive days that all have a value; a missing day ends a run.
std::vector<std::vector<Vec2>> runs_of(const std::vector<const CheckIn*>& days, const ValueOf& value,
                                       const LinearScale& x, const LinearScale& y) {
    std::vector<std::vector<Vec2>> runs;
    std::optional<Day> previous;
    for (const CheckIn* c : days) {
        std::optional<int> v = value(*c);
        if (!v) {
            previous.reset();
            continue;
        }
        if (!previous || days_between(*previous, c->date) != 1) runs.emplace_back();
        runs.back().push_back({x.to_pixel(day_number(c->date)), y.to_pixel(*v)});
        previous = c->date;
    }
    return runs;
}

void add_series(ChartModel& m, const std::vector<std::vector<Vec2>>& runs, Ink ink, bool dashed,
                bool filled_dots, float plot_width) {
    size_t count = 0;
    for (const auto& run : runs) count += run.size();
    bool dots = static_cast<float>(count) * kMinPointSpacing <= plot_width;
    for (const auto& run : runs) {
        if (run.size() >= 2) m.primitives.emplace_back(Polyline{downsample_min_max(run), ink, 2, dashed});
        if (dots || run.size() == 1)  // a lone day would be invisible without its dot
            for (Vec2 p : run) m.primitives.emplace_back(Circle{p, kPointRadius, ink, filled_dots, 1.5f});
    }
}

std::string tooltip_for(const CheckIn& c) {
    std::string text = format_weekday_day(c.date) + ", " + std::to_string(static_cast<int>(c.date.year()));
    if (c.mood) text += " · mood " + std::to_string(*c.mood) + "/5";
    if (c.confidence) text += " · confidence " + std::to_string(*c.confidence) + "/10";
    return text;
}

void add_hover_targets(ChartModel& m, const std::vector<const CheckIn*>& days, const LinearScale& x,
                       const LinearScale& mood_y, const LinearScale& confidence_y) {
    std::vector<Vec2> anchors;
    for (const CheckIn* c : days)
        anchors.push_back({x.to_pixel(day_number(c->date)),
                           c->mood ? mood_y.to_pixel(*c->mood) : confidence_y.to_pixel(*c->confidence)});
    for (IndexRange group : group_by_pixel_column(anchors)) {
        size_t last = group.end - 1;
        std::string tooltip = tooltip_for(*days[last]);
        if (size_t more = group.end - group.begin - 1; more > 0)
            tooltip += "\n+" + std::to_string(more) + " more nearby (choose a shorter period to see each)";
        m.hover_targets.push_back({anchors[last], std::move(tooltip)});
    }
}

std::vector<ValueTick> integer_ticks(std::initializer_list<int> values) {
    std::vector<ValueTick> ticks;
    for (int v : values) ticks.push_back({static_cast<double>(v), std::to_string(v)});
    return ticks;
}

}  // namespace

ChartModel build_checkin_trend(std::span<const CheckIn> checkins, Day from, Day to, float width,
                               float height, const TextMeasure& measure) {
    if (to < from) std::swap(from, to);
    ChartModel m;
    m.width = width;
    m.height = height;
    m.font_px = measure.font_px;
    auto days = in_period(checkins, from, to);

    float font = measure.font_px;
    std::vector<ValueTick> mood_ticks = integer_ticks({1, 2, 3, 4, 5});
    std::vector<ValueTick> confidence_ticks = integer_ticks({1, 4, 7, 10});
    float left = std::ceil(widest_label(mood_ticks, measure)) + kLabelGap + 2;
    float right = std::ceil(std::max(widest_label(confidence_ticks, measure) + kLabelGap + 2,
                                     measure("May 30") / 2 + 2));
    Area plot{{left, std::round(font * 2.2f)}, {width - right, height - (font + kTickLength + 4)}};
    if (days.empty() || plot.width() < kMinPlotSize || plot.height() < kMinPlotSize) {
        m.empty_message = days.empty() ? "No check-ins in this period" : "Not enough room for a chart";
        m.description = m.empty_message;
        m.primitives.emplace_back(Text{{width / 2, height / 2}, m.empty_message, Ink::muted_text,
                                    HAlign::center, VAlign::middle});
        return m;
    }
    m.plot_area = plot;

    // A single day still gets a readable axis: widen to at least six days.
    Day x_from = from, x_to = to;
    if (int span = days_between(from, to); span < 6) {
        x_from = add_days(from, -(6 - span) / 2);
        x_to = add_days(x_from, 6);
    }
    LinearScale x{day_number(x_from), day_number(x_to), plot.min.x, plot.max.x};
    LinearScale mood_y{1, 5, plot.max.y - kEdgePad, plot.min.y + kEdgePad};
    LinearScale confidence_y{1, 10, plot.max.y - kEdgePad, plot.min.y + kEdgePad};

    add_value_axis(m.primitives, mood_y, mood_ticks, plot, Side::left, true);
    add_value_axis(m.primitives, confidence_y, confidence_ticks, plot, Side::right, false);
    add_date_axis(m.primitives, x, x_from, x_to, plot, width, measure);
    add_axis_lines(m.primitives, plot);

    ValueOf mood = [](const CheckIn& c) { return c.mood; };
    ValueOf confidence = [](const CheckIn& c) { return c.confidence; };
    add_series(m, runs_of(days, confidence, x, confidence_y), Ink::confidence, true, false, plot.width());
    add_series(m, runs_of(days, mood, x, mood_y), Ink::mood, false, true, plot.width());
    add_hover_targets(m, days, x, mood_y, confidence_y);

    std::vector<LegendItem> legend = {{"Mood 1-5 (left)", Ink::mood, false},
                                      {"Confidence 1-10 (right)", Ink::confidence, true}};
    add_legend(m.primitives, legend, width - 2, std::round(font * 0.6f), width - 4, measure);
    m.description = "Mood and confidence from " + format_day_with_year(from) + " to " +
                    format_day_with_year(to) + ": " + std::to_string(days.size()) +
                    (days.size() == 1 ? " check-in" : " check-ins");
    return m;
}

}  // namespace sw::chart
