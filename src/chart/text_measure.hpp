#pragma once
// How wide a label is. Layout (label thinning, margins) depends on it, so the
// UI passes ImGui's real font metrics and tests/SVG use an estimate.
#include <functional>
#include <string_view>
#include <utility>

namespace sw::chart {

// Callable like a function (measure("Nov 26") → pixels) and carries the font
// size so layouts can size rows of text.
struct TextMeasure {
    std::function<float(std::string_view)> width;
    float font_px = 13;

    float operator()(std::string_view text) const { return width ? width(text) : 0.0f; }
};

// ≈0.55 × font size per character (UTF-8 code point): close to a sans-serif's
// average advance, deliberately a bit generous so estimated labels don't touch.
TextMeasure approximate_text_measure(float font_px);

}  // namespace sw::chart
