// `stepwise repair`, and what every other command does with a damaged file.
#include "store/backup.hpp"
#include "store/damage_support.hpp"
#include "store/integrity.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace sw;
using namespace sw::test;
namespace fs = std::filesystem;

namespace {
std::string only_line(const std::string& text) {
    REQUIRE_FALSE(text.empty());
    CHECK(text.find('\n') == text.size() - 1);
    return text;
}
}  // namespace

TEST_CASE("Index-only damage: writes are refused untouched until repair rebuilds it", "[cli][damage]") {
    CliOnTempDb cli;
    REQUIRE(cli("goal add --title 'Run 100 km' --due 2027-06-01 --target 100 --measure total").exit_code == 0);
    for (int i = 1; i <= 20; ++i) REQUIRE(cli("log 1 " + std::to_string(i) + " --date 2026-10-01").exit_code == 0);
    hide_rows_from_index(cli.db, 2);
    std::string damaged = read_bytes(cli.db);
    // Entries are too many to check on every open: the daily check (or `check`,
    // its on-demand form) finds the damage, and from then on every command refuses.
    auto check = cli("check");
    CHECK(check.exit_code == 1);
    CHECK(only_line(check.err).find("missing from index entries_by_goal") != std::string::npos);
    CHECK(read_bytes(cli.db) == damaged);

    for (const char* write : {"goal add --title 'Another goal' --due 2027-06-01", "log 1 5", "checkin --mood 3"}) {
        INFO(write);
        auto r = cli(write);
        CHECK(r.exit_code == 1);
        std::string err = only_line(r.err);
        CHECK(err.find(cli.db + " is damaged") != std::string::npos);
        CHECK(err.find("stepwise repair") != std::string::npos);
        CHECK(read_bytes(cli.db) == damaged);
    }

    auto repair = cli("repair");
    CHECK(repair.exit_code == 0);
    CHECK(repair.out.find("rebuilt the indexes of " + cli.db) != std::string::npos);
    CHECK(repair.out.find("kept as " + cli.db + ".damaged-") != std::string::npos);
    CHECK(table_rows(cli.db, "progress_entries") == 22);
    CHECK(passes_integrity_check(cli.db));

    REQUIRE(cli("log 1 7").exit_code == 0);
    CHECK(table_rows(cli.db, "progress_entries") == 23);
    auto again = cli("repair");
    CHECK(again.exit_code == 0);
    CHECK(again.out.find("nothing to repair") != std::string::npos);
}

TEST_CASE("Repairing an intact database writes nothing", "[cli][damage]") {
    CliOnTempDb cli;
    REQUIRE(cli("goal add --title 'Run 100 km' --due 2027-06-01").exit_code == 0);
    std::string before = read_bytes(cli.db);
    auto r = cli("repair");
    CHECK(r.exit_code == 0);
    CHECK(r.out == cli.db + " passed its integrity check; nothing to repair, nothing was changed\n");
    CHECK(read_bytes(cli.db) == before);
    for (const auto& e : fs::directory_iterator(cli.dir.path))
        CHECK(e.path().filename().string().find("damaged") == std::string::npos);
}

TEST_CASE("Damage beyond the indexes: repair refuses and names the newest good backup", "[cli][damage]") {
    CliOnTempDb cli;
    make_goal_with_entries(cli.db, 2000);
    REQUIRE(cli("backup").exit_code == 0);  // today's backup in <db>-backups
    auto backup = newest_good_backup(backup_dir_for(cli.db));
    REQUIRE(backup);
    damage_pages(cli.db);
    std::string before = read_bytes(cli.db);

    auto r = cli("repair");
    CHECK(r.exit_code == 1);
    std::string err = only_line(r.err);
    CHECK(err.find(cli.db + " is damaged") != std::string::npos);
    CHECK(err.find("Newest good backup: " + *backup) != std::string::npos);
    CHECK(read_bytes(cli.db) == before);
    CHECK(cli("log 1 5").exit_code == 1);
    CHECK(read_bytes(cli.db) == before);
}

TEST_CASE("Repair of a missing file says there is none", "[cli][damage]") {
    CliOnTempDb cli;
    auto r = cli("repair");
    CHECK(r.exit_code == 1);
    CHECK(r.err == "stepwise: there is no database file at " + cli.db + "\n");
    CHECK_FALSE(fs::exists(cli.db));
}
