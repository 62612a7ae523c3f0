#pragma once
// Files from the tools people leave — Loop Habit Tracker (its SQLite backup or
// its CSV export) and Taskwarrior (`task export`) — read into a Stepwise export
// document (the shape `stepwise export` writes, app/portable.hpp), which
// import_all() then merges like any other: validated first, one transaction, by
// UUID. Each record's UUID is stable_uuid() of its identity in the source
// ("loop:habit:<uuid>", "taskwarrior:task:<uuid>") and its timestamps come from
// the source, never from the clock, so importing the same file again adds
// nothing and a newer file adds only what is new.
#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sw {

struct ForeignImport {
    std::string format;       // "loop", "loop-csv" or "taskwarrior"
    std::string description;  // "Loop Habit Tracker backup (database version 22)"
    nlohmann::json document;  // see export_document_skeleton()
    // Every mapping choice that loses structure, one line each, e.g. "habit
    // 'Read': 3 times in 10 days has no exact Stepwise repeat; it became 2 times
    // a week". Nothing is dropped silently: what is left out goes to `skipped`.
    std::vector<std::string> losses;
    std::vector<std::string> skipped;  // "task 'Buy milk': deleted in Taskwarrior"
};

// Called as records are read, with the share done (0 to 1); may be empty.
using ImportProgress = std::function<void(double fraction)>;

enum class ImportFormat { stepwise, loop, loop_csv, taskwarrior };

// "stepwise", "loop", "loop-csv", "taskwarrior"; nullopt for anything else.
std::optional<ImportFormat> parse_import_format(std::string_view name);
std::string_view to_string(ImportFormat format);

// What the file is, from its content: a SQLite file is a Loop backup, a folder
// (or a Habits.csv) Loop's CSV export, a JSON array Taskwarrior's export, a JSON
// object with "format": "stepwise-export" Stepwise's own. InputError (one line)
// when it is none of them or cannot be read.
ImportFormat detect_import_format(const std::string& path);

// An empty Stepwise export document, version 2: format, version, exported_at
// and generator set, every record array empty, settings {}. The readers below
// fill it with records made by app/records.hpp (goal_record, step_record,
// completion_record, skip_record, entry_record).
nlohmann::json export_document_skeleton(const std::string& exported_at);

// Each throws InputError with one line naming what is wrong ("Habits.csv line
// 4: 5 fields, expected 7"; "not a Loop Habit Tracker backup: no Habits
// table"); nothing has been written when they throw.
ForeignImport read_loop_backup(const std::string& path, const ImportProgress& progress);        // import_loop.cpp
ForeignImport read_loop_csv(const std::string& path, const ImportProgress& progress);           // import_loop_csv.cpp
ForeignImport read_taskwarrior_export(const std::string& path, const ImportProgress& progress);  // import_taskwarrior.cpp

}  // namespace sw
