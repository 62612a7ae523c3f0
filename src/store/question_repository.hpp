#pragma once
// Questions for the coach (core/session.hpp). Callers wrap writes in
// Database::write(); SQLite's errors arrive as StoreError.
#include "core/session.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace sw {

// Fills id, uuid (if empty) and timestamps (if empty), as insert_session.
void insert_question(Database& db, Question& question);
void update_question(Database& db, Question& question);  // refreshes updated_at
// The import: every field of the question with this uuid, as given.
void overwrite_question_by_uuid(Database& db, const Question& question);
void delete_question(Database& db, int64_t id);
std::optional<Question> find_question(Database& db, int64_t id);
std::optional<Question> find_question_by_uuid(Database& db, const std::string& uuid);
std::vector<Question> load_questions(Database& db);  // by asked_on, then id

}  // namespace sw
