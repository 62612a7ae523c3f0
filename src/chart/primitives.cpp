#include "chart/primitives.hpp"

#include <cmath>
#include <limits>

namespace sw::chart {

namespace {
// A little slack so a point on the plot's edge is still reachable.
constexpr float kPlotSlack = 4;

bool near_plot(const ChartModel& model, Vec2 mouse) {
    Area plot = model.plot_area;
    if (plot.empty()) plot = Area{{0, 0}, {model.width, model.height}};
    return mouse.x >= plot.min.x - kPlotSlack && mouse.x <= plot.max.x + kPlotSlack &&
           mouse.y >= plot.min.y - kPlotSlack && mouse.y <= plot.max.y + kPlotSlack;
}
}  // namespace

std::optional<size_t> hover_target_at(const ChartModel& model, Vec2 mouse) {
    for (size_t i = 0; i < model.hover_targets.size(); ++i) {
        const auto* cell = std::get_if<Area>(&model.hover_targets[i].area);
        if (cell && cell->contains(mouse)) return i;
    }
    if (!near_plot(model, mouse)) return std::nullopt;

    std::optional<size_t> best;
    float best_dx = std::numeric_limits<float>::max();
    float best_dy = std::numeric_limits<float>::max();
    for (size_t i = 0; i < model.hover_targets.size(); ++i) {
        const auto* point = std::get_if<Vec2>(&model.hover_targets[i].area);
        if (!point) continue;
        float dx = std::fabs(point->x - mouse.x);
        float dy = std::fabs(point->y - mouse.y);
        if (dx < best_dx || (dx == best_dx && dy < best_dy)) {
            best = i;
            best_dx = dx;
            best_dy = dy;
        }
    }
    return best;
}

}  // namespace sw::chart
