#include "chart/bullet_bar.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace sw::chart {

namespace {

constexpr float kLabelGap = 8;

double clamp01(double v) { return std::isfinite(v) ? std::clamp(v, 0.0, 1.0) : 0.0; }

std::string percent(double fraction) {
    if (!std::isfinite(fraction)) return "–";
    long rounded = std::lround(fraction * 100);
    return std::to_string(rounded) + "%";
}

}  // namespace

std::string_view status_caption(ProgressStatus status) { return status_label(status); }

Ink status_ink(ProgressStatus status) {
    switch (status) {
        case ProgressStatus::achieved: return Ink::achieved;
        case ProgressStatus::not_started: return Ink::neutral;
        case ProgressStatus::overdue: return Ink::at_risk;
        case ProgressStatus::ahead: return Ink::ahead;
        case ProgressStatus::on_track: return Ink::on_track;
        case ProgressStatus::behind: return Ink::behind;
        case ProgressStatus::at_risk: return Ink::at_risk;
        case ProgressStatus::getting_started: return Ink::neutral;
    }
    return Ink::neutral;
}

std::string_view goal_status_caption(GoalStatus lifecycle, ProgressStatus status) {
    if (lifecycle == GoalStatus::paused) return "Paused";
    if (lifecycle == GoalStatus::abandoned) return "Abandoned";
    return status_caption(status);
}

namespace {

constexpr float kMinBarWidth = 24.0f;

bool set_aside(GoalStatus lifecycle) { return lifecycle == GoalStatus::paused || lifecycle == GoalStatus::abandoned; }

ChartModel bar(double progress, double expected, std::string_view caption, Ink ink, float width, float height,
               const TextMeasure& measure) {
    ChartModel m;
    m.width = width;
    m.height = height;
    m.font_px = measure.font_px;

    std::string label = percent(progress) + " · " + std::string(caption);
    // The label gets its width (the status is words, not colour alone); the bar
    // takes the rest, but never less than a short stub.
    float bar_right = std::max(std::min(width * 0.3f, kMinBarWidth), width - measure(label) - kLabelGap);
    float track_h = std::clamp(height * 0.5f, 2.0f, 12.0f);
    float top = (height - track_h) / 2;
    Area track{{0, top}, {bar_right, top + track_h}};
    float rounding = track_h / 2;

    m.plot_area = track;
    m.primitives.emplace_back(Rect{track.min, track.max, Ink::grid, true, rounding, 1});
    float filled = static_cast<float>(clamp01(progress)) * track.width();
    if (filled > 0)
        m.primitives.emplace_back(Rect{track.min, {track.min.x + filled, track.max.y}, ink, true, rounding, 1});
    float ex = track.min.x + static_cast<float>(clamp01(expected)) * track.width();
    m.primitives.emplace_back(Line{{ex, std::max(0.0f, top - 3)}, {ex, std::min(height, track.max.y + 3)},
                                Ink::axis, 2, false});
    m.primitives.emplace_back(Text{{bar_right + kLabelGap, height / 2}, label, Ink::text, HAlign::left,
                                VAlign::middle});

    m.description = "Progress " + percent(progress) + ", expected " + percent(expected) + ": " + std::string(caption);
    m.hover_targets.push_back({Area{{0, 0}, {width, height}}, m.description});
    return m;
}

}  // namespace

ChartModel build_bullet_bar(double progress, double expected, ProgressStatus status, float width,
                            float height, const TextMeasure& measure) {
    return bar(progress, expected, status_caption(status), status_ink(status), width, height, measure);
}

ChartModel build_goal_bullet_bar(const GoalAnalytics& a, GoalStatus lifecycle, float width, float height,
                                 const TextMeasure& measure) {
    return bar(a.progress, a.expected, goal_status_caption(lifecycle, a.status),
               set_aside(lifecycle) ? Ink::neutral : status_ink(a.status), width, height, measure);
}

}  // namespace sw::chart
