#pragma once
// Checking a database file without ever writing to it: a damaged file is kept
// exactly as it is, so that nothing more is lost and it can still be rescued.
#include <SQLiteCpp/Database.h>

#include <memory>
#include <string>

namespace sw {

enum class CheckDepth {
    quick,  // PRAGMA quick_check: page structure, O(size); run on every open
    full,   // PRAGMA integrity_check: also indexes against tables; run on every backup
};

// "" when SQLite's check says "ok", else its first complaint. A file too damaged
// to be read at all (SQLITE_CORRUPT, SQLITE_NOTADB) is a complaint too; any other
// error (permissions, I/O, busy) is thrown as SQLite::Exception.
std::string integrity_problem(SQLite::Database& db, CheckDepth depth);

// Opens `path` read-only and without the checkpoint SQLite would otherwise run
// when the last connection to a WAL database closes: inspecting never writes.
std::unique_ptr<SQLite::Database> open_read_only(const std::string& path);

// The full check on a file, read-only; false also when it cannot be opened.
bool passes_integrity_check(const std::string& path);

// quick_check on `path` (read-only). Throws DamagedDatabaseError when it fails:
// "<path> is damaged (<problem>); it was left untouched. Newest good backup: <file>"
// (or "… no good backup was found in <backup_dir>").
void require_intact(const std::string& path, const std::string& backup_dir);

// Puts a good backup in place of a damaged database: the damaged file (and its
// -wal/-shm) is renamed aside, never deleted, and the backup is copied with the
// online backup API after passing a full check. Returns where the damaged file went.
std::string restore_backup(const std::string& backup_path, const std::string& db_path);

}  // namespace sw
