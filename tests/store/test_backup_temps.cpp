// A backup killed half-way leaves its temporary copy; the next backup removes
// such stale temporaries, but never one a running backup is still writing.
#include "store/backup.hpp"
#include "store/damage_support.hpp"
#include "store/integrity.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fcntl.h>
#include <random>
#include <sys/file.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace sw;
using namespace sw::test;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> temporaries_in(const std::string& dir) {
    std::vector<std::string> found;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().filename().string().find(".tmp-") != std::string::npos) found.push_back(e.path().string());
    return found;
}

// A child process backing up `source` into `dest` over and over, killed with
// SIGKILL after a random few milliseconds: true when it left a temporary behind.
bool kill_a_backup_half_way(const std::string& source, const std::string& dest, std::mt19937& rng) {
    pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        try {
            auto db = open_read_only(source);
            for (;;) backup_database(*db, dest);
        } catch (...) {
        }
        ::_exit(3);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(std::uniform_int_distribution<int>(5, 60)(rng)));
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    REQUIRE(WIFSIGNALED(status));  // it was still backing up, not failing
    return !temporaries_in(fs::path(dest).parent_path().string()).empty();
}

}  // namespace

TEST_CASE("A backup killed half-way leaves a temporary copy that the next backup removes", "[store][backup]") {
    TempDir dir;
    std::string source = dir.file("s.db");
    make_goal_with_entries(source, 20000);
    fs::create_directories(dir.file("b"));
    std::string dest = dir.file("b/" + backup_file_name(*parse_iso_day("2026-11-25")));
    std::mt19937 rng(std::random_device{}());
    bool left_one = false;
    for (int attempt = 0; attempt < 40 && !left_one; ++attempt) left_one = kill_a_backup_half_way(source, dest, rng);
    REQUIRE(left_one);

    Database db = Database::open(source);
    std::string next = daily_backup(db, dir.file("b"), *parse_iso_day("2026-11-26"));
    CHECK(temporaries_in(dir.file("b")).empty());
    CHECK(passes_integrity_check(next));
}

TEST_CASE("A temporary still held by a running backup, and other people's files, are left alone", "[store][backup]") {
    TempDir dir;
    std::string source = dir.file("s.db");
    make_goal_with_entries(source, 5);
    fs::create_directories(dir.file("b"));
    std::string live = dir.file("b/.stepwise-2026-11-25.db.tmp-AbCdEf");
    std::string stale = dir.file("b/.stepwise-2026-11-24.db.tmp-XyZ123");
    std::string theirs = dir.file("b/.notes.txt.tmp-ABCDEF");
    for (const auto& p : {live, stale, theirs}) std::ofstream(p) << "partial";
    int held = ::open(live.c_str(), O_RDONLY);
    REQUIRE(::flock(held, LOCK_EX) == 0);  // as the backup that made it holds it

    Database db = Database::open(source);
    daily_backup(db, dir.file("b"), *parse_iso_day("2026-11-26"));
    CHECK(fs::exists(live));
    CHECK_FALSE(fs::exists(stale));
    CHECK(fs::exists(theirs));

    ::close(held);  // that backup died
    daily_backup(db, dir.file("b"), *parse_iso_day("2026-11-26"));
    CHECK_FALSE(fs::exists(live));
    CHECK(fs::exists(theirs));
}
