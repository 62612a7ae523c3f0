#include "ui/font_atlas.hpp"

#include "ui/bidi_text.hpp"
#include "ui/icons.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // the active text field's buffer
#include <nlohmann/json.hpp>
#include <stb_truetype.h>    // libstb's, the rasteriser Debian's ImGui links

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <set>
#include <type_traits>

namespace sw::ui {
namespace {

static_assert(std::is_same_v<ImWchar, uint16_t>, "TextState keeps glyph ranges as 16-bit ImWchar");

constexpr char32_t kPlaceholder = 0x25A1;  // □, drawn for a character no font has

// The UI's own strings: ASCII, Latin-1 (°, ×, a name's é), and the punctuation
// and symbols the views and charts write (– — ‘ ’ “ ” • … → ↔ − ≈ ≤ ≥ ✓ ✗ €).
// The test "Every character the UI writes is in the atlas" reads the sources
// and fails when a new one is missing here.
constexpr char32_t kUiRanges[][2] = {
    {0x0020, 0x007E}, {0x00A0, 0x00FF}, {0x2010, 0x2027}, {0x2030, 0x203A}, {0x20AC, 0x20AC},
    {0x2190, 0x2195}, {0x2212, 0x2212}, {0x2248, 0x2248}, {0x2260, 0x2260}, {0x2264, 0x2265},
    {kPlaceholder, kPlaceholder}, {0x2713, 0x2713}, {0x2717, 0x2717},
};

// The icons of icons.hpp (a test checks that none is missing), not the whole
// Font Awesome block of seven hundred.
constexpr const char* kIcons[] = {
    ICON_CHECK, ICON_PLUS, ICON_CALENDAR, ICON_TASKS, ICON_BULLSEYE, ICON_FILE_TEXT, ICON_COG,
    ICON_PENCIL, ICON_TRASH, ICON_ARCHIVE, ICON_LOCK, ICON_FIRE, ICON_ARROW_UP, ICON_ARROW_DOWN,
    ICON_TIMES, ICON_INFO, ICON_WARNING, ICON_HEART, ICON_LINE_CHART, ICON_SEARCH, ICON_FOLDER,
    ICON_COPY, ICON_SAVE, ICON_CHEVRON_LEFT, ICON_REPEAT, ICON_CHEVRON_DOWN, ICON_COMMENTS, ICON_CIRCLE_O,
    ICON_USERS,
};

constexpr const char* kRegular = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
constexpr const char* kBold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
constexpr const char* kIconFonts[] = {"/usr/share/fonts/truetype/font-awesome/fontawesome-webfont.ttf",
                                      "/usr/share/fonts-font-awesome/fonts/fontawesome-webfont.ttf"};

std::vector<char32_t> icon_code_points() {
    std::vector<char32_t> out;
    for (const char* icon : kIcons)
        for (char32_t c : decode_utf8(icon)) out.push_back(c);
    return out;
}

void note(TextState& t, char32_t c) {
    if (c < 0x20 || (c >= 0x7F && c < 0xA0)) return;  // controls are never drawn as glyphs
    // ImGui 1.86 turns characters past U+FFFF into U+FFFD; keeping U+FFFD out of
    // the atlas makes both show the placeholder box rather than a question mark.
    if (c > 0xFFFF || c == 0xFFFD) {
        if (t.boxed.insert(c).second) t.placeholders.push_back(c);  // no rebuild would change it
        return;
    }
    if (!t.wanted[c]) {
        t.wanted[c] = true;
        t.stale = true;
    }
}

void start_with_ui_characters(TextState& t) {
    if (!t.wanted.empty()) return;
    t.wanted.assign(0x10000, false);
    for (auto [first, last] : kUiRanges)
        for (char32_t c = first; c <= last; ++c) t.wanted[c] = true;
    for (char32_t c : icon_code_points()) t.wanted[c] = true;
    t.stale = true;
}

// A font file's bytes, read once per process and kept for rebuilds; nullptr
// when it cannot be read.
std::vector<unsigned char>* font_file(TextState& t, const std::string& path) {
    auto it = t.files.find(path);
    if (it == t.files.end()) {
        std::ifstream in(path, std::ios::binary);
        std::vector<unsigned char> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        it = t.files.emplace(path, std::move(bytes)).first;
    }
    return it->second.empty() ? nullptr : &it->second;
}

// Which of the code points a font file has, from its character map alone
// (microseconds, and no fontconfig when DejaVu has everything).
std::vector<bool> coverage(std::vector<unsigned char>& file, int index, const std::vector<char32_t>& code_points) {
    std::vector<bool> has(code_points.size(), false);
    stbtt_fontinfo info;
    int offset = stbtt_GetFontOffsetForIndex(file.data(), index);
    if (offset < 0 || !stbtt_InitFont(&info, file.data(), offset)) return has;
    for (size_t i = 0; i < code_points.size(); ++i)
        has[i] = stbtt_FindGlyphIndex(&info, static_cast<int>(code_points[i])) != 0;
    return has;
}

// Asks fontconfig about the code points DejaVu (regular or bold) lacks that no
// earlier build asked about, and adds what it finds to t.faces.
void find_fallbacks(TextState& t, const std::vector<char32_t>& wanted, std::vector<unsigned char>* regular,
                    std::vector<unsigned char>* bold, const std::vector<char32_t>& icons) {
    std::vector<bool> in_regular = coverage(*regular, 0, wanted);
    std::vector<bool> in_bold = bold ? coverage(*bold, 0, wanted) : in_regular;
    std::set<char32_t> known(t.no_font);
    for (const FallbackFace& f : t.faces) known.insert(f.code_points.begin(), f.code_points.end());
    known.insert(icons.begin(), icons.end());
    std::vector<char32_t> ask;
    for (size_t i = 0; i < wanted.size(); ++i)
        if ((!in_regular[i] || !in_bold[i]) && !known.count(wanted[i])) ask.push_back(wanted[i]);
    if (ask.empty()) return;
    FontCoverage found = find_fonts_for(ask);
    for (FallbackFace& face : found.faces) {
        auto same = std::find_if(t.faces.begin(), t.faces.end(),
                                 [&](const FallbackFace& f) { return f.file == face.file && f.index == face.index; });
        if (same == t.faces.end()) t.faces.push_back(std::move(face));
        else same->code_points.insert(same->code_points.end(), face.code_points.begin(), face.code_points.end());
    }
    t.no_font.insert(found.missing.begin(), found.missing.end());
}

// ImGui's glyph ranges ([first, last] pairs, 0-terminated) for sorted code
// points, kept in t.ranges for as long as the atlas may read them.
const ImWchar* ranges_for(TextState& t, std::vector<char32_t> code_points) {
    std::sort(code_points.begin(), code_points.end());
    std::vector<ImWchar> r;
    for (size_t i = 0; i < code_points.size(); ++i) {
        if (!r.empty() && r.back() + 1u == code_points[i]) r.back() = static_cast<ImWchar>(code_points[i]);
        else if (r.empty() || r.back() != code_points[i]) {
            r.push_back(static_cast<ImWchar>(code_points[i]));
            r.push_back(static_cast<ImWchar>(code_points[i]));
        }
    }
    r.push_back(0);
    t.ranges.push_back(std::move(r));
    return t.ranges.back().data();
}

ImFont* add_font(TextState& t, std::vector<unsigned char>& primary, float size, const ImWchar* text_ranges,
                 std::vector<unsigned char>* icons, const ImWchar* icon_ranges) {
    ImGuiIO& io = ImGui::GetIO();
    ImFontConfig cfg;
    cfg.OversampleH = 2;
    cfg.FontDataOwnedByAtlas = false;  // the bytes live in TextState::files, reused by rebuilds
    ImFont* font = io.Fonts->AddFontFromMemoryTTF(primary.data(), static_cast<int>(primary.size()), size, &cfg,
                                                  text_ranges);
    if (icons) {
        ImFontConfig merge;
        merge.MergeMode = true;
        merge.FontDataOwnedByAtlas = false;
        merge.GlyphMinAdvanceX = size;  // icons line up in lists
        merge.GlyphOffset = ImVec2(0, 1);
        io.Fonts->AddFontFromMemoryTTF(icons->data(), static_cast<int>(icons->size()), size * 0.9f, &merge,
                                       icon_ranges);
    }
    // Behind DejaVu: ImGui takes each glyph from the first font that has it.
    for (const FallbackFace& face : t.faces) {
        std::vector<unsigned char>* bytes = font_file(t, face.file);
        if (!bytes) continue;
        ImFontConfig merge;
        merge.MergeMode = true;
        merge.FontDataOwnedByAtlas = false;
        merge.FontNo = face.index;
        merge.OversampleH = 1;  // CJK is many dense glyphs: oversampling doubles their area for little
        io.Fonts->AddFontFromMemoryTTF(bytes->data(), static_cast<int>(bytes->size()), size, &merge,
                                       ranges_for(t, face.code_points));
    }
    return font;
}

}  // namespace

void note_text(TextState& text, std::string_view utf8) {
    size_t i = 0;
    while (i < utf8.size() && static_cast<unsigned char>(utf8[i]) < 0x80) ++i;
    if (i == utf8.size()) return;  // ASCII is always in the atlas
    start_with_ui_characters(text);
    for (char32_t c : decode_utf8(utf8.substr(i))) note(text, c);
}

void load_fonts(UiState& ui) {
    TextState& t = ui.text;
    start_with_ui_characters(t);
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    t.ranges.clear();
    std::vector<char32_t> wanted;
    for (char32_t c = 0; c < t.wanted.size(); ++c)
        if (t.wanted[c]) wanted.push_back(c);
    std::vector<char32_t> icons = icon_code_points();

    Fonts fonts;
    std::vector<unsigned char>* regular = font_file(t, kRegular);
    std::vector<unsigned char>* bold = font_file(t, kBold);
    std::vector<unsigned char>* icon_font = nullptr;
    for (const char* path : kIconFonts)
        if (!icon_font) icon_font = font_file(t, path);
    if (regular) {
        find_fallbacks(t, wanted, regular, bold, icons);
        // The icons come from Font Awesome only: DejaVu Sans has glyphs of its own
        // at some of the same private-use code points (U+F000–U+F003).
        std::vector<char32_t> text;
        std::set<char32_t> icon_set(icons.begin(), icons.end());
        std::copy_if(wanted.begin(), wanted.end(), std::back_inserter(text),
                     [&](char32_t c) { return !icon_set.count(c); });
        const ImWchar* text_ranges = ranges_for(t, text);
        const ImWchar* icon_ranges = ranges_for(t, icons);
        fonts.body = add_font(t, *regular, 17.0f * ui.scale, text_ranges, icon_font, icon_ranges);
        fonts.title = add_font(t, bold ? *bold : *regular, 26.0f * ui.scale, text_ranges, icon_font, icon_ranges);
        fonts.heading = add_font(t, bold ? *bold : *regular, 18.5f * ui.scale, text_ranges, icon_font, icon_ranges);
        fonts.system_font = fonts.body != nullptr;
    }
    if (!fonts.body) {
        ImFontConfig cfg;
        cfg.SizePixels = 13.0f * ui.scale;
        fonts.body = io.Fonts->AddFontDefault(&cfg);
        fonts.title = fonts.heading = fonts.body;
    }
    io.FontDefault = fonts.body;
    io.Fonts->Build();
    // ImGui's own choice of fallback is U+FFFD, a question mark in a diamond.
    for (ImFont* font : io.Fonts->Fonts) {
        if (!font->FindGlyphNoFallback(static_cast<ImWchar>(kPlaceholder))) continue;
        font->FallbackChar = static_cast<ImWchar>(kPlaceholder);
        font->BuildLookupTable();
    }
    ui.fonts = fonts;

    t.placeholders.clear();
    for (char32_t c : wanted)
        if (c > 0x20 && !fonts.body->FindGlyphNoFallback(static_cast<ImWchar>(c))) t.placeholders.push_back(c);
    t.placeholders.insert(t.placeholders.end(), t.boxed.begin(), t.boxed.end());
    t.atlas_glyphs = fonts.body->Glyphs.Size;
    ++t.builds;
    t.stale = false;
}

bool refresh_fonts(UiState& ui) {
    TextState& t = ui.text;
    // Typed, pasted or composed characters are in the field's wide buffer as
    // soon as ImGui has them, whatever the keyboard or input method.
    ImGuiContext& g = *GImGui;
    if (g.ActiveId != 0 && g.InputTextState.ID == g.ActiveId) {
        start_with_ui_characters(t);
        for (int i = 0; i < g.InputTextState.CurLenW && i < g.InputTextState.TextW.Size; ++i)
            note(t, g.InputTextState.TextW[i]);
    }
    // Caches of shaped text: far more than a screen shows means old entries;
    // cleared here, between frames, while no pointer into them is in use.
    if (t.visual.size() > 4096) t.visual.clear();
    if (t.wrapped.size() > 1024) t.wrapped.clear();
    if (!t.stale) return false;
    load_fonts(ui);
    return true;
}

std::string font_report_json(const UiState& ui) {
    const TextState& t = ui.text;
    nlohmann::json fallbacks = nlohmann::json::array();
    for (const FallbackFace& f : t.faces)
        fallbacks.push_back({{"file", f.file}, {"index", f.index}, {"code_points", f.code_points.size()}});
    nlohmann::json placeholders = nlohmann::json::array();
    for (char32_t c : t.placeholders) {
        char name[16];
        std::snprintf(name, sizeof name, "U+%04X", static_cast<unsigned>(c));
        placeholders.push_back(name);
    }
    size_t wanted = std::count(t.wanted.begin(), t.wanted.end(), true);
    return nlohmann::json{{"atlas_glyphs", t.atlas_glyphs},
                          {"code_points", wanted},
                          {"builds", t.builds},
                          {"fallback_fonts", fallbacks},
                          {"placeholders", placeholders}}
               .dump(2) +
           "\n";
}

}  // namespace sw::ui
