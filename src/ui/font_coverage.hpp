#pragma once
// Which installed fonts have the characters DejaVu Sans lacks, asked of
// fontconfig. No ImGui here: the atlas code merges what this finds.
#include <string>
#include <vector>

namespace sw::ui {

// One font file (a face of it, for a .ttc collection) and the code points it
// was chosen for.
struct FallbackFace {
    std::string file;
    int index = 0;
    std::vector<char32_t> code_points;
};

struct FontCoverage {
    std::vector<FallbackFace> faces;  // in fontconfig's order of preference
    std::vector<char32_t> missing;    // no installed font has these
};

// For each code point, the first font in fontconfig's sorted list for a sans
// face with these characters that has it and that Dear ImGui's rasteriser can
// read (TrueType or CFF outlines, no colour bitmaps). One FcFontSort for all of
// them, so a page of Chinese costs one query, not one per character.
FontCoverage find_fonts_for(const std::vector<char32_t>& code_points);

}  // namespace sw::ui
