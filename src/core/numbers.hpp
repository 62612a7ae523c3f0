#pragma once
// Numbers typed by people and numbers shown to them (DESIGN "Input and text"):
// one parser and one formatter, used by the window, the command line, imports,
// charts and reports, so a value reads the same everywhere.
#include <optional>
#include <string>
#include <string_view>

namespace sw {

// The largest magnitude Stepwise accepts for a value, baseline or target: far
// beyond any real goal, and small enough that sums and spans stay finite.
inline constexpr double kMaxMagnitude = 1e12;

enum class DecimalSeparator { point, comma };

// The user's choice in Settings ("automatic", "point", "comma").
enum class DecimalChoice { automatic, point, comma };
std::string_view to_string(DecimalChoice choice);
std::optional<DecimalChoice> parse_decimal_choice(std::string_view text);

// The decimal separator of the environment's LC_NUMERIC locale (LC_ALL, then
// LC_NUMERIC, then LANG), read without changing the process's C locale.
DecimalSeparator locale_decimal_separator();
DecimalSeparator resolve(DecimalChoice choice);  // automatic -> the locale's

// A number as a person typed it: optional sign, digits, at most one decimal
// separator, surrounding spaces ignored. The point is always a decimal point;
// the comma is one only when `decimal` is the comma. Grouping separators,
// exponents, letters, a second separator and magnitudes beyond kMaxMagnitude
// are refused: `error` says why in one line, and nothing is guessed.
struct NumberParse {
    std::optional<double> value;
    std::string error;  // "" when value is set
};
NumberParse parse_number_input(std::string_view text, DecimalSeparator decimal);

// Shorthand for machine-written text (exports, tests): the point locale.
std::optional<double> parse_finite_number(const std::string& text);

// For display: at most `max_decimals` decimals, trailing zeros trimmed, the
// chosen decimal separator, and a narrow no-break space grouping digits from
// 10 000 up (never a comma or a point, which would read as a decimal
// separator in one locale or the other). -0 → "0". Non-finite → "–".
std::string format_number(double value, DecimalSeparator decimal, int max_decimals);
// Enough decimals for the value itself: 2, more for small magnitudes (0.005).
std::string format_number(double value, DecimalSeparator decimal);
// "12.25 km"; no space before "%"; the number alone when the unit is empty.
std::string format_quantity(double value, std::string_view unit, DecimalSeparator decimal);
std::string format_quantity(double value, std::string_view unit, DecimalSeparator decimal, int max_decimals);
// "+5 km" / "-2 kg": signed, for increments.
std::string format_signed_quantity(double value, std::string_view unit, DecimalSeparator decimal);

// The shortest text that reads back as exactly `value` ("0.1", "1234567.89"),
// with the chosen separator and no grouping: what an editor field starts with,
// so that saving unchanged changes nothing.
std::string format_exact(double value, DecimalSeparator decimal = DecimalSeparator::point);

}  // namespace sw
