// End-to-end: the real binary on temporary databases.
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>

using namespace sw::test;
using nlohmann::json;

namespace {
using Cli = CliOnTempDb;
}  // namespace

TEST_CASE("goal add prints the new id and goal show --json carries the contract fields", "[cli]") {
    Cli cli;
    auto r = cli("goal add --title 'Run 10 km' --due 2027-03-01 --start 2026-11-01 --unit km --baseline 2 "
                 "--target 10 --measure level --why 'feel strong' --area health --confidence 8");
    REQUIRE(r.exit_code == 0);
    CHECK(r.out == "1\n");
    auto show = cli("goal show 1 --json --on 2026-11-26");
    REQUIRE(show.exit_code == 0);
    json j = json::parse(show.out);
    for (const char* key : {"id", "uuid", "title", "kind", "measure", "unit", "baseline", "target", "start_date",
                            "due_date", "status", "current", "progress", "expected", "trend_per_day",
                            "projected_date", "smart", "steps"})
        CHECK(j.contains(key));
    CHECK(j["title"] == "Run 10 km");
    CHECK(j["kind"] == "numeric");
    CHECK(j["life_area"] == "health");
    CHECK(j["smart"]["time_bound"]["level"] == "ok");
    CHECK(j["current"] == 2.0);
    CHECK(j["steps"].is_array());
}

TEST_CASE("SMART advice goes to stderr, the id to stdout", "[cli]") {
    Cli cli;
    auto r = cli("goal add --title 'Be better' --due 2027-03-01");
    REQUIRE(r.exit_code == 0);
    CHECK(r.out == "1\n");
    CHECK(r.err.find("Relevant") != std::string::npos);
}

TEST_CASE("Bad goal input exits 2 with one line and writes nothing", "[cli]") {
    Cli cli;
    const char* bad[] = {
        "goal add --title '' --due 2027-01-01",
        "goal add --title X --due 2027-02-30",
        "goal add --title X --due 2026-01-01 --start 2026-02-01",
        "goal add --title X --due 2027-01-01 --baseline 5 --target 5",
        "goal add --title X --due 2027-01-01 --target abc",
        "goal add --title X --due 2027-01-01 --unit km",
        "goal add --title X --due 2027-01-01 --confidence 11",
        "goal add --title X --due 2027-01-01 --measure sometimes --target 3",
        "goal add --title X --due 2027-01-01 --no-such-flag",
        "goal show 42",
        "goal show abc",
        "goal delete 1",
    };
    for (const char* args : bad) {
        INFO(args);
        auto r = cli(args);
        CHECK(r.exit_code == 2);
        CHECK(r.err.find("stepwise:") == 0);
        CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
    }
    auto list = cli("goal list --json --all");
    REQUIRE(list.exit_code == 0);
    CHECK(json::parse(list.out).empty());
}

TEST_CASE("goal edit, archive and delete change what goal list shows", "[cli]") {
    Cli cli;
    REQUIRE(cli("goal add --title 'Read 12 books' --due 2027-06-01 --target 12 --measure total --unit books").exit_code == 0);
    REQUIRE(cli("goal add --title 'Learn to swim' --due 2027-06-01").exit_code == 0);
    REQUIRE(cli("goal edit 1 --title 'Read 15 books' --target 15 --private").exit_code == 0);
    json one = json::parse(cli("goal show 1 --json").out);
    CHECK(one["title"] == "Read 15 books");
    CHECK(one["target"] == 15.0);
    CHECK(one["private"] == true);
    REQUIRE(cli("goal archive 2").exit_code == 0);
    CHECK(json::parse(cli("goal list --json").out).size() == 1);
    CHECK(json::parse(cli("goal list --json --all").out).size() == 2);
    CHECK(cli("goal edit 1 --due 2020-01-01").exit_code == 2);  // due before start fails, nothing changes
    CHECK(json::parse(cli("goal show 1 --json").out)["due_date"] == "2027-06-01");
    REQUIRE(cli("goal delete 2 --yes").exit_code == 0);
    CHECK(json::parse(cli("goal list --json --all").out).size() == 1);
}

TEST_CASE("A foreign file given as --db is refused with exit 1 and left alone", "[cli]") {
    TempDir dir;
    std::string path = dir.file("notes.txt");
    { std::ofstream(path) << "hello"; }
    auto r = run_stepwise("--db " + shell_quote(path) + " goal list");
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("not a Stepwise database") != std::string::npos);
    CHECK(std::filesystem::file_size(path) == 5);
}

