#pragma once
#include "core/journal.hpp"
#include "store/database.hpp"

#include <vector>

namespace sw {

// Callers wrap writes in Database::write(): a journal row is written in the
// transaction of the change it records. Fills row.id.
void append_journal(Database& db, JournalRow& row);
// The newest `limit` rows, newest first.
std::vector<JournalRow> load_journal(Database& db, int limit);
// Every row about one record, oldest first (a goal's history).
std::vector<JournalRow> journal_of(Database& db, const std::string& entity_uuid);

}  // namespace sw
