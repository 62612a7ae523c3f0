// Every folder Stepwise creates is 0700 and every file 0600, whatever the umask.
#include "store/backup.hpp"
#include "store/maintenance.hpp"
#include "store/damage_support.hpp"
#include "store/integrity.hpp"
#include "store/migrations.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

using namespace sw;
using namespace sw::test;

namespace {
struct Umask {
    mode_t old;
    explicit Umask(mode_t m) : old(::umask(m)) {}
    ~Umask() { ::umask(old); }
};
}  // namespace

TEST_CASE("Folders, databases, backups and damaged copies are private whatever the umask", "[store][modes]") {
    for (mode_t mask : {mode_t(022), mode_t(000)}) {
        INFO("umask " << std::oct << mask);
        Umask guard(mask);
        TempDir dir;
        std::string path = dir.file("a/b/s.db");
        make_goal_with_entries(path, 5);
        CHECK(mode_of(dir.file("a")) == 0700);
        CHECK(mode_of(dir.file("a/b")) == 0700);
        CHECK(mode_of(path) == 0600);
        {
            OpenOptions options = OpenOptions::for_app(*parse_iso_day("2026-11-26"));
            options.backup_dir = dir.file("x/y/backups");
            Database db = Database::open(path, options);
            CHECK(mode_of(path + "-wal") == 0600);
            CHECK(mode_of(path + "-shm") == 0600);
            REQUIRE(run_daily_maintenance(path, options.backup_dir, *parse_iso_day("2026-11-26")).backup);
            CHECK(mode_of(dir.file("x")) == 0700);
            CHECK(mode_of(dir.file("x/y")) == 0700);
            CHECK(mode_of(dir.file("x/y/backups")) == 0700);
            CHECK(mode_of(dir.file("x/y/backups/stepwise-2026-11-26.db")) == 0600);
            std::string asked = daily_backup(db, dir.file("c/backups"), *parse_iso_day("2026-11-27"));
            CHECK(mode_of(dir.file("c")) == 0700);
            CHECK(mode_of(asked) == 0600);
        }
        hide_rows_from_index(path, 1);
        CHECK_THROWS_AS(require_intact(path, dir.file("d/backups"), CheckScope::full), DamagedDatabaseError);
        CHECK(mode_of(dir.file("d")) == 0700);  // where the damage found is remembered
        CHECK(mode_of(dir.file("d/backups/damage-found")) == 0600);
        RepairOutcome repaired = repair_indexes(path);
        CHECK(mode_of(repaired.kept_copy) == 0600);
    }
}

TEST_CASE("An empty file adopted as a database becomes 0600 before anything is written", "[store][modes]") {
    Umask guard(0);
    TempDir dir;
    std::string path = dir.file("adopted.db");
    int fd = ::open(path.c_str(), O_CREAT | O_WRONLY, 0666);
    REQUIRE(fd >= 0);
    ::close(fd);
    REQUIRE(mode_of(path) == 0666);
    Database db = Database::open(path);
    CHECK(mode_of(path) == 0600);
    CHECK(mode_of(path + "-wal") == 0600);
    CHECK(db.schema_version() == latest_schema_version());
}
