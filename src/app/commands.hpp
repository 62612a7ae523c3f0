#pragma once
// Commands are values (DESIGN "Architecture", src/app): what the user asked for,
// never a whole record copied from memory. App::apply runs each one inside one
// write transaction on the rows as they are in the file *now*, writes one
// change-journal row with it, and answers with an Outcome.
//
// Edits carry a Patch: only the fields the user changed. Each has an inverse
// (the journal's before/after), which undo will apply as another Patch.
#include "core/checkin.hpp"
#include "core/errors.hpp"
#include "core/goal.hpp"
#include "core/journal.hpp"
#include "core/progress_entry.hpp"
#include "core/session.hpp"
#include "core/step.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace sw {

// Field names are those of the record's JSON (app/records.hpp): "title", "due_date"…
struct Patch {
    nlohmann::json changes = nlohmann::json::object();  // field -> the new value
    // field -> the value the user saw when they began editing. Empty: apply to
    // whatever is there (the CLI: the user named the new value outright). Given:
    // a field that someone else changed meanwhile is a conflict, never overwritten.
    nlohmann::json seen = nlohmann::json::object();

    bool empty() const { return changes.empty(); }
};

// The fields in which `edited` differs from `original` (two records' JSON), with
// the original values as `seen` when `check_conflicts`. Bookkeeping fields
// (uuid, timestamps) never take part.
Patch patch_between(const nlohmann::json& original, const nlohmann::json& edited, bool check_conflicts = true);

struct AddGoal { Goal goal; };
struct EditGoal { int64_t id = 0; Patch patch; };
struct DeleteGoal { int64_t id = 0; };

struct AddStep { Step step; };
struct EditStep { int64_t id = 0; Patch patch; };
// Recurring: the completion of one occurrence day. One-off: done on `day`, or reopened.
struct CompleteStep { int64_t id = 0; Day day{}; bool done = true; };
// One past or present occurrence of a recurring step, as it should be now: done
// (with its note), skipped (ill, travelling) or open again (backfill, DESIGN
// "Action step"). The day's earlier mark is replaced; the journal keeps it.
// With `expected`, the day must be so marked now, or nothing is changed (the
// CLI's `step skip --undo`; a window cell that someone else changed meanwhile).
struct MarkDay {
    int64_t id = 0;
    Day day{};
    DayMark mark = DayMark::done;
    std::string note;
    std::optional<DayMark> expected;
};
struct MoveStep { int64_t id = 0; int direction = 0; };  // -1 up, +1 down
struct DeleteStep { int64_t id = 0; };

struct LogProgress { int64_t goal_id = 0; Day day{}; double value = 0; std::string note; };
struct EditEntry { int64_t id = 0; Patch patch; };
struct DeleteEntry { int64_t id = 0; };

// Creates the day's check-in or changes the fields in the patch.
struct SaveCheckin { Day date{}; Patch patch; };
struct SetSetting { std::string key, value; };

// Coaching sessions (their commitments are steps with AddStep::step.session_id)
// and questions for the coach. Marking a question discussed is an EditQuestion
// of "discussed_on" (a day; null = open again).
struct AddSession { Session session; };
struct EditSession { int64_t id = 0; Patch patch; };
struct DeleteSession { int64_t id = 0; };  // its commitments stay, unlinked
struct AddQuestion { Question question; };
struct EditQuestion { int64_t id = 0; Patch patch; };
struct DeleteQuestion { int64_t id = 0; };

// Reverse the newest change not yet undone / the newest undo not yet redone
// (app/undo.cpp). Each is itself journalled, naming the row it reverses.
struct Undo {};
struct Redo {};

using Command = std::variant<AddGoal, EditGoal, DeleteGoal, AddStep, EditStep, CompleteStep, MarkDay, MoveStep,
                             DeleteStep, LogProgress, EditEntry, DeleteEntry, SaveCheckin, SetSetting, AddSession,
                             EditSession, DeleteSession, AddQuestion, EditQuestion, DeleteQuestion, Undo, Redo>;

// A patch that sets one field, with no conflict check (the user named the value).
Patch set_field(const char* field, nlohmann::json value);

// Edits that change one thing, as the window's buttons and the CLI ask for them.
EditGoal archive_command(int64_t goal_id, bool archived);
EditStep step_status_command(int64_t step_id, StepStatus status, Day day);  // done on `day`, open, dropped

// "add_goal", "edit_goal", … (the journal's command column).
std::string command_name(const Command& command);

// A field the user changed that someone else changed too since they began.
struct FieldConflict {
    std::string field;
    nlohmann::json seen, theirs, mine;
};

// Nothing was written: the user decides (keep mine / take theirs).
struct ConflictError : InputError {
    ConflictError(const std::string& message, std::vector<FieldConflict> conflicts)
        : InputError(message), conflicts(std::move(conflicts)) {}
    std::vector<FieldConflict> conflicts;
};

// What a posted command came to; the UI reads it on the next frame.
struct Outcome {
    uint64_t ticket = 0;
    bool ok = false;
    int64_t id = 0;     // the record created or changed
    std::string error;  // one line, when !ok
    std::string done;   // undo/redo: what was reversed, in words
    std::string command;  // command_name() of a posted command; "" for other posted work
    std::vector<FieldConflict> conflicts;
};

}  // namespace sw
