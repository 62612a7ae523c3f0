#include "chart/axes.hpp"

#include "chart/ticks.hpp"

#include <algorithm>
#include <cmath>

namespace sw::chart {

namespace {
constexpr float kLegendSample = 16;  // length of the line sample
constexpr float kLegendItemGap = 12;
}  // namespace

void add_date_axis(std::vector<Primitive>& out, const LinearScale& x, Day from, Day to,
                   const Area& plot, float chart_width, const TextMeasure& measure) {
    // Labels at the ends slide inwards to stay inside the chart (the first one
    // often carries the year); one that would then touch its neighbour is dropped.
    float previous_right = -1e9f;
    float min_gap = calendar_label_gap(measure) / 2;
    for (const DateTick& tick : calendar_ticks(from, to, plot.width(), measure)) {
        float px = x.to_pixel(day_number(tick.day));
        out.emplace_back(Line{{px, plot.min.y}, {px, plot.max.y}, Ink::grid, 1, false});
        out.emplace_back(Line{{px, plot.max.y}, {px, plot.max.y + kTickLength}, Ink::axis, 1, false});
        float half = measure(tick.label) / 2;
        float centre = chart_width < 2 * half ? chart_width / 2 : std::clamp(px, half, chart_width - half);
        if (centre - half < previous_right + min_gap) continue;
        out.emplace_back(Text{{centre, plot.max.y + kTickLength + 1}, tick.label, Ink::muted_text,
                           HAlign::center, VAlign::top});
        previous_right = centre + half;
    }
}

void add_value_axis(std::vector<Primitive>& out, const LinearScale& y,
                    std::span<const ValueTick> ticks, const Area& plot, Side side, bool grid) {
    for (const ValueTick& tick : ticks) {
        float py = y.to_pixel(tick.value);
        if (grid) out.emplace_back(Line{{plot.min.x, py}, {plot.max.x, py}, Ink::grid, 1, false});
        if (side == Side::left)
            out.emplace_back(Text{{plot.min.x - kLabelGap, py}, tick.label, Ink::muted_text,
                               HAlign::right, VAlign::middle});
        else
            out.emplace_back(Text{{plot.max.x + kLabelGap, py}, tick.label, Ink::muted_text,
                               HAlign::left, VAlign::middle});
    }
}

void add_axis_lines(std::vector<Primitive>& out, const Area& plot) {
    out.emplace_back(Line{{plot.min.x, plot.min.y}, {plot.min.x, plot.max.y}, Ink::axis, 1, false});
    out.emplace_back(Line{{plot.min.x, plot.max.y}, {plot.max.x, plot.max.y}, Ink::axis, 1, false});
}

bool add_legend(std::vector<Primitive>& out, std::span<const LegendItem> items, float right_x,
                float y, float max_width, const TextMeasure& measure) {
    // The sample grows with the font (the UI's scale), so a dash pattern fits in it.
    const float sample = std::round(kLegendSample * std::max(1.0f, measure.font_px / 13.0f));
    float total = 0;
    for (const LegendItem& item : items)
        total += sample + kLabelGap + measure(item.label) + kLegendItemGap;
    total -= items.empty() ? 0 : kLegendItemGap;
    if (items.empty() || total > max_width) return false;

    float x = right_x - total;
    for (const LegendItem& item : items) {
        out.emplace_back(Line{{x, y}, {x + sample, y}, item.ink, 2, item.dashed});
        x += sample + kLabelGap;
        out.emplace_back(Text{{x, y}, item.label, Ink::text, HAlign::left, VAlign::middle});
        x += measure(item.label) + kLegendItemGap;
    }
    return true;
}

float widest_label(std::span<const ValueTick> ticks, const TextMeasure& measure) {
    float widest = 0;
    for (const ValueTick& tick : ticks) widest = std::max(widest, measure(tick.label));
    return widest;
}

}  // namespace sw::chart
