#pragma once
#include "core/journal.hpp"
#include "store/database.hpp"

#include <optional>
#include <vector>

namespace sw {

// Callers wrap writes in Database::write(): a journal row is written in the
// transaction of the change it records. Fills row.id.
void append_journal(Database& db, JournalRow& row);
// The newest `limit` rows, newest first.
std::vector<JournalRow> load_journal(Database& db, int limit);
// Every row about one record, oldest first (a goal's history).
std::vector<JournalRow> journal_of(Database& db, const std::string& entity_uuid);
std::optional<JournalRow> journal_row(Database& db, int64_t id);
// The rows that changed a goal (entity "goal", before and after both present:
// no creates or deletes) with an id above `after_id`, oldest first. The window
// keeps them in memory for the goals' histories; after a change it reads only
// the new rows (the journal only grows).
std::vector<JournalRow> load_goal_journal(Database& db, int64_t after_id = 0);

// Undo and redo read the journal as two stacks (commands "undo…"/"redo…" name
// what reverses what, `undoes` the row reversed):
// - what undo reverses next: the newest row that is not an undo and has not been
//   reversed yet;
// - what redo reverses next: the newest undo not reversed yet, provided nothing
//   but undos and redos happened after it (a new change clears the redo stack).
std::optional<int64_t> next_to_undo(Database& db);
std::optional<int64_t> next_to_redo(Database& db);

// The record with this uuid, for undo (ids are local; uuids are what the journal keeps).
enum class RecordTable { goals, steps, progress_entries };
std::optional<int64_t> id_of_uuid(Database& db, RecordTable table, const std::string& uuid);

}  // namespace sw
