#include "ui/font_coverage.hpp"

#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace sw::ui {
namespace {

template <typename T, void (*Free)(T*)>
struct FcFree {
    void operator()(T* p) const { Free(p); }
};
using CharSet = std::unique_ptr<FcCharSet, FcFree<FcCharSet, FcCharSetDestroy>>;
using Pattern = std::unique_ptr<FcPattern, FcFree<FcPattern, FcPatternDestroy>>;
using FontSet = std::unique_ptr<FcFontSet, FcFree<FcFontSet, FcFontSetDestroy>>;

// stb_truetype, which Dear ImGui rasterises with, reads outlines only.
bool readable_by_imgui(FcPattern* font) {
    FcChar8* format = nullptr;
    if (FcPatternGetString(font, FC_FONTFORMAT, 0, &format) == FcResultMatch &&
        std::strcmp(reinterpret_cast<const char*>(format), "TrueType") != 0 &&
        std::strcmp(reinterpret_cast<const char*>(format), "CFF") != 0)
        return false;
    FcBool colour = FcFalse;  // colour emoji fonts carry bitmaps, not outlines
    return !(FcPatternGetBool(font, FC_COLOR, 0, &colour) == FcResultMatch && colour);
}

}  // namespace

FontCoverage find_fonts_for(const std::vector<char32_t>& code_points) {
    FontCoverage out;
    if (code_points.empty()) return out;
    // FcInit loads the configuration and the font cache once per process
    // (later calls return at once); it is reached only for text DejaVu lacks.
    if (!FcInit()) {
        out.missing = code_points;
        return out;
    }
    CharSet wanted(FcCharSetCreate());
    for (char32_t c : code_points) FcCharSetAddChar(wanted.get(), c);
    Pattern pattern(FcPatternCreate());
    FcPatternAddString(pattern.get(), FC_FAMILY, reinterpret_cast<const FcChar8*>("sans-serif"));
    FcPatternAddCharSet(pattern.get(), FC_CHARSET, wanted.get());
    FcPatternAddBool(pattern.get(), FC_SCALABLE, FcTrue);
    FcConfigSubstitute(nullptr, pattern.get(), FcMatchPattern);
    FcDefaultSubstitute(pattern.get());
    FcResult result = FcResultNoMatch;
    // Untrimmed: a font trimmed for adding nothing new may still be the first
    // readable one for a character once bitmap fonts are skipped.
    FontSet fonts(FcFontSort(nullptr, pattern.get(), FcFalse, nullptr, &result));

    std::vector<char32_t> left = code_points;
    for (int i = 0; fonts && i < fonts->nfont && !left.empty(); ++i) {
        FcPattern* font = fonts->fonts[i];
        FcCharSet* charset = nullptr;
        FcChar8* file = nullptr;
        int index = 0;
        if (FcPatternGetCharSet(font, FC_CHARSET, 0, &charset) != FcResultMatch ||
            FcPatternGetString(font, FC_FILE, 0, &file) != FcResultMatch || !readable_by_imgui(font))
            continue;
        FcPatternGetInteger(font, FC_INDEX, 0, &index);
        FallbackFace face{reinterpret_cast<const char*>(file), index, {}};
        std::erase_if(left, [&](char32_t c) {
            bool has = FcCharSetHasChar(charset, c);
            if (has) face.code_points.push_back(c);
            return has;
        });
        if (!face.code_points.empty()) out.faces.push_back(std::move(face));
    }
    out.missing = std::move(left);
    return out;
}

}  // namespace sw::ui
