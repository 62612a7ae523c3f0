#pragma once
// Reading a database file's bytes without dropping this process's locks on it.
//
// POSIX: closing any descriptor of a file releases every fcntl lock the process
// holds on that file. A plain open()/read()/close() of a database that this
// process also has open in SQLite silently drops that connection's SHARED lock;
// another process closing its last connection then checkpoints and deletes the
// WAL under it, and the commits this process makes next go into a deleted file
// (https://sqlite.org/howtocorrupt.html, section 2.2). Sixteen processes adding
// a goal to one new file lost one goal in twelve runs that way. SQLite's own
// file layer keeps such a descriptor open until the locks are gone, so every
// read of a database file goes through it.
#include <SQLiteCpp/Database.h>

#include <cstddef>
#include <string>

namespace sw {

// The first n bytes of the file (fewer when it is shorter), read through
// SQLite's file layer. Throws StoreError when the file cannot be read.
std::string read_database_start(const std::string& path, std::size_t n);

// A byte copy of db's main file as it is on disk, written to `to` (created 0600,
// must not exist yet). The caller holds whatever lock makes that state
// consistent (repair_indexes: the write lock).
void copy_database_bytes(SQLite::Database& db, const std::string& to);

// "file:/abs/path?immutable=1" (percent-encoded): opened with OPEN_URI, SQLite
// reads the file as it is, takes no locks and neither looks for nor creates a
// -wal or -shm beside it. For files nobody writes: a backup in a read-only
// folder, another app's file being imported.
std::string immutable_file_uri(const std::string& path);

}  // namespace sw
