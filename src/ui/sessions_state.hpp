#pragma once
// What the Sessions view and the sidebar's question box remember between
// frames: the session editor's text, the question being jotted down.
#include "core/session.hpp"

#include <cstdint>
#include <string>

namespace sw::ui {

// Record or edit a coaching session: date, notes, next date. Dates are typed as
// YYYY-MM-DD and checked as typed; nothing is filtered out.
struct SessionEditor {
    bool request_open = false;  // the popup opens on the next frame
    int64_t id = 0;             // 0: a new session
    std::string date, notes, next;
    bool is_private = true;  // notes stay out of summaries unless shared
    Session seen;            // the session as it was when the editor opened
    uint64_t pending = 0;    // the posted save's ticket, until its outcome arrives
    std::string error;
};

struct SessionsState {
    SessionEditor editor;
    int64_t armed_delete = 0;  // the session whose Delete was clicked once
    bool show_obstacles = false;  // the agenda gathers the check-ins' obstacles
    // The sidebar's "question for your coach" box.
    std::string jot;
    uint64_t jot_pending = 0;
    std::string jot_error;
};

}  // namespace sw::ui
