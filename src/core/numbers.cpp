#include "core/numbers.hpp"

#include <cerrno>
#include <cmath>
#include <cstdlib>

namespace sw {

std::optional<double> parse_finite_number(const std::string& text) {
    if (text.empty()) return std::nullopt;
    errno = 0;
    char* end = nullptr;
    double v = std::strtod(text.c_str(), &end);
    if (end != text.c_str() + text.size() || errno == ERANGE || !std::isfinite(v)) return std::nullopt;
    return v;
}

}  // namespace sw
