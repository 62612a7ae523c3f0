#include "store/migrations.hpp"

#include "store/database.hpp"

#include <string>
#include <vector>

namespace sw {
namespace {

struct Migration {
    int version;
    const char* sql;
};

// Ordered and forward-only: never edit a shipped entry, append a new one.
const std::vector<Migration>& migrations() {
    static const std::vector<Migration> all = {
        {1, R"sql(
CREATE TABLE goals (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL CHECK (kind IN ('numeric', 'milestone')),
    unit        TEXT NOT NULL DEFAULT '',
    baseline    REAL NOT NULL DEFAULT 0,
    target      REAL NOT NULL DEFAULT 0,
    measure     TEXT NOT NULL DEFAULT 'level' CHECK (measure IN ('level', 'total')),
    confidence  INTEGER NOT NULL DEFAULT 7,
    resources   TEXT NOT NULL DEFAULT '',
    obstacles   TEXT NOT NULL DEFAULT '',
    why         TEXT NOT NULL DEFAULT '',
    life_area   TEXT NOT NULL DEFAULT 'other',
    start_date  TEXT NOT NULL,
    due_date    TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'active'
                CHECK (status IN ('active', 'paused', 'achieved', 'abandoned')),
    archived    INTEGER NOT NULL DEFAULT 0,
    private     INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
)sql"},
        {2, R"sql(
CREATE TABLE steps (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    goal_id     INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    notes       TEXT NOT NULL DEFAULT '',
    due_date    TEXT,
    start_date  TEXT NOT NULL,
    repeat      TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
    done_date   TEXT,
    if_text     TEXT NOT NULL DEFAULT '',
    then_text   TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX steps_by_goal ON steps (goal_id, position);
CREATE TABLE step_completions (
    step_id     INTEGER NOT NULL REFERENCES steps(id) ON DELETE CASCADE,
    day         TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (step_id, day)
) WITHOUT ROWID;
CREATE TABLE checkins (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    date        TEXT NOT NULL UNIQUE,
    mood        INTEGER CHECK (mood BETWEEN 1 AND 5),
    confidence  INTEGER CHECK (confidence BETWEEN 1 AND 10),
    win         TEXT NOT NULL DEFAULT '',
    obstacle    TEXT NOT NULL DEFAULT '',
    next_step   TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
)sql"},
        {3, R"sql(
CREATE TABLE progress_entries (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    goal_id     INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
    date        TEXT NOT NULL,
    value       REAL NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX entries_by_goal ON progress_entries (goal_id, date, id);
)sql"},
        {4, R"sql(
CREATE TABLE settings (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL
);
)sql"},
        // The change journal (DESIGN "Change journal"): one row per applied command,
        // written in the command's transaction. `undoes` names the row an undo or
        // redo reverses, so the journal itself says what can be undone next.
        {5, R"sql(
CREATE TABLE journal (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    origin      TEXT NOT NULL CHECK (origin IN ('window', 'cli', 'import')),
    command     TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_uuid TEXT NOT NULL DEFAULT '',
    before      TEXT,
    after       TEXT,
    undoes      INTEGER REFERENCES journal(id)
);
CREATE INDEX journal_by_entity ON journal (entity_uuid, id);
)sql"},
    };
    return all;
}

int user_version(SQLite::Database& db) {
    return db.execAndGet("PRAGMA user_version").getInt();
}

}  // namespace

int latest_schema_version() { return migrations().back().version; }

void refuse_newer_schema(SQLite::Database& db) {
    int current = user_version(db);
    if (current > latest_schema_version())
        throw StoreError("this database was written by a newer Stepwise (schema " +
                         std::to_string(current) + ", this build knows up to " +
                         std::to_string(latest_schema_version()) +
                         "); it was left untouched — please update Stepwise");
}

void migrate_to(SQLite::Database& db, int version) {
    refuse_newer_schema(db);
    int current = user_version(db);
    for (const auto& m : migrations()) {
        if (m.version <= current || m.version > version) continue;
        db.exec("BEGIN IMMEDIATE");
        try {
            db.exec(m.sql);
            // PRAGMA cannot take bound parameters; the version is our own integer.
            db.exec("PRAGMA user_version = " + std::to_string(m.version));
            db.exec("COMMIT");
        } catch (...) {
            db.exec("ROLLBACK");
            throw;
        }
    }
}

void migrate(SQLite::Database& db) { migrate_to(db, latest_schema_version()); }

}  // namespace sw
