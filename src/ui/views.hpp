#pragma once
// One function per view; each reads the App's cached snapshot and posts commands.
#include "ui/ui_state.hpp"

namespace sw::ui {

void draw_today_view(App& app, UiState& ui);
void draw_goals_view(App& app, UiState& ui);
void draw_goal_detail_view(App& app, UiState& ui);
void draw_settings_view(App& app, UiState& ui);
void draw_summary_view(App& app, UiState& ui);
void draw_sessions_view(App& app, UiState& ui);
void draw_session_editor(App& app, UiState& ui);  // modal; draws nothing when closed
// The sidebar's always-visible box for a question to the coach.
void draw_question_box(App& app, UiState& ui);
void draw_goal_editor(App& app, UiState& ui);  // modal; draws nothing when closed
void draw_step_editor(App& app, UiState& ui);  // modal; draws nothing when closed

// A "log value" field for a numeric goal (Today and goal detail).
void quick_log_field(App& app, UiState& ui, const Goal& goal, Day day);

void open_goal_editor(UiState& ui, const App& app, const Goal* goal);  // nullptr: new goal
void open_step_editor(UiState& ui, int64_t goal_id, const Step* step, Day today);
// A new step made as a commitment of a coaching session; the client picks its goal.
void open_commitment_editor(UiState& ui, int64_t session_id, Day today);

}  // namespace sw::ui
