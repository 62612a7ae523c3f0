#include "chart/ticks.hpp"

#include "chart/scale.hpp"

#include <algorithm>
#include <cmath>

namespace sw::chart {

namespace {

// Relative tolerance so 0.3 / 0.1 = 2.9999… still counts as 3.
constexpr double kEps = 1e-9;

double next_nice_step(double step) {
    double magnitude = std::pow(10.0, std::floor(std::log10(step) + kEps));
    double f = step / magnitude;
    if (f < 1.5) return 2 * magnitude;
    if (f < 3.5) return 5 * magnitude;
    return 10 * magnitude;
}

}  // namespace

double nice_step(double range, int max_ticks) {
    if (!(range > 0) || !std::isfinite(range)) return 1;
    int intervals = std::max(max_ticks, 2) - 1;
    double raw = range / intervals;
    double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double f = raw / magnitude;
    double nice = f <= 1 + kEps ? 1 : f <= 2 + kEps ? 2 : f <= 5 + kEps ? 5 : 10;
    return nice * magnitude;
}

NiceDomain nice_domain(double lo, double hi, int max_ticks) {
    if (!std::isfinite(lo) || !std::isfinite(hi)) return {};
    if (lo > hi) std::swap(lo, hi);
    if (hi - lo <= 1e-12 * std::max(1.0, std::fabs(lo))) {
        // One value: give it room on both sides (10 %, or a unit around zero).
        double pad = lo == 0 ? 1 : std::fabs(lo) * 0.1;
        lo = lo == 0 ? 0 : lo - pad;
        hi = hi + pad;
    }
    max_ticks = std::max(max_ticks, 2);
    double step = nice_step(hi - lo, max_ticks);
    for (;;) {
        double first = std::floor(lo / step + kEps);
        double last = std::ceil(hi / step - kEps);
        if (last - first + 1 <= max_ticks) return {first * step, last * step, step};
        // Covering [lo, hi] can add a partial interval at each end; step up.
        step = next_nice_step(step);
    }
}

std::vector<double> nice_ticks(double lo, double hi, int max_ticks) {
    if (!std::isfinite(lo) || !std::isfinite(hi)) return {};
    NiceDomain d = nice_domain(lo, hi, max_ticks);
    std::vector<double> ticks;
    long long first = std::llround(d.lo / d.step);
    long long last = std::llround(d.hi / d.step);
    for (long long i = first; i <= last; ++i) {
        double t = static_cast<double>(i) * d.step;
        ticks.push_back(i == 0 ? 0.0 : t);  // never "-0"
    }
    return ticks;
}

// ---- calendar ---------------------------------------------------------------

namespace {

constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

long long floor_div(long long a, long long b) {
    long long q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}
long long floor_mod(long long a, long long b) { return a - floor_div(a, b) * b; }

long long day_index(Day d) { return static_cast<long long>(day_number(d)); }

int year_of(Day d) { return static_cast<int>(d.year()); }
unsigned month_of(Day d) { return static_cast<unsigned>(d.month()); }

std::string month_label(Day d, bool with_year) {
    std::string label = kMonths[month_of(d) - 1];
    if (with_year) {
        label += ' ';
        label += std::to_string(year_of(d));
    }
    return label;
}

std::vector<DateTick> day_ticks(Day from, Day to, int count) {
    // 1970-01-05 (day 4) is a Monday; 14-day ticks fall on even weeks from it.
    constexpr long long kFirstMonday = 4;
    std::vector<DateTick> ticks;
    for (long long n = day_index(from); n <= day_index(to); ++n) {
        bool keep = false;
        if (count <= 2) keep = floor_mod(n, count) == 0;
        else if (floor_mod(n - kFirstMonday, 7) == 0)
            keep = count == 7 || floor_mod(floor_div(n - kFirstMonday, 7), 2) == 0;
        if (keep) {
            Day d = day_from_number(n);
            ticks.push_back({d, format_day_short(d)});
        }
    }
    return ticks;
}

std::vector<DateTick> month_ticks(Day from, Day to, int count) {
    std::vector<DateTick> ticks;
    date::year_month ym{from.year(), from.month()};
    if (from.day() != date::day{1}) ym += date::months{1};
    for (; Day{ym / 1} <= to; ym += date::months{1}) {
        if ((static_cast<unsigned>(ym.month()) - 1) % static_cast<unsigned>(count) != 0) continue;
        Day d = ym / 1;
        bool with_year = ticks.empty() || year_of(ticks.back().day) != year_of(d);
        ticks.push_back({d, month_label(d, with_year)});
    }
    return ticks;
}

std::vector<DateTick> year_ticks(Day from, Day to, int count) {
    std::vector<DateTick> ticks;
    int first = year_of(from) + (from == Day{from.year() / 1 / 1} ? 0 : 1);
    for (int y = first; y <= year_of(to); ++y) {
        if (floor_mod(y, count) != 0) continue;
        ticks.push_back({Day{date::year{y} / 1 / 1}, std::to_string(y)});
    }
    return ticks;
}

// The widest gap between neighbouring ticks of a step. When even that is
// narrower than the shortest label, the step cannot fit; knowing it up front
// avoids generating (and measuring) thousands of labels for long ranges.
double max_days_between_ticks(CalendarStep step) {
    switch (step.unit) {
        case CalendarUnit::day: return step.count;
        case CalendarUnit::month: return 31.0 * step.count;
        case CalendarUnit::year: return 366.0 * step.count;
    }
    return 1;
}

const char* shortest_label(CalendarUnit unit) {
    switch (unit) {
        case CalendarUnit::day: return "May 1";
        case CalendarUnit::month: return "May";
        case CalendarUnit::year: return "2027";
    }
    return "";
}

bool labels_fit(const std::vector<DateTick>& ticks, Day from, double px_per_day,
                const TextMeasure& measure) {
    float gap = calendar_label_gap(measure);
    double previous_x = 0;
    float previous_half = 0;
    for (size_t i = 0; i < ticks.size(); ++i) {
        double x = (day_number(ticks[i].day) - day_number(from)) * px_per_day;
        float half = measure(ticks[i].label) / 2;
        if (i > 0 && x - previous_x < previous_half + half + gap) return false;
        previous_x = x;
        previous_half = half;
    }
    return true;
}

std::vector<CalendarStep> candidate_steps(Day from, Day to) {
    std::vector<CalendarStep> steps = {
        {CalendarUnit::day, 1},   {CalendarUnit::day, 2},   {CalendarUnit::day, 7},
        {CalendarUnit::day, 14},  {CalendarUnit::month, 1}, {CalendarUnit::month, 2},
        {CalendarUnit::month, 3}, {CalendarUnit::month, 6}};
    // Years 1, 2, 5, 10, 20, 50, … until one step spans the whole range.
    int span_years = year_of(to) - year_of(from) + 1;
    for (int k = 1;; k *= 10) {
        for (int m : {1, 2, 5}) steps.push_back({CalendarUnit::year, k * m});
        if (k > span_years || k > 100000) break;
    }
    return steps;
}

}  // namespace

float calendar_label_gap(const TextMeasure& measure) {
    return std::max(6.0f, 0.6f * measure.font_px);
}

std::vector<DateTick> calendar_ticks_with_step(Day from, Day to, CalendarStep step) {
    if (to < from) std::swap(from, to);
    int count = std::max(step.count, 1);
    switch (step.unit) {
        case CalendarUnit::day: return day_ticks(from, to, count);
        case CalendarUnit::month: return month_ticks(from, to, count);
        case CalendarUnit::year: return year_ticks(from, to, count);
    }
    return {};
}

CalendarStep choose_calendar_step(Day from, Day to, float pixel_width, const TextMeasure& measure) {
    if (to < from) std::swap(from, to);
    int span = days_between(from, to);
    auto steps = candidate_steps(from, to);
    if (span == 0 || !(pixel_width > 0)) return steps.front();
    double px_per_day = pixel_width / span;
    float gap = calendar_label_gap(measure);
    for (const CalendarStep& step : steps) {
        double widest_days = max_days_between_ticks(step);
        bool surely_two_ticks = span >= 2 * widest_days;
        if (surely_two_ticks && widest_days * px_per_day < measure(shortest_label(step.unit)) + gap)
            continue;
        if (labels_fit(calendar_ticks_with_step(from, to, step), from, px_per_day, measure))
            return step;
    }
    return steps.back();
}

std::vector<DateTick> calendar_ticks(Day from, Day to, float pixel_width, const TextMeasure& measure) {
    return calendar_ticks_with_step(from, to, choose_calendar_step(from, to, pixel_width, measure));
}

}  // namespace sw::chart
