#pragma once
// The agenda for the next coaching session, in the Sessions view.
#include "ui/ui_state.hpp"

#include <optional>

namespace sw::ui {

// The next session's day (today or later): a session recorded ahead of time,
// or the next date given at the last one, whichever comes first.
std::optional<Day> next_session_date(const App& app);

}  // namespace sw::ui
