#pragma once
// Axis, grid and legend pieces shared by the line charts.
#include "chart/primitives.hpp"
#include "chart/scale.hpp"
#include "chart/text_measure.hpp"

#include <span>
#include <string>
#include <vector>

namespace sw::chart {

// Tick gap and label offset, in pixels, shared so charts line up.
inline constexpr float kTickLength = 4;
inline constexpr float kLabelGap = 4;

// Date axis under the plot: light vertical grid lines, tick marks, labels.
// Labels that would poke out of [0, chart_width] are dropped (the tick stays).
void add_date_axis(std::vector<Primitive>& out, const LinearScale& x, Day from, Day to,
                   const Area& plot, float chart_width, const TextMeasure& measure);

enum class Side { left, right };

struct ValueTick {
    double value = 0;
    std::string label;
};

// Value labels beside the plot (on the given side) and, optionally, horizontal
// grid lines across it.
void add_value_axis(std::vector<Primitive>& out, const LinearScale& y,
                    std::span<const ValueTick> ticks, const Area& plot, Side side, bool grid);

// The plot frame: left and bottom axis lines.
void add_axis_lines(std::vector<Primitive>& out, const Area& plot);

struct LegendItem {
    std::string label;
    Ink ink = Ink::actual;
    bool dashed = false;
};

// A one-row legend (line sample + text per item) ending at right_x, its text
// centred on y. Returns false (and draws nothing) when it needs more than
// max_width.
bool add_legend(std::vector<Primitive>& out, std::span<const LegendItem> items, float right_x,
                float y, float max_width, const TextMeasure& measure);

// Widest measured label, for margins.
float widest_label(std::span<const ValueTick> ticks, const TextMeasure& measure);

}  // namespace sw::chart
