// Many processes opening one new or old file at once: the first migrates under
// the write lock, the others wait and find nothing left to do.
#include "store/damage_support.hpp"
#include "store/migrations.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

using namespace sw;
using namespace sw::test;

namespace {

constexpr int kProcesses = 16;

// Starts kProcesses `goal add` commands on `db` at once; returns how many exited 0.
int add_goals_at_once(const TempDir& dir, const std::string& db) {
    std::string script;
    for (int i = 0; i < kProcesses; ++i) {
        std::string n = std::to_string(i);
        script += "( " + shell_quote(STEPWISE_BIN) + " --db " + shell_quote(db) + " goal add --title 'Goal " + n +
                  "' --due 2027-06-01 >/dev/null 2>" + shell_quote(dir.file("err." + n)) + "; echo $? > " +
                  shell_quote(dir.file("code." + n)) + " ) &\n";
    }
    script += "wait\n";
    REQUIRE(std::system(script.c_str()) == 0);
    int ok = 0;
    for (int i = 0; i < kProcesses; ++i) {
        std::string code = read_bytes(dir.file("code." + std::to_string(i)));
        INFO("process " << i << ": " << read_bytes(dir.file("err." + std::to_string(i))));
        CHECK(code == "0\n");
        ok += code == "0\n";
    }
    return ok;
}

int goals_in(const std::string& db) {
    SQLite::Database raw(db, SQLite::OPEN_READONLY);
    return raw.execAndGet("SELECT count(*) FROM goals").getInt();
}

}  // namespace

TEST_CASE("Sixteen processes creating one new database at once all succeed", "[store][concurrency]") {
    TempDir dir;
    std::string db = dir.file("new/s.db");
    CHECK(add_goals_at_once(dir, db) == kProcesses);
    CHECK(goals_in(db) == kProcesses);
    SQLite::Database raw(db, SQLite::OPEN_READONLY);
    CHECK(raw.execAndGet("PRAGMA user_version").getInt() == latest_schema_version());
    CHECK(raw.execAndGet("PRAGMA journal_mode").getString() == "wal");
}

TEST_CASE("Sixteen processes upgrading one old database at once all succeed", "[store][concurrency]") {
    TempDir dir;
    std::string db = dir.file("old.db");
    {
        SQLite::Database raw(db, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        migrate_to(raw, 2);  // an older Stepwise's file, still in rollback-journal mode
        raw.exec("INSERT INTO goals (uuid, title, kind, start_date, due_date, created_at, updated_at) VALUES "
                 "('11111111-1111-4111-8111-111111111111', 'Old goal', 'milestone', '2026-01-01', '2026-12-31', "
                 "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
    }
    CHECK(add_goals_at_once(dir, db) == kProcesses);
    CHECK(goals_in(db) == kProcesses + 1);
    SQLite::Database raw(db, SQLite::OPEN_READONLY);
    CHECK(raw.execAndGet("PRAGMA user_version").getInt() == latest_schema_version());
    CHECK(raw.execAndGet("SELECT title FROM goals WHERE id = 1").getString() == "Old goal");
}

TEST_CASE("A migration that fails leaves the file exactly as it was", "[store]") {
    TempDir dir;
    std::string db = dir.file("old.db");
    {
        SQLite::Database raw(db, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        migrate_to(raw, 2);
        // Version 3 creates progress_entries: a file that already has one (say, a
        // hand-made copy) makes that migration fail after version 3's own changes began.
        raw.exec("CREATE TABLE progress_entries (x)");
    }
    std::string before = read_bytes(db);
    try {
        Database::open(db);
        FAIL("the migration should have failed");
    } catch (const StoreError& e) {
        std::string msg = e.what();
        CHECK(msg.find("upgrading the database to version 3 failed") != std::string::npos);
        CHECK(msg.find("nothing was changed") != std::string::npos);
    }
    CHECK(read_bytes(db) == before);
    SQLite::Database raw(db, SQLite::OPEN_READONLY);
    CHECK(raw.execAndGet("PRAGMA user_version").getInt() == 2);
}

TEST_CASE("All pending migrations are applied in one transaction", "[store]") {
    TempDir dir;
    std::string db = dir.file("old.db");
    {
        SQLite::Database raw(db, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        migrate_to(raw, 1);
        // Version 5 (the journal) cannot be created: versions 2-4 must not stay behind.
        raw.exec("CREATE TABLE journal (x)");
    }
    CHECK_THROWS_WITH(Database::open(db), Catch::Contains("upgrading the database to version 5 failed"));
    SQLite::Database raw(db, SQLite::OPEN_READONLY);
    CHECK(raw.execAndGet("PRAGMA user_version").getInt() == 1);
    CHECK(raw.execAndGet("SELECT count(*) FROM sqlite_master WHERE name = 'steps'").getInt() == 0);
}
