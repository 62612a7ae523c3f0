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

// An estimate from character classes (narrow i/l/t, digits, capitals, wide
// M/W), about 0.6 × font size per character on average, calibrated so text in
// a browser's sans-serif is never wider than measured. For tests and SVG.
TextMeasure approximate_text_measure(float font_px);

}  // namespace sw::chart
