#include "chart/progress_chart.hpp"

#include "chart/axes.hpp"
#include "chart/clip.hpp"
#include "chart/downsample.hpp"
#include "chart/format.hpp"
#include "chart/scale.hpp"
#include "chart/ticks.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sw::chart {

namespace {

constexpr float kPointRadius = 3;
constexpr float kMinPointSpacing = 6;  // below this many px per point, circles become noise
constexpr float kMinPlotSize = 24;

struct ActualPoint {
    Day day;
    double value = 0;
    std::string tooltip;
};

std::string point_caption(Day day, const std::string& quantity) {
    return format_day_with_year(day) + " · " + quantity;
}

// Level goals: every reading is a point.
std::vector<ActualPoint> level_points(const Goal& goal, std::span<const ProgressEntry> entries, DecimalSeparator d) {
    std::vector<ActualPoint> points;
    for (const ProgressEntry& e : entries) {
        if (!std::isfinite(e.value)) continue;  // a corrupt reading must not poison the scale
        std::string tooltip = point_caption(e.date, format_quantity(e.value, goal.unit, d));
        if (!e.note.empty()) tooltip += "\n" + e.note;
        points.push_back({e.date, e.value, std::move(tooltip)});
    }
    return points;
}

// Total goals: one point per day at the end of the day (baseline + everything
// logged so far), with the day's increment and notes in the tooltip.
std::vector<ActualPoint> total_points(const Goal& goal, std::span<const ProgressEntry> entries, DecimalSeparator d) {
    std::vector<ActualPoint> points;
    double running = goal.baseline;
    for (size_t i = 0; i < entries.size();) {
        Day day = entries[i].date;
        double increment = 0;
        std::string notes;
        for (; i < entries.size() && entries[i].date == day; ++i) {
            if (!std::isfinite(entries[i].value)) continue;
            increment += entries[i].value;
            if (!entries[i].note.empty()) notes += "\n" + entries[i].note;
        }
        running += increment;
        std::string tooltip = point_caption(day, format_quantity(running, goal.unit, d)) + " (" +
                              format_signed_quantity(increment, goal.unit, d) + ")" + notes;
        points.push_back({day, running, std::move(tooltip)});
    }
    return points;
}

std::string empty_hint(const Goal* goal) {
    if (!goal || !goal->is_numeric()) return "Milestone goals are tracked by their steps";
    return "No entries yet — log a value to see your progress";
}

ChartModel empty_chart(float width, float height, const TextMeasure& measure, std::string message) {
    ChartModel model;
    model.width = width;
    model.height = height;
    model.font_px = measure.font_px;
    model.empty_message = std::move(message);
    model.description = model.empty_message;
    model.primitives.emplace_back(Text{{width / 2, height / 2}, model.empty_message, Ink::muted_text,
                                    HAlign::center, VAlign::middle});
    return model;
}

// Everything in data space (x = day number), before layout.
struct Series {
    std::vector<ActualPoint> actual;        // all of them
    std::vector<DataPoint> visible_line;    // clipped to the x domain
    std::vector<size_t> visible_points;     // indices into actual within the domain
    std::optional<std::pair<DataPoint, DataPoint>> ideal;
    std::optional<std::pair<DataPoint, DataPoint>> trend;
};

Series make_series(const ProgressChartInput& in, DayDomain domain) {
    const Goal& goal = *in.goal;
    Series s;
    s.actual = goal.measure == Measure::total ? total_points(goal, in.entries, in.decimal)
                                              : level_points(goal, in.entries, in.decimal);
    double lo = day_number(domain.from);
    double hi = day_number(domain.to);
    std::vector<DataPoint> all;
    for (size_t i = 0; i < s.actual.size(); ++i) {
        DataPoint p{day_number(s.actual[i].day), s.actual[i].value};
        all.push_back(p);
        if (p.x >= lo && p.x <= hi) s.visible_points.push_back(i);
    }
    s.visible_line = clip_to_x_range(all, lo, hi);

    if (goal.start_date < goal.due_date)  // start == due has no plan to draw
        s.ideal = clip_segment_to_x_range({day_number(goal.start_date), goal.baseline},
                                          {day_number(goal.due_date), goal.target}, lo, hi);
    if (in.analytics.projected_date && in.today < *in.analytics.projected_date)
        s.trend = clip_segment_to_x_range({day_number(in.today), in.analytics.current},
                                          {day_number(*in.analytics.projected_date), goal.target},
                                          lo, hi);
    return s;
}

std::pair<double, double> value_extent(const Goal& goal, const Series& s) {
    double lo = std::min(goal.baseline, goal.target);
    double hi = std::max(goal.baseline, goal.target);
    auto include = [&](double v) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    };
    for (const DataPoint& p : s.visible_line) include(p.y);
    if (s.trend) {
        include(s.trend->first.y);
        include(s.trend->second.y);
    }
    return {lo, hi};
}

