#include "chart/format.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace sw::chart {

namespace {

constexpr std::string_view kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::string_view kWeekdays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

}  // namespace

int decimals_for_step(double step) {
    step = std::fabs(step);
    if (!(step > 0) || !std::isfinite(step)) return 0;
    for (int d = 0; d < 9; ++d) {
        double scaled = step * std::pow(10.0, d);
        if (std::fabs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled)) return d;
    }
    return 9;
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
