#pragma once
// The agenda for the next coaching session, in the Sessions view.
#include "ui/ui_state.hpp"

#include <optional>

namespace sw::ui {

// "For our next session": wins, what is stuck, the last session's commitments,
// pace-vs-confidence flags, open questions and (when asked) obstacles. Each line
// about a goal opens its page.
void draw_agenda_card(App& app, UiState& ui);

// The agenda on today, rebuilt only when the data, the day or the choice of
// obstacles changed.
const Agenda& current_agenda(const App& app, UiState& ui);

// The next session's day (today or later): a session recorded ahead of time,
// or the next date given at the last one, whichever comes first.
std::optional<Day> next_session_date(const App& app);

}  // namespace sw::ui
