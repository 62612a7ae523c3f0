// Restoring a good backup over a damaged database keeps the damaged file aside.
#include "store/backup.hpp"
#include "store/database.hpp"
#include "store/goal_repository.hpp"
#include "store/damage_support.hpp"
#include "store/integrity.hpp"
#include "support/files.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using sw::test::mode_of;
using sw::test::read_bytes;

using namespace sw;
namespace fs = std::filesystem;


TEST_CASE("A damaged database names its backup, and restoring it keeps the damaged file aside", "[store]") {
    test::TempDir dir;
    std::string db_path = dir.file("live.db");
    {
        Database db = Database::open(db_path);
        db.write([&] {
            for (int i = 0; i < 60; ++i) {
                Goal g;
                g.title = "Goal " + std::to_string(i);
                g.description = std::string(300, 'x');
                g.start_date = *parse_iso_day("2026-11-01");
                g.due_date = *parse_iso_day("2027-01-31");
                insert_goal(db, g);
            }
        });
    }
    auto backup = auto_backup(db_path, backup_dir_for(db_path), *parse_iso_day("2026-11-26"));
    REQUIRE(backup);
    test::damage_pages(db_path);
    std::string damaged = read_bytes(db_path);

    std::optional<std::string> offered;
    try {
        Database::open(db_path);
        FAIL("a damaged database was opened");
    } catch (const DamagedDatabaseError& e) {
        CHECK(e.path == db_path);
        offered = e.backup;
    }
    REQUIRE(offered == backup);

    std::string aside = restore_backup(*offered, db_path);
    CHECK(read_bytes(aside) == damaged);  // kept byte for byte
    Database restored = Database::open(db_path);
    CHECK(load_goals(restored).size() == 60);
}

TEST_CASE("A backup that fails its check is not restored and nothing moves", "[store]") {
    test::TempDir dir;
    std::string db_path = dir.file("live.db");
    { Database db = Database::open(db_path); }
    std::string bad = dir.file("bad-backup.db");
    std::ofstream(bad) << "not a database";
    CHECK_THROWS_AS(restore_backup(bad, db_path), StoreError);
    CHECK(fs::exists(db_path));
    int others = 0;
    for (const auto& e : fs::directory_iterator(dir.path))
        if (e.path().filename().string().find("damaged") != std::string::npos) ++others;
    CHECK(others == 0);
}

TEST_CASE("A database whose header is damaged is offered its backup too", "[store]") {
    test::TempDir dir;
    std::string db_path = dir.file("live.db");
    {
        Database db = Database::open(db_path);
        Goal g;
        g.title = "Keep me";
        g.start_date = *parse_iso_day("2026-11-01");
        g.due_date = *parse_iso_day("2027-01-31");
        db.write([&] { insert_goal(db, g); });
    }
    auto backup = auto_backup(db_path, backup_dir_for(db_path), *parse_iso_day("2026-11-26"));
    REQUIRE(backup);
    {
        std::fstream f(db_path, std::ios::in | std::ios::out | std::ios::binary);
        f.write(std::string(16, 'x').data(), 16);  // the "SQLite format 3" magic is gone
    }
    try {
        Database::open(db_path);
        FAIL("a file with a damaged header was opened");
    } catch (const DamagedDatabaseError& e) {
        CHECK(e.backup == backup);
    }
    restore_backup(*backup, db_path);
    Database restored = Database::open(db_path);
    CHECK(load_goals(restored).size() == 1);
}

TEST_CASE("Restoring through a symbolic link restores the real file", "[store]") {
    test::TempDir dir;
    fs::create_directories(dir.file("real"));
    std::string real = dir.file("real/live.db"), link = dir.file("live.db");
    { Database db = Database::open(real); }
    fs::create_symlink(real, link);
    std::string backup = dir.file("good.db");
    {
        Database db = Database::open(backup);
        Goal g;
        g.title = "From the backup";
        g.start_date = *parse_iso_day("2026-11-01");
        g.due_date = *parse_iso_day("2027-01-31");
        db.write([&] { insert_goal(db, g); });
    }
    restore_backup(backup, link);
    CHECK(fs::is_symlink(link));
    Database restored = Database::open(real);
    auto goals = load_goals(restored);
    REQUIRE(goals.size() == 1);
    CHECK(goals[0].title == "From the backup");
}
