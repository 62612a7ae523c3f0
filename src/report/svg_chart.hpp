#pragma once
// A chart model as an inline SVG for the HTML coach summary: self-contained
// (no scripts, no external references), light palette, browser tooltips.
#include "chart/palette.hpp"
#include "chart/primitives.hpp"

#include <string>
#include <string_view>

namespace sw::report {

// <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 W H" …> with a
// background, every primitive, and a transparent hit area with a <title> per
// hover target (points get a column from midway to each neighbour, like the
// nearest-by-x hover in the app). All text is XML-escaped.
std::string chart_to_svg(const chart::ChartModel& model,
                         const chart::Palette& palette = chart::light_palette());

// & < > " ' escaped; control characters XML cannot carry are dropped.
std::string xml_escape(std::string_view text);

}  // namespace sw::report
