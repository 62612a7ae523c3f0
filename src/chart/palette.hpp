#pragma once
// Colours for each ink, in one place for both renderers (ImGui and SVG).
// Calm on purpose: one blue accent for the data, greys for scaffolding, the
// usual green/amber/red for status, a five-step blue heat scale.
#include "chart/primitives.hpp"

#include <array>
#include <cstdint>
#include <string>

namespace sw::chart {

struct Rgba {
    uint8_t r = 0;
    uint8_t g = 0;
    uint8_t b = 0;
    uint8_t a = 255;
};

using Palette = std::array<Rgba, ink_count>;

const Palette& light_palette();
const Palette& dark_palette();

inline Rgba colour_of(const Palette& palette, Ink ink) { return palette[ink_index(ink)]; }

std::string to_hex(Rgba colour);  // "#2f6fde" (alpha is not included)

}  // namespace sw::chart
