#include "store/migrations.hpp"

#include "store/database.hpp"

#include <SQLiteCpp/Statement.h>

#include <map>
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
        // Undo and redo look up which rows are already reversed.
        {6, R"sql(
CREATE INDEX journal_by_undoes ON journal (undoes);
)sql"},
        // Each goal's number of entries and their sum, kept by triggers in the
        // transaction that changes an entry: a command can show every goal's
        // progress without reading ten years of entries. An insert adds; a
        // delete or change sums the goal's entries again, so that rounding
        // never accumulates where values are taken away.
        {7, R"sql(
CREATE TABLE goal_entry_totals (
    goal_id     INTEGER PRIMARY KEY REFERENCES goals(id) ON DELETE CASCADE,
    entries     INTEGER NOT NULL,
    total       REAL NOT NULL
);
INSERT INTO goal_entry_totals (goal_id, entries, total)
    SELECT goal_id, count(*), sum(value) FROM progress_entries GROUP BY goal_id;
CREATE TRIGGER entry_totals_after_insert AFTER INSERT ON progress_entries BEGIN
    INSERT INTO goal_entry_totals (goal_id, entries, total) VALUES (NEW.goal_id, 1, NEW.value)
        ON CONFLICT (goal_id) DO UPDATE SET entries = entries + 1, total = total + excluded.total;
END;
CREATE TRIGGER entry_totals_after_delete AFTER DELETE ON progress_entries BEGIN
    UPDATE goal_entry_totals
       SET entries = (SELECT count(*) FROM progress_entries WHERE goal_id = OLD.goal_id),
           total = coalesce((SELECT sum(value) FROM progress_entries WHERE goal_id = OLD.goal_id), 0)
     WHERE goal_id = OLD.goal_id;
END;
CREATE TRIGGER entry_totals_after_update AFTER UPDATE OF goal_id, value ON progress_entries BEGIN
    UPDATE goal_entry_totals
       SET entries = (SELECT count(*) FROM progress_entries WHERE goal_id = OLD.goal_id),
           total = coalesce((SELECT sum(value) FROM progress_entries WHERE goal_id = OLD.goal_id), 0)
     WHERE goal_id = OLD.goal_id;
    INSERT INTO goal_entry_totals (goal_id, entries, total)
        SELECT NEW.goal_id, count(*), coalesce(sum(value), 0) FROM progress_entries WHERE goal_id = NEW.goal_id
        ON CONFLICT (goal_id) DO UPDATE SET entries = excluded.entries, total = excluded.total;
END;
)sql"},
        // The daily loop (DESIGN wave 2). Habit goals: goals.kind may be 'habit',
        // with target_rate; SQLite cannot widen a CHECK in place, so the goals
        // table is rebuilt (migrate_to turns foreign keys off around it, so the
        // rows that refer to goals stay as they are). A milestone goal made only
        // of recurring steps was a habit goal all along: it becomes one at 0.8,
        // and `notice.habit_goals` tells the window to say so once.
        // Also: skipped occurrences, a note on a completion, step reminders and
        // what was sent, and the weekly review's answer on the check-in.
        {8, R"sql(
CREATE TABLE goals_v8 (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL CHECK (kind IN ('numeric', 'milestone', 'habit')),
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
    updated_at  TEXT NOT NULL,
    target_rate REAL NOT NULL DEFAULT 0.8 CHECK (target_rate > 0 AND target_rate <= 1)
);
INSERT INTO goals_v8 (id, uuid, title, description, kind, unit, baseline, target, measure, confidence,
                      resources, obstacles, why, life_area, start_date, due_date, status, archived,
                      private, created_at, updated_at, target_rate)
    SELECT id, uuid, title, description, kind, unit, baseline, target, measure, confidence,
           resources, obstacles, why, life_area, start_date, due_date, status, archived,
           private, created_at, updated_at, 0.8 FROM goals;
DROP TABLE goals;
ALTER TABLE goals_v8 RENAME TO goals;
INSERT INTO settings (key, value)
    SELECT 'notice.habit_goals', json_group_array(title) FROM goals g
     WHERE kind = 'milestone'
       AND EXISTS (SELECT 1 FROM steps s WHERE s.goal_id = g.id AND s.repeat <> '' AND s.status <> 'dropped')
       AND NOT EXISTS (SELECT 1 FROM steps s WHERE s.goal_id = g.id AND s.repeat = '' AND s.status <> 'dropped')
    HAVING count(*) > 0;
UPDATE goals SET kind = 'habit'
 WHERE kind = 'milestone'
   AND EXISTS (SELECT 1 FROM steps s WHERE s.goal_id = goals.id AND s.repeat <> '' AND s.status <> 'dropped')
   AND NOT EXISTS (SELECT 1 FROM steps s WHERE s.goal_id = goals.id AND s.repeat = '' AND s.status <> 'dropped');
CREATE TABLE step_skips (
    step_id     INTEGER NOT NULL REFERENCES steps(id) ON DELETE CASCADE,
    day         TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (step_id, day)
) WITHOUT ROWID;
ALTER TABLE step_completions ADD COLUMN note TEXT NOT NULL DEFAULT '';
ALTER TABLE steps ADD COLUMN remind_at TEXT;
ALTER TABLE checkins ADD COLUMN next_week TEXT NOT NULL DEFAULT '';
CREATE TABLE sent_reminders (
    reminder    TEXT NOT NULL,
    day         TEXT NOT NULL,
    sent_at     TEXT NOT NULL,
    sent_by     TEXT NOT NULL CHECK (sent_by IN ('window', 'remind')),
    PRIMARY KEY (reminder, day)
) WITHOUT ROWID;
)sql"},
        // Coaching sessions, their commitments (steps linked to a session) and
        // the questions the client collects for the coach (DESIGN "Coaching session").
        {9, R"sql(
CREATE TABLE sessions (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    date        TEXT NOT NULL,
    notes       TEXT NOT NULL DEFAULT '',
    private     INTEGER NOT NULL DEFAULT 1 CHECK (private IN (0, 1)),
    next_date   TEXT CHECK (next_date IS NULL OR next_date > date),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX sessions_by_date ON sessions (date, id);
CREATE TABLE questions (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    text         TEXT NOT NULL CHECK (length(trim(text)) > 0),
    asked_on     TEXT NOT NULL,
    discussed_on TEXT CHECK (discussed_on IS NULL OR discussed_on >= asked_on),
    private      INTEGER NOT NULL DEFAULT 0 CHECK (private IN (0, 1)),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
ALTER TABLE steps ADD COLUMN session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL;
CREATE INDEX steps_by_session ON steps (session_id);
)sql"},
    };
    return all;
}

