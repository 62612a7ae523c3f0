// The real window under Xvfb with goals in four scripts: the atlas it rendered
// with (gui --screenshot-info) has a glyph for every character some installed
// font has, and only what no font has is drawn as the placeholder box.
#include "support/temp_dir.hpp"
#include "ui/bidi_text.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <stb_image.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <set>

using namespace sw::test;

namespace {

// Asked of fontconfig's own command, not of the code under test.
bool some_font_has(char32_t c) {
    char cmd[96];
    std::snprintf(cmd, sizeof cmd, "fc-list ':charset=%x' file 2>/dev/null | grep -q .", static_cast<unsigned>(c));
    return std::system(cmd) == 0;
}

size_t distinct_colours(const std::string& png) {
    int w = 0, h = 0, channels = 0;
    unsigned char* data = stbi_load(png.c_str(), &w, &h, &channels, 3);
    REQUIRE(data != nullptr);
    std::set<unsigned> colours;
    for (int i = 0; i < w * h; i += 7) colours.insert(data[i * 3] << 16 | data[i * 3 + 1] << 8 | data[i * 3 + 2]);
    stbi_image_free(data);
    return colours.size();
}

}  // namespace

TEST_CASE("Goals titled in Greek, Russian, Chinese and Arabic render without placeholders", "[cli][gui][fonts]") {
    REQUIRE(std::system("command -v xvfb-run >/dev/null 2>&1") == 0);  // installed by scripts/setup.sh
    TempDir dir;
    std::string db = "--db " + shell_quote(dir.file("s.db")) + " ";
    std::string env = "XDG_CONFIG_HOME=" + shell_quote(dir.file("config"));
    const std::vector<std::string> titles = {"Ελληνικά", "Привет", "学习中文", "مرحبا 2026"};
    for (const std::string& title : titles)
        REQUIRE(run_stepwise(db + "goal add --title " + shell_quote(title) +
                             " --start 2026-09-01 --due 2027-03-01 --unit km --baseline 2 --target 10")
                    .exit_code == 0);
    // Past U+FFFF: no font helps, Dear ImGui 1.86 holds 16-bit characters.
    REQUIRE(run_stepwise(db + "goal add --title " + shell_quote("Linear B \U00010000") +
                         " --start 2026-09-01 --due 2027-03-01 --unit km --baseline 2 --target 10")
                .exit_code == 0);

    std::string png = dir.file("scripts.png"), info = dir.file("scripts.json");
    std::string cmd = "xvfb-run -a -s '-screen 0 1280x1024x24' " + shell_quote(STEPWISE_BIN) + " " + db +
                      "gui --screenshot " + shell_quote(png) + " --screenshot-info " + shell_quote(info) +
                      " --frames 4 --size 1000x700 --view goals";
    REQUIRE(std::system((env + " " + cmd + " >/dev/null 2>&1").c_str()) == 0);
    CHECK(distinct_colours(png) > 50);  // text and widgets, not a blank frame

    nlohmann::json report = nlohmann::json::parse(std::ifstream(info));
    std::set<std::string> placeholders;
    for (const auto& p : report.at("placeholders")) placeholders.insert(p.get<std::string>());
    CHECK(placeholders.count("U+10000") == 1);

    // Every character the window draws for these titles: Arabic as shaped.
    std::u32string drawn;
    for (const std::string& title : titles) drawn += sw::ui::decode_utf8(sw::ui::visual_order(title));
    int checked = 0;
    for (char32_t c : drawn) {
        if (c <= 0x7F || !some_font_has(c)) continue;
        char name[16];
        std::snprintf(name, sizeof name, "U+%04X", static_cast<unsigned>(c));
        INFO(name);
        CHECK(placeholders.count(name) == 0);
        ++checked;
    }
    CHECK(checked >= 15);  // at least Greek, Cyrillic and Arabic, which DejaVu Sans has

    // The glyphs in use: a few hundred, not the thousands of whole Unicode blocks.
    int glyphs = report.at("atlas_glyphs").get<int>();
    CHECK(glyphs > 200);
    CHECK(glyphs < 500);
    if (some_font_has(U'学')) {  // the CJK font of setup.sh: merged behind DejaVu
        REQUIRE(report.at("fallback_fonts").size() >= 1);
        CHECK(report.at("fallback_fonts")[0].at("code_points").get<int>() >= 4);
    }
}
