#pragma once
// Checking a database file without ever writing to it: a damaged file is kept
// exactly as it is, so that nothing more is lost and it can still be rescued.
// The one exception is index-only damage, which repair_indexes() rebuilds in
// place after keeping a copy of the damaged file.
#include <SQLiteCpp/Database.h>

#include <atomic>
#include <memory>
#include <optional>
#include <string>

namespace sw {

enum class CheckDepth {
    quick,  // PRAGMA quick_check: page structure only; misses index/table mismatches
    full,   // PRAGMA integrity_check: also every index against its table
};

// "" when SQLite's check says "ok", else its first complaint. A file too damaged
// to be read at all (SQLITE_CORRUPT, SQLITE_NOTADB) is a complaint too; any other
// error (permissions, I/O, busy) is thrown as SQLite::Exception.
std::string integrity_problem(SQLite::Database& db, CheckDepth depth);

// What is wrong with a file: the first complaint, and whether every complaint
// is about an index (REINDEX rebuilds indexes from their tables, losing nothing).
struct Damage {
    std::string problem;  // one line; names tables, rows and columns, never stored bytes
    bool index_only = false;
};

// The full integrity_check, then every stored date and repeat rule must be
// readable ("goals row 3 has an unreadable start_date"). nullopt when intact.
// A full check of the 43 MB benchmark database costs about 250 ms (quick_check
// alone about 60 ms): it runs once a day (store/maintenance.hpp), before a
// migration, a repair and a restore, never in the way of an answer.
std::optional<Damage> find_damage(SQLite::Database& db);

// What every open checks, in a fraction of a millisecond whatever the file's
// size: the pages and indexes of the tables that stay small (goals, check-ins,
// settings) and their stored values. The ones that grow (steps, entries,
// completions, the journal) wait for the daily full check; SQLite still refuses
// a damaged page whenever a command reads one (SQLITE_CORRUPT).
std::optional<Damage> find_damage_on_open(SQLite::Database& db);

// Damage a full check found is remembered beside the backups (with the file's
// identity), so that every later open of that same file refuses it without
// checking again, until a repair or restore (or a full check that passes)
// forgets it. A file put in its place by hand is a new file and is not refused.
void remember_damage(const std::string& db_path, const std::string& backup_dir, const Damage& damage);
std::optional<Damage> remembered_damage(const std::string& db_path, const std::string& backup_dir);
void forget_damage(const std::string& backup_dir);

// Opens `path` read-only and without the checkpoint SQLite would otherwise run
// when the last connection to a WAL database closes: inspecting never writes.
// In a folder nobody can write to (where SQLite could not create the -shm a WAL
// file needs) the file is read as immutable, unless a -wal is there to replay.
// With `cancel`, a statement on it stops soon after *cancel becomes true
// (SQLITE_INTERRUPT): a window closing need not wait for a check to finish.
std::unique_ptr<SQLite::Database> open_read_only(const std::string& path,
                                                 const std::atomic<bool>* cancel = nullptr);

// The full check on a file, read-only; false also when it cannot be opened.
bool passes_integrity_check(const std::string& path);

enum class CheckScope {
    on_open,  // find_damage_on_open(), and any damage remembered for this file
    full,     // find_damage(): what it finds is remembered, a pass forgets old damage
};

// Checks `path` (read-only). Throws DamagedDatabaseError when it fails:
// "<path> is damaged (<problem>); it was left untouched. Newest good backup: <file>"
// (or "… no good backup was found in <backup_dir>"); `repairable` when index-only.
void require_intact(const std::string& path, const std::string& backup_dir, CheckScope scope = CheckScope::full,
                    const std::atomic<bool>* cancel = nullptr);

// Where a damaged file is kept: "<db>.damaged-YYYYMMDD-HHMMSS" (UTC), not yet taken.
std::string damaged_copy_name(const std::string& db_path);

// Puts a good backup in place of a damaged database: the damaged file (and its
// -wal/-shm) is renamed aside, never deleted, and the backup is copied with the
// online backup API after passing a full check. Returns where the damaged file went.
std::string restore_backup(const std::string& backup_path, const std::string& db_path);

struct RepairOutcome {
    bool was_intact = false;  // nothing was wrong, nothing was written
    std::string kept_copy;    // the damaged file as it was (with its -wal), 0600
};

// `stepwise repair` and the recovery window's Repair button. An intact file is
// left alone. Index-only damage: the file (and its -wal) is copied aside first,
// then REINDEX and a full check run in one write transaction that is committed
// only when the check passes. Anything else throws DamagedDatabaseError naming
// the newest good backup in `backup_dir` ("" = backup_dir_for(db_path)), the file untouched.
RepairOutcome repair_indexes(const std::string& db_path, const std::string& backup_dir = "");

}  // namespace sw
