// A value the app cannot read (a hand-edited date, a foreign status) means the
// file is damaged: refused before loading (goals and check-ins on every open;
// steps, entries and completions by the daily full check), named by table, row
// and column, and never quoted — its bytes could be anything, terminal escapes included.
#include "store/backup.hpp"
#include "store/damage_support.hpp"
#include "store/integrity.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace sw;
using namespace sw::test;

namespace {
void raw_exec(const std::string& path, const std::string& sql) {
    SQLite::Database raw(path, SQLite::OPEN_READWRITE);
    raw.exec(sql);
}

DamagedDatabaseError open_error(const std::string& path) {
    try {
        Database::open(path);
    } catch (const DamagedDatabaseError& e) {
        return e;
    }
    FAIL("the file was opened");
    throw;
}

DamagedDatabaseError full_check_error(const std::string& path) {
    try {
        require_intact(path, backup_dir_for(path), CheckScope::full);
    } catch (const DamagedDatabaseError& e) {
        return e;
    }
    FAIL("the file passed the full check");
    throw;
}
}  // namespace

TEST_CASE("An unreadable date says which row is damaged, names the backup and quotes nothing", "[store][damage]") {
    TempDir dir;
    std::string path = dir.file("s.db");
    make_goal_with_entries(path, 3);
    auto backup = auto_backup(path, backup_dir_for(path), *parse_iso_day("2026-11-26"));
    REQUIRE(backup);
    raw_exec(path, "UPDATE goals SET start_date = 'x' || char(27) || '[31mEVIL' WHERE id = 1");
    std::string before = read_bytes(path);

    DamagedDatabaseError e = open_error(path);
    std::string msg = e.what();
    CHECK(msg.find(path + " is damaged (goals row 1 has an unreadable start_date)") != std::string::npos);
    CHECK(msg.find("Newest good backup: " + *backup) != std::string::npos);
    CHECK(msg.find("EVIL") == std::string::npos);
    CHECK(msg.find('\x1b') == std::string::npos);
    CHECK_FALSE(e.repairable);
    CHECK(read_bytes(path) == before);
}

TEST_CASE("Unreadable entry dates, repeat rules and statuses are found too", "[store][damage]") {
    TempDir dir;
    std::string path = dir.file("s.db");
    make_goal_with_entries(path, 3);
    SECTION("an entry's date") {
        raw_exec(path, "UPDATE progress_entries SET date = '2026-02-30' WHERE id = 2");
        CHECK_NOTHROW(Database::open(path));  // too many to read on every open
        CHECK_THAT(full_check_error(path).what(), Catch::Contains("progress_entries row 2 has an unreadable date"));
        CHECK_THAT(open_error(path).what(), Catch::Contains("progress_entries row 2 has an unreadable date"));
    }
    SECTION("a step's repeat rule") {
        raw_exec(path, "INSERT INTO steps (uuid, goal_id, position, title, start_date, repeat, created_at, updated_at) "
                       "VALUES ('s', 1, 1, 'Run', '2026-01-01', 'fortnightly-ish', 'x', 'x')");
        CHECK_THAT(full_check_error(path).what(), Catch::Contains("steps row 1 has an unreadable repeat"));
        CHECK_THAT(open_error(path).what(), Catch::Contains("steps row 1 has an unreadable repeat"));
    }
    SECTION("a goal's status, slipped past its CHECK constraint") {
        raw_exec(path, "PRAGMA ignore_check_constraints = ON; UPDATE goals SET status = 'zombie' WHERE id = 1");
        CHECK_THAT(open_error(path).what(), Catch::Contains("goals row 1 has an unreadable status"));
    }
    SECTION("a completion's day") {
        raw_exec(path, "INSERT INTO steps (uuid, goal_id, position, title, start_date, created_at, updated_at) "
                       "VALUES ('s', 1, 1, 'Run', '2026-01-01', 'x', 'x');"
                       "INSERT INTO step_completions (step_id, day, created_at) VALUES (1, 'someday', 'x')");
        CHECK_THAT(full_check_error(path).what(), Catch::Contains("a step_completions row of step 1 has an unreadable day"));
        CHECK_THAT(open_error(path).what(), Catch::Contains("a step_completions row of step 1 has an unreadable day"));
    }
}

TEST_CASE("Unreadable session, question, skip and reminder values are found too", "[store][damage]") {
    TempDir dir;
    std::string path = dir.file("s.db");
    make_goal_with_entries(path, 1);
    SECTION("a session's date, on every open") {
        raw_exec(path, "INSERT INTO sessions (uuid, date, created_at, updated_at) VALUES ('s', 'last tuesday', 'x', 'x')");
        CHECK_THAT(open_error(path).what(), Catch::Contains("sessions row 1 has an unreadable date"));
    }
    SECTION("a session's next date") {
        raw_exec(path, "INSERT INTO sessions (uuid, date, next_date, created_at, updated_at) "
                       "VALUES ('s', '2026-11-20', '2026-11-31', 'x', 'x')");
        CHECK_THAT(open_error(path).what(), Catch::Contains("sessions row 1 has an unreadable next_date"));
    }
    SECTION("a question's days") {
        raw_exec(path, "INSERT INTO questions (uuid, text, asked_on, discussed_on, created_at, updated_at) "
                       "VALUES ('q', 'Why?', '2026-11-20', '2026-13-01', 'x', 'x')");
        CHECK_THAT(open_error(path).what(), Catch::Contains("questions row 1 has an unreadable discussed_on"));
    }
    SECTION("a skipped day and a reminder's time, by the full check") {
        raw_exec(path, "INSERT INTO steps (uuid, goal_id, position, title, start_date, repeat, remind_at, created_at, "
                       "updated_at) VALUES ('s', 1, 1, 'Run', '2026-01-01', 'daily', '25:99', 'x', 'x')");
        CHECK_THAT(full_check_error(path).what(), Catch::Contains("steps row 1 has an unreadable remind_at"));
        raw_exec(path, "UPDATE steps SET remind_at = '07:30';"
                       "INSERT INTO step_skips (step_id, day, created_at) VALUES (1, 'never', 'x')");
        CHECK_THAT(full_check_error(path).what(), Catch::Contains("a step_skips row of step 1 has an unreadable day"));
    }
}

TEST_CASE("A date damaged after opening is reported without its bytes while loading", "[store][damage]") {
    TempDir dir;
    std::string path = dir.file("s.db");
    make_goal_with_entries(path, 3);
    Database db = Database::open(path);
    raw_exec(path, "UPDATE progress_entries SET date = 'EVIL' WHERE id = 2; UPDATE goals SET due_date = 'EVIL'");
    try {
        load_entry_values(db);
        FAIL("an unreadable entry date was loaded");
    } catch (const DamagedDatabaseError& e) {
        std::string msg = e.what();
        CHECK(msg.find(path + " is damaged (progress_entries row 2 has an unreadable date)") != std::string::npos);
        CHECK(msg.find("EVIL") == std::string::npos);
    }
    try {
        load_goals(db);
        FAIL("an unreadable due date was loaded");
    } catch (const StoreError& e) {
        std::string msg = e.what();
        CHECK(msg.find("damaged") != std::string::npos);
        CHECK(msg.find("due_date") != std::string::npos);
        CHECK(msg.find("EVIL") == std::string::npos);
    }
}
