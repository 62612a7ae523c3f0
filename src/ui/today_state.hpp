#pragma once
// What the Today view remembers between frames (members of UiState): the day it
// shows, the note and log fields that are open, the check-in drafts. Not data:
// that lives in sw::App.
#include "app/commands.hpp"
#include "core/checkin.hpp"
#include "core/dates.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sw::ui {

// The check-in form of one day as typed, and what it was filled from.
struct CheckInDraft {
    Day date{};
    bool loaded = false;
    int mood = 3, confidence = 6;
    std::string win, obstacle, next_step, note;
    std::string next_week;  // the weekly review's answer (today_review.cpp)
    bool distress_dismissed = false;
    bool saved_flash = false;
    CheckIn seen;          // the day's check-in as the form was filled from it
    CheckIn sending;       // what the pending save sends
    uint64_t pending = 0;  // the posted save's ticket
    std::string error;
    std::vector<FieldConflict> conflicts;
};

struct TodayState {
    // The day shown when it is not today; always before today (never a future day).
    std::optional<Day> day;
    int last_frame = -1;  // ImGui's frame count when Today was last drawn

    // The one-line note on one habit's tick, open under its row.
    struct NoteEditor {
        int64_t step = 0;  // 0: closed
        Day day{};
        std::string text;
        bool focus = false;    // give the field the keyboard on its first frame
        uint64_t pending = 0;  // the posted MarkDay's ticket
        std::string error;     // from its outcome; the field stays open
    } note;

    // Quick logging's optional day and note, per goal (the value is UiState::quick_log).
    struct LogMore {
        bool open = false;
        bool focus = false;
        std::string date, note;
    };
    std::map<int64_t, LogMore> log_more;

    // Unsaved check-in drafts of the other days visited, kept while another day
    // is shown; and drafts read back from imgui.ini (today_draft.cpp), each for
    // its database, taken when that database shows that day.
    std::map<Day, CheckInDraft> parked;
    struct StoredDraft {
        std::string db;
        CheckInDraft draft;
    };
    std::vector<StoredDraft> stored;
    std::string db;  // the database Today shows (App::path), for the drafts it writes
};

}  // namespace sw::ui
