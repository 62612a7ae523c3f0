#pragma once
// Draws chart models (src/chart) with ImDrawList, and a widget that adds
// hit-testing and tooltips. The only place charts meet ImGui.
#include "chart/palette.hpp"
#include "chart/primitives.hpp"
#include "chart/text_measure.hpp"

#include <imgui.h>

namespace sw::ui {

struct ChartPalette {
    ImU32 ink[chart::ink_count];
    // Chart models are laid out in pixels at the UI's scale, but their pens
    // (line widths, dot radii) are in points: multiplied by this when drawn, so
    // lines are as bold at 200 % as at 100 %.
    float pen_scale = 1.0f;

    ImU32 operator[](chart::Ink i) const { return ink[chart::ink_index(i)]; }
};

ChartPalette to_chart_palette(const chart::Palette& palette);
ChartPalette light_chart_palette();
ChartPalette dark_chart_palette();

// Measures with the current ImGui font, so chart layout matches what is drawn.
// Needs a current ImGui context (call inside a frame).
chart::TextMeasure imgui_text_measure();

// Draws `model` with its top-left at `origin` (screen coordinates), clipped to
// the model's size. Does not touch the layout cursor.
void draw_chart(ImDrawList* draw_list, const chart::ChartModel& model, ImVec2 origin,
                const ChartPalette& palette);

// What the mouse did to a chart this frame: hover target indices, or -1.
struct ChartInput {
    int hovered = -1;
    int clicked = -1;  // a target with Response::click, clicked (released over it)
};

// Reserves model.width × model.height at the cursor, draws the chart and, while
// hovered, shows the tooltip of the hover target under the mouse. Targets
// respond as their Response says: `highlight` gets a frame; `click` a frame, a
// hand and "Click to change" under its tooltip; `quiet` only its tooltip.
ChartInput chart_widget(const char* id, const chart::ChartModel& model, const ChartPalette& palette);

}  // namespace sw::ui
