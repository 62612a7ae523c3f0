#include "chart/scale.hpp"
#include "chart/ticks.hpp"
#include "chart_test_support.hpp"

#include <catch2/catch.hpp>

using namespace sw;
using namespace sw::chart;
using sw::chart::test::day;

namespace Catch {
template <>
struct StringMaker<CalendarStep> {
    static std::string convert(const CalendarStep& s) {
        const char* unit = s.unit == CalendarUnit::day ? "days" : s.unit == CalendarUnit::month ? "months" : "years";
        return std::to_string(s.count) + " " + unit;
    }
};
}  // namespace Catch

namespace {

// Positions as the charts place them: [from, to] spread linearly over the width.
float tick_x(Day tick, Day from, Day to, float width) {
    return LinearScale{day_number(from), day_number(to), 0, width}.to_pixel(day_number(tick));
}

void require_no_overlap(const std::vector<DateTick>& ticks, Day from, Day to, float width,
                        const TextMeasure& measure) {
    for (size_t i = 1; i < ticks.size(); ++i) {
        float x0 = tick_x(ticks[i - 1].day, from, to, width);
        float x1 = tick_x(ticks[i].day, from, to, width);
        float right_of_first = x0 + measure(ticks[i - 1].label) / 2;
        float left_of_second = x1 - measure(ticks[i].label) / 2;
        INFO(format_day(from) << ".." << format_day(to) << " at " << width << " px: '"
                              << ticks[i - 1].label << "' and '" << ticks[i].label << "'");
        REQUIRE(left_of_second - right_of_first >= calendar_label_gap(measure) - 1e-3f);
    }
}

}  // namespace

TEST_CASE("Nice steps are 1, 2 or 5 times a power of ten", "[chart]") {
    CHECK(nice_step(97, 6) == Approx(20));
    CHECK(nice_step(1, 11) == Approx(0.1));
    CHECK(nice_step(7, 8) == Approx(1));
    CHECK(nice_step(30, 5) == Approx(10));
    CHECK(nice_step(0.3, 4) == Approx(0.1));
    CHECK(nice_step(0, 5) == 1);
}

TEST_CASE("Nice ticks for 0 to 97 are 0, 20, … 100", "[chart]") {
    auto ticks = nice_ticks(0, 97, 6);
    REQUIRE(ticks.size() == 6);
    for (size_t i = 0; i < ticks.size(); ++i) CHECK(ticks[i] == Approx(20.0 * i));
}

TEST_CASE("Nice ticks cover negative ranges without exceeding the tick budget", "[chart]") {
    auto ticks = nice_ticks(-35, -5, 6);
    REQUIRE(ticks == std::vector<double>{-40, -30, -20, -10, 0});

    auto straddling = nice_ticks(-12.5, 7.5, 5);
    CHECK(straddling.size() <= 5);
    CHECK(straddling.front() <= -12.5);
    CHECK(straddling.back() >= 7.5);
    CHECK(nice_domain(-12.5, 7.5, 5).step == Approx(10));
}

TEST_CASE("Nice ticks widen a single value instead of collapsing", "[chart]") {
    auto ticks = nice_ticks(80, 80, 6);
    REQUIRE(ticks.size() >= 2);
    CHECK(ticks.front() < 80);
    CHECK(ticks.back() > 80);

    auto zero = nice_ticks(0, 0, 6);
    CHECK(zero.front() == 0);
    CHECK(zero.back() == Approx(1));

    NiceDomain d = nice_domain(5, 5, 4);
    CHECK(d.lo < 5);
    CHECK(d.hi > 5);
}

TEST_CASE("Nice ticks handle small decimals and reversed bounds", "[chart]") {
    auto ticks = nice_ticks(0.35, 0.1, 6);
    REQUIRE(ticks.size() == 6);
    CHECK(ticks.front() == Approx(0.1));
    CHECK(ticks.back() == Approx(0.35));
    CHECK(nice_ticks(std::nan(""), 1, 5).empty());
}

TEST_CASE("A week of dates gets a tick every day", "[chart]") {
    auto measure = approximate_text_measure(13);
    Day from = day(2026, 11, 23), to = day(2026, 11, 30);
    CHECK(choose_calendar_step(from, to, 600, measure) == CalendarStep{CalendarUnit::day, 1});
    auto ticks = calendar_ticks(from, to, 600, measure);
    REQUIRE(ticks.size() == 8);
    CHECK(ticks.front().label == "Nov 23");
    CHECK(ticks.back().label == "Nov 30");
}

