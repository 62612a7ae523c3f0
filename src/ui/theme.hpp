#pragma once
// The calm look: light (default) and dark themes, one accent colour, rounded
// corners, generous spacing, ~17 px DejaVu Sans with icons.
#include "ui/chart_draw.hpp"

#include <imgui.h>

namespace sw {
class App;
}

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

// The look in use (UiState::caches.theme): the palette for `kind` at `scale`.
// ImGui's style and the palette are rebuilt only when either changes.
struct Theme {
    ThemeKind kind = ThemeKind::light;
    float scale = 0;  // 0: never applied
    Palette palette;
    int applies = 0;  // how often it was rebuilt; tests check it is not every frame
};

// The stored "theme" setting: dark when it says so, else light.
ThemeKind theme_setting(const App& app);

// Makes `theme` the look of the current ImGui context, as `kind` at `scale`:
// rebuilds it and ImGui's style when they differ from what it holds, and points
// palette() at it. The palette travels with the ImGui context, like the style
// it matches (through io.UserData), so no file-level state is needed and two
// contexts keep their own. `theme` must outlive the context's frames (the
// UiState that owns it does, in the window and the test harness).
// The fonts themselves are loaded by load_fonts (font_atlas.hpp).
void use_theme(Theme& theme, ThemeKind kind, float scale);
// use_theme on the current context's theme (the Settings view's choice shows
// at once; the next frame follows the stored setting anyway). With none yet
// (a bare harness, the benchmark) only ImGui's style changes.
void apply_theme(ThemeKind kind, float scale);
// The current context's palette: the light one at 100 % until use_theme.
const Palette& palette();
ThemeKind current_theme();

}  // namespace sw::ui
