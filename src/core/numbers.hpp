#pragma once
#include <optional>
#include <string>

namespace sw {
// A finite decimal number filling the whole text ("12.5", "-3", "1e3");
// nullopt for anything else (empty, "12abc", "inf", out of range).
std::optional<double> parse_finite_number(const std::string& text);
}  // namespace sw
