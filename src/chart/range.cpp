#include "chart/range.hpp"

namespace sw::chart {

namespace {
constexpr int kMinSpanDays = 6;
}  // namespace

int range_days(ChartRange range) {
    switch (range) {
        case ChartRange::weeks4: return 28;
        case ChartRange::months3: return 91;
        case ChartRange::year1: return 365;
        case ChartRange::all: break;
    }
    return 0;
}

DayDomain widen_to_min_span(DayDomain d) {
    int span = days_between(d.from, d.to);
    if (span >= kMinSpanDays) return d;
    int extra = kMinSpanDays - span;
    return {add_days(d.from, -(extra / 2)), add_days(d.to, extra - extra / 2)};
}

}  // namespace sw::chart
