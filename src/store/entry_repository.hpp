#pragma once
#include "core/progress_entry.hpp"
#include "store/database.hpp"

#include <optional>
#include <unordered_map>
#include <vector>

namespace sw {

// Callers wrap writes in Database::write().
void insert_entry(Database& db, ProgressEntry& entry);
void update_entry(Database& db, ProgressEntry& entry);
void delete_entry(Database& db, int64_t id);
std::optional<ProgressEntry> find_entry(Database& db, int64_t id);
std::vector<ProgressEntry> load_entries(Database& db);                   // by goal, date, id
std::vector<ProgressEntry> load_entries_for_goal(Database& db, int64_t goal_id);  // by date, id

// What the app keeps in memory for hundreds of thousands of entries: id, goal,
// date, value and note only (uuid and timestamps stay empty; export and import
// read them with the loaders above). Grouped by goal, each sorted by date, id.
std::unordered_map<int64_t, std::vector<ProgressEntry>> load_entry_values(Database& db);
std::vector<ProgressEntry> load_entry_values_for_goal(Database& db, int64_t goal_id);

}  // namespace sw
