#pragma once
// Coaching sessions (core/session.hpp). Callers wrap writes in Database::write();
// SQLite's errors arrive as StoreError (see goal_repository.hpp).
#include "core/session.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace sw {

// Fills id, uuid (if empty) and timestamps (if empty): the import and an undo
// keep the ones a session arrives with.
void insert_session(Database& db, Session& session);
void update_session(Database& db, Session& session);  // refreshes updated_at
// The import: every field of the session with this uuid, both timestamps
// included, as given. NotFoundError when no session has the uuid.
void overwrite_session_by_uuid(Database& db, const Session& session);
// Its commitments stay, no longer linked (steps.session_id ON DELETE SET NULL).
void delete_session(Database& db, int64_t id);
std::optional<Session> find_session(Database& db, int64_t id);
std::optional<Session> find_session_by_uuid(Database& db, const std::string& uuid);
std::vector<Session> load_sessions(Database& db);  // by date, then id

// The ids of the steps linked to the session (its commitments), by id.
std::vector<int64_t> commitment_ids(Database& db, int64_t session_id);
// Links the steps with these uuids that exist and are linked to no session to
// `session_id` (an undone session delete); returns how many it linked.
int relink_commitments(Database& db, int64_t session_id, const std::vector<std::string>& step_uuids);

}  // namespace sw
