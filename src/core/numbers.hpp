#pragma once
#include <optional>
#include <string>
#include <string>

namespace sw {
// The largest magnitude Stepwise accepts for a value, baseline or target: far
// beyond any real goal, and small enough that sums and spans stay finite.
inline constexpr double kMaxMagnitude = 1e12;

// A decimal number filling the whole text ("12.5", "-3", "1e3"); nullopt for
// anything else (empty, spaces, "12abc", hex, "inf", "nan", beyond kMaxMagnitude).
std::optional<double> parse_finite_number(const std::string& text);

// The shortest text that reads back as exactly `value` ("0.1", "1234567.89").
std::string format_exact(double value);
}  // namespace sw
