// End-to-end edge cases: bad input writes nothing, odd values are refused clearly.
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sys/stat.h>

using namespace sw::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {
using Cli = CliOnTempDb;
}  // namespace

TEST_CASE("Bad input on a new database path creates no file at all", "[cli]") {
    TempDir dir;
    std::string db = dir.file("new/dir/s.db");
    for (const char* args : {"goal add --title x --due bogus", "log 1 abc", "step add 1 --title x --repeat weekly:XX",
                             "today --on 2026-02-30", "checkin --mood 9"}) {
        INFO(args);
        CHECK(run_stepwise("--db " + shell_quote(db) + " " + args).exit_code == 2);
    }
    CHECK_FALSE(fs::exists(dir.file("new")));
}

TEST_CASE("A refused foreign database keeps its file mode", "[cli]") {
    TempDir dir;
    std::string path = dir.file("notes.txt");
    { std::ofstream(path) << "hello"; }
    ::chmod(path.c_str(), 0644);
    CHECK(run_stepwise("--db " + shell_quote(path) + " goal list").exit_code == 1);
    struct stat st {};
    ::stat(path.c_str(), &st);
    CHECK((st.st_mode & 0777) == 0644);
}

TEST_CASE("Numbers must be plain decimals of a sane size", "[cli][numbers]") {
    Cli cli;
    REQUIRE(cli("goal add --title 'Save money' --due 2027-06-01 --target 1000 --measure total").exit_code == 0);
    const std::pair<const char*, const char*> refused[] = {
        {"0x10", "not a number"}, {"inf", "not a number"},   {"nan", "not a number"},
        {"1e999", "exponent"},    {"-12.5e2", "exponent"},   {"2000000000000", "too large"},
        {"1,000", "comma"},       {"1.000.000", "more than one separator"}};
    for (auto [v, why] : refused) {
        INFO(v);
        auto r = cli(std::string("log 1 ") + v);
        CHECK(r.exit_code == 2);
        CHECK(r.err.find(why) != std::string::npos);
    }
    CHECK(cli("log 1 -1250").exit_code == 0);
    CHECK(cli("log 1 ' 5'").exit_code == 0);  // spaces around a number are not part of it
    CHECK(cli("goal add --title 'Huge' --due 2027-06-01 --baseline -1e308 --target 1e308").exit_code == 2);
}

TEST_CASE("A decimal comma is read where the settings or the locale say so", "[cli][numbers]") {
    Cli cli;
    REQUIRE(cli("goal add --title 'Weight' --due 2027-06-01 --baseline 90 --target 80 --unit kg").exit_code == 0);
    auto in_c = [&](const std::string& args) { return run_stepwise("--db " + shell_quote(cli.db) + " " + args, "LC_ALL=C"); };
    auto refused = in_c("log 1 85,4");  // the C locale reads numbers with a point
    CHECK(refused.exit_code == 2);
    CHECK(refused.err.find("comma") != std::string::npos);
    REQUIRE(cli("settings set decimal_separator comma").exit_code == 0);
    CHECK(cli("settings get decimal_separator").out == "comma\n");
    REQUIRE(in_c("log 1 85,4").exit_code == 0);  // the setting wins over the locale
    auto shown = in_c("goal show 1");
    CHECK(shown.out.find("now 85,4 kg") != std::string::npos);
    auto json = cli("log list 1 --json");
    CHECK(json.out.find("85.4") != std::string::npos);  // JSON numbers stay JSON numbers
    CHECK(cli("settings set decimal_separator dot").exit_code == 2);
    CHECK(cli("settings set colour red").exit_code == 2);
    REQUIRE(cli("settings set decimal_separator automatic").exit_code == 0);
    auto german = run_stepwise("--db " + shell_quote(cli.db) + " log 1 84,9", "LC_ALL=de_DE.UTF-8");
    CHECK(german.exit_code == 0);
}