struct Layout {
    Area plot;
    LinearScale x;
    LinearScale y;
    std::vector<ValueTick> y_ticks;
};

std::optional<Layout> make_layout(const Goal& goal, const Series& s, DayDomain domain, DecimalSeparator d, float width,
                                  float height, const TextMeasure& measure) {
    float font = measure.font_px;
    // A header row (unit, legend) above the plot, clear of the top y label.
    float top = std::round(font * 2.2f);
    float bottom = font + kTickLength + 4;
    float plot_h = height - top - bottom;
    if (plot_h < kMinPlotSize) return std::nullopt;

    auto [lo, hi] = value_extent(goal, s);
    int max_ticks = std::clamp(static_cast<int>(plot_h / (font * 2.2f)) + 1, 2, 8);
    NiceDomain y = nice_domain(lo, hi, max_ticks);
    Layout layout;
    int decimals = decimals_for_step(y.step);
    for (double t : nice_ticks(lo, hi, max_ticks)) layout.y_ticks.push_back({t, format_number(t, d, decimals)});

    float left = std::ceil(widest_label(layout.y_ticks, measure)) + kLabelGap + 2;
    float right = std::ceil(measure("May 30") / 2) + 2;  // room for a day label on the last tick
    layout.plot = Area{{left, top}, {width - right, top + plot_h}};
    if (layout.plot.width() < kMinPlotSize) return std::nullopt;
    layout.x = LinearScale{day_number(domain.from), day_number(domain.to), layout.plot.min.x,
                           layout.plot.max.x};
    layout.y = LinearScale{y.lo, y.hi, layout.plot.max.y, layout.plot.min.y};
    return layout;
}

Vec2 to_pixels(const Layout& l, DataPoint p) {
    return {l.x.to_pixel(p.x), l.y.to_pixel(p.y)};
}

void add_target_line(ChartModel& m, const Goal& goal, const Layout& l, DecimalSeparator d,
                     const TextMeasure& measure) {
    float ty = l.y.to_pixel(goal.target);
    m.primitives.emplace_back(Line{{l.plot.min.x, ty}, {l.plot.max.x, ty}, Ink::target, 1.5f, false});
    // Label on the side the data does not approach from, when there is room.
    float font = measure.font_px;
    bool room_above = ty - font - 3 >= l.plot.min.y;
    bool room_below = ty + font + 3 <= l.plot.max.y;
    bool above = goal.is_decreasing() ? !room_below : room_above;
    std::string label = "Target " + format_quantity(goal.target, goal.unit, d);
    m.primitives.emplace_back(Text{{l.plot.min.x + 6, above ? ty - 3 : ty + 3}, label, Ink::target,
                                HAlign::left, above ? VAlign::bottom : VAlign::top});
}

