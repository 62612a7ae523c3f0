#pragma once
// Thinning dense series to what a pixel grid can show: a 10-year daily series
// in a 600 px plot would otherwise be 3,650 vertices and 3,650 hover targets.
#include "chart/primitives.hpp"

#include <span>
#include <vector>

namespace sw::chart {

// Per pixel column (floor of x), the lowest and highest point in the order they
// occur, so spikes survive. Points must be sorted by x. Short series (at most
// two points per column on average) are returned unchanged.
std::vector<Vec2> downsample_min_max(std::span<const Vec2> points);

// Groups of consecutive points sharing a pixel column: [begin, end) index
// ranges. Points must be sorted by x. Used to keep one hover target per column.
struct IndexRange {
    size_t begin = 0;
    size_t end = 0;
};
std::vector<IndexRange> group_by_pixel_column(std::span<const Vec2> points);

}  // namespace sw::chart
