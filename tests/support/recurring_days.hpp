#pragma once
// Days and recurring steps written as ISO text, for the streak and habit tests.
#include "core/dates.hpp"
#include "core/step.hpp"

#include <initializer_list>
#include <vector>

namespace sw::test {

inline Day iso_day(const char* iso) { return parse_iso_day(iso).value(); }

inline Step recurring(const char* repeat, const char* start) {
    Step s;
    s.repeat = parse_recurrence(repeat);
    s.start_date = iso_day(start);
    return s;
}

inline std::vector<Day> days(std::initializer_list<const char*> isos) {
    std::vector<Day> out;
    for (const char* iso : isos) out.push_back(iso_day(iso));
    return out;
}

// Every day from `first` to `last` inclusive.
inline std::vector<Day> day_range(const char* first, const char* last) {
    std::vector<Day> out;
    for (Day d = iso_day(first); d <= iso_day(last); d = add_days(d, 1)) out.push_back(d);
    return out;
}

}  // namespace sw::test
