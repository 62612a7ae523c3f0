// Backups (online backup API, integrity-checked, rotated) and damaged databases.
#include "core/errors.hpp"
#include "store/backup.hpp"
#include "store/database.hpp"
#include "store/goal_repository.hpp"
#include "store/integrity.hpp"
#include "store/migrations.hpp"
#include "support/temp_dir.hpp"
#include "damage_support.hpp"

#include <SQLiteCpp/Statement.h>
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sys/stat.h>

using namespace sw;
using namespace sw::test;
namespace fs = std::filesystem;

namespace {

Day day(const char* iso) { return parse_iso_day(iso).value(); }

// Enough goals with long descriptions that the goals table spans many pages.
void add_goals(Database& db, int count) {
    db.write([&] {
        for (int i = 0; i < count; ++i) {
            Goal g;
            g.title = "Goal " + std::to_string(i);
            g.description = std::string(300, 'x');
            g.start_date = day("2026-11-01");
            g.due_date = day("2027-01-31");
            insert_goal(db, g);
        }
    });
}

// A closed database file with `count` goals (closing folds the WAL into the file).
void make_database(const std::string& path, int count) {
    Database db = Database::open(path);
    add_goals(db, count);
}

int goal_count(const std::string& path) {
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    return db.execAndGet("SELECT count(*) FROM goals").getInt();
}



std::set<std::string> files_in(const std::string& dir) {
    std::set<std::string> names;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec)) names.insert(e.path().filename().string());
    return names;
}

std::set<std::string> names_of(const std::vector<Day>& days) {
    std::set<std::string> names;
    for (Day d : days) names.insert(backup_file_name(d));
    return names;
}

}  // namespace

TEST_CASE("A backup is a private, self-contained database with the same rows", "[store]") {
    test::TempDir dir;
    Database db = Database::open(dir.file("live.db"));
    add_goals(db, 3);
    std::string dest = dir.file("copy.db");

    backup_database(db, dest);

    CHECK(goal_count(dest) == 3);
    CHECK(passes_integrity_check(dest));
    CHECK(mode_of(dest) == 0600);
    // Rollback-journal mode in the header (bytes 18-19 = 1): opening the backup
    // later does not need -wal/-shm files beside it, unlike the live WAL database.
    std::string header = read_bytes(dest).substr(18, 2);
    CHECK(header == std::string("\x01\x01", 2));
    CHECK(files_in(dir.path.string()).count("copy.db-wal") == 0);
}

TEST_CASE("A backup replaces an existing file whole and leaves no temporary file", "[store]") {
    test::TempDir dir;
    Database db = Database::open(dir.file("live.db"));
    add_goals(db, 2);
    std::string dest = dir.file("copy.db");
    { std::ofstream(dest) << "an older file"; }

    backup_database(db, dest);

    CHECK(goal_count(dest) == 2);
    for (const auto& name : files_in(dir.path.string())) CHECK(name.find(".tmp-") == std::string::npos);
}

TEST_CASE("A backup into a missing folder fails and creates nothing", "[store]") {
    test::TempDir dir;
    Database db = Database::open(dir.file("live.db"));
    CHECK_THROWS_AS(backup_database(db, dir.file("missing/copy.db")), StoreError);
    CHECK_FALSE(fs::exists(dir.file("missing")));
}

TEST_CASE("Backup files are named by day and other names are not backups", "[store]") {
    CHECK(backup_file_name(day("2026-11-26")) == "stepwise-2026-11-26.db");
    CHECK(backup_file_day("stepwise-2026-11-26.db") == day("2026-11-26"));
    CHECK_FALSE(backup_file_day("stepwise-2026-02-30.db").has_value());
    CHECK_FALSE(backup_file_day("stepwise-2026-11-26.db-journal").has_value());
    CHECK_FALSE(backup_file_day("notes.db").has_value());
}

TEST_CASE("Rotation keeps the 7 newest backups and the newest of each of 4 older ISO weeks", "[store]") {
    SECTION("a backup every day, ending on a Sunday: the weeklies are the 4 Sundays before") {
        std::vector<Day> days;
        for (int i = 0; i < 60; ++i) days.push_back(add_days(day("2026-11-01"), -i));
        auto keep = backup_days_to_keep(days);
        std::set<Day> expected;
        for (int i = 0; i < 7; ++i) expected.insert(add_days(day("2026-11-01"), -i));  // Oct 26 - Nov 1
        for (const char* sunday : {"2026-10-25", "2026-10-18", "2026-10-11", "2026-10-04"}) expected.insert(day(sunday));
        CHECK(std::set<Day>(keep.begin(), keep.end()) == expected);
    }
    SECTION("ending on a Thursday: the rest of the week before the dailies counts as a week") {
        std::vector<Day> days;
        for (int i = 0; i < 60; ++i) days.push_back(add_days(day("2026-11-26"), -i));
        auto keep = backup_days_to_keep(days);
        std::set<Day> weekly;
        for (Day d : keep)
            if (d < day("2026-11-20")) weekly.insert(d);
        CHECK(keep.size() == 11);
        CHECK(weekly == std::set<Day>{day("2026-11-19"), day("2026-11-15"), day("2026-11-08"), day("2026-11-01")});
    }
    SECTION("with gaps (days the app was not opened), dailies are the 7 newest backups") {
        std::vector<Day> days = {day("2026-11-26"), day("2026-11-20"), day("2026-11-02"), day("2026-10-01"),
                                 day("2026-09-29"), day("2026-09-28"), day("2026-09-27"), day("2026-09-01"),
                                 day("2026-08-31"), day("2026-08-30"), day("2026-08-10")};
        auto keep = backup_days_to_keep(days);
        // 7 dailies (Nov 26 … Sep 27), then Sep 1 and Aug 31 share an ISO week (Aug 31 is a
        // Monday): Sep 1 is kept; Aug 30 and Aug 10 are weeks of their own.
        CHECK(std::set<Day>(keep.begin(), keep.end()) ==
              std::set<Day>{day("2026-11-26"), day("2026-11-20"), day("2026-11-02"), day("2026-10-01"),
                            day("2026-09-29"), day("2026-09-28"), day("2026-09-27"), day("2026-09-01"),
                            day("2026-08-30"), day("2026-08-10")});
    }
}

