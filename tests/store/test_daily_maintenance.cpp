// The daily full check and backup (store/maintenance.hpp): what every open
// checks at once, what waits for the day's full check, and how damage found
// then is remembered until a repair.
#include "store/backup.hpp"
#include "store/damage_support.hpp"
#include "store/integrity.hpp"
#include "store/maintenance.hpp"
#include "store/step_repository.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>

using namespace sw;
using namespace sw::test;
namespace fs = std::filesystem;

namespace {

Day day(const char* text) { return *parse_iso_day(text); }

}  // namespace

TEST_CASE("The daily run checks the whole file, then backs it up once a day", "[store][maintenance]") {
    TempDir dir;
    std::string path = dir.file("s.db");
    std::string backups = backup_dir_for(path);
    make_goal_with_entries(path, 40);
    CHECK(daily_maintenance_due(backups, day("2026-11-26")));

    MaintenanceReport first = run_daily_maintenance(path, backups, day("2026-11-26"));
    CHECK(first.ran);
    CHECK_FALSE(first.damage);
    CHECK(first.message.empty());
    REQUIRE(first.backup);
    CHECK(fs::exists(*first.backup));
    CHECK(mode_of(*first.backup) == 0600);
    CHECK_FALSE(daily_maintenance_due(backups, day("2026-11-26")));

    MaintenanceReport again = run_daily_maintenance(path, backups, day("2026-11-26"));
    CHECK_FALSE(again.ran);  // one stat, nothing read
    CHECK(run_daily_maintenance(path, backups, day("2026-11-27")).backup);
}

TEST_CASE("Index damage in the entries waits for the daily check, which is then remembered by every open",
          "[store][maintenance][damage]") {
    TempDir dir;
    std::string path = dir.file("s.db");
    std::string backups = backup_dir_for(path);
    make_goal_with_entries(path, 50);
    hide_rows_from_index(path, 3);
    std::string before = read_bytes(path);

    // A normal open checks the small tables only: it does not read ten years of entries.
    CHECK_NOTHROW(Database::open(path));

    MaintenanceReport report = run_daily_maintenance(path, backups, day("2026-11-26"));
    REQUIRE(report.damage);
    CHECK(report.damage->index_only);
    CHECK(report.message.find("missing from index entries_by_goal") != std::string::npos);
    CHECK_FALSE(report.backup);  // a damaged file is never copied over a good backup
    CHECK_FALSE(fs::exists(backups + "/stepwise-2026-11-26.db"));
    CHECK(read_bytes(path) == before);

    // From now on every open refuses the file, at the cost of one small read.
    try {
        Database::open(path, OpenOptions::for_app(day("2026-11-26")));
        FAIL("a file the daily check found damaged was opened");
    } catch (const DamagedDatabaseError& e) {
        CHECK(e.repairable);
        CHECK(std::string(e.what()).find("stepwise repair") != std::string::npos);
    }
    CHECK(read_bytes(path) == before);

    // Repairing forgets it; the file opens and the next daily run backs it up.
    RepairOutcome repaired = repair_indexes(path);
    CHECK_FALSE(repaired.was_intact);
    CHECK_FALSE(remembered_damage(path, backups));
    CHECK_NOTHROW(Database::open(path));
    CHECK(run_daily_maintenance(path, backups, day("2026-11-26")).backup);
}

TEST_CASE("Damage remembered for a file is not held against another file put in its place",
          "[store][maintenance][damage]") {
    TempDir dir;
    std::string path = dir.file("s.db");
    std::string backups = backup_dir_for(path);
    make_goal_with_entries(path, 20);
    hide_rows_from_index(path, 2);
    REQUIRE(run_daily_maintenance(path, backups, day("2026-11-26")).damage);
    REQUIRE(remembered_damage(path, backups));

    // The client copies a good file over it by hand (a new inode).
    std::string good = dir.file("good.db");
    make_goal_with_entries(good, 20);
    fs::remove(path);
    fs::rename(good, path);
    CHECK_FALSE(remembered_damage(path, backups));
    CHECK_NOTHROW(Database::open(path));
}

TEST_CASE("Index damage in the steps waits for the daily check too; an unreadable goal is refused at once",
          "[store][maintenance][damage]") {
    TempDir dir;
    std::string path = dir.file("s.db");
    std::string backups = backup_dir_for(path);
    make_goal_with_entries(path, 5);
    // Steps that the index steps_by_goal does not know about.
    const std::string real = "CREATE INDEX steps_by_goal ON steps (goal_id, position)";
    set_index_sql(path, "steps_by_goal", real + " WHERE 0");
    {
        SQLite::Database raw(path, SQLite::OPEN_READWRITE);
        raw.exec("INSERT INTO steps (uuid, goal_id, position, title, start_date, created_at, updated_at) "
                 "VALUES ('hidden', 1, 1, 'Hidden', '2026-01-01', 'x', 'x')");
    }
    set_index_sql(path, "steps_by_goal", real);
    CHECK_NOTHROW(Database::open(path));  // steps grow without end: not read on every open
    MaintenanceReport report = run_daily_maintenance(path, backups, day("2026-11-26"));
    REQUIRE(report.damage);
    CHECK(report.damage->index_only);
    CHECK(report.message.find("steps_by_goal") != std::string::npos);
    CHECK_THROWS_AS(Database::open(path), DamagedDatabaseError);

    // A goal row the app cannot read: the goals table is small, and checked on every open.
    TempDir other;
    std::string goal_damaged = other.file("g.db");
    make_goal_with_entries(goal_damaged, 1);
    {
        SQLite::Database raw(goal_damaged, SQLite::OPEN_READWRITE);
        raw.exec("UPDATE goals SET due_date = 'soon' WHERE id = 1");
    }
    CHECK_THROWS_WITH(Database::open(goal_damaged), Catch::Contains("goals row 1 has an unreadable due_date"));
}

TEST_CASE("A cancelled daily run stops early, backs up nothing and remembers nothing", "[store][maintenance]") {
    TempDir dir;
    std::string path = dir.file("s.db");
    std::string backups = backup_dir_for(path);
    make_goal_with_entries(path, 2000);
    std::atomic<bool> cancel{true};  // the window closed before the run got going
    MaintenanceReport report = run_daily_maintenance(path, backups, day("2026-11-26"), &cancel);
    CHECK(report.ran);
    CHECK_FALSE(report.backup);
    CHECK_FALSE(report.damage);
    CHECK(report.message.find("interrupt") != std::string::npos);
    CHECK_FALSE(remembered_damage(path, backups));
    CHECK(daily_maintenance_due(backups, day("2026-11-26")));  // tried again next time
}

TEST_CASE("A failed daily backup is reported, and the data stays usable", "[store][maintenance]") {
    TempDir dir;
    std::string path = dir.file("s.db");
    make_goal_with_entries(path, 3);
    { std::ofstream(dir.file("not-a-folder")) << "x"; }
    MaintenanceReport report = run_daily_maintenance(path, dir.file("not-a-folder/b"), day("2026-11-26"));
    CHECK_FALSE(report.backup);
    CHECK_FALSE(report.damage);
    CHECK(report.message.find("automatic backup failed") != std::string::npos);
    CHECK(report.message.find('\n') == std::string::npos);
    CHECK_NOTHROW(Database::open(path));
}