void add_today_marker(ChartModel& m, const Goal& goal, Day today, const std::string& label, const Layout& l,
                      const TextMeasure& measure) {
    double t = day_number(today);
    if (t < l.x.d0 || t > l.x.d1) return;
    float tx = l.x.to_pixel(t);
    m.primitives.emplace_back(Line{{tx, l.plot.min.y}, {tx, l.plot.max.y}, Ink::today, 1, true});
    bool fits_right = tx + 3 + measure(label) <= l.plot.max.x;
    // The label goes to the edge away from the target line, whose own label
    // sits next to it: the two never collide near the start of a goal.
    float ty = l.y.to_pixel(goal.target);
    bool target_in_upper_half = ty < (l.plot.min.y + l.plot.max.y) * 0.5f;
    float y = target_in_upper_half ? l.plot.max.y - 1 : l.plot.min.y + 1;
    m.primitives.emplace_back(Text{{fits_right ? tx + 3 : tx - 3, y}, label, Ink::today,
                                fits_right ? HAlign::left : HAlign::right,
                                target_in_upper_half ? VAlign::bottom : VAlign::top});
}

void add_segment(ChartModel& m, const std::optional<std::pair<DataPoint, DataPoint>>& seg,
                 const Layout& l, Ink ink, float thickness, bool dashed) {
    if (!seg) return;
    m.primitives.emplace_back(Line{to_pixels(l, seg->first), to_pixels(l, seg->second), ink, thickness, dashed});
}

// A diamond on the date axis per day with changes, its tooltip listing them.
void add_change_markers(ChartModel& m, std::span<const ChartEvent> changes, const Layout& l,
                        const TextMeasure& measure) {
    std::map<Day, std::vector<const ChartEvent*>> by_day;
    for (const ChartEvent& e : changes) {
        double t = day_number(e.date);
        if (t < l.x.d0 || t > l.x.d1) continue;
        by_day[e.date].push_back(&e);
    }
    float r = std::max(3.0f, std::round(measure.font_px * 0.33f));
    for (const auto& [day, events] : by_day) {
        float x = l.x.to_pixel(day_number(day));
        float y = l.plot.max.y;
        m.primitives.emplace_back(Polyline{{{x, y - r}, {x + r, y}, {x, y + r}, {x - r, y}, {x, y - r}},
                                           Ink::target, 1.5f, false});
        std::string tip = "Changed " + format_day_short(day);
        for (const ChartEvent* e : events) tip += "\n" + e->text;
        float pad = 2;
        m.hover_targets.push_back({Area{{x - r - pad, y - r - pad}, {x + r + pad, y + r + pad}}, std::move(tip),
                                   HoverTarget::Response::quiet});
    }
}

std::string more_nearby(size_t n) {
    return "\n+" + std::to_string(n) + " more nearby (choose a shorter range to see each)";
}

void add_actual_series(ChartModel& m, const Series& s, const Layout& l) {
    std::vector<Vec2> line;
    for (const DataPoint& p : s.visible_line) line.push_back(to_pixels(l, p));
    if (line.size() >= 2) m.primitives.emplace_back(Polyline{downsample_min_max(line), Ink::actual, 2, false});

    std::vector<Vec2> points;
    for (size_t i : s.visible_points)
        points.push_back(to_pixels(l, {day_number(s.actual[i].day), s.actual[i].value}));
    if (static_cast<float>(points.size()) * kMinPointSpacing <= l.plot.width() || points.size() == 1)
        for (Vec2 p : points) m.primitives.emplace_back(Circle{p, kPointRadius, Ink::actual, true, 1});

    // One target per pixel column: the latest point there stands for the rest.
    for (IndexRange group : group_by_pixel_column(points)) {
        size_t last = group.end - 1;
        std::string tooltip = s.actual[s.visible_points[last]].tooltip;
        if (group.end - group.begin > 1) tooltip += more_nearby(group.end - group.begin - 1);
        m.hover_targets.push_back({points[last], std::move(tooltip)});
    }
    if (points.empty())
        m.primitives.emplace_back(Text{{(l.plot.min.x + l.plot.max.x) / 2, (l.plot.min.y + l.plot.max.y) / 2},
                                    "No entries in this range", Ink::muted_text, HAlign::center,
                                    VAlign::middle});
}

