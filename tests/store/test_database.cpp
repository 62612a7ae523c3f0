#include "core/errors.hpp"
#include "store/database.hpp"
#include "store/goal_repository.hpp"
#include "store/migrations.hpp"
#include "support/files.hpp"
#include "support/temp_dir.hpp"

#include <SQLiteCpp/Statement.h>
#include <catch2/catch.hpp>

#include <fstream>
#include <sys/stat.h>

using sw::test::mode_of;
using sw::test::read_bytes;

using namespace sw;

namespace {
Goal sample_goal(const std::string& title = "Café — 5 km ✓") {
    Goal g;
    g.title = title;
    g.kind = GoalKind::numeric;
    g.unit = "km";
    g.baseline = 0;
    g.target = 5;
    g.start_date = *parse_iso_day("2026-11-01");
    g.due_date = *parse_iso_day("2027-01-31");
    return g;
}

bool table_exists(SQLite::Database& db, const std::string& name) {
    SQLite::Statement q(db, "SELECT count(*) FROM sqlite_master WHERE type='table' AND name=?");
    q.bind(1, name);
    q.executeStep();
    return q.getColumn(0).getInt() == 1;
}
}  // namespace

TEST_CASE("A fresh database has the latest schema and the expected pragmas", "[store]") {
    test::TempDir dir;
    Database db = Database::open(dir.file("fresh.db"));
    CHECK(db.schema_version() == latest_schema_version());
    CHECK(db.sql().execAndGet("PRAGMA foreign_keys").getInt() == 1);
    CHECK(db.sql().execAndGet("PRAGMA journal_mode").getString() == "wal");
    CHECK(db.sql().execAndGet("PRAGMA busy_timeout").getInt() == 5000);
    for (const char* t : {"goals", "steps", "step_completions", "checkins", "progress_entries", "settings"})
        CHECK(table_exists(db.sql(), t));
}

TEST_CASE("The database file and its WAL are private whatever the umask", "[store]") {
    test::TempDir dir;
    mode_t old = ::umask(0);
    {
        Database db = Database::open(dir.file("nested/dir/private.db"));
        db.write([&] {
            Goal g = sample_goal();
            insert_goal(db, g);
        });
        CHECK(mode_of(dir.file("nested/dir/private.db")) == 0600);
        CHECK(mode_of(dir.file("nested/dir/private.db-wal")) == 0600);
    }
    ::umask(old);
}

