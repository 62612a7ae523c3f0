#include "chart/text_measure.hpp"

#include <cstddef>

namespace sw::chart {

namespace {
size_t code_points(std::string_view text) {
    size_t n = 0;
    for (unsigned char c : text)
        if ((c & 0xC0) != 0x80) ++n;  // count lead bytes, skip continuation bytes
    return n;
}
}  // namespace

TextMeasure approximate_text_measure(float font_px) {
    return TextMeasure{[font_px](std::string_view text) {
                           return 0.55f * font_px * static_cast<float>(code_points(text));
                       },
                       font_px};
}

}  // namespace sw::chart