void add_header(ChartModel& m, const Goal& goal, const Series& s, const TextMeasure& measure) {
    float y = std::round(measure.font_px * 0.6f);
    float used = 0;
    if (!goal.unit.empty()) {
        m.primitives.emplace_back(Text{{0, y}, goal.unit, Ink::muted_text, HAlign::left, VAlign::middle});
        used = measure(goal.unit) + 12;
    }
    std::vector<LegendItem> items = {{"Actual", Ink::actual, false}};
    if (s.ideal) items.push_back({"Plan", Ink::ideal, false});
    if (s.trend) items.push_back({"Trend", Ink::trend, true});
    add_legend(m.primitives, items, m.width - 2, y, m.width - used - 2, measure);
}

std::string describe(const ProgressChartInput& in) {
    const Goal& goal = *in.goal;
    return "Progress of " + goal.title + ": " + format_quantity(in.analytics.current, goal.unit, in.decimal) +
           " now, target " + format_quantity(goal.target, goal.unit, in.decimal) + " by " +
           format_day_with_year(goal.due_date);
}

}  // namespace

DayDomain progress_x_domain(const ProgressChartInput& in) {
    if (!in.goal) return widen_to_min_span({in.today, in.today});
    const Goal& goal = *in.goal;
    Day data_from = goal.start_date;
    Day data_to = std::max(goal.due_date, in.today);
    std::optional<Day> latest_entry;
    for (const ProgressEntry& e : in.entries) {
        data_from = std::min(data_from, e.date);
        data_to = std::max(data_to, e.date);
        latest_entry = latest_entry ? std::max(*latest_entry, e.date) : e.date;
    }
    const std::optional<Day>& projected = in.analytics.projected_date;

    if (in.range == ChartRange::all) {
        DayDomain d{data_from, data_to};
        if (projected && d.to < *projected &&
            days_between(d.from, *projected) <= 2 * std::max(days_between(d.from, d.to), 1))
            d.to = *projected;
        return widen_to_min_span(d);
    }

    int len = range_days(in.range);
    Day end = latest_entry ? std::max(in.today, *latest_entry) : in.today;
    Day from = std::max(add_days(end, -len), std::min(data_from, end));
    Day ahead_limit = end;  // look ahead only when the plan or the trend is there
    if (ahead_limit < goal.due_date) ahead_limit = goal.due_date;
    if (projected && ahead_limit < *projected) ahead_limit = *projected;
    Day to = std::min(add_days(end, len / 6), ahead_limit);
    return widen_to_min_span({from, to});
}

ChartModel build_progress_chart(const ProgressChartInput& in, float width, float height,
                                const TextMeasure& measure) {
    if (!in.goal || !in.goal->is_numeric() || in.entries.empty())
        return empty_chart(width, height, measure, empty_hint(in.goal));
    const Goal& goal = *in.goal;

    DayDomain domain = progress_x_domain(in);
    Series series = make_series(in, domain);
    auto layout = make_layout(goal, series, domain, in.decimal, width, height, measure);
    if (!layout) return empty_chart(width, height, measure, "Not enough room for a chart");
    const Layout& l = *layout;

    ChartModel m;
    m.width = width;
    m.height = height;
    m.font_px = measure.font_px;
    m.plot_area = l.plot;
    m.description = describe(in);

    add_value_axis(m.primitives, l.y, l.y_ticks, l.plot, Side::left, true);
    add_date_axis(m.primitives, l.x, domain.from, domain.to, l.plot, width, measure);
    add_axis_lines(m.primitives, l.plot);
    add_target_line(m, goal, l, in.decimal, measure);
    add_segment(m, series.ideal, l, Ink::ideal, 1.5f, false);
    add_today_marker(m, goal, in.today, in.today_label, l, measure);
    add_segment(m, series.trend, l, Ink::trend, 1.5f, true);
    add_actual_series(m, series, l);
    add_change_markers(m, in.changes, l, measure);
    add_header(m, goal, series, measure);
    return m;
}

}  // namespace sw::chart
