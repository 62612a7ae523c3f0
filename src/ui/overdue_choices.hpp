#pragma once
// An active goal past its due date and not reached asks for a decision, where
// it is shown: extend the due date, mark it achieved, or let it go (abandon).
// Each is one click plus a confirmation; each is an ordinary, undoable edit.
#include "ui/ui_state.hpp"

namespace sw::ui {

bool is_overdue(const GoalRow& row);
// The three buttons (on one line), for an overdue goal; nothing otherwise.
void overdue_choices(App& app, UiState& ui, const GoalRow& row);
// A table cell's "12 d overdue ▾": a small menu with the same three choices.
void overdue_menu_button(App& app, UiState& ui, const GoalRow& row);
// The confirmation, once per frame, after every view (each view that shows the choices calls it last).
void draw_overdue_confirmation(App& app, UiState& ui);

}  // namespace sw::ui
