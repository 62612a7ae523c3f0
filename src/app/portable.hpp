#pragma once
// Full export and merge-import of everything the client has, for moving to a new
// machine and for restoring. The file is JSON:
//
//   { "format": "stepwise-export", "version": 1, "exported_at": "2026-11-26T18:40:00Z",
//     "generator": "stepwise 0.1.0",
//     "goals":       [ {uuid, title, …, start_date, due_date, status, archived, private,
//                       created_at, updated_at} ],
//     "steps":       [ {uuid, goal_uuid, position, title, …, repeat (null = one-off)} ],
//     "completions": [ {step_uuid, date} ],            // recurring steps' occurrences
//     "entries":     [ {uuid, goal_uuid, date, value, note, created_at, updated_at} ],
//     "checkins":    [ {uuid, date, mood, confidence, win, obstacle, next_step, note, …} ],
//     "settings":    { "key": "value" },
//     "sessions":    [ {uuid, date, next_date, notes, private, created_at, updated_at} ],
//     "questions":   [ {uuid, text, asked_on, discussed_on, private, created_at, updated_at} ] }
// A step that is a session's commitment names it by "session_uuid".
//
// Each record is in its one encoding (app/records.hpp). Integer ids belong to one
// database and are not exported; records refer to each other by uuid. "status"
// of a goal is its lifecycle (active, paused, …).
//
// Three parts: the export writer (portable_write.cpp), the import reader that
// parses and validates a file (portable_read.hpp), and the merge policy that
// decides what an import does with each record (portable_merge.cpp).
#include "app/app.hpp"

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

namespace sw {

inline constexpr const char* kExportFormat = "stepwise-export";
// 2: skipped days, notes on ticks, habit goals, reminders, coaching sessions and
// questions. Version 1 files are read too.
inline constexpr int kExportVersion = 2;
inline constexpr int kOldestExportVersion = 1;

// The whole export as a document (reads entries in full from the store).
nlohmann::json export_all(App& app, const std::string& exported_at = now_utc_iso());

// The same, as the text export_all(...).dump(2) would be, written record by
// record without building the document: ten times less memory traffic for the
// `export` command. `counts` says how many of each it wrote.
struct ExportCounts {
    size_t goals = 0, steps = 0, entries = 0, checkins = 0, sessions = 0, questions = 0;
};
std::string export_text(App& app, ExportCounts& counts, const std::string& exported_at = now_utc_iso());

// A record present on both sides with different content.
struct ImportConflict {
    std::string path;    // where it is in the file: "goals[3]"
    std::string record;  // "goal 'Run 5k' (uuid …)"
    bool took_file = false;  // the file's version was newer; otherwise the local one stayed
};

struct ImportReport {
    int added = 0;
    int skipped = 0;  // identical to what the database already holds
    std::vector<ImportConflict> conflicts;
    std::map<std::string, int> added_by_kind;  // "goals" -> 3, "completions" -> 1200 (the file's arrays)
    bool dry_run = false;                      // counted in a transaction that was rolled back

    int taken_from_file() const;
    std::string summary() const;  // "5 added, 2 unchanged, 1 conflict resolved (1 from the file, 0 kept local)"
};

// Merges an export into the app's database by uuid, in one transaction:
// - a record whose uuid is new is added (references resolved by uuid, to the file
//   or to the database);
// - one identical apart from updated_at is skipped;
// - one with different content is a conflict, won by the newer updated_at (a tie
//   keeps the local record). Check-ins are also matched by day (one per day), and
//   the winner's uuid is kept, so two machines converge. Settings have no
//   timestamps: on a conflict the local value stays. Completions are a set: the
//   file's are added, none are removed.
// Every field is validated first; a bad one throws InputError naming it
// ("goals[3].due_date: not a valid date '2027-02-30'") and nothing changes.
// Reloads the app's records afterwards.
// With `dry_run`, everything is done and counted in the transaction, which is
// then rolled back: the report says what a real run would do, nothing changes.
ImportReport import_all(App& app, const nlohmann::json& doc, bool dry_run = false);

}  // namespace sw
