#include "chart/clip.hpp"

#include <utility>

namespace sw::chart {

namespace {
DataPoint at_x(DataPoint a, DataPoint b, double x) {
    double t = (x - a.x) / (b.x - a.x);  // callers guarantee a.x != b.x
    return {x, a.y + t * (b.y - a.y)};
}
}  // namespace

std::vector<DataPoint> clip_to_x_range(std::span<const DataPoint> points, double lo, double hi) {
    std::vector<DataPoint> out;
    for (size_t i = 0; i < points.size(); ++i) {
        const DataPoint& p = points[i];
        if (i > 0) {
            const DataPoint& q = points[i - 1];
            if (q.x < lo && p.x > lo) out.push_back(at_x(q, p, lo));  // enters from the left
            if (q.x < hi && p.x > hi) out.push_back(at_x(q, p, hi));  // leaves to the right
        }
        if (p.x >= lo && p.x <= hi) out.push_back(p);
    }
    return out;
}

std::optional<std::pair<DataPoint, DataPoint>> clip_segment_to_x_range(DataPoint a, DataPoint b,
                                                                       double lo, double hi) {
    if (a.x > b.x) std::swap(a, b);
    if (b.x < lo || a.x > hi) return std::nullopt;
    if (a.x == b.x) return std::pair{a, b};
    DataPoint from = a.x < lo ? at_x(a, b, lo) : a;
    DataPoint to = b.x > hi ? at_x(a, b, hi) : b;
    return std::pair{from, to};
}

}  // namespace sw::chart