int user_version(SQLite::Database& db) {
    return db.execAndGet("PRAGMA user_version").getInt();
}

using Shape = std::map<std::string, std::vector<std::string>>;  // table → its columns, in order

std::vector<std::string> columns_of(SQLite::Database& db, const std::string& table) {
    std::vector<std::string> columns;
    SQLite::Statement q(db, "SELECT name FROM pragma_table_info(?) ORDER BY cid");
    q.bind(1, table);
    while (q.executeStep()) columns.push_back(q.getColumn(0).getString());
    return columns;
}

Shape shape_of(SQLite::Database& db) {
    Shape shape;
    SQLite::Statement q(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    while (q.executeStep()) shape[q.getColumn(0).getString()] = {};
    for (auto& [table, columns] : shape) columns = columns_of(db, table);
    return shape;
}

// What Stepwise itself created at `version`: the migrations replayed in memory.
Shape replayed_shape(int version) {
    SQLite::Database scratch(":memory:", SQLite::OPEN_READWRITE);
    for (const auto& m : migrations())
        if (m.version <= version) scratch.exec(m.sql);
    return shape_of(scratch);
}

// Every open checks the file against the latest shape (twice: before and after
// taking the write lock), so that one is replayed once per process. Immutable
// once built; a function-local static is initialised once even across threads.
Shape expected_shape(int version) {
    if (version != latest_schema_version()) return replayed_shape(version);
    static const Shape latest = replayed_shape(version);
    return latest;
}

std::string not_stepwise(const std::string& name, const std::string& why) {
    return name + " is not a Stepwise database (" + why + "); it was left untouched";
}

// Runs inside the caller's write transaction; a throw means the caller rolls back.
// True when it changed anything.
bool apply_pending(SQLite::Database& db, int current, int version) {
    bool applied = false;
    for (const auto& m : migrations()) {
        if (m.version <= current || m.version > version) continue;
        try {
            db.exec(m.sql);
            // PRAGMA cannot take bound parameters; the version is our own integer.
            db.exec("PRAGMA user_version = " + std::to_string(m.version));
            applied = true;
        } catch (const SQLite::Exception& e) {
            throw StoreError("upgrading the database to version " + std::to_string(m.version) +
                             " failed: " + e.what() + "; nothing was changed");
        }
    }
    return applied;
}

}  // namespace

