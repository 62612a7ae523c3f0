#pragma once
// Numbers and dates as charts print them, in one place so axis labels,
// tooltips and the SVG summary agree.
#include "core/dates.hpp"
#include "core/numbers.hpp"

#include <string>
#include <string_view>

namespace sw::chart {

// Numbers are formatted by core (core/numbers.hpp), with the separator the user chose.

// Decimals that show every multiple of an axis step exactly: 20 → 0, 2.5 → 1, 0.25 → 2.
int decimals_for_step(double step);

std::string_view month_short_name(unsigned month);  // 1 → "Jan"
std::string_view weekday_short_name(int index);     // 0 = Monday → "Mon"

std::string format_day_with_year(Day day);  // "Nov 26, 2026"
std::string format_weekday_day(Day day);    // "Thu, Nov 26"

}  // namespace sw::chart