TEST_CASE("The default database lives under XDG_DATA_HOME and is private", "[cli]") {
    TempDir dir;
    auto r = run_stepwise("goal add --title 'Walk daily' --due 2027-01-01",
                          "XDG_DATA_HOME=" + shell_quote(dir.path.string()));
    REQUIRE(r.exit_code == 0);
    std::string db = dir.file("stepwise/stepwise.db");
    REQUIRE(std::filesystem::exists(db));
    struct stat st {};
    ::stat(db.c_str(), &st);
    CHECK((st.st_mode & 0777) == 0600);
}

TEST_CASE("The version and help flags exit 0 and an unknown command exits 2", "[cli]") {
    auto v = run_stepwise("--version");
    CHECK(v.exit_code == 0);
    CHECK(v.out.find("stepwise") != std::string::npos);
    CHECK(run_stepwise("--help").exit_code == 0);
    CHECK(run_stepwise("frobnicate").exit_code == 2);
}

TEST_CASE("A habit goal is added with --kind habit --rate and reads its numbers in goal show --json", "[cli][habit]") {
    sw::test::CliOnTempDb cli;
    auto add = cli("goal add --title 'Meditate' --kind habit --rate 0.8 --start 2026-11-01 --due 2026-11-30");
    REQUIRE(add.exit_code == 0);
    REQUIRE(cli("step add 1 --title 'Sit for ten minutes' --repeat daily --start 2026-11-01").exit_code == 0);
    for (int d = 1; d <= 10; ++d) {
        char date[16];
        std::snprintf(date, sizeof date, "2026-11-%02d", d);
        REQUIRE(cli(std::string("step done 1 --date ") + date).exit_code == 0);
    }
    REQUIRE(cli("step skip 1 --date 2026-11-11").exit_code == 0);
    nlohmann::json g = nlohmann::json::parse(cli("goal show 1 --json --on 2026-11-12").out);
    CHECK(g["kind"] == "habit");
    CHECK(g["target_rate"] == 0.8);
    // Planned: 30 days of November less the skipped 11th. Scheduled by the 12th:
    // the 1st to the 11th less the skip (the 12th is still open). Done: 10.
    CHECK(g["planned"] == 29);
    CHECK(g["scheduled"] == 10);
    CHECK(g["done"] == 10);
    CHECK(g["progress"].get<double>() == Approx(10.0 / (0.8 * 29)));
    CHECK(g["expected"].get<double>() == Approx(11.0 / 29));
    CHECK(g["status"] == "on_track");  // 0.431 against 0.379
    // Ten days done in a row: s = 1 - m^10 with m = 0.5^(1/13).
    CHECK(g["strength"].get<double>() == Approx(1 - std::pow(0.5, 10.0 / 13)));
    auto text = cli("goal show 1 --on 2026-11-12");
    CHECK(text.out.find("Habit: 10 of 10 scheduled days done so far, aiming at 80% of 29") != std::string::npos);
}

TEST_CASE("goal add and edit refuse a rate out of range or on a goal that is not a habit", "[cli][habit]") {
    sw::test::CliOnTempDb cli;
    auto too_big = cli("goal add --title 'Meditate' --kind habit --rate 1.5 --due 2027-01-01");
    CHECK(too_big.exit_code == 2);
    CHECK(too_big.err.find("--rate must be more than 0 and at most 1") != std::string::npos);
    auto not_habit = cli("goal add --title 'Read' --rate 0.5 --due 2027-01-01");
    CHECK(not_habit.exit_code == 2);
    CHECK(not_habit.err.find("--rate belongs to habit goals") != std::string::npos);
    auto mixed = cli("goal add --title 'Run' --kind habit --target 10 --due 2027-01-01");
    CHECK(mixed.exit_code == 2);
    CHECK(mixed.err.find("belong to numeric goals") != std::string::npos);
    CHECK(cli("goal list --json").out == "[]\n");

    REQUIRE(cli("goal add --title 'Meditate' --kind habit --due 2027-01-01").exit_code == 0);
    REQUIRE(cli("goal edit 1 --rate 0.6").exit_code == 0);
    nlohmann::json g = nlohmann::json::parse(cli("goal show 1 --json").out);
    CHECK(g["target_rate"] == 0.6);
    CHECK(g["kind"] == "habit");
    auto zero = cli("goal edit 1 --rate 0");
    CHECK(zero.exit_code == 2);
    REQUIRE(cli("goal add --title 'Read' --due 2027-01-01").exit_code == 0);
    auto milestone_rate = cli("goal edit 2 --rate 0.5");
    CHECK(milestone_rate.exit_code == 2);
    CHECK(milestone_rate.err.find("--rate belongs to habit goals") != std::string::npos);
}
