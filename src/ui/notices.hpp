#pragma once
// One-time notices about changes Stepwise made itself (a schema migration),
// shown until the client dismisses them.
#include "ui/ui_state.hpp"

namespace sw::ui {

// "These goals are habit goals now": after the migration that measured
// recurring-only milestone goals as habits (kHabitNoticeSetting). Nothing when
// there is nothing to say.
void draw_habit_notice(App& app, UiState& ui);

}  // namespace sw::ui
