#pragma once
#include <SQLiteCpp/Database.h>

namespace sw {

// The schema version this build writes; files above it are refused.
int latest_schema_version();

// Throws StoreError when the file's schema is newer than this build knows.
void refuse_newer_schema(SQLite::Database& db);

// Applies every migration above the file's PRAGMA user_version, each in its own
// transaction together with its version bump. Forward-only.
void migrate(SQLite::Database& db);

// Migrate only up to `version` (tests walk every step from 0).
void migrate_to(SQLite::Database& db, int version);

}  // namespace sw
