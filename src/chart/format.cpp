#include "chart/format.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace sw::chart {

namespace {

constexpr std::string_view kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::string_view kWeekdays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

// Built by appending: GCC 12 misreports string::insert at -O3 (-Wrestrict).
std::string group_thousands(const std::string& digits) {
    std::string out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

std::string with_unit(std::string number, std::string_view unit) {
    if (unit.empty()) return number;
    if (unit != "%") number += ' ';
    number += unit;
    return number;
}

}  // namespace

std::string format_value(double value, int max_decimals) {
    if (!std::isfinite(value)) return "–";
    max_decimals = std::clamp(max_decimals, 0, 9);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", max_decimals, std::fabs(value));
    std::string text = buf;
    std::string fraction;
    if (auto dot = text.find('.'); dot != std::string::npos) {
        fraction = text.substr(dot + 1);
        text.resize(dot);
        while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
    }
    std::string magnitude = group_thousands(text);
    if (!fraction.empty()) {
        magnitude += '.';
        magnitude += fraction;
    }
    bool is_zero = magnitude.find_first_not_of("0.,") == std::string::npos;
    std::string result = value < 0 && !is_zero ? "-" : "";  // rounding to 0 drops the sign
    result += magnitude;
    return result;
}

std::string format_value(double value) {
    int decimals = 2;
    double magnitude = std::fabs(value);
    if (magnitude > 0 && magnitude < 1)
        decimals = std::min(9, 2 + static_cast<int>(std::ceil(-std::log10(magnitude))));
    return format_value(value, decimals);
}

int decimals_for_step(double step) {
    step = std::fabs(step);
    if (!(step > 0) || !std::isfinite(step)) return 0;
    for (int d = 0; d < 9; ++d) {
        double scaled = step * std::pow(10.0, d);
        if (std::fabs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled)) return d;
    }
    return 9;
}

std::string format_quantity(double value, std::string_view unit, int max_decimals) {
    return with_unit(format_value(value, max_decimals), unit);
}

std::string format_quantity(double value, std::string_view unit) {
    return with_unit(format_value(value), unit);
}

std::string format_signed_quantity(double value, std::string_view unit) {
    std::string text = format_quantity(value, unit);
    if (text.front() == '-' || text == "0") return text;
    std::string signed_text = "+";
    signed_text += text;
    return signed_text;
}

std::string_view month_short_name(unsigned month) {
    return month >= 1 && month <= 12 ? kMonths[month - 1] : std::string_view{"?"};
}

std::string_view weekday_short_name(int index) {
    return index >= 0 && index < 7 ? kWeekdays[index] : std::string_view{"?"};
}

std::string format_day_with_year(Day day) {
    return format_day_short(day) + ", " + std::to_string(static_cast<int>(day.year()));
}

std::string format_weekday_day(Day day) {
    return std::string(weekday_short_name(weekday_index(day))) + ", " + format_day_short(day);
}

}  // namespace sw::chart
