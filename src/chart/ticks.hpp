#pragma once
// Axis ticks: 1-2-5 steps for values (ImPlot's NiceNum) and calendar steps for
// dates, thinned by measured label widths so labels never overlap.
#include "chart/text_measure.hpp"
#include "core/dates.hpp"

#include <string>
#include <vector>

namespace sw::chart {

// The smallest step of the form {1, 2, 5} × 10^k that splits `range` into at most
// max_ticks - 1 intervals. 1 for an empty or invalid range.
double nice_step(double range, int max_ticks);

// Multiples of a 1-2-5 step covering [lo, hi]: the first tick ≤ lo, the last ≥ hi,
// at most max(max_ticks, 2) ticks. lo == hi is widened around the value (0 → 0..1).
// 0..97 with 6 ticks → 0, 20, 40, 60, 80, 100.
std::vector<double> nice_ticks(double lo, double hi, int max_ticks);

struct NiceDomain {
    double lo = 0;
    double hi = 1;
    double step = 1;
};
// [lo, hi] expanded to the first and last of nice_ticks, with their step.
NiceDomain nice_domain(double lo, double hi, int max_ticks);

// ---- calendar ---------------------------------------------------------------

enum class CalendarUnit { day, month, year };
struct CalendarStep {
    CalendarUnit unit = CalendarUnit::day;
    int count = 1;  // days {1, 2, 7, 14}, months {1, 2, 3, 6}, years {1, 2, 5, 10, 20, …}
    bool operator==(const CalendarStep&) const = default;
};

struct DateTick {
    Day day;
    std::string label;
};

// Ticks of one step inside [from, to]: every day / every other day, Mondays
// (7 and 14 days, the latter on alternate ISO weeks so ticks don't jump when the
// range moves), the 1st of every k-th month, 1 January of years divisible by k.
// Labels: "Nov 26" for day steps; "Nov" for months, with the year ("Jan 2027")
// on the first tick and at each year change; "2027" for years.
std::vector<DateTick> calendar_ticks_with_step(Day from, Day to, CalendarStep step);

// The finest step whose labels, centred on ticks placed linearly over
// [0, pixel_width] for [from, to], leave at least calendar_label_gap() between
// neighbours. A single label always fits.
CalendarStep choose_calendar_step(Day from, Day to, float pixel_width, const TextMeasure& measure);

// choose_calendar_step + calendar_ticks_with_step.
std::vector<DateTick> calendar_ticks(Day from, Day to, float pixel_width, const TextMeasure& measure);

// Minimum free space between two neighbouring date labels.
float calendar_label_gap(const TextMeasure& measure);

}  // namespace sw::chart
