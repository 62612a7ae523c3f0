#include "chart/downsample.hpp"

#include <algorithm>
#include <cmath>

namespace sw::chart {

namespace {
long column_of(Vec2 p) { return static_cast<long>(std::floor(p.x)); }
}  // namespace

std::vector<IndexRange> group_by_pixel_column(std::span<const Vec2> points) {
    std::vector<IndexRange> groups;
    for (size_t i = 0; i < points.size(); ++i) {
        if (!groups.empty() && column_of(points[groups.back().begin]) == column_of(points[i]))
            groups.back().end = i + 1;
        else
            groups.push_back({i, i + 1});
    }
    return groups;
}

std::vector<Vec2> downsample_min_max(std::span<const Vec2> points) {
    if (points.size() < 3) return {points.begin(), points.end()};
    float columns = std::fabs(points.back().x - points.front().x) + 1;
    if (static_cast<float>(points.size()) <= 2 * columns) return {points.begin(), points.end()};

    std::vector<Vec2> out;
    for (IndexRange group : group_by_pixel_column(points)) {
        size_t lowest = group.begin;   // screen y grows downwards: min value = max y
        size_t highest = group.begin;
        for (size_t i = group.begin; i < group.end; ++i) {
            if (points[i].y > points[lowest].y) lowest = i;
            if (points[i].y < points[highest].y) highest = i;
        }
        size_t first = std::min(lowest, highest);
        size_t second = std::max(lowest, highest);
        out.push_back(points[first]);
        if (second != first) out.push_back(points[second]);
    }
    return out;
}

}  // namespace sw::chart
