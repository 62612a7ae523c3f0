#pragma once
#include <SQLiteCpp/Database.h>

#include <string>

namespace sw {

// The schema version this build writes; files above it are refused.
int latest_schema_version();

// The file's PRAGMA user_version once the file is known to be Stepwise's.
// Throws StoreError, starting with `name`, for a SQLite file of another program
// (a negative version, tables where version 0 has none, tables missing or shaped
// unlike those this build created at that version) and for a newer Stepwise.
int checked_schema_version(SQLite::Database& db, const std::string& name);

// In one BEGIN IMMEDIATE transaction (waiting up to busy_timeout for the lock):
// checked_schema_version(), then every migration above it up to `version`. A
// failed migration rolls all of them back: "upgrading the database to version N
// failed: …; nothing was changed". Forward-only.
void migrate_to(SQLite::Database& db, int version, const std::string& name = "the database");
void migrate(SQLite::Database& db, const std::string& name = "the database");

}  // namespace sw