TEST_CASE("Automatic backups over 60 simulated days leave 7 daily and 4 weekly copies", "[store]") {
    test::TempDir dir;
    std::string db_path = dir.file("live.db");
    std::string backups = dir.file("backups");
    make_database(db_path, 2);

    std::vector<Day> days;
    for (int i = 59; i >= 0; --i) {
        Day d = add_days(day("2026-11-01"), -i);
        days.push_back(d);
        auto made = auto_backup(db_path, backups, d);
        REQUIRE(made.has_value());
        CHECK(*made == (fs::path(backups) / backup_file_name(d)).string());
    }

    CHECK(files_in(backups) == names_of(backup_days_to_keep(days)));
    CHECK(files_in(backups).size() == 11);
    CHECK(mode_of(backups) == 0700);
    CHECK(goal_count((fs::path(backups) / "stepwise-2026-11-01.db").string()) == 2);
}

TEST_CASE("An automatic backup happens at most once a day", "[store]") {
    test::TempDir dir;
    std::string db_path = dir.file("live.db");
    make_database(db_path, 1);
    REQUIRE(auto_backup(db_path, dir.file("b"), day("2026-11-26")).has_value());
    {
        Database db = Database::open(db_path);
        add_goals(db, 1);
    }
    CHECK_FALSE(auto_backup(db_path, dir.file("b"), day("2026-11-26")).has_value());
    CHECK(goal_count(dir.file("b/stepwise-2026-11-26.db")) == 1);  // the morning's copy stays
    REQUIRE(auto_backup(db_path, dir.file("b"), day("2026-11-27")).has_value());
    CHECK(goal_count(dir.file("b/stepwise-2026-11-27.db")) == 2);
}

TEST_CASE("A new backup that fails its integrity check prunes nothing", "[store]") {
    test::TempDir dir;
    std::string db_path = dir.file("live.db");
    std::string backups = dir.file("backups");
    make_database(db_path, 60);
    fs::create_directories(backups);
    {
        Database db = Database::open(db_path);
        for (int i = 0; i < 15; ++i)  // more than the rotation keeps, none pruned yet
            backup_database(db, (fs::path(backups) / backup_file_name(add_days(day("2026-10-01"), i))).string());
    }
    auto before = files_in(backups);
    REQUIRE(before.size() == 15);

    damage_pages(db_path);
    CHECK_THROWS_AS(auto_backup(db_path, backups, day("2026-11-26")), StoreError);

    CHECK(files_in(backups) == before);  // no new file, no temporary file, nothing pruned
}

