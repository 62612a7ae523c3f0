#pragma once
// Numbers and dates as charts print them, in one place so axis labels,
// tooltips and the SVG summary agree.
#include "core/dates.hpp"

#include <string>
#include <string_view>

namespace sw::chart {

// Thousands separators, at most `max_decimals` decimals, trailing zeros trimmed:
// 1250 → "1,250", 3.50 → "3.5", -0.0 → "0". Non-finite values → "–".
std::string format_value(double value, int max_decimals);

// Enough decimals for the value itself: 2, more for small magnitudes (0.005).
std::string format_value(double value);

// Decimals that show every multiple of an axis step exactly: 20 → 0, 2.5 → 1, 0.25 → 2.
int decimals_for_step(double step);

// "12.25 km"; no space before "%"; just the number when the unit is empty.
std::string format_quantity(double value, std::string_view unit, int max_decimals);
std::string format_quantity(double value, std::string_view unit);

// "+5 km" / "-2 kg": signed, for increments.
std::string format_signed_quantity(double value, std::string_view unit);

std::string_view month_short_name(unsigned month);  // 1 → "Jan"
std::string_view weekday_short_name(int index);     // 0 = Monday → "Mon"

std::string format_day_with_year(Day day);  // "Nov 26, 2026"
std::string format_weekday_day(Day day);    // "Thu, Nov 26"

}  // namespace sw::chart
