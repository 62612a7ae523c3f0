#include "core/numbers.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <locale.h>

using namespace sw;

namespace {
constexpr auto point = DecimalSeparator::point;
constexpr auto comma = DecimalSeparator::comma;

double value_of(const char* text, DecimalSeparator d) {
    NumberParse p = parse_number_input(text, d);
    INFO(text << " -> " << p.error);
    REQUIRE(p.value);
    CHECK(p.error.empty());
    return *p.value;
}

std::string error_of(const char* text, DecimalSeparator d) {
    NumberParse p = parse_number_input(text, d);
    INFO(text);
    CHECK_FALSE(p.value);
    CHECK_FALSE(p.error.empty());
    return p.error;
}
}  // namespace

TEST_CASE("People's numbers are read with the point always and the comma only in a comma locale", "[core][numbers]") {
    CHECK(value_of("85.4", point) == 85.4);
    CHECK(value_of("85.4", comma) == 85.4);  // the point is always a decimal point
    CHECK(value_of("85,4", comma) == 85.4);
    CHECK(value_of("-3", point) == -3);
    CHECK(value_of("+2.5", point) == 2.5);
    CHECK(value_of("  7 ", point) == 7);
    CHECK(value_of(".5", point) == 0.5);
    CHECK(value_of(",5", comma) == 0.5);
    CHECK(value_of("12.", point) == 12);
    CHECK(value_of("1000000", point) == 1000000);
    CHECK(value_of("-0", point) == 0);
    CHECK_FALSE(std::signbit(value_of("-0", point)));
}

TEST_CASE("Grouping, exponents, letters and a wrong-locale comma are refused with a reason", "[core][numbers]") {
    CHECK(error_of("85,4", point).find("comma") != std::string::npos);
    CHECK(error_of("1,000", point).find("comma") != std::string::npos);
    CHECK(error_of("1.000,5", comma).find("more than one separator") != std::string::npos);
    CHECK(error_of("1.000.000", point).find("more than one separator") != std::string::npos);
    CHECK(error_of("1e3", point).find("exponent") != std::string::npos);
    CHECK(error_of("1E3", comma).find("exponent") != std::string::npos);
    CHECK(error_of("1 000", point).find("spaces") != std::string::npos);
    CHECK(error_of("1'000", point).find("thousands") != std::string::npos);
    CHECK(error_of("12abc", point).find("not a number") != std::string::npos);
    CHECK(error_of("0x10", point).find("not a number") != std::string::npos);
    CHECK(error_of("inf", point).find("not a number") != std::string::npos);
    CHECK(error_of("nan", comma).find("not a number") != std::string::npos);
    CHECK(error_of("", point) == "enter a number");
    CHECK(error_of("-", point).find("no digits") != std::string::npos);
    CHECK(error_of(".", point).find("no digits") != std::string::npos);
    CHECK(error_of("--1", point).find("not a number") != std::string::npos);
    CHECK(error_of("2000000000000", point).find("too large") != std::string::npos);
    CHECK(error_of("١٢", point).find("not a number") != std::string::npos);  // Arabic-Indic digits: not guessed
}

TEST_CASE("One formatter: chosen separator, trimmed zeros, unambiguous grouping", "[core][numbers]") {
    CHECK(format_number(85.4, point) == "85.4");
    CHECK(format_number(85.4, comma) == "85,4");
    CHECK(format_number(3.50, point) == "3.5");
    CHECK(format_number(1250, point) == "1250");
    CHECK(format_number(1000000, point) == "1\u202F000\u202F000");
    CHECK(format_number(-12500.25, comma) == "-12\u202F500,25");
    CHECK(format_number(-0.0, point) == "0");
    CHECK(format_number(-0.001, point, 2) == "0");
    CHECK(format_number(0.005, point) == "0.005");
    CHECK(format_number(2.0 / 3.0, point, 1) == "0.7");
    CHECK(format_quantity(12.25, "km", comma) == "12,25 km");
    CHECK(format_quantity(40, "%", point) == "40%");
    CHECK(format_quantity(7, "", point) == "7");
    CHECK(format_number(100.0, point, 2) == "100");
    CHECK(format_number(999.999, point, 2) == "1000");
    CHECK(format_number(0.1 + 0.2, point) == "0.3");
    CHECK(format_signed_quantity(5, "km", point) == "+5 km");
    CHECK(format_signed_quantity(-2.5, "kg", comma) == "-2,5 kg");
    CHECK(format_signed_quantity(0, "kg", comma) == "0 kg");
}

TEST_CASE("Exact text reads back as the same value in both locales", "[core][numbers]") {
    for (double v : {0.1, 85.4, -3.0, 1234567.89, 1e12, 0.000123, 2.0 / 3.0}) {
        for (auto d : {point, comma}) {
            std::string text = format_exact(v, d);
            INFO(text);
            auto back = parse_number_input(text, d);
            REQUIRE(back.value);
            CHECK(*back.value == v);
        }
    }
    CHECK(format_exact(85.4, comma) == "85,4");
    CHECK(format_exact(-0.0) == "0");
}

TEST_CASE("The automatic choice follows the locale, and a missing locale means the point", "[core][numbers]") {
    CHECK(parse_decimal_choice("comma") == DecimalChoice::comma);
    CHECK(parse_decimal_choice("automatic") == DecimalChoice::automatic);
    CHECK_FALSE(parse_decimal_choice("dot"));
    CHECK(resolve(DecimalChoice::comma) == comma);
    CHECK(resolve(DecimalChoice::point) == point);
    const char* saved = std::getenv("LC_ALL");
    std::string keep = saved ? saved : "";
    setenv("LC_ALL", "C", 1);
    CHECK(locale_decimal_separator() == point);
    setenv("LC_ALL", "xx_NOPE.UTF-8", 1);
    CHECK(locale_decimal_separator() == point);
    // scripts/setup.sh generates de_DE.UTF-8; without it this check cannot run.
    locale_t german = newlocale(LC_NUMERIC_MASK, "de_DE.UTF-8", static_cast<locale_t>(0));
    REQUIRE(german != static_cast<locale_t>(0));
    freelocale(german);
    setenv("LC_ALL", "de_DE.UTF-8", 1);
    CHECK(locale_decimal_separator() == comma);
    if (saved) setenv("LC_ALL", keep.c_str(), 1);
    else unsetenv("LC_ALL");
}
