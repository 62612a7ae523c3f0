#pragma once
// The cards of the goal detail view, each in its own file.
#include "app/goal_history.hpp"
#include "chart/primitives.hpp"
#include "ui/ui_state.hpp"

namespace sw::ui {

void draw_goal_charts(App& app, UiState& ui, const GoalRow& row);   // goal_charts.cpp
void draw_goal_steps(App& app, UiState& ui, const GoalRow& row);    // goal_steps.cpp
void draw_goal_entries(App& app, UiState& ui, const GoalRow& row);  // goal_entries.cpp
void draw_goal_history(App& app, UiState& ui, const GoalRow& row);  // goal_history_view.cpp
// The goal's changes, oldest first, rebuilt when the App's revision changes
// (goal_history_view.cpp; the History card and the chart's markers).
const std::vector<GoalChange>& goal_changes(const App& app, UiState& ui, int64_t goal_id);

}  // namespace sw::ui
