#pragma once
// What the window remembers about text in every script (a member of UiState):
// the code points the font atlas is built for, the fonts that supply them, and
// right-to-left text already put in visual order. Filled by font_atlas.cpp and
// user_text.cpp; no ImGui types here.
#include "ui/font_coverage.hpp"

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace sw::ui {

struct TextState {
    // Code points (U+0000–U+FFFF: Dear ImGui 1.86 holds 16-bit characters) the
    // atlas must hold: the UI's own, the data's, what was typed or shaped.
    std::vector<bool> wanted;
    bool stale = true;            // `wanted` grew since the atlas was built
    // Seen, but drawn as the box whatever fonts exist: past U+FFFF (ImGui 1.86
    // decodes them as U+FFFD) and U+FFFD itself.
    std::set<char32_t> boxed;
    uint64_t noted_revision = 0;  // the App revision whose text is in `wanted`

    // Fonts found by fontconfig for what DejaVu Sans lacks, and code points no
    // installed font has; kept so a rebuild asks only about new characters.
    std::vector<FallbackFace> faces;
    std::set<char32_t> no_font;

    // Font files read once, handed to the atlas without copying; the glyph
    // ranges must outlive the atlas build that points at them.
    std::map<std::string, std::vector<unsigned char>> files;
    std::vector<std::vector<uint16_t>> ranges;

    // After a build: what it holds, for `gui --screenshot-info` and tests.
    int builds = 0;
    int atlas_glyphs = 0;               // in the body font
    std::vector<char32_t> placeholders;  // wanted but drawn as the placeholder box

    // Right-to-left text in visual order, keyed by the logical text; and wrapped
    // into visual lines joined by '\n', keyed by text, width, font size and atlas
    // build. Cleared when they grow large.
    std::unordered_map<std::string, std::string> visual;
    std::unordered_map<std::string, std::string> wrapped;
};

}  // namespace sw::ui
