#pragma once
// Clipping series to the visible x range in data space, so lines that enter or
// leave the window end exactly at the plot's edge instead of spilling into the
// axis labels.
#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace sw::chart {

struct DataPoint {
    double x = 0;
    double y = 0;
};

// The part of a polyline (sorted by x) with lo ≤ x ≤ hi; where it crosses lo or
// hi, an interpolated point is added on the boundary.
std::vector<DataPoint> clip_to_x_range(std::span<const DataPoint> points, double lo, double hi);

// A segment clipped the same way; nullopt when it lies outside [lo, hi].
std::optional<std::pair<DataPoint, DataPoint>> clip_segment_to_x_range(DataPoint a, DataPoint b,
                                                                       double lo, double hi);

}  // namespace sw::chart