int latest_schema_version() { return migrations().back().version; }

int checked_schema_version(SQLite::Database& db, const std::string& name) {
    int version = user_version(db);
    Shape found = shape_of(db);
    if (version < 0)
        throw StoreError(not_stepwise(name, "it says schema version " + std::to_string(version) +
                                                ", which Stepwise never writes"));
    if (version == 0) {
        if (!found.empty()) throw StoreError(name + " is a SQLite database but not a Stepwise one; it was left untouched");
        return 0;
    }
    if (version > latest_schema_version()) {
        // Every Stepwise schema has goals; a file without them only borrowed the pragma.
        if (!found.contains("goals"))
            throw StoreError(not_stepwise(name, "it says schema version " + std::to_string(version) +
                                                    " but has no goals table"));
        throw StoreError(name + " was written by a newer Stepwise (schema " + std::to_string(version) +
                         ", this build knows up to " + std::to_string(latest_schema_version()) +
                         "); it was left untouched — please update Stepwise");
    }
    // A version this build wrote: the tables must be the ones it created then.
    for (const auto& [table, columns] : expected_shape(version)) {
        auto it = found.find(table);
        if (it == found.end())
            throw StoreError(not_stepwise(name, "it says schema version " + std::to_string(version) +
                                                    " but has no " + table + " table"));
        if (it->second != columns)
            throw StoreError(not_stepwise(name, "its " + table + " table is not Stepwise's"));
    }
    return version;
}

void migrate_to(SQLite::Database& db, int version, const std::string& name) {
    // BEGIN IMMEDIATE waits out busy_timeout for the write lock. The version is
    // read only once it is held, so of many processes opening the same new or old
    // file at once, the first migrates and the others find nothing left to do.
    //
    // Foreign keys are off while migrating (SQLite's own recipe for rebuilding a
    // table, https://sqlite.org/lang_altertable.html): dropping the old goals
    // table must not cascade into steps and entries. The pragma cannot change
    // inside a transaction, and foreign_key_check proves nothing dangles before
    // the commit.
    bool enforced = db.execAndGet("PRAGMA foreign_keys").getInt() != 0;
    db.exec("PRAGMA foreign_keys = OFF");
    auto restore_enforcement = [&] {
        if (enforced) db.exec("PRAGMA foreign_keys = ON");
    };
    db.exec("BEGIN IMMEDIATE");
    try {
        bool applied = apply_pending(db, checked_schema_version(db, name), version);
        SQLite::Statement dangling(db, "PRAGMA foreign_key_check");
        if (applied && dangling.executeStep())
            throw StoreError("upgrading " + name + " found a " + dangling.getColumn(0).getString() +
                             " row that refers to a missing " + dangling.getColumn(2).getString() +
                             " row; nothing was changed");
        db.exec("COMMIT");
    } catch (...) {
        try {
            db.exec("ROLLBACK");
        } catch (const SQLite::Exception&) {
            // SQLite may already have rolled back (e.g. after SQLITE_FULL).
        }
        restore_enforcement();
        throw;
    }
    restore_enforcement();
}

void migrate(SQLite::Database& db, const std::string& name) { migrate_to(db, latest_schema_version(), name); }

}  // namespace sw
