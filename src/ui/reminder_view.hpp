#pragma once
// The window's own reminders (DESIGN "Reminders"): while it is open it shows
// what is due in a notice above the view, and records each one as shown so that
// `stepwise remind` does not send it again.
#include "app/reminders.hpp"

#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace sw {
class App;
}

namespace sw::ui {

struct UiState;

struct ReminderState {
    Day day{};                       // the day the sets below are about
    std::set<std::string> handled;   // keys claimed here, or found claimed by someone else
    std::set<std::string> showing;   // claimed here, still due and not dismissed
    std::vector<DueReminder> due;    // at the last check (the notice draws these)
    int checked_minute = -1;         // the last check: its minute and the data's revision
    uint64_t checked_revision = 0;
    bool record = true;              // false (a screenshot): shown, not recorded as shown

    // Settings: the daily review's time as typed, and the stored value it began from.
    std::string review_time_draft, review_time_seen;
    bool review_time_loaded = false;
};

// Between frames, never inside one: when the minute, the day or the data
// changed, works out what is due (from memory) and claims what is new with
// sender `window` (a write of its own, bookkeeping that is not journalled and
// cannot be undone). A reminder someone else already showed is not shown again;
// one that cannot be recorded (a read-only file) is shown anyway. Returns true
// when the notice changed and a frame must be drawn.
bool check_reminders(App& app, ReminderState& state, LocalTime now);

// The notice at the top of the content pane; nothing when no reminder shows.
void draw_reminders(UiState& ui);

}  // namespace sw::ui
