#pragma once
#include "core/goal.hpp"
#include "store/database.hpp"

#include <optional>
#include <vector>

namespace sw {

// Callers wrap writes in Database::write(); these functions never open transactions.
// SQLite's errors arrive as StoreError (RecordRefusedError, store/store_errors.hpp,
// for a record the schema refuses; DamagedDatabaseError for a damaged file).
// insert fills id, uuid (if empty) and timestamps (if empty): the import keeps
// the ones a record arrives with.
void insert_goal(Database& db, Goal& goal);
void update_goal(Database& db, Goal& goal);  // refreshes updated_at
void delete_goal(Database& db, int64_t id);  // steps, completions, entries cascade
std::optional<Goal> find_goal(Database& db, int64_t id);
std::vector<Goal> load_goals(Database& db);  // ordered by id
// The import: every field of the goal with this uuid, created_at and updated_at
// included, as given. NotFoundError when no goal has the uuid.
void overwrite_goal_by_uuid(Database& db, const Goal& goal);

}  // namespace sw
