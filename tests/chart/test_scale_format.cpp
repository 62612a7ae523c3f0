#include "chart/format.hpp"
#include "chart/primitives.hpp"
#include "chart/scale.hpp"
#include "chart/text_measure.hpp"
#include "chart_test_support.hpp"

#include <catch2/catch.hpp>

using namespace sw;
using namespace sw::chart;
using sw::chart::test::day;

TEST_CASE("A linear scale maps values to pixels and back", "[chart]") {
    LinearScale x{0, 100, 10, 210};
    CHECK(x.to_pixel(0) == Approx(10));
    CHECK(x.to_pixel(50) == Approx(110));
    CHECK(x.to_pixel(100) == Approx(210));
    CHECK(x.to_value(110) == Approx(50));
    for (double v : {-20.0, 3.25, 77.7, 140.0}) CHECK(x.to_value(x.to_pixel(v)) == Approx(v).epsilon(1e-5));
}

TEST_CASE("An inverted y scale puts larger values higher up", "[chart]") {
    LinearScale y{0, 10, 300, 100};  // bottom pixel first
    CHECK(y.to_pixel(0) == Approx(300));
    CHECK(y.to_pixel(10) == Approx(100));
    CHECK(y.to_pixel(7.5) == Approx(150));
    CHECK(y.to_value(200) == Approx(5));
    CHECK(y.to_value(y.to_pixel(2.2)) == Approx(2.2).epsilon(1e-5));
}

TEST_CASE("A zero-width domain maps to the middle instead of dividing by zero", "[chart]") {
    LinearScale flat{5, 5, 0, 100};
    CHECK(flat.to_pixel(5) == Approx(50));
    CHECK(flat.to_pixel(7) == Approx(50));
    LinearScale no_pixels{0, 10, 40, 40};
    CHECK(no_pixels.to_value(40) == Approx(5));
}

TEST_CASE("Day numbers round-trip through the date scale", "[chart]") {
    Day d = day(2026, 11, 26);
    CHECK(day_from_number(static_cast<long long>(day_number(d))) == d);
    CHECK(day_number(day(2027, 1, 1)) - day_number(day(2026, 12, 31)) == 1);
}

TEST_CASE("Axis label precision follows the tick step", "[chart]") {
    CHECK(decimals_for_step(20) == 0);
    CHECK(decimals_for_step(2.5) == 1);
    CHECK(decimals_for_step(0.25) == 2);
    CHECK(decimals_for_step(0.1) == 1);
    CHECK(decimals_for_step(0.2 * 3) == 1);
    CHECK(decimals_for_step(5e-4) == 4);
}

TEST_CASE("Dates are formatted for tooltips", "[chart]") {
    CHECK(format_day_with_year(day(2026, 11, 26)) == "Nov 26, 2026");
    CHECK(format_weekday_day(day(2026, 11, 24)) == "Tue, Nov 24");
}

TEST_CASE("The approximate measure counts characters, not bytes, and knows wide from narrow", "[chart]") {
    auto measure = approximate_text_measure(10);
    CHECK(measure("") == 0);
    CHECK(measure("é—") == Approx(2 * measure("é")));  // 2- and 3-byte characters count once
    CHECK(measure("Mon") > measure("Fri"));
    CHECK(measure("ill") < measure("abc"));
    float average = measure("Target 80 kg by Nov 26") / 22;
    CHECK(average > 5.0f);
    CHECK(average < 7.0f);
    CHECK(measure.font_px == 10);
}

TEST_CASE("Hovering finds the nearest point by x inside the plot", "[chart]") {
    ChartModel m;
    m.width = 200;
    m.height = 100;
    m.plot_area = Area{{20, 10}, {190, 90}};
    m.hover_targets = {{Vec2{30, 50}, "a"}, {Vec2{80, 20}, "b"}, {Vec2{150, 80}, "c"}};
    CHECK(hover_target_at(m, {50, 85}) == 0u);
    CHECK(hover_target_at(m, {60, 85}) == 1u);
    CHECK(hover_target_at(m, {189, 15}) == 2u);
    CHECK_FALSE(hover_target_at(m, {100, 99}).has_value());  // below the plot
}

TEST_CASE("Hovering a cell chart finds the cell under the mouse", "[chart]") {
    ChartModel m;
    m.width = 40;
    m.height = 10;
    m.hover_targets = {{Area{{0, 0}, {9, 9}}, "first"}, {Area{{10, 0}, {19, 9}}, "second"}};
    CHECK(hover_target_at(m, {12, 4}) == 1u);
    CHECK_FALSE(hover_target_at(m, {30, 4}).has_value());
}
