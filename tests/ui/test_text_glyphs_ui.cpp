// Text in every script, headless: the atlas gains the glyphs of the data and of
// what is typed, holds little else, and draws a box for what no font has.
#include "ui/bidi_text.hpp"
#include "ui/font_atlas.hpp"
#include "ui/font_coverage.hpp"
#include "ui/user_text.hpp"
#include "ui_harness.hpp"

#include <catch2/catch.hpp>
#include <imgui.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

using namespace sw;
using namespace sw::test;

namespace {

int64_t add_goal(App& app, const std::string& title) {
    Goal g;
    g.title = title;
    g.kind = GoalKind::numeric;
    g.unit = "km";
    g.target = 10;
    g.start_date = add_days(app.today(), -30);
    g.due_date = add_days(app.today(), 60);
    return app.add_goal(g);
}

bool in_atlas(char32_t c) {
    for (ImFont* font : ImGui::GetIO().Fonts->Fonts)
        if (!font->FindGlyphNoFallback(static_cast<ImWchar>(c))) return false;
    return true;  // in the body, title and heading fonts alike
}

std::string read(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::filesystem::path source_dir() { return std::filesystem::path(STEPWISE_ASSET_DIR).parent_path() / "src"; }

// The characters inside string literals (comments skipped): what the program
// may draw. Raw strings R"x(…)x" are skipped whole (CSS, not drawn).
std::u32string literal_text(const std::string& src) {
    std::string out;
    auto after = [&](size_t found, size_t length) { return found == std::string::npos ? src.size() : found + length; };
    for (size_t i = 0; i < src.size();) {
        if (src.compare(i, 2, "//") == 0) {
            i = after(src.find('\n', i), 1);
        } else if (src.compare(i, 2, "/*") == 0) {
            i = after(src.find("*/", i), 2);
        } else if (src.compare(i, 2, "R\"") == 0) {
            size_t open = src.find('(', i);
            std::string close = ")" + src.substr(i + 2, open - i - 2) + "\"";
            i = after(src.find(close, open), close.size());
        } else if (src[i] == '\'') {  // a character literal, perhaps '"' or '\''
            i = after(src.find('\'', i + (src.compare(i, 2, "'\\") == 0 ? 3 : 2)), 1);
        } else if (src[i] == '"') {
            for (++i; i < src.size() && src[i] != '"'; ++i) {
                if (src[i] == '\\') ++i;
                else out += src[i];
            }
            ++i;
        } else {
            ++i;
        }
    }
    return ui::decode_utf8(out);
}

}  // namespace

TEST_CASE("Goals titled in Greek, Russian, Chinese and Arabic have their glyphs in the atlas", "[ui][fonts]") {
    App app(Database::in_memory(), today_local());
    for (const char* title : {"Ελληνικά", "Привет", "学习中文", "مرحبا 2026"}) add_goal(app, title);
    UiHarness h(app, ui::View::goals);

    for (char32_t c : ui::decode_utf8("ΕλληνικάПривет")) CHECK(in_atlas(c));
    // Arabic is drawn shaped: its presentation forms are what the atlas needs.
    for (char32_t c : ui::decode_utf8(ui::visual_order("مرحبا 2026"))) CHECK(in_atlas(c));
    // Chinese comes from whatever font fontconfig finds (setup.sh installs one):
    // every character some installed font has is in the atlas, the rest are boxes.
    std::vector<char32_t> chinese = {U'学', U'习', U'中', U'文'};
    ui::FontCoverage found = ui::find_fonts_for(chinese);
    for (char32_t c : chinese) {
        bool installed = std::find(found.missing.begin(), found.missing.end(), c) == found.missing.end();
        CHECK(in_atlas(c) == installed);
    }
    CHECK(h.ui().text.placeholders == found.missing);
}

TEST_CASE("The atlas holds the glyphs in use, not whole Unicode blocks", "[ui][fonts]") {
    App app(Database::in_memory(), today_local());
    add_goal(app, "Run a 10 km race");
    add_goal(app, "Привет");
    UiHarness h(app, ui::View::goals);
    // Latin-1 and the UI's symbols are a few hundred; the old fixed ranges were ~1,900 per font.
    CHECK(h.ui().text.atlas_glyphs < 400);
    CHECK(in_atlas(U'П'));
    CHECK_FALSE(in_atlas(U'Ж'));  // Cyrillic, but in nobody's text
    CHECK_FALSE(in_atlas(0x01F1));  // Latin Extended-B: nobody's either
}

TEST_CASE("Typed characters join the atlas between frames, and it is not rebuilt every frame", "[ui][fonts]") {
    App app(Database::in_memory(), today_local());
    UiHarness h(app, ui::View::goals);
    REQUIRE_FALSE(in_atlas(U'Ω'));
    int builds = h.ui().text.builds;
    h.click("goals.new");
    h.type("editor.title", "Ωραία μέρα");
    CHECK(in_atlas(U'Ω'));
    CHECK(in_atlas(U'έ'));
    CHECK(h.ui().text.builds == builds + 1);
    h.frames(5);
    CHECK(h.ui().text.builds == builds + 1);
}

TEST_CASE("Text no font can draw shows the box placeholder, never a question mark", "[ui][fonts]") {
    App app(Database::in_memory(), today_local());
    add_goal(app, "Linear B \U00010000");  // past U+FFFF: Dear ImGui 1.86 cannot draw it
    UiHarness h(app, ui::View::goals);
    for (ImFont* font : ImGui::GetIO().Fonts->Fonts) CHECK(font->FallbackChar == 0x25A1);
    const auto& boxes = h.ui().text.placeholders;
    CHECK(std::find(boxes.begin(), boxes.end(), 0x10000) != boxes.end());
    // ImGui turns such characters into U+FFFD: the atlas must not have it, so the box shows.
    CHECK_FALSE(in_atlas(0xFFFD));
    int builds = h.ui().text.builds;
    h.frames(3);
    CHECK(h.ui().text.builds == builds);  // an undrawable character does not rebuild forever
}

TEST_CASE("Right-to-left user text is drawn in visual order through shown()", "[ui][fonts]") {
    App app(Database::in_memory(), today_local());
    UiHarness h(app, ui::View::goals);
    std::string title = "שלום 12";
    CHECK(std::string(ui::shown(h.ui(), title)) == ui::visual_order(title));
    std::string latin = "Run a race";
    CHECK(ui::shown(h.ui(), latin) == latin.c_str());  // no copy for left-to-right text
}

TEST_CASE("Text of views not yet open is in the atlas before they open", "[ui][fonts]") {
    App app(Database::in_memory(), today_local());
    int64_t goal = add_goal(app, "Run");
    app.log_progress(goal, app.today(), 3, "Заметка");
    UiHarness h(app, ui::View::today);
    CHECK(in_atlas(U'З'));  // the note shows on the goal's page, which is not open
}

TEST_CASE("Every character the UI writes and every icon is in the atlas", "[ui][fonts]") {
    App app(Database::in_memory(), today_local());
    UiHarness h(app, ui::View::today);
    for (const char* dir : {"ui", "chart", "core", "app", "report"}) {
        for (const auto& entry : std::filesystem::recursive_directory_iterator(source_dir() / dir)) {
            if (entry.path().extension() != ".cpp" && entry.path().extension() != ".hpp") continue;
            for (char32_t c : literal_text(read(entry.path()))) {
                if (c < 0x80) continue;
                INFO(entry.path().string() << " U+" << std::hex << static_cast<unsigned>(c));
                CHECK(in_atlas(c));
            }
        }
    }
    std::string icons = read(source_dir() / "ui" / "icons.hpp");
    std::regex icon("#define (ICON_\\w+) .*// ([0-9a-f]{4})");
    int count = 0;
    for (std::sregex_iterator it(icons.begin(), icons.end(), icon), end; it != end; ++it, ++count) {
        INFO((*it)[1]);
        CHECK(in_atlas(static_cast<char32_t>(std::stoul((*it)[2], nullptr, 16))));
    }
    CHECK(count > 20);
}
