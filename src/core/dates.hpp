#pragma once
// Calendar days. A Day is a local calendar date; arithmetic goes through
// date::sys_days so that month and year ends need no special cases.
#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>

namespace sw {

using Day = date::year_month_day;

// Strict YYYY-MM-DD from 1900 to 2200; nullopt for anything else, including
// days that do not exist (2027-02-30). The range keeps typos like 0202 or 9999
// from turning into schedules and charts that span millennia.
inline constexpr int kFirstYear = 1900;
inline constexpr int kLastYear = 2200;
std::optional<Day> parse_iso_day(std::string_view text);

// What users type: YYYY-MM-DD, "today" or "yesterday". Throws InputError with a
// one-line message naming the bad text.
Day parse_day_arg(std::string_view text, Day today);

std::string format_day(Day day);          // 2026-11-26
std::string format_day_short(Day day);    // Nov 26
std::string format_day_long(Day day);     // Thursday, 26 November 2026

Day today_local();
std::string now_utc_iso();  // 2026-11-26T18:40:00Z

inline int days_between(Day from, Day to) {
    return static_cast<int>((date::sys_days{to} - date::sys_days{from}).count());
}
inline Day add_days(Day day, int n) { return Day{date::sys_days{day} + date::days{n}}; }

// 0 = Monday … 6 = Sunday (ISO order, as in weekly:MO,WE).
int weekday_index(Day day);
// "monday" … "sunday" (as settings store them) ⇄ 0 … 6.
std::optional<int> parse_weekday_name(std::string_view name);
std::string_view weekday_name(int index);

}  // namespace sw
