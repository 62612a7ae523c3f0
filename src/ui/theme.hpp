#pragma once
// The calm look: light (default) and dark themes, one accent colour, rounded
// corners, generous spacing, ~17 px DejaVu Sans with icons.
#include "ui/chart_draw.hpp"

#include <imgui.h>

namespace sw::ui {

enum class ThemeKind { light, dark };

struct Fonts {
    ImFont* body = nullptr;
    ImFont* title = nullptr;    // page titles
    ImFont* heading = nullptr;  // section headers
    bool system_font = false;   // false: ImGui's default font (DejaVu missing)
};

struct Palette {
    ImVec4 accent, accent_soft, text, muted, card, border, danger, warning, success, background;
    ChartPalette chart;
};

// The fonts themselves are loaded by load_fonts (font_atlas.hpp).
void apply_theme(ThemeKind kind, float scale);
const Palette& palette();
ThemeKind current_theme();

}  // namespace sw::ui
