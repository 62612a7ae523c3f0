#pragma once
#include "core/dates.hpp"
#include "core/progress_entry.hpp"
#include "store/database.hpp"

#include <optional>
#include <unordered_map>
#include <vector>

namespace sw {

// Callers wrap writes in Database::write(). SQLite's errors arrive as StoreError
// (see goal_repository.hpp). insert fills id, uuid (if empty) and timestamps (if
// empty): the import keeps the ones an entry arrives with.
void insert_entry(Database& db, ProgressEntry& entry);
void update_entry(Database& db, ProgressEntry& entry);  // refreshes updated_at
// The import: every field of the entry with this uuid, goal_id and both
// timestamps included, as given. NotFoundError when no entry has the uuid.
void overwrite_entry_by_uuid(Database& db, const ProgressEntry& entry);
void delete_entry(Database& db, int64_t id);
std::optional<ProgressEntry> find_entry(Database& db, int64_t id);
std::vector<ProgressEntry> load_entries(Database& db);                   // by goal, date, id
std::vector<ProgressEntry> load_entries_for_goal(Database& db, int64_t goal_id);  // by date, id

// What the app keeps in memory for hundreds of thousands of entries: id, goal,
// date, value and note only (uuid and timestamps stay empty; export and import
// read them with the loaders above). Grouped by goal, each sorted by date, id.
std::unordered_map<int64_t, std::vector<ProgressEntry>> load_entry_values(Database& db);
std::vector<ProgressEntry> load_entry_values_for_goal(Database& db, int64_t goal_id);

// A goal's entries as far as its progress on `day` needs them, read without
// reading them all: how many there are up to `day` and their sum (from the
// goal_entry_totals the triggers keep, less any dated after `day`), the newest
// one before `window_start`, and those from `window_start` to `day`.
struct EntryFacts {
    int count = 0;    // entries on or before the day
    double sum = 0;   // of their values
    std::optional<ProgressEntry> before_window;
    std::vector<ProgressEntry> window;  // by date, id; lean (as load_entry_values)
};
// For every goal that has entries; goals without any are absent.
std::unordered_map<int64_t, EntryFacts> load_entry_facts(Database& db, Day window_start, Day day);
EntryFacts load_entry_facts_for_goal(Database& db, int64_t goal_id, Day window_start, Day day);

}  // namespace sw
