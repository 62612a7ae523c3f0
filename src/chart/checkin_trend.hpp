#pragma once
// Mood and confidence from the daily check-ins, over a period.
#include "chart/primitives.hpp"
#include "chart/text_measure.hpp"
#include "core/checkin.hpp"

#include <span>

namespace sw::chart {

// Mood (1–5) on the left axis as a solid line with filled dots; confidence
// (1–10) on the right axis as a dashed line with hollow dots, so the two read
// apart without colour. Lines break wherever a day has no value (gaps stay gaps).
// Check-ins outside [from, to] are ignored; order does not matter. One hover
// target per check-in day: "Thu, Nov 26, 2026 · mood 4/5 · confidence 7/10".
ChartModel build_checkin_trend(std::span<const CheckIn> checkins, Day from, Day to, float width,
                               float height, const TextMeasure& measure);

}  // namespace sw::chart
