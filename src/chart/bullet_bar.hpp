#pragma once
// A compact progress bar for goal lists: where the goal is, where it should be,
// and what that means in words. One model, drawn by the Goals view
// (ui/chart_draw) and as SVG in the HTML summary (report/svg_chart).
#include "chart/primitives.hpp"
#include "chart/text_measure.hpp"
#include "core/analytics.hpp"
#include "core/goal.hpp"

#include <string_view>

namespace sw::chart {

// The caption shown beside the bar ("On track"): core's status_label, so the
// words match the CLI and the summary.
std::string_view status_caption(ProgressStatus status);

// The status's ink: ahead/on_track/behind/at_risk/achieved; overdue uses
// at_risk, not_started neutral.
Ink status_ink(ProgressStatus status);

// What a goal's status says: the on-track status, except that a paused or
// abandoned goal is not "behind" — it says what the client decided.
std::string_view goal_status_caption(GoalStatus lifecycle, ProgressStatus status);

// A track, the progress bar (clamped to 0..1 when drawn) in the status ink, a
// tick at `expected`, and the text "45% · On track" to the right (the number is
// the raw progress, so 120% and -5% read true). Never colour alone.
ChartModel build_bullet_bar(double progress, double expected, ProgressStatus status, float width,
                            float height, const TextMeasure& measure = approximate_text_measure(13));

// A goal's bar: build_bullet_bar of its analytics, captioned by
// goal_status_caption; a paused or abandoned goal's bar is in the neutral ink.
ChartModel build_goal_bullet_bar(const GoalAnalytics& analytics, GoalStatus lifecycle, float width,
                                 float height, const TextMeasure& measure = approximate_text_measure(13));

}  // namespace sw::chart
