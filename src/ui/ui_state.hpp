#pragma once
// Everything the UI remembers between frames that is not data: which view is
// open, editor buffers, filters. The data itself lives in sw::App.
#include "app/app.hpp"
#include "ui/reminder_view.hpp"
#include "ui/sessions_state.hpp"
#include "ui/summary_state.hpp"
#include "ui/text_state.hpp"
#include "ui/today_state.hpp"
#include "ui/theme.hpp"
#include "ui/view_caches.hpp"

#include <imgui.h>

#include <map>
#include <vector>
#include <string>

namespace sw::ui {

enum class View { today, goals, goal_detail, sessions, settings, summary };

// Text buffers of the goal editor; parsed and checked live every frame.
struct GoalEditor {
    bool open = false;
    bool request_open = false;  // the popup opens on the next frame
    int64_t goal_id = 0;        // 0: a new goal
    std::string title, description, unit, baseline = "0", target, start, due, why, area = "other",
        resources, obstacles;
    bool numeric = true;
    bool habit = false;       // when not numeric: a habit goal, else milestones
    double rate = 0.8;        // habit: target_rate, changed only when the slider moves
    int measure = 0;  // 0 level, 1 total
    int confidence = 7;
    int status = 0;   // GoalStatus
    bool is_private = false;
    Goal seen;               // the goal as it was when the editor opened: only fields
                             // that differ from it are saved
    uint64_t pending = 0;    // the posted save's ticket, until its outcome arrives
    std::string save_error;  // from the save's outcome when it failed
    std::vector<FieldConflict> conflicts;  // fields changed elsewhere meanwhile
};

struct StepEditor {
    bool request_open = false;
    int64_t step_id = 0;  // 0: new
    int64_t goal_id = 0;  // 0: a commitment whose goal is still to be chosen
    int64_t session_id = 0;  // a new commitment of this coaching session; 0: none
    std::string title, notes, due, start, repeat, if_text, then_text;
    std::string remind;    // HH:MM as typed; "" = no reminder
    Step seen;             // the step as it was when the editor opened
    uint64_t pending = 0;  // the posted save's ticket, until its outcome arrives
    std::string error;     // from the save's outcome when it failed
    std::vector<FieldConflict> conflicts;
};

// Inline editing of one logged value in a goal's log.
struct EntryEditor {
    int64_t id = 0;  // the entry being edited; 0: none
    std::string date, value, note;
    ProgressEntry seen;    // the entry as it was when editing began
    uint64_t pending = 0;  // the posted save's ticket
    std::string error;
    std::vector<FieldConflict> conflicts;
    int64_t armed_delete = 0;  // the entry whose trash icon was clicked once
};

struct UiState {
    View view = View::today;
    int64_t detail_goal = 0;
    Fonts fonts;
    float scale = 1.0f;
    // Text in every script: the glyphs the atlas holds and needs, and
    // right-to-left text in visual order (font_atlas.hpp, user_text.hpp).
    TextState text;

    // Goals view
    int goal_filter = 0;  // 0 active, 1 achieved, 2 archived, 3 all
    std::string search;

    GoalEditor editor;
    StepEditor step_editor;
    // An overdue goal's choice being confirmed (ui/overdue_choices.hpp).
    struct OverdueChoice {
        enum class Kind { none, extend, achieved, abandon } kind = Kind::none;
        int64_t goal_id = 0;
        std::string new_due;  // extend: as typed
        bool request_open = false;
    } overdue;
    EntryEditor entry_editor;
    CheckInDraft checkin;  // the check-in form of the day Today shows
    TodayState today;      // the day shown, open note and log fields, other days' drafts
    std::map<int64_t, std::string> quick_log;  // goal id -> value being typed
    int chart_range = 3;                       // ChartRange: all
    SummaryState summary;
    SessionsState sessions;  // the Sessions view and the sidebar's question box
    ReminderState reminders;  // the window's own reminders (ui/reminder_view.hpp)
    ViewCaches caches;  // view-models and the look, each keyed on what it is built from

    // File work a view asks for during a frame, done by after_frame() between
    // frames: never inside one, and not through the App's queue, which carries
    // changes to the data only.
    struct FileRequest {
        enum class Kind { save_summary_html, save_summary_json, open_folder } kind;
        std::string folder;
    };
    std::vector<FileRequest> file_requests;

    std::string banner;  // errors from commands, shown until dismissed
    // A short confirmation at the bottom right, with Undo after a change made in
    // the window (or Redo after an undo). The idle loop wakes to hide it.
    enum class ToastAction { none, undo, redo };
    std::string toast;
    double toast_until = 0;
    ToastAction toast_action = ToastAction::none;

    // Tests ask the UI to record where named items are, then click there.
    bool record_items = false;
    std::map<std::string, std::pair<ImVec2, ImVec2>> item_rects;
};

// Draws one whole frame of the app (between NewFrame and Render).
void draw_app(App& app, UiState& ui);

// Between frames: another process's commits, then the commands posted during
// the frame (their outcomes are read on the next one; an error no view waits
// for goes to the banner), then the reminders due (ui/reminder_view.hpp). True
// when the next frame must be drawn.
bool after_frame(App& app, UiState& ui);

void open_view(UiState& ui, View view, int64_t goal = 0);
// Parses "today", "goals", "goal:ID", "sessions" (also "agenda"), "summary",
// "settings" (CLI --view); false when unknown.
bool parse_view(const std::string& text, View& view, int64_t& goal);

}  // namespace sw::ui
