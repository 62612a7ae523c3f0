#pragma once
// The cards of the goal detail view, each in its own file.
#include "chart/primitives.hpp"
#include "ui/ui_state.hpp"

namespace sw::ui {

void draw_goal_charts(App& app, UiState& ui, const GoalRow& row);   // goal_charts.cpp
void draw_goal_steps(App& app, UiState& ui, const GoalRow& row);    // goal_steps.cpp
void draw_goal_entries(App& app, UiState& ui, const GoalRow& row);  // goal_entries.cpp

}  // namespace sw::ui
