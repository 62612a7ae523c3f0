// The real binary takes the day's full check and backup after it has answered,
// in a detached process: the command's answer never waits for them.
#include "core/dates.hpp"
#include "store/backup.hpp"
#include "store/damage_support.hpp"
#include "store/integrity.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <thread>

using namespace sw;
using namespace sw::test;
namespace fs = std::filesystem;

namespace {

// The detached process's work shows up as a file; wait for it (or give up).
bool appears(const std::string& path, std::chrono::seconds within = std::chrono::seconds(20)) {
    auto deadline = std::chrono::steady_clock::now() + within;
    while (std::chrono::steady_clock::now() < deadline) {
        if (fs::exists(path)) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return false;
}

}  // namespace

TEST_CASE("A command's answer comes first; the day's backup follows in the background", "[cli][maintenance]") {
    CliOnTempDb cli;
    auto r = cli("goal add --title 'Run 100 km' --due 2027-06-01 --target 100");
    REQUIRE(r.exit_code == 0);
    CHECK(r.out == "1\n");  // the detached process printed nothing into the answer
    std::string today = backup_dir_for(cli.db) + "/" + backup_file_name(today_local());
    REQUIRE(appears(today));
    CHECK(passes_integrity_check(today));
    CHECK(mode_of(today) == 0600);
}

TEST_CASE("Damage the daily check finds is refused by the next command", "[cli][maintenance][damage]") {
    CliOnTempDb cli;
    make_goal_with_entries(cli.db, 60);
    hide_rows_from_index(cli.db, 2);
    std::string damaged = read_bytes(cli.db);
    // This command opens (the open checks only the small tables) and answers;
    // the daily check after it reads everything and finds the damage.
    CHECK(cli("goal list").exit_code == 0);
    REQUIRE(appears(backup_dir_for(cli.db) + "/damage-found"));
    auto r = cli("log 1 5");
    CHECK(r.exit_code == 1);
    CHECK(r.err.find(cli.db + " is damaged") != std::string::npos);
    CHECK(r.err.find("stepwise repair") != std::string::npos);
    CHECK(read_bytes(cli.db) == damaged);
    CHECK_FALSE(fs::exists(backup_dir_for(cli.db) + "/" + backup_file_name(today_local())));
}

TEST_CASE("`check` runs the full check on demand", "[cli][maintenance]") {
    CliOnTempDb cli;
    REQUIRE(cli("goal add --title 'Read' --due 2027-06-01").exit_code == 0);
    auto ok = cli("check");
    CHECK(ok.exit_code == 0);
    CHECK(ok.out == cli.db + " passed a full integrity check\n");
    auto missing = run_stepwise("--db " + shell_quote(cli.dir.file("none.db")) + " check");
    CHECK(missing.exit_code == 1);
    CHECK_FALSE(fs::exists(cli.dir.file("none.db")));
}
