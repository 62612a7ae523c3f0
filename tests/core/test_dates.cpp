#include "core/dates.hpp"
#include "core/errors.hpp"

#include <catch2/catch.hpp>

using namespace sw;

TEST_CASE("Valid ISO days parse and format back unchanged", "[core][dates]") {
    for (const char* text : {"2026-11-26", "2028-02-29", "2000-01-01", "2026-12-31"}) {
        auto d = parse_iso_day(text);
        REQUIRE(d);
        CHECK(format_day(*d) == text);
    }
}

TEST_CASE("Impossible or malformed days are refused", "[core][dates]") {
    for (const char* text : {"2027-02-30", "2026-02-29", "2026-13-01", "2026-00-10", "2026-1-05",
                             "26-11-2026", "2026/11/26", "", "2026-11-26x", "abcd-ef-gh"})
        CHECK_FALSE(parse_iso_day(text));
}

TEST_CASE("today and yesterday are understood, anything else is a clear error", "[core][dates]") {
    Day today = *parse_iso_day("2027-01-01");
    CHECK(parse_day_arg("today", today) == today);
    CHECK(format_day(parse_day_arg("yesterday", today)) == "2026-12-31");
    try {
        parse_day_arg("2027-02-30", today);
        FAIL("expected an InputError");
    } catch (const InputError& e) {
        CHECK(std::string(e.what()).find("2027-02-30") != std::string::npos);
    }
}

TEST_CASE("Day arithmetic crosses month, year and leap-day boundaries", "[core][dates]") {
    Day d = *parse_iso_day("2028-02-28");
    CHECK(format_day(add_days(d, 1)) == "2028-02-29");
    CHECK(format_day(add_days(d, 2)) == "2028-03-01");
    CHECK(days_between(*parse_iso_day("2026-12-30"), *parse_iso_day("2027-01-02")) == 3);
    CHECK(days_between(*parse_iso_day("2027-01-02"), *parse_iso_day("2026-12-30")) == -3);
}

TEST_CASE("Weekdays count Monday as 0", "[core][dates]") {
    CHECK(weekday_index(*parse_iso_day("2026-11-23")) == 0);  // a Monday
    CHECK(weekday_index(*parse_iso_day("2026-11-29")) == 6);  // a Sunday
    CHECK(format_day_long(*parse_iso_day("2026-11-26")) == "Thursday, 26 November 2026");
    CHECK(format_day_short(*parse_iso_day("2027-01-05")) == "Jan 5");
}

#include "core/text.hpp"

TEST_CASE("Only well-formed UTF-8 counts as text", "[core]") {
    CHECK(sw::is_valid_utf8("Café — 5 km ✓ 😀"));
    CHECK(sw::is_valid_utf8(""));
    CHECK_FALSE(sw::is_valid_utf8("Caf\xe9 run"));      // Latin-1
    CHECK_FALSE(sw::is_valid_utf8("\xe2\x9c"));          // cut short
    CHECK_FALSE(sw::is_valid_utf8("\xc0\xaf"));          // overlong
    CHECK_FALSE(sw::is_valid_utf8("\xed\xa0\x80"));      // a surrogate
}
