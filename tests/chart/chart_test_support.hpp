#pragma once
// Small helpers for reading chart models in tests.
#include "chart/primitives.hpp"
#include "core/dates.hpp"

#include <cmath>
#include <string>
#include <string_view>
#include <vector>

namespace sw::chart::test {

inline Day day(int y, unsigned m, unsigned d) {
    return Day{date::year{y}, date::month{m}, date::day{d}};
}

template <class T>
std::vector<T> primitives_of(const ChartModel& model) {
    std::vector<T> out;
    for (const Primitive& p : model.primitives)
        if (const T* t = std::get_if<T>(&p)) out.push_back(*t);
    return out;
}

template <class T, class Pred>
std::vector<T> primitives_of(const ChartModel& model, Pred pred) {
    std::vector<T> out;
    for (const T& t : primitives_of<T>(model))
        if (pred(t)) out.push_back(t);
    return out;
}

inline bool has_text(const ChartModel& model, std::string_view needle) {
    for (const Text& t : primitives_of<Text>(model))
        if (t.text.find(needle) != std::string::npos) return true;
    return false;
}

inline bool finite(Vec2 p) { return std::isfinite(p.x) && std::isfinite(p.y); }

// Every coordinate is a real number (no NaN from a zero-width domain).
inline bool all_finite(const ChartModel& model) {
    for (const Primitive& p : model.primitives) {
        bool ok = std::visit(
            [](const auto& prim) {
                using T = std::decay_t<decltype(prim)>;
                if constexpr (std::is_same_v<T, Line>) return finite(prim.p0) && finite(prim.p1);
                else if constexpr (std::is_same_v<T, Polyline>) {
                    for (Vec2 v : prim.points)
                        if (!finite(v)) return false;
                    return true;
                } else if constexpr (std::is_same_v<T, Rect>) return finite(prim.min) && finite(prim.max);
                else if constexpr (std::is_same_v<T, Text>) return finite(prim.pos);
                else return finite(prim.center);
            },
            p);
        if (!ok) return false;
    }
    return true;
}

}  // namespace sw::chart::test
