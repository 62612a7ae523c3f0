#include "chart/scale.hpp"

namespace sw::chart {

float LinearScale::to_pixel(double value) const {
    if (d1 == d0) return (p0 + p1) / 2;
    double t = (value - d0) / (d1 - d0);
    return static_cast<float>(p0 + t * (static_cast<double>(p1) - p0));
}

double LinearScale::to_value(float pixel) const {
    if (p1 == p0) return (d0 + d1) / 2;
    double t = (static_cast<double>(pixel) - p0) / (static_cast<double>(p1) - p0);
    return d0 + t * (d1 - d0);
}

}  // namespace sw::chart