TEST_CASE("Dates outside 1900-2200 are refused", "[cli]") {
    Cli cli;
    CHECK(cli("goal add --title 'Ancient' --start 0000-01-01 --due 0001-01-01").exit_code == 2);
    CHECK(cli("checkin --date 9999-12-31 --mood 3").exit_code == 2);
    CHECK(cli("goal add --title 'Fine' --start 1999-01-01 --due 2199-01-01").exit_code == 0);
}

TEST_CASE("Titles are kept on one line and within a sensible length", "[cli]") {
    Cli cli;
    // Refused, not joined up: what is saved is what was typed.
    auto split = cli("goal add --title \"$(printf 'Line one\\nline two')\" --due 2027-06-01");
    CHECK(split.exit_code == 2);
    CHECK(split.err.find("the title must be one line") != std::string::npos);
    CHECK(cli("goal list --json").out == "[]\n");
    auto r = cli("goal add --title " + std::string(250, 'a') + " --due 2027-06-01");
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("too long") != std::string::npos);
}

TEST_CASE("Undoing what was not done, or ticking a dropped step, is refused", "[cli]") {
    Cli cli;
    REQUIRE(cli("goal add --title 'Run' --start 2026-10-01 --due 2027-06-01").exit_code == 0);
    REQUIRE(cli("step add 1 --title 'Run' --repeat daily --start 2026-11-01").exit_code == 0);
    REQUIRE(cli("step add 1 --title 'Buy shoes'").exit_code == 0);
    auto undo = cli("step undo 1 --date 2026-11-20");
    CHECK(undo.exit_code == 2);
    CHECK(undo.err.find("nothing to undo") != std::string::npos);
    CHECK(cli("step undo 2").exit_code == 2);
    REQUIRE(cli("step drop 2").exit_code == 0);
    CHECK(cli("step done 2").exit_code == 2);
}

TEST_CASE("A check-in that suggests distress is saved and answered with a calm note", "[cli]") {
    Cli cli;
    auto r = cli("checkin --mood 1 --obstacle 'I feel hopeless'");
    CHECK(r.exit_code == 0);
    CHECK(r.err.find("licensed professional") != std::string::npos);
    auto ok = cli("checkin --date yesterday --mood 4 --win 'I killed it at the gym'");
    CHECK(ok.exit_code == 0);
    CHECK(ok.err.empty());
}

TEST_CASE("goal list --json lists goals without a misleading empty steps array", "[cli]") {
    Cli cli;
    REQUIRE(cli("goal add --title 'Run' --due 2027-06-01").exit_code == 0);
    REQUIRE(cli("step add 1 --title 'Run'").exit_code == 0);
    json list = json::parse(cli("goal list --json").out);
    REQUIRE(list.size() == 1);
    CHECK_FALSE(list[0].contains("steps"));
    CHECK(list[0]["steps_open"] == 1);
    CHECK(json::parse(cli("goal show 1 --json").out)["steps"].size() == 1);
}

TEST_CASE("An empty --db is a usage error", "[cli]") {
    auto r = run_stepwise("--db '' goal list");
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("--db") != std::string::npos);
}

TEST_CASE("Progress and check-ins cannot be recorded for days that have not happened", "[cli]") {
    Cli cli;
    REQUIRE(cli("goal add --title 'Run' --due 2199-06-01 --target 10 --unit km").exit_code == 0);
    CHECK(cli("log 1 3 --date 2199-01-01").exit_code == 2);
    CHECK(cli("checkin --date 2199-01-01 --mood 3").exit_code == 2);
    auto multi = cli("log 1 3 --date \"$(printf '2026-01-01\\nx')\"");
    CHECK(multi.exit_code == 2);
    CHECK(std::count(multi.err.begin(), multi.err.end(), '\n') == 1);  // one line, whatever was typed
}

TEST_CASE("Text that is not UTF-8 is refused, so JSON and export keep working", "[cli]") {
    Cli cli;
    auto r = cli("goal add --title \"$(printf 'Caf\\351 run')\" --due 2027-06-01");
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("UTF-8") != std::string::npos);
    CHECK(cli("goal list --json").exit_code == 0);
}