TEST_CASE("Three months of dates get fortnightly ticks on Mondays", "[chart]") {
    auto measure = approximate_text_measure(13);
    Day from = day(2026, 9, 1), to = day(2026, 12, 1);
    CHECK(choose_calendar_step(from, to, 600, measure) == CalendarStep{CalendarUnit::day, 14});
    auto ticks = calendar_ticks(from, to, 600, measure);
    REQUIRE(ticks.size() == 6);
    CHECK(ticks.front().label == "Sep 14");  // alternate ISO weeks, fixed to the calendar
    CHECK(ticks.back().label == "Nov 23");
    for (size_t i = 0; i < ticks.size(); ++i) {
        CHECK(weekday_index(ticks[i].day) == 0);
        if (i > 0) CHECK(days_between(ticks[i - 1].day, ticks[i].day) == 14);
    }

    // Wider: weekly ticks, still on Mondays.
    CHECK(choose_calendar_step(from, to, 900, measure) == CalendarStep{CalendarUnit::day, 7});
}

TEST_CASE("Two years of dates get month ticks with the year at each year change", "[chart]") {
    auto measure = approximate_text_measure(13);
    Day from = day(2026, 1, 1), to = day(2027, 12, 31);
    CHECK(choose_calendar_step(from, to, 600, measure) == CalendarStep{CalendarUnit::month, 3});
    auto ticks = calendar_ticks(from, to, 600, measure);
    REQUIRE(ticks.size() == 8);
    CHECK(ticks.front().label == "Jan 2026");
    CHECK(ticks[1].label == "Apr");
    CHECK(ticks[4].label == "Jan 2027");
    CHECK(ticks.back().label == "Oct");
    CHECK(ticks.back().day == day(2027, 10, 1));

    // Twice the room: every other month.
    CHECK(choose_calendar_step(from, to, 1000, measure) == CalendarStep{CalendarUnit::month, 2});
}

TEST_CASE("Two years in a narrow plot get yearly ticks", "[chart]") {
    auto measure = approximate_text_measure(13);
    Day from = day(2026, 1, 1), to = day(2027, 12, 31);
    CHECK(choose_calendar_step(from, to, 120, measure) == CalendarStep{CalendarUnit::year, 1});
    auto ticks = calendar_ticks(from, to, 120, measure);
    REQUIRE(ticks.size() == 2);
    CHECK(ticks.front().label == "2026");
    CHECK(ticks.back().label == "2027");
}

TEST_CASE("Decades get multi-year steps on round years", "[chart]") {
    auto measure = approximate_text_measure(13);
    auto ticks = calendar_ticks(day(2001, 3, 1), day(2050, 6, 1), 300, measure);
    REQUIRE(ticks.size() >= 2);
    for (const DateTick& t : ticks) {
        CHECK(t.day.month() == date::January);
        CHECK(static_cast<int>(t.day.year()) % 5 == 0);
    }
}

TEST_CASE("Date labels never overlap at any width or range", "[chart]") {
    const std::vector<std::pair<Day, Day>> ranges = {
        {day(2026, 12, 20), day(2027, 1, 10)}, {day(2026, 11, 1), day(2027, 2, 15)},
        {day(2025, 12, 31), day(2027, 1, 1)},  {day(2026, 11, 26), day(2026, 11, 29)},
        {day(2026, 11, 26), day(2026, 11, 27)}, {day(2019, 6, 15), day(2029, 6, 15)},
        {day(2026, 12, 1), day(2027, 3, 1)},   {day(2027, 12, 29), day(2028, 1, 3)},
        {day(2024, 2, 1), day(2024, 3, 31)},   {day(1990, 1, 1), day(2090, 1, 1)},
    };
    // A proportional-ish measure: wide capitals and digits, narrow spaces.
    TextMeasure uneven{[](std::string_view s) {
                           float w = 0;
                           for (char c : s) w += c == ' ' ? 3.5f : (c >= 'A' && c <= 'Z') ? 9.5f : 7.2f;
                           return w;
                       },
                       13};
    for (const TextMeasure& measure : {approximate_text_measure(11), approximate_text_measure(17), uneven})
        for (auto [from, to] : ranges)
            for (float width : {40.0f, 80.0f, 150.0f, 233.0f, 320.0f, 480.0f, 640.0f, 1000.0f, 1600.0f}) {
                auto ticks = calendar_ticks(from, to, width, measure);
                for (const DateTick& t : ticks) {
                    CHECK(from <= t.day);
                    CHECK(t.day <= to);
                }
                require_no_overlap(ticks, from, to, width, measure);
            }
}

TEST_CASE("A single-day range gets one labelled tick", "[chart]") {
    auto ticks = calendar_ticks(day(2026, 11, 26), day(2026, 11, 26), 300, approximate_text_measure(13));
    REQUIRE(ticks.size() == 1);
    CHECK(ticks.front().label == "Nov 26");
}
