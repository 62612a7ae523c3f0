#include "ui/theme.hpp"

#include "app/app.hpp"

namespace sw::ui {
namespace {

ImVec4 rgb(int r, int g, int b, float a = 1.0f) { return ImVec4(r / 255.f, g / 255.f, b / 255.f, a); }

Palette make_palette(ThemeKind kind, float scale) {
    bool light = kind == ThemeKind::light;
    Palette p;
    if (light) {
        p.background = rgb(246, 247, 249);
        p.card = rgb(255, 255, 255);
        p.text = rgb(33, 37, 41);
        p.muted = rgb(108, 117, 125);
        p.border = rgb(222, 226, 230);
        p.accent = rgb(47, 111, 222);
        p.accent_soft = rgb(47, 111, 222, 0.12f);
        p.danger = rgb(201, 42, 42);
        p.warning = rgb(191, 110, 0);
        p.success = rgb(43, 138, 62);
        p.chart = light_chart_palette();
    } else {
        p.background = rgb(27, 30, 35);
        p.card = rgb(37, 41, 48);
        p.text = rgb(230, 232, 235);
        p.muted = rgb(150, 158, 168);
        p.border = rgb(58, 63, 72);
        p.accent = rgb(99, 150, 242);
        p.accent_soft = rgb(99, 150, 242, 0.18f);
        p.danger = rgb(240, 100, 100);
        p.warning = rgb(240, 170, 60);
        p.success = rgb(90, 190, 110);
        p.chart = dark_chart_palette();
    }
    p.chart.pen_scale = scale;
    return p;
}

void apply_style(ThemeKind kind, float scale, const Palette& p) {
    ImGuiStyle style;
    bool light = kind == ThemeKind::light;
    if (light) ImGui::StyleColorsLight(&style);
    else ImGui::StyleColorsDark(&style);

    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = p.text;
    c[ImGuiCol_TextDisabled] = p.muted;
    c[ImGuiCol_WindowBg] = p.background;
    c[ImGuiCol_ChildBg] = p.card;
    c[ImGuiCol_PopupBg] = p.card;
    c[ImGuiCol_Border] = p.border;
    c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_FrameBg] = light ? rgb(241, 243, 245) : rgb(48, 53, 61);
    c[ImGuiCol_FrameBgHovered] = light ? rgb(233, 236, 239) : rgb(58, 64, 74);
    c[ImGuiCol_FrameBgActive] = p.accent_soft;
    c[ImGuiCol_Button] = light ? rgb(233, 236, 239) : rgb(52, 58, 66);
    c[ImGuiCol_ButtonHovered] = light ? rgb(222, 226, 230) : rgb(64, 71, 81);
    c[ImGuiCol_ButtonActive] = p.accent_soft;
    c[ImGuiCol_Header] = p.accent_soft;
    c[ImGuiCol_HeaderHovered] = light ? rgb(47, 111, 222, 0.08f) : rgb(99, 150, 242, 0.12f);
    c[ImGuiCol_HeaderActive] = p.accent_soft;
    c[ImGuiCol_CheckMark] = p.accent;
    c[ImGuiCol_SliderGrab] = p.accent;
    c[ImGuiCol_SliderGrabActive] = p.accent;
    c[ImGuiCol_TableHeaderBg] = p.background;
    c[ImGuiCol_TableBorderLight] = p.border;
    c[ImGuiCol_TableBorderStrong] = p.border;
    c[ImGuiCol_TableRowBgAlt] = light ? rgb(248, 249, 250) : rgb(41, 45, 52);
    c[ImGuiCol_Separator] = p.border;
    c[ImGuiCol_TitleBgActive] = p.card;
    c[ImGuiCol_TitleBg] = p.card;
    c[ImGuiCol_ModalWindowDimBg] = rgb(0, 0, 0, 0.35f);
    c[ImGuiCol_NavHighlight] = p.accent;

    style.WindowRounding = 10;
    style.ChildRounding = 10;
    style.FrameRounding = 7;
    style.PopupRounding = 8;
    style.GrabRounding = 7;
    style.TabRounding = 7;
    style.ScrollbarRounding = 8;
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 1;
    style.FrameBorderSize = 1;  // soft outlines keep checkboxes and fields visible on white
    style.PopupBorderSize = 1;
    style.WindowPadding = ImVec2(20, 18);
    style.FramePadding = ImVec2(10, 6);
    style.ItemSpacing = ImVec2(10, 9);
    style.ItemInnerSpacing = ImVec2(8, 6);
    style.CellPadding = ImVec2(10, 7);
    style.ScrollbarSize = 13;
    style.GrabMinSize = 12;
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

// The theme use_theme attached to the current ImGui context; nullptr before.
Theme* attached_theme() {
    return ImGui::GetCurrentContext() ? static_cast<Theme*>(ImGui::GetIO().UserData) : nullptr;
}

}  // namespace

ThemeKind theme_setting(const App& app) {
    return app.setting("theme") == "dark" ? ThemeKind::dark : ThemeKind::light;
}

void use_theme(Theme& theme, ThemeKind kind, float scale) {
    ImGui::GetIO().UserData = &theme;
    if (theme.applies > 0 && theme.kind == kind && theme.scale == scale) return;
    theme.kind = kind;
    theme.scale = scale;
    theme.palette = make_palette(kind, scale);
    ++theme.applies;
    apply_style(kind, scale, theme.palette);
}

void apply_theme(ThemeKind kind, float scale) {
    if (Theme* theme = attached_theme()) use_theme(*theme, kind, scale);
    else apply_style(kind, scale, make_palette(kind, scale));
}

const Palette& palette() {
    if (const Theme* theme = attached_theme()) return theme->palette;
    static const Palette kLight = make_palette(ThemeKind::light, 1.0f);  // constant: no state
    return kLight;
}

ThemeKind current_theme() {
    const Theme* theme = attached_theme();
    return theme ? theme->kind : ThemeKind::light;
}

}  // namespace sw::ui
