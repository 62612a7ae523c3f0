// Files Stepwise may read but not change: a read-only file, a read-only folder
// (a write needs -wal/-shm or -journal beside the file), a read-only file system.
// Tests run as root, whom mode bits do not stop: the immutable attribute
// (chattr +i) stops root too, and is what is used when running as root.
#include "store/damage_support.hpp"
#include "store/migrations.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <sys/wait.h>
#include <unistd.h>

using namespace sw;
using namespace sw::test;

namespace {

// Makes a file or folder unwritable for this process until the end of the scope.
struct Unwritable {
    std::string path;
    explicit Unwritable(std::string p) : path(std::move(p)) {
        int rc = ::geteuid() == 0 ? std::system(("chattr +i " + shell_quote(path)).c_str())
                                  : std::system(("chmod a-w " + shell_quote(path)).c_str());
        REQUIRE(rc == 0);
        REQUIRE(::access(path.c_str(), W_OK) != 0);
    }
    ~Unwritable() {
        std::string undo = (::geteuid() == 0 ? "chattr -i " : "chmod u+w ") + shell_quote(path) + " 2>/dev/null";
        if (std::system(undo.c_str()) != 0) WARN("could not make " << path << " writable again");
    }
};

void add_entry(Database& db) {
    db.write([&] {
        ProgressEntry e;
        e.goal_id = 1;
        e.date = *parse_iso_day("2026-03-01");
        e.value = 1;
        insert_entry(db, e);
    });
}

}  // namespace

TEST_CASE("A read-only file is shown but not changed, and says so", "[store][read-only]") {
    TempDir dir;
    std::string path = dir.file("s.db");
    make_goal_with_entries(path, 3);
    std::string before = read_bytes(path);
    Unwritable frozen(path);

    Database db = Database::open(path, OpenOptions::for_app(*parse_iso_day("2026-11-26")));
    CHECK(load_goals(db).size() == 1);
    CHECK(load_entries_for_goal(db, 1).size() == 3);
    CHECK(db.read_only_reason() == path + " is read-only; Stepwise can show it but not change it");
    CHECK_THROWS_WITH(add_entry(db), db.read_only_reason());
    CHECK(read_bytes(path) == before);
}

TEST_CASE("A file in a read-only folder is shown but not changed, and says why", "[store][read-only]") {
    TempDir dir;
    std::filesystem::create_directories(dir.file("locked"));
    std::string path = dir.file("locked/s.db");
    make_goal_with_entries(path, 3);
    REQUIRE_FALSE(std::filesystem::exists(path + "-wal"));  // a clean close leaves no WAL to read from
    std::string before = read_bytes(path);
    Unwritable frozen(dir.file("locked"));

    Database db = Database::open(path, OpenOptions::for_app(*parse_iso_day("2026-11-26")));
    CHECK(load_entries_for_goal(db, 1).size() == 3);
    CHECK(db.read_only_reason().find("the folder " + dir.file("locked") + " is read-only") != std::string::npos);
    CHECK(db.read_only_reason().find("Stepwise can show it but not change it") != std::string::npos);
    CHECK_THROWS_WITH(add_entry(db), db.read_only_reason());
    CHECK(read_bytes(path) == before);
}

TEST_CASE("A read-only file that needs upgrading is refused, unchanged", "[store][read-only]") {
    TempDir dir;
    std::string path = dir.file("old.db");
    {
        SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        migrate_to(raw, 2);
    }
    std::string before = read_bytes(path);
    Unwritable frozen(path);
    CHECK_THROWS_WITH(Database::open(path), Catch::Contains(path + " is read-only") &&
                                                Catch::Contains("must upgrade it to schema version") &&
                                                Catch::Contains("nothing was changed"));
    CHECK(read_bytes(path) == before);
}

TEST_CASE("A new database cannot be made in a read-only folder, and the message says so", "[store][read-only]") {
    TempDir dir;
    std::filesystem::create_directories(dir.file("locked"));
    Unwritable frozen(dir.file("locked"));
    CHECK_THROWS_WITH(Database::open(dir.file("locked/s.db")),
                      "cannot create " + dir.file("locked/s.db") + ": its folder is read-only");
    CHECK_THROWS_WITH(Database::open(dir.file("locked/deeper/s.db")), Catch::Contains("is read-only"));
}

TEST_CASE("On a read-only file system the CLI lists but refuses to log, in one line", "[store][read-only]") {
    TempDir dir;
    std::filesystem::create_directories(dir.file("mnt"));
    std::string path = dir.file("mnt/s.db");
    make_goal_with_entries(path, 3);
    std::string before = read_bytes(path);
    // A private mount namespace: the read-only bind mount is seen by this command only.
    auto in_read_only_mount = [&](const std::string& args) {
        std::string mnt = shell_quote(dir.file("mnt"));
        std::string inner = "mount --bind " + mnt + " " + mnt + " && mount -o remount,bind,ro " + mnt + " " + mnt +
                            " && " + shell_quote(STEPWISE_BIN) + " --db " + shell_quote(path) + " " + args;
        std::string cmd = "unshare -m sh -c " + shell_quote(inner) + " >" + shell_quote(dir.file("out")) + " 2>" +
                          shell_quote(dir.file("err"));
        int status = std::system(cmd.c_str());
        return RunResult{WIFEXITED(status) ? WEXITSTATUS(status) : -1, read_bytes(dir.file("out")),
                         read_bytes(dir.file("err"))};
    };
    if (std::system("unshare -m true 2>/dev/null") != 0) {
        WARN("unshare -m is not permitted here: the read-only file system case is not tested");
        return;
    }
    auto list = in_read_only_mount("goal list");
    CHECK(list.exit_code == 0);
    CHECK(list.out.find("Run 100 km") != std::string::npos);
    auto log = in_read_only_mount("log 1 5");
    CHECK(log.exit_code == 1);
    CHECK(log.err == "stepwise: " + path + " is on a read-only file system; Stepwise can show it but not change it\n");
    CHECK(read_bytes(path) == before);
}
