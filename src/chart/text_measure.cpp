#include "chart/text_measure.hpp"

#include <string_view>

namespace sw::chart {

namespace {

// Advance widths in ems, rounded up from DejaVu Sans, the widest common
// "sans-serif" (Arial and Helvetica are narrower), so estimated layouts do not
// collide in any browser. A flat per-character average under-measures words
// like "Mon" and clips them.
float em_width(char32_t c) {
    if (c == U' ') return 0.32f;
    if (c >= U'0' && c <= U'9') return 0.64f;
    if (std::u32string_view(U"MWmw@%").find(c) != std::u32string_view::npos) return 0.92f;
    if (std::u32string_view(U"iljtfrI.,:;'!|()[]").find(c) != std::u32string_view::npos) return 0.4f;
    if (c >= U'A' && c <= U'Z') return 0.74f;
    if (c < 0x80) return 0.62f;
    return 0.75f;  // accents, dashes, symbols: err on the wide side
}

// Just enough UTF-8 decoding to tell ASCII classes apart; any multi-byte
// sequence counts as one non-ASCII character.
template <class F>
void for_each_code_point(std::string_view text, F f) {
    for (size_t i = 0; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        if ((c & 0xC0) == 0x80) continue;  // continuation byte
        f(c < 0x80 ? static_cast<char32_t>(c) : char32_t{0x100});
    }
}

}  // namespace

TextMeasure approximate_text_measure(float font_px) {
    return TextMeasure{[font_px](std::string_view text) {
                           float ems = 0;
                           for_each_code_point(text, [&](char32_t c) { ems += em_width(c); });
                           return ems * font_px;
                       },
                       font_px};
}

}  // namespace sw::chart
