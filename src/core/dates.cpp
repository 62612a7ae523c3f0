#include "core/dates.hpp"

#include "core/errors.hpp"

#include <cctype>
#include <chrono>
#include <cstdio>
#include <ctime>

namespace sw {

std::optional<Day> parse_iso_day(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!std::isdigit(static_cast<unsigned char>(text[i]))) return std::nullopt;
    auto number = [&](size_t pos, size_t len) {
        int v = 0;
        for (size_t i = pos; i < pos + len; ++i) v = v * 10 + (text[i] - '0');
        return v;
    };
    int year = number(0, 4);
    if (year < kFirstYear || year > kLastYear) return std::nullopt;
    Day day{date::year{year}, date::month{static_cast<unsigned>(number(5, 2))},
            date::day{static_cast<unsigned>(number(8, 2))}};
    if (!day.ok()) return std::nullopt;
    return day;
}

Day parse_day_arg(std::string_view text, Day today) {
    if (text == "today") return today;
    if (text == "yesterday") return add_days(today, -1);
    if (auto day = parse_iso_day(text)) return *day;
    throw InputError("not a valid date: '" + std::string(text) +
                     "' (use YYYY-MM-DD between 1900 and 2200, 'today' or 'yesterday')");
}

std::string format_day(Day day) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(day.year()),
                  static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
    return buf;
}

namespace {
constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr const char* kMonthsLong[] = {"January", "February", "March",     "April",
                                       "May",     "June",     "July",      "August",
                                       "September", "October", "November", "December"};
constexpr const char* kWeekdays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                     "Friday", "Saturday", "Sunday"};
}  // namespace

std::string format_day_short(Day day) {
    return std::string(kMonths[static_cast<unsigned>(day.month()) - 1]) + " " +
           std::to_string(static_cast<unsigned>(day.day()));
}

std::string format_day_long(Day day) {
    return std::string(kWeekdays[weekday_index(day)]) + ", " +
           std::to_string(static_cast<unsigned>(day.day())) + " " +
           kMonthsLong[static_cast<unsigned>(day.month()) - 1] + " " +
           std::to_string(static_cast<int>(day.year()));
}

Day today_local() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return Day{date::year{local.tm_year + 1900}, date::month{static_cast<unsigned>(local.tm_mon + 1)},
               date::day{static_cast<unsigned>(local.tm_mday)}};
}

std::string now_utc_iso() {
    auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    return date::format("%Y-%m-%dT%H:%M:%SZ", now);
}

namespace {
constexpr std::string_view kWeekdayNames[] = {"monday", "tuesday", "wednesday", "thursday",
                                              "friday", "saturday", "sunday"};
}

std::optional<int> parse_weekday_name(std::string_view name) {
    for (int i = 0; i < 7; ++i)
        if (kWeekdayNames[i] == name) return i;
    return std::nullopt;
}

std::string_view weekday_name(int index) { return kWeekdayNames[((index % 7) + 7) % 7]; }

int weekday_index(Day day) {
    // date::weekday counts Sunday as 0; ISO counts Monday as the first day.
    unsigned c = date::weekday{date::sys_days{day}}.c_encoding();
    return static_cast<int>((c + 6) % 7);
}

}  // namespace sw
