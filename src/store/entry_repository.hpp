#pragma once
#include "core/progress_entry.hpp"
#include "store/database.hpp"

#include <optional>
#include <vector>

namespace sw {

// Callers wrap writes in Database::write().
void insert_entry(Database& db, ProgressEntry& entry);
void update_entry(Database& db, ProgressEntry& entry);
void delete_entry(Database& db, int64_t id);
std::optional<ProgressEntry> find_entry(Database& db, int64_t id);
std::vector<ProgressEntry> load_entries(Database& db);                   // by goal, date, id
std::vector<ProgressEntry> load_entries_for_goal(Database& db, int64_t goal_id);  // by date, id

}  // namespace sw
