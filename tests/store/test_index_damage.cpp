// Index-only damage: found by the full check (quick_check misses it), refused
// untouched from then on, and rebuilt in place by repair_indexes after a copy is kept.
#include "store/backup.hpp"
#include "store/integrity.hpp"
#include "store/damage_support.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace sw;
using namespace sw::test;
namespace fs = std::filesystem;

TEST_CASE("Index-only damage that quick_check misses is refused untouched and called repairable", "[store][damage]") {
    TempDir dir;
    std::string path = dir.file("s.db");
    make_goal_with_entries(path, 50);
    hide_rows_from_index(path, 3);
    {
        auto ro = open_read_only(path);
        REQUIRE(integrity_problem(*ro, CheckDepth::quick).empty());  // the damage this is about
        REQUIRE_FALSE(integrity_problem(*ro, CheckDepth::full).empty());
    }
    std::string before = read_bytes(path);
    // The full check (daily, or `stepwise check`) finds it; every open then refuses.
    CHECK_THROWS_AS(require_intact(path, backup_dir_for(path), CheckScope::full), DamagedDatabaseError);
    try {
        Database::open(path, OpenOptions::for_app(*parse_iso_day("2026-11-26")));
        FAIL("a file with a damaged index was opened");
    } catch (const DamagedDatabaseError& e) {
        CHECK(e.repairable);
        CHECK(e.path == path);
        std::string msg = e.what();
        CHECK(msg.find("missing from index entries_by_goal") != std::string::npos);
        CHECK(msg.find("stepwise repair") != std::string::npos);
        CHECK(msg.find('\n') == std::string::npos);
    }
    CHECK(read_bytes(path) == before);
    for (const auto& e : fs::directory_iterator(backup_dir_for(path)))  // not even the daily backup was taken of it
        CHECK_FALSE(backup_file_day(e.path().filename().string()));
}

TEST_CASE("Repairing index-only damage keeps a private copy, loses no row and allows writes again", "[store][damage]") {
    TempDir dir;
    std::string path = dir.file("s.db");
    make_goal_with_entries(path, 50);
    hide_rows_from_index(path, 3);
    std::string damaged = read_bytes(path);
    REQUIRE(table_rows(path, "progress_entries") == 53);

    RepairOutcome outcome = repair_indexes(path);

    CHECK_FALSE(outcome.was_intact);
    REQUIRE(fs::exists(outcome.kept_copy));
    CHECK(outcome.kept_copy.starts_with(path + ".damaged-"));
    CHECK(read_bytes(outcome.kept_copy) == damaged);
    CHECK(mode_of(outcome.kept_copy) == 0600);
    CHECK(passes_integrity_check(path));
    Database db = Database::open(path);
    // Through the rebuilt index: the three rows it had lost are found again.
    CHECK(load_entries_for_goal(db, 1).size() == 53);
    db.write([&] {
        ProgressEntry e;
        e.goal_id = 1;
        e.date = *parse_iso_day("2026-07-01");
        e.value = 5;
        insert_entry(db, e);
    });
    CHECK(load_entries_for_goal(db, 1).size() == 54);
}

TEST_CASE("Repairing an intact file writes nothing", "[store][damage]") {
    TempDir dir;
    std::string path = dir.file("s.db");
    make_goal_with_entries(path, 5);
    std::string before = read_bytes(path);
    RepairOutcome outcome = repair_indexes(path);
    CHECK(outcome.was_intact);
    CHECK(outcome.kept_copy.empty());
    CHECK(read_bytes(path) == before);
    for (const auto& e : fs::directory_iterator(dir.path))
        CHECK(e.path().filename().string().find("damaged") == std::string::npos);
}

TEST_CASE("Damage beyond the indexes is not repaired and names the newest good backup", "[store][damage]") {
    TempDir dir;
    std::string path = dir.file("s.db");
    make_goal_with_entries(path, 2000);
    auto backup = auto_backup(path, backup_dir_for(path), *parse_iso_day("2026-11-26"));
    REQUIRE(backup);
    damage_pages(path);
    std::string before = read_bytes(path);
    try {
        require_intact(path, backup_dir_for(path), CheckScope::full);
        FAIL("a damaged file passed the full check");
    } catch (const DamagedDatabaseError& e) {
        CHECK_FALSE(e.repairable);
        CHECK(e.backup == backup);
    }
    try {
        repair_indexes(path);
        FAIL("page damage was 'repaired'");
    } catch (const DamagedDatabaseError& e) {
        CHECK_FALSE(e.repairable);
        CHECK(std::string(e.what()).find("Newest good backup: " + *backup) != std::string::npos);
    }
    CHECK(read_bytes(path) == before);
}

TEST_CASE("A duplicate that REINDEX cannot rebuild leaves the file as it was, with the copy kept", "[store][damage]") {
    TempDir dir;
    std::string path = dir.file("s.db");
    make_goal_with_entries(path, 5);
    // Two goals with one uuid, slipped past the UNIQUE index while it was blind.
    {
        SQLite::Database raw(path, SQLite::OPEN_READWRITE);
        raw.exec("PRAGMA writable_schema = ON");
        raw.exec("UPDATE sqlite_master SET sql = 'CREATE UNIQUE INDEX steps_by_goal ON steps (goal_id, position)' "
                 "WHERE name = 'steps_by_goal'");
    }
    {
        SQLite::Database raw(path, SQLite::OPEN_READWRITE);
        raw.exec("INSERT INTO steps (uuid, goal_id, position, title, start_date, created_at, updated_at) "
                 "VALUES ('s1', 1, 1, 'A', '2026-01-01', 'x', 'x')");
    }
    set_index_sql(path, "steps_by_goal", "CREATE UNIQUE INDEX steps_by_goal ON steps (goal_id, position) WHERE 0");
    {
        SQLite::Database raw(path, SQLite::OPEN_READWRITE);
        raw.exec("INSERT INTO steps (uuid, goal_id, position, title, start_date, created_at, updated_at) "
                 "VALUES ('s2', 1, 1, 'B', '2026-01-01', 'x', 'x')");
    }
    set_index_sql(path, "steps_by_goal", "CREATE UNIQUE INDEX steps_by_goal ON steps (goal_id, position)");
    {
        auto ro = open_read_only(path);
        auto damage = find_damage(*ro);
        REQUIRE(damage);
        REQUIRE(damage->index_only);  // integrity_check blames only the index
    }
    std::string before = read_bytes(path);
    try {
        repair_indexes(path);
        FAIL("a UNIQUE index over duplicate rows was 'rebuilt'");
    } catch (const DamagedDatabaseError& e) {
        std::string msg = e.what();
        CHECK(msg.find("a copy was kept as " + path + ".damaged-") != std::string::npos);
        CHECK(msg.find("left untouched") != std::string::npos);
    }
    CHECK(read_bytes(path) == before);
}
