#pragma once
// Value ↔ pixel mapping for one axis (ImPlot's PlotToPixels / PixelsToPlot).
#include "core/dates.hpp"

namespace sw::chart {

// Maps the domain [d0, d1] linearly onto the pixel range [p0, p1]. Either may be
// reversed: a y axis is LinearScale{lo, hi, bottom, top}. A zero-width domain maps
// everything to the middle of the pixel range, so a flat series is still drawn.
struct LinearScale {
    double d0 = 0;
    double d1 = 1;
    float p0 = 0;
    float p1 = 1;

    float to_pixel(double value) const;
    double to_value(float pixel) const;
};

// Days as numbers (days since 1970-01-01) so date axes use the same scale.
inline double day_number(Day day) {
    return static_cast<double>(date::sys_days{day}.time_since_epoch().count());
}
inline Day day_from_number(long long n) { return Day{date::sys_days{date::days{n}}}; }

}  // namespace sw::chart
