// A connection keeps its locks while the same process reads the file for other
// reasons (the header check of a second open, the daily backup, a repair's copy).
// POSIX drops every lock a process holds on a file when any descriptor of it is
// closed; losing the SHARED lock let another process delete the WAL under a live
// connection, and sixteen processes adding goals to a new file lost one
// (store/database_file.hpp).
#include "store/backup.hpp"
#include "store/damage_support.hpp"
#include "store/database_file.hpp"
#include "store/integrity.hpp"
#include "store/maintenance.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include <sys/stat.h>
#include <unistd.h>

using namespace sw;
using namespace sw::test;

namespace {

// Whether this process holds a POSIX lock on the file, as the kernel lists it in
// /proc/locks ("1: POSIX  ADVISORY  READ  1234 08:01:56789 1073741826 …").
bool this_process_locks(const std::string& path) {
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    std::ifstream locks("/proc/locks");
    REQUIRE(locks);
    std::string line;
    while (std::getline(locks, line)) {
        std::istringstream fields(line);
        std::string number, kind, advisory, mode, pid, device;
        if (!(fields >> number >> kind)) continue;
        if (kind == "->") fields >> kind;  // a waiting lock: "1: -> POSIX …"
        if (!(fields >> advisory >> mode >> pid >> device)) continue;
        std::string inode = device.substr(device.rfind(':') + 1);
        if (kind == "POSIX" && pid == std::to_string(::getpid()) && inode == std::to_string(st.st_ino)) return true;
    }
    return false;
}

// A raw connection that has read the file: in WAL mode it keeps a SHARED lock
// on the database file from then on.
int goals_read_by(SQLite::Database& raw) { return raw.execAndGet("SELECT count(*) FROM goals").getInt(); }

Day day(const char* text) { return *parse_iso_day(text); }

}  // namespace

TEST_CASE("A connection keeps its lock while this process opens, checks and backs up the same file",
          "[store][concurrency]") {
    TempDir dir;
    std::string path = dir.file("s.db");
    make_goal_with_entries(path, 5);
    SQLite::Database raw(path, SQLite::OPEN_READWRITE);
    REQUIRE(goals_read_by(raw) == 1);
    REQUIRE(this_process_locks(path));  // the setup itself: the lock the rest must keep

    CHECK(read_database_start(path, 16) == std::string("SQLite format 3\0", 16));
    CHECK(this_process_locks(path));

    { Database again = Database::open(path, OpenOptions::for_app(day("2026-12-02"))); }
    CHECK(this_process_locks(path));

    MaintenanceReport report = run_daily_maintenance(path, backup_dir_for(path), day("2026-12-02"));
    REQUIRE(report.backup);
    CHECK(this_process_locks(path));
    CHECK(goals_read_by(raw) == 1);
}

TEST_CASE("A repair's copy of the damaged file leaves this process's other connection locked",
          "[store][concurrency]") {
    TempDir dir;
    std::string path = dir.file("s.db");
    make_goal_with_entries(path, 5);
    hide_rows_from_index(path, 3);
    SQLite::Database raw(path, SQLite::OPEN_READONLY);
    REQUIRE(goals_read_by(raw) == 1);
    REQUIRE(this_process_locks(path));

    RepairOutcome outcome = repair_indexes(path);
    REQUIRE_FALSE(outcome.kept_copy.empty());
    CHECK(this_process_locks(path));
}

TEST_CASE("The first bytes of a database file are read whole, short or not at all", "[store]") {
    TempDir dir;
    std::string path = dir.file("s.db");
    make_goal_with_entries(path, 1);
    CHECK(read_database_start(path, 100).size() == 100);
    std::ofstream(dir.file("short")) << "SQLite";
    CHECK(read_database_start(dir.file("short"), 16) == "SQLite");
    CHECK_THROWS_WITH(read_database_start(dir.file("missing"), 16), Catch::Contains("cannot read"));
}
