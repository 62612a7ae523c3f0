#pragma once
// The chart model: what to draw, in pixels relative to the chart's top-left
// corner, with semantic inks instead of colours. Built once from data (no ImGui,
// no I/O); drawn by ui/chart_draw (ImDrawList) and report/svg_chart (SVG), so
// the UI and the coach summary show the same picture.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace sw::chart {

struct Vec2 {
    float x = 0;
    float y = 0;
};

// Roles, not colours: a theme maps each to a colour (chart/palette.hpp), so the
// same model works on light and dark backgrounds.
enum class Ink : uint8_t {
    background, grid, axis, text, muted_text,
    actual, ideal, target, today, trend,
    ahead, on_track, behind, at_risk, achieved, neutral,
    heat0, heat1, heat2, heat3, heat4,
    done, missed, not_scheduled,
    mood, confidence,
    strength, consistency, skipped,
};
inline constexpr size_t ink_count = static_cast<size_t>(Ink::skipped) + 1;
inline constexpr size_t ink_index(Ink ink) { return static_cast<size_t>(ink); }

// An axis-aligned box; also the hit area of cell-like hover targets.
struct Area {
    Vec2 min;
    Vec2 max;
    bool contains(Vec2 p) const { return p.x >= min.x && p.x <= max.x && p.y >= min.y && p.y <= max.y; }
    float width() const { return max.x - min.x; }
    float height() const { return max.y - min.y; }
    bool empty() const { return width() <= 0 || height() <= 0; }
};

struct Line {
    Vec2 p0;
    Vec2 p1;
    Ink ink = Ink::axis;
    float thickness = 1;
    bool dashed = false;
};

struct Polyline {
    std::vector<Vec2> points;
    Ink ink = Ink::actual;
    float thickness = 1;
    bool dashed = false;
};

struct Rect {
    Vec2 min;
    Vec2 max;
    Ink ink = Ink::grid;
    bool filled = true;
    float rounding = 0;
    float thickness = 1;  // outline only
};

enum class HAlign { left, center, right };
enum class VAlign { top, middle, bottom };  // which edge of the text box sits at pos.y

// One line of text in the chart's font (ChartModel::font_px).
struct Text {
    Vec2 pos;
    std::string text;
    Ink ink = Ink::text;
    HAlign halign = HAlign::left;
    VAlign valign = VAlign::top;
};

struct Circle {
    Vec2 center;
    float radius = 3;
    Ink ink = Ink::actual;
    bool filled = true;
    float thickness = 1;  // outline only
};

using Primitive = std::variant<Line, Polyline, Rect, Text, Circle>;

// Dash pattern for dashed lines, shared so the UI and SVG look alike.
inline constexpr float kDashLength = 5;
inline constexpr float kDashGap = 4;

// Something with a tooltip: a data point (hovered when it is the nearest by x,
// as in ImGui's PlotEx) or a cell (hovered when the mouse is inside it).
struct HoverTarget {
    // What hovering shows besides the tooltip: a highlight; a highlight and an
    // invitation to click (a habit's day that a click changes); or nothing (a
    // day before a habit began: no promise the cell cannot keep).
    enum class Response : uint8_t { highlight, click, quiet };

    std::variant<Vec2, Area> area;
    std::string tooltip;
    Response response = Response::highlight;

    bool is_point() const { return std::holds_alternative<Vec2>(area); }
};

struct ChartModel {
    float width = 0;
    float height = 0;
    float font_px = 13;       // the font size the layout was measured with
    Area plot_area;           // where point targets respond to the mouse
    std::vector<Primitive> primitives;      // back to front
    std::vector<HoverTarget> hover_targets;
    std::string empty_message;  // set when there is nothing to plot (also drawn as text)
    std::string description;    // one-line summary for screen readers / SVG <title>
};

// The hover target under the mouse (relative to the chart's top-left): a cell
// containing it, else, inside the plot area, the point nearest by x (then by y).
std::optional<size_t> hover_target_at(const ChartModel& model, Vec2 mouse);

}  // namespace sw::chart
