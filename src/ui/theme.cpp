#include "ui/theme.hpp"

#include <filesystem>

namespace sw::ui {
namespace {

Palette g_palette;
ThemeKind g_theme = ThemeKind::light;

ImVec4 rgb(int r, int g, int b, float a = 1.0f) { return ImVec4(r / 255.f, g / 255.f, b / 255.f, a); }

const char* find_font(std::initializer_list<const char*> candidates) {
    for (const char* path : candidates)
        if (std::filesystem::exists(path)) return path;
    return nullptr;
}

// Latin-1, Latin Extended-A, general punctuation (dashes, quotes), arrows,
// math, geometric shapes, misc symbols and dingbats (✓ ✗).
const ImWchar kTextRanges[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x2000, 0x206F, 0x20AC, 0x20AC,
                               0x2190, 0x21FF, 0x2200, 0x22FF, 0x25A0, 0x25FF, 0x2600, 0x27BF, 0};
const ImWchar kIconRanges[] = {0xF000, 0xF2E0, 0};

ImFont* add_font(const char* path, float size, const char* icons) {
    ImGuiIO& io = ImGui::GetIO();
    ImFontConfig cfg;
    cfg.OversampleH = 2;
    ImFont* font = io.Fonts->AddFontFromFileTTF(path, size, &cfg, kTextRanges);
    if (font && icons) {
        ImFontConfig merge;
        merge.MergeMode = true;
        merge.GlyphMinAdvanceX = size;  // icons line up in lists
        merge.GlyphOffset = ImVec2(0, 1);
        io.Fonts->AddFontFromFileTTF(icons, size * 0.9f, &merge, kIconRanges);
    }
    return font;
}

}  // namespace

Fonts load_fonts(float scale) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    Fonts fonts;
    const char* regular = find_font({"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"});
    const char* bold = find_font({"/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"});
    const char* icons = find_font({"/usr/share/fonts/truetype/font-awesome/fontawesome-webfont.ttf",
                                   "/usr/share/fonts-font-awesome/fonts/fontawesome-webfont.ttf"});
    if (regular) {
        fonts.body = add_font(regular, 17.0f * scale, icons);
        fonts.title = add_font(bold ? bold : regular, 26.0f * scale, icons);
        fonts.heading = add_font(bold ? bold : regular, 18.5f * scale, icons);
        fonts.system_font = fonts.body != nullptr;
    }
    if (!fonts.body) {
        ImFontConfig cfg;
        cfg.SizePixels = 13.0f * scale;
        fonts.body = io.Fonts->AddFontDefault(&cfg);
        fonts.title = fonts.heading = fonts.body;
    }
    io.FontDefault = fonts.body;
    io.Fonts->Build();
    return fonts;
}

const Palette& palette() { return g_palette; }
ThemeKind current_theme() { return g_theme; }

void apply_theme(ThemeKind kind, float scale) {
    g_theme = kind;
    ImGuiStyle style;
    bool light = kind == ThemeKind::light;
    if (light) ImGui::StyleColorsLight(&style);
    else ImGui::StyleColorsDark(&style);

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
    g_palette = p;

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

}  // namespace sw::ui
