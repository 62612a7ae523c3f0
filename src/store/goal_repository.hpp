#pragma once
#include "core/goal.hpp"
#include "store/database.hpp"

#include <optional>
#include <vector>

namespace sw {

// Callers wrap writes in Database::write(); these functions never open transactions.
// insert fills id, uuid (if empty) and timestamps (if empty).
void insert_goal(Database& db, Goal& goal);
void update_goal(Database& db, Goal& goal);  // refreshes updated_at
void delete_goal(Database& db, int64_t id);  // steps, completions, entries cascade
std::optional<Goal> find_goal(Database& db, int64_t id);
std::vector<Goal> load_goals(Database& db);  // ordered by id

}  // namespace sw
