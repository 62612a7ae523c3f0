#include "core/numbers.hpp"

#include <cctype>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>

namespace sw {

std::optional<double> parse_finite_number(const std::string& text) {
    if (text.empty()) return std::nullopt;
    // strtod also reads hex, "inf", "nan" and leading spaces; people type decimals.
    for (char c : text)
        if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E'))
            return std::nullopt;
    errno = 0;
    char* end = nullptr;
    double v = std::strtod(text.c_str(), &end);
    if (end != text.c_str() + text.size() || errno == ERANGE || !std::isfinite(v)) return std::nullopt;
    if (std::fabs(v) > kMaxMagnitude) return std::nullopt;
    return v;
}

std::string format_exact(double value) {
    char buf[64];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
    return ec == std::errc() ? std::string(buf, end) : std::to_string(value);
}

}  // namespace sw
