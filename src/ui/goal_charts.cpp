// Charts of a goal: placeholder replaced once the chart module lands.
#include "ui/goal_detail_parts.hpp"

namespace sw::ui {
void draw_goal_charts(App&, UiState&, const GoalRow&) {}
}  // namespace sw::ui
