#include "chart/checkin_trend.hpp"
#include "chart_test_support.hpp"

#include <catch2/catch.hpp>

using namespace sw;
using namespace sw::chart;
using namespace sw::chart::test;

namespace {

CheckIn checkin(Day d, std::optional<int> mood, std::optional<int> confidence) {
    CheckIn c;
    c.date = d;
    c.mood = mood;
    c.confidence = confidence;
    return c;
}

ChartModel build(const std::vector<CheckIn>& checkins, Day from, Day to) {
    return build_checkin_trend(checkins, from, to, 600, 220, approximate_text_measure(13));
}

}  // namespace

TEST_CASE("Check-in trend lines break where a day has no check-in", "[chart]") {
    std::vector<CheckIn> checkins = {
        checkin(day(2026, 11, 3), 4, 6), checkin(day(2026, 11, 1), 3, 5), checkin(day(2026, 11, 2), 3, 6),
        // Nov 4 and 5 missing
        checkin(day(2026, 11, 6), 5, std::nullopt), checkin(day(2026, 11, 7), 4, 8),
    };
    ChartModel m = build(checkins, day(2026, 11, 1), day(2026, 11, 14));
    auto mood = primitives_of<Polyline>(m, [](const Polyline& p) { return p.ink == Ink::mood; });
    auto confidence = primitives_of<Polyline>(m, [](const Polyline& p) { return p.ink == Ink::confidence; });
    REQUIRE(mood.size() == 2);
    CHECK(mood[0].points.size() == 3);
    CHECK(mood[1].points.size() == 2);
    REQUIRE(confidence.size() == 1);  // Nov 6 has no confidence: Nov 7 stands alone
    CHECK(confidence[0].dashed);
    CHECK_FALSE(mood[0].dashed);
    CHECK(primitives_of<Circle>(m, [](const Circle& c) { return c.ink == Ink::confidence && !c.filled; }).size() == 4);

    REQUIRE(m.hover_targets.size() == 5);
    CHECK(m.hover_targets[0].tooltip == "Sun, Nov 1, 2026 · mood 3/5 · confidence 5/10");
    CHECK(m.hover_targets[3].tooltip == "Fri, Nov 6, 2026 · mood 5/5");
    CHECK(has_text(m, "Mood"));
    CHECK(has_text(m, "Confidence"));
    CHECK(all_finite(m));
}

TEST_CASE("Mood uses the left axis and confidence the right", "[chart]") {
    ChartModel m = build({checkin(day(2026, 11, 1), 5, 1), checkin(day(2026, 11, 2), 1, 10)},
                         day(2026, 11, 1), day(2026, 11, 2));
    auto mood = primitives_of<Polyline>(m, [](const Polyline& p) { return p.ink == Ink::mood; });
    auto confidence = primitives_of<Polyline>(m, [](const Polyline& p) { return p.ink == Ink::confidence; });
    REQUIRE(mood.size() == 1);
    REQUIRE(confidence.size() == 1);
    CHECK(mood[0].points[0].y == Approx(confidence[0].points[1].y));  // 5/5 as high as 10/10
    CHECK(mood[0].points[1].y == Approx(confidence[0].points[0].y));  // 1/5 as low as 1/10
    CHECK(has_text(m, "10"));
}

TEST_CASE("A period without check-ins says so", "[chart]") {
    ChartModel m = build({checkin(day(2026, 10, 1), 3, 3)}, day(2026, 11, 1), day(2026, 11, 30));
    CHECK(m.empty_message == "No check-ins in this period");
    CHECK(primitives_of<Polyline>(m).empty());
    CHECK(m.hover_targets.empty());
}
