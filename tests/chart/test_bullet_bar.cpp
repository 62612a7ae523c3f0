#include "chart/bullet_bar.hpp"
#include "chart_test_support.hpp"
#include "report/svg_chart.hpp"

#include <catch2/catch.hpp>

using namespace sw;
using namespace sw::chart;
using namespace sw::chart::test;

namespace {

Rect track_of(const ChartModel& m) { return primitives_of<Rect>(m, [](const Rect& r) { return r.ink == Ink::grid; }).at(0); }

std::vector<Rect> bars_of(const ChartModel& m) {
    return primitives_of<Rect>(m, [](const Rect& r) { return r.ink != Ink::grid; });
}

}  // namespace

TEST_CASE("The bullet bar clamps progress above 1 to a full bar", "[chart]") {
    ChartModel m = build_bullet_bar(1.4, 0.8, ProgressStatus::achieved, 300, 18);
    Rect track = track_of(m);
    auto bars = bars_of(m);
    REQUIRE(bars.size() == 1);
    CHECK(bars[0].max.x == Approx(track.max.x));
    CHECK(bars[0].ink == Ink::achieved);
    CHECK(has_text(m, "140%"));
    CHECK(has_text(m, "Achieved"));
}

TEST_CASE("The bullet bar draws no bar for negative progress but still says it", "[chart]") {
    ChartModel m = build_bullet_bar(-0.3, 0.5, ProgressStatus::at_risk, 300, 18);
    CHECK(bars_of(m).empty());
    CHECK(has_text(m, "-30% · At risk"));
    auto tick = primitives_of<Line>(m);
    REQUIRE(tick.size() == 1);
    Rect track = track_of(m);
    CHECK(tick[0].p0.x == Approx(track.min.x + 0.5f * (track.max.x - track.min.x)));
}

TEST_CASE("The bullet bar always names the status in words", "[chart]") {
    for (ProgressStatus s : {ProgressStatus::achieved, ProgressStatus::not_started, ProgressStatus::overdue,
                             ProgressStatus::ahead, ProgressStatus::on_track, ProgressStatus::behind,
                             ProgressStatus::at_risk}) {
        ChartModel m = build_bullet_bar(0.45, 0.5, s, 240, 16);
        CHECK(has_text(m, status_caption(s)));
        CHECK(status_caption(s) == status_label(s));  // the same words as the rest of the app
        REQUIRE(m.hover_targets.size() == 1);
        CHECK(m.hover_targets[0].tooltip.find(std::string(status_caption(s))) != std::string::npos);
    }
    ChartModel m = build_bullet_bar(0.45, 0.5, ProgressStatus::on_track, 240, 16);
    CHECK(has_text(m, "45% · On track"));
    REQUIRE(bars_of(m).size() == 1);
    CHECK(bars_of(m)[0].ink == Ink::on_track);
}

TEST_CASE("An active goal's bar is the bullet bar of its analytics", "[chart]") {
    GoalAnalytics a;
    a.progress = 0.45;
    a.expected = 0.5;
    a.status = ProgressStatus::behind;
    ChartModel goal = build_goal_bullet_bar(a, GoalStatus::active, 240, 16);
    ChartModel plain = build_bullet_bar(0.45, 0.5, ProgressStatus::behind, 240, 16);
    CHECK(goal.description == plain.description);
    CHECK(report::chart_to_svg(goal) == report::chart_to_svg(plain));  // every primitive alike
}

TEST_CASE("A paused or abandoned goal's bar says what the client decided, in the neutral ink", "[chart]") {
    GoalAnalytics a;
    a.progress = 0.2;
    a.expected = 0.6;
    a.status = ProgressStatus::at_risk;
    for (auto [lifecycle, words] : {std::pair{GoalStatus::paused, "20% · Paused"},
                                    std::pair{GoalStatus::abandoned, "20% · Abandoned"}}) {
        ChartModel m = build_goal_bullet_bar(a, lifecycle, 240, 16);
        CHECK(has_text(m, words));
        CHECK_FALSE(has_text(m, "At risk"));
        REQUIRE(bars_of(m).size() == 1);
        CHECK(bars_of(m)[0].ink == Ink::neutral);
    }
    CHECK(goal_status_caption(GoalStatus::achieved, ProgressStatus::achieved) == "Achieved");
    CHECK(goal_status_caption(GoalStatus::active, ProgressStatus::on_track) == "On track");
}