TEST_CASE("Every migration applies in order from version 0", "[store]") {
    test::TempDir dir;
    SQLite::Database raw(dir.file("steps.db"), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    CHECK(raw.execAndGet("PRAGMA user_version").getInt() == 0);
    for (int v = 1; v <= latest_schema_version(); ++v) {
        migrate_to(raw, v);
        CHECK(raw.execAndGet("PRAGMA user_version").getInt() == v);
    }
    CHECK(table_exists(raw, "goals"));
    CHECK(table_exists(raw, "progress_entries"));
}

TEST_CASE("Old goals are kept when later migrations run", "[store]") {
    test::TempDir dir;
    std::string path = dir.file("old.db");
    {
        SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        migrate_to(raw, 1);
        raw.exec("INSERT INTO goals (uuid, title, kind, start_date, due_date, created_at, updated_at) "
                 "VALUES ('11111111-1111-4111-8111-111111111111', 'Old goal', 'milestone', '2026-01-01', "
                 "'2026-06-01', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
    }
    Database db = Database::open(path);
    CHECK(db.schema_version() == latest_schema_version());
    auto goals = load_goals(db);
    REQUIRE(goals.size() == 1);
    CHECK(goals[0].title == "Old goal");
}

TEST_CASE("Version 8 makes recurring-only milestone goals habit goals and keeps every row that refers to goals", "[store]") {
    test::TempDir dir;
    std::string path = dir.file("v7.db");
    {
        SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        raw.exec("PRAGMA foreign_keys = ON");
        migrate_to(raw, 7);
        auto goal = [&](int id, const char* title, const char* kind) {
            raw.exec(std::string("INSERT INTO goals (id, uuid, title, kind, start_date, due_date, created_at, "
                                 "updated_at) VALUES (") + std::to_string(id) + ", '1111111" + std::to_string(id) +
                     "-1111-4111-8111-111111111111', '" + title + "', '" + kind +
                     "', '2026-01-01', '2026-06-01', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
        };
        auto step = [&](int id, int goal_id, const char* repeat, const char* status = "open") {
            raw.exec("INSERT INTO steps (id, uuid, goal_id, position, title, start_date, repeat, status, "
                     "created_at, updated_at) VALUES (" + std::to_string(id) + ", '2222222" + std::to_string(id) +
                     "-1111-4111-8111-111111111111', " + std::to_string(goal_id) + ", " + std::to_string(id) +
                     ", 'Step', '2026-01-01', '" + repeat + "', '" + status +
                     "', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
        };
        goal(1, "Meditate", "milestone");  // only habits: becomes a habit goal
        step(1, 1, "daily");
        step(2, 1, "", "dropped");         // a dropped one-off step does not count
        goal(2, "Write the book", "milestone");  // a one-off step too: stays
        step(3, 2, "daily");
        step(4, 2, "");
        goal(3, "No steps yet", "milestone");    // nothing to go by: stays
        goal(4, "Run", "numeric");
        raw.exec("UPDATE goals SET target = 10 WHERE id = 4");
        raw.exec("INSERT INTO step_completions (step_id, day, created_at) VALUES (1, '2026-01-02', "
                 "'2026-01-02T00:00:00Z')");
        raw.exec("INSERT INTO progress_entries (uuid, goal_id, date, value, created_at, updated_at) VALUES "
                 "('33333333-1111-4111-8111-111111111111', 4, '2026-01-03', 2.5, '2026-01-03T00:00:00Z', "
                 "'2026-01-03T00:00:00Z')");
    }
    Database db = Database::open(path);
    CHECK(db.schema_version() == latest_schema_version());
    auto goals = load_goals(db);
    REQUIRE(goals.size() == 4);
    CHECK(goals[0].kind == GoalKind::habit);
    CHECK(goals[0].target_rate == 0.8);
    CHECK(goals[1].kind == GoalKind::milestone);
    CHECK(goals[2].kind == GoalKind::milestone);
    CHECK(goals[3].kind == GoalKind::numeric);
    // Rebuilding the goals table cascaded into nothing.
    CHECK(db.sql().execAndGet("SELECT count(*) FROM steps").getInt() == 4);
    CHECK(db.sql().execAndGet("SELECT count(*) FROM step_completions").getInt() == 1);
    CHECK(db.sql().execAndGet("SELECT total FROM goal_entry_totals WHERE goal_id = 4").getDouble() == 2.5);
    CHECK(db.sql().execAndGet("SELECT value FROM settings WHERE key = 'notice.habit_goals'").getString() == R"(["Meditate"])");
    CHECK(db.sql().execAndGet("PRAGMA foreign_keys").getInt() == 1);
    // Deleting a goal still cascades to its steps: the references survived the rebuild.
    db.write([&] { delete_goal(db, 1); });
    CHECK(db.sql().execAndGet("SELECT count(*) FROM steps").getInt() == 2);
    CHECK(db.sql().execAndGet("SELECT count(*) FROM step_completions").getInt() == 0);
}

TEST_CASE("Version 8 on a database without recurring-only goals leaves no notice", "[store]") {
    Database db = Database::in_memory();
    CHECK(db.sql().execAndGet("SELECT count(*) FROM settings WHERE key = 'notice.habit_goals'").getInt() == 0);
}

TEST_CASE("A database from a newer Stepwise is refused and left untouched", "[store]") {
    test::TempDir dir;
    std::string path = dir.file("newer.db");
    {
        SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        migrate(raw);  // a newer Stepwise's file: this build's tables and more
        raw.exec("CREATE TABLE future (x)");
        raw.exec("PRAGMA user_version = " + std::to_string(latest_schema_version() + 5));
    }
    std::string before = read_bytes(path);
    try {
        Database::open(path);
        FAIL("a newer schema must be refused");
    } catch (const StoreError& e) {
        CHECK(std::string(e.what()).find("newer Stepwise") != std::string::npos);
    }
    CHECK(read_bytes(path) == before);
}

TEST_CASE("A file that is not SQLite is refused and never overwritten", "[store]") {
    test::TempDir dir;
    std::string path = dir.file("notes.txt");
    std::ofstream(path) << "my precious notes, definitely not a database\n";
    std::string before = read_bytes(path);
    CHECK_THROWS_WITH(Database::open(path), Catch::Contains("not a Stepwise database"));
    CHECK(read_bytes(path) == before);
}

TEST_CASE("A SQLite database of another program is refused", "[store]") {
    test::TempDir dir;
    std::string path = dir.file("other.sqlite");
    {
        SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        raw.exec("CREATE TABLE contacts (name TEXT)");
    }
    std::string before = read_bytes(path);
    CHECK_THROWS_WITH(Database::open(path), Catch::Contains("not a Stepwise one"));
    CHECK(read_bytes(path) == before);
}

TEST_CASE("UTF-8 text survives a round trip", "[store]") {
    Database db = Database::in_memory();
    Goal g = sample_goal("Café — 5 km ✓ 日本");
    g.description = "Ünïcödé “quotes” – dashes";
    db.write([&] { insert_goal(db, g); });
    auto loaded = find_goal(db, g.id);
    REQUIRE(loaded);
    CHECK(loaded->title == "Café — 5 km ✓ 日本");
    CHECK(loaded->description == "Ünïcödé “quotes” – dashes");
    CHECK(loaded->uuid.size() == 36);
}

TEST_CASE("A failing write rolls back everything in its transaction", "[store]") {
    Database db = Database::in_memory();
    CHECK_THROWS(db.write([&] {
        Goal ok = sample_goal("first");
        insert_goal(db, ok);
        Goal bad = sample_goal("   ");  // the CHECK constraint refuses a blank title
        insert_goal(db, bad);
    }));
    CHECK(load_goals(db).empty());
    // The connection is still usable afterwards.
    db.write([&] {
        Goal g = sample_goal("after");
        insert_goal(db, g);
    });
    CHECK(load_goals(db).size() == 1);
}

TEST_CASE("Goals update and delete by id; unknown ids are reported", "[store]") {
    Database db = Database::in_memory();
    Goal g = sample_goal();
    db.write([&] { insert_goal(db, g); });
    g.title = "Changed";
    db.write([&] { update_goal(db, g); });
    CHECK(find_goal(db, g.id)->title == "Changed");
    Goal ghost = sample_goal();
    ghost.id = 999;
    CHECK_THROWS_AS(db.write([&] { update_goal(db, ghost); }), NotFoundError);
    db.write([&] { delete_goal(db, g.id); });
    CHECK_FALSE(find_goal(db, g.id));
}

TEST_CASE("Version 9 adds sessions and questions, and steps keep their rows with no session", "[store]") {
    test::TempDir dir;
    std::string path = dir.file("v8.db");
    {
        SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        raw.exec("PRAGMA foreign_keys = ON");
        migrate_to(raw, 8);
        raw.exec("INSERT INTO goals (id, uuid, title, kind, start_date, due_date, created_at, updated_at) VALUES "
                 "(1, '11111111-1111-4111-8111-111111111111', 'Run', 'milestone', '2026-01-01', '2026-06-01', "
                 "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
        raw.exec("INSERT INTO steps (id, uuid, goal_id, position, title, start_date, created_at, updated_at) VALUES "
                 "(1, '22222222-1111-4111-8111-111111111111', 1, 1, 'Book the race', '2026-01-01', "
                 "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
    }
    Database db = Database::open(path);
    CHECK(db.schema_version() == 9);
    CHECK(table_exists(db.sql(), "sessions"));
    CHECK(table_exists(db.sql(), "questions"));
    CHECK(db.sql().execAndGet("SELECT count(*) FROM steps WHERE session_id IS NULL").getInt() == 1);
    // A session's commitments lose their link, never their rows, when it goes.
    db.sql().exec("INSERT INTO sessions (id, uuid, date, created_at, updated_at) VALUES (1, "
                  "'33333333-1111-4111-8111-111111111111', '2026-01-10', '2026-01-10T00:00:00Z', "
                  "'2026-01-10T00:00:00Z')");
    CHECK(db.sql().execAndGet("SELECT private FROM sessions WHERE id = 1").getInt() == 1);  // private by default
    db.sql().exec("UPDATE steps SET session_id = 1 WHERE id = 1");
    db.sql().exec("DELETE FROM sessions WHERE id = 1");
    CHECK(db.sql().execAndGet("SELECT count(*) FROM steps WHERE id = 1 AND session_id IS NULL").getInt() == 1);
    // The schema's own checks: the next session after this one, a question not empty.
    CHECK_THROWS(db.sql().exec("INSERT INTO sessions (uuid, date, next_date, created_at, updated_at) VALUES "
                               "('44444444-1111-4111-8111-111111111111', '2026-01-10', '2026-01-09', "
                               "'2026-01-10T00:00:00Z', '2026-01-10T00:00:00Z')"));
    CHECK_THROWS(db.sql().exec("INSERT INTO questions (uuid, text, asked_on, created_at, updated_at) VALUES "
                               "('55555555-1111-4111-8111-111111111111', '  ', '2026-01-10', "
                               "'2026-01-10T00:00:00Z', '2026-01-10T00:00:00Z')"));
}
