#pragma once
// The goal page's range buttons (4 weeks / 3 months / 1 year / All), shared by
// the progress chart and the habit chart so one choice means the same days.
#include "core/dates.hpp"

namespace sw::chart {

enum class ChartRange { weeks4, months3, year1, all };

// The days a range looks back from its last day: 28, 91, 365; 0 for all.
int range_days(ChartRange range);

struct DayDomain {
    Day from{};
    Day to{};
};

// At least six days wide (a day or two would make a bare axis): a narrower
// domain grows by the same number of days on both sides.
DayDomain widen_to_min_span(DayDomain d);

}  // namespace sw::chart
