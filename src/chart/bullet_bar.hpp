#pragma once
// A compact progress bar for goal lists: where the goal is, where it should be,
// and what that means in words.
#include "chart/primitives.hpp"
#include "chart/text_measure.hpp"
#include "core/analytics.hpp"

#include <string_view>

namespace sw::chart {

// The caption shown beside the bar ("On track"): core's status_label, so the
// words match the CLI and the summary.
std::string_view status_caption(ProgressStatus status);

// The status's ink: ahead/on_track/behind/at_risk/achieved; overdue uses
// at_risk, not_started neutral.
Ink status_ink(ProgressStatus status);

// A track, the progress bar (clamped to 0..1 when drawn) in the status ink, a
// tick at `expected`, and the text "45% · On track" to the right (the number is
// the raw progress, so 120% and -5% read true). Never colour alone.
ChartModel build_bullet_bar(double progress, double expected, ProgressStatus status, float width,
                            float height, const TextMeasure& measure = approximate_text_measure(13));

}  // namespace sw::chart