TEST_CASE("No automatic backup of a missing, foreign or newer database", "[store]") {
    test::TempDir dir;
    std::string backups = dir.file("backups");
    CHECK_FALSE(auto_backup(dir.file("missing.db"), backups, day("2026-11-26")).has_value());
    {
        SQLite::Database foreign(dir.file("foreign.db"), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        foreign.exec("CREATE TABLE notes (text TEXT)");
    }
    CHECK_FALSE(auto_backup(dir.file("foreign.db"), backups, day("2026-11-26")).has_value());
    {
        SQLite::Database newer(dir.file("newer.db"), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        migrate(newer);
        newer.exec("PRAGMA user_version = " + std::to_string(latest_schema_version() + 1));
    }
    std::string newer_bytes = read_bytes(dir.file("newer.db"));
    CHECK_FALSE(auto_backup(dir.file("newer.db"), backups, day("2026-11-26")).has_value());
    CHECK(read_bytes(dir.file("newer.db")) == newer_bytes);
    CHECK_FALSE(fs::exists(backups));
}

TEST_CASE("The automatic backup reads the source without changing it", "[store]") {
    test::TempDir dir;
    std::string db_path = dir.file("live.db");
    make_database(db_path, 5);
    std::string bytes = read_bytes(db_path);
    REQUIRE(auto_backup(db_path, dir.file("b"), day("2026-11-26")).has_value());
    CHECK(read_bytes(db_path) == bytes);
}

TEST_CASE("Opening with automatic backup copies the file before migrating it", "[store]") {
    test::TempDir dir;
    std::string db_path = dir.file("old.db");
    {
        SQLite::Database raw(db_path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        migrate_to(raw, 1);  // a file written by an older Stepwise
        raw.exec("INSERT INTO goals (uuid, title, kind, start_date, due_date, created_at, updated_at) "
                 "VALUES ('u1', 'Old goal', 'milestone', '2026-01-01', '2026-12-31', 'x', 'x')");
    }
    OpenOptions options;
    options.auto_backup = true;
    options.backup_dir = dir.file("b");
    options.today = day("2026-11-26");
    Database db = Database::open(db_path, options);

    CHECK(db.schema_version() == latest_schema_version());
    SQLite::Database copy(dir.file("b/stepwise-2026-11-26.db"), SQLite::OPEN_READONLY);
    CHECK(copy.execAndGet("PRAGMA user_version").getInt() == 1);
    CHECK(copy.execAndGet("SELECT title FROM goals").getString() == "Old goal");
}

TEST_CASE("A failed backup before a migration is reported but does not stop the app", "[store]") {
    test::TempDir dir;
    std::string db_path = dir.file("live.db");
    {
        SQLite::Database raw(db_path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        migrate_to(raw, 1);  // an older Stepwise's file: opening migrates it, after a backup
        raw.exec("INSERT INTO goals (uuid, title, kind, start_date, due_date, created_at, updated_at) "
                 "VALUES ('u1', 'Old goal', 'milestone', '2026-01-01', '2026-12-31', 'x', 'x')");
    }
    { std::ofstream(dir.file("not-a-folder")) << "x"; }
    OpenOptions options;
    options.auto_backup = true;
    options.backup_dir = dir.file("not-a-folder/b");
    options.today = day("2026-11-26");
    std::string warning;
    options.warn = [&](const std::string& w) { warning = w; };

    Database db = Database::open(db_path, options);

    CHECK(warning.find("automatic backup failed") != std::string::npos);
    CHECK(db.sql().execAndGet("SELECT count(*) FROM goals").getInt() == 1);
}

TEST_CASE("A damaged database is refused untouched, naming the newest good backup", "[store]") {
    test::TempDir dir;
    std::string db_path = dir.file("live.db");
    std::string backups = backup_dir_for(db_path);
    make_database(db_path, 60);
    REQUIRE(auto_backup(db_path, backups, day("2026-11-25")).has_value());
    REQUIRE(auto_backup(db_path, backups, day("2026-11-26")).has_value());
    damage_pages(db_path);
    std::string damaged = read_bytes(db_path);

    SECTION("the message names the newest backup") {
        try {
            Database::open(db_path);
            FAIL("a damaged database was opened");
        } catch (const StoreError& e) {
            std::string msg = e.what();
            CHECK(msg.find(db_path + " is damaged") != std::string::npos);
            CHECK(msg.find("left untouched") != std::string::npos);
            CHECK(msg.find("Newest good backup: " + backups + "/stepwise-2026-11-26.db") != std::string::npos);
        }
    }
    SECTION("a damaged backup is passed over for an older good one") {
        damage_pages(backups + "/stepwise-2026-11-26.db");
        CHECK(newest_good_backup(backups) == backups + "/stepwise-2026-11-25.db");
        CHECK_THROWS_WITH(Database::open(db_path), Catch::Contains("stepwise-2026-11-25.db"));
    }
    SECTION("opening for the app neither writes nor backs it up") {
        OpenOptions options = OpenOptions::for_app(day("2026-11-27"));
        CHECK_THROWS_AS(Database::open(db_path, options), StoreError);
        CHECK_FALSE(fs::exists(backups + "/stepwise-2026-11-27.db"));
    }
    CHECK(read_bytes(db_path) == damaged);
}

TEST_CASE("A damaged database without backups says that none was found", "[store]") {
    test::TempDir dir;
    std::string db_path = dir.file("live.db");
    make_database(db_path, 60);
    damage_pages(db_path);
    CHECK_THROWS_WITH(Database::open(db_path), Catch::Contains("No good backup was found"));
    CHECK_FALSE(newest_good_backup(backup_dir_for(db_path)).has_value());
}

TEST_CASE("The default database's backups live under XDG_DATA_HOME, any other's beside it", "[store]") {
    test::TempDir dir;
    const char* old = std::getenv("XDG_DATA_HOME");
    std::string saved = old ? old : "";
    ::setenv("XDG_DATA_HOME", dir.path.c_str(), 1);
    CHECK(default_backup_dir() == dir.file("stepwise/backups"));
    CHECK(backup_dir_for(dir.file("stepwise/stepwise.db")) == dir.file("stepwise/backups"));
    CHECK(backup_dir_for(dir.file("scratch.db")) == dir.file("scratch.db-backups"));
    if (old) ::setenv("XDG_DATA_HOME", saved.c_str(), 1);
    else ::unsetenv("XDG_DATA_HOME");
}
