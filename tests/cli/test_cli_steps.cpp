// End-to-end: steps, check-ins, progress and today on temporary databases.
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace sw::test;
using nlohmann::json;

namespace {
using Cli = CliOnTempDb;

void seed_goal(const Cli& cli) {
    REQUIRE(cli("goal add --title 'Run 10 km' --start 2026-10-01 --due 2027-03-01 --unit km --baseline 0 --target 10")
                .exit_code == 0);
}
}  // namespace

TEST_CASE("A recurring step is ticked per day and shows its streak", "[cli]") {
    Cli cli;
    seed_goal(cli);
    auto add = cli("step add 1 --title 'Run' --repeat weekly:MO,WE,FR --start 2026-11-02 --if 'it rains' --then 'use the treadmill'");
    REQUIRE(add.exit_code == 0);
    CHECK(add.out == "1\n");
    for (const char* d : {"2026-11-16", "2026-11-18", "2026-11-20"}) REQUIRE(cli(std::string("step done 1 --date ") + d).exit_code == 0);
    json steps = json::parse(cli("step list 1 --json").out);
    REQUIRE(steps.size() == 1);
    CHECK(steps[0]["repeat"] == "weekly:MO,WE,FR");
    CHECK(steps[0]["if"] == "it rains");
    // Today is not fixed, so the streak over these three days is checked on a fixed day.
    json today = json::parse(cli("today --json --on 2026-11-20").out);
    REQUIRE(today["recurring"].size() == 1);
    CHECK(today["recurring"][0]["done"] == true);
    CHECK(today["recurring"][0]["streak"] == 3);
    CHECK(today["recurring"][0]["done_dates"].size() == 3);
    REQUIRE(cli("step undo 1 --date 2026-11-18").exit_code == 0);
    today = json::parse(cli("today --json --on 2026-11-20").out);
    CHECK(today["recurring"][0]["streak"] == 1);
    CHECK(today["recurring"][0]["best_streak"] == 1);
}

TEST_CASE("step skip keeps a streak, step skip --undo opens the day again", "[cli]") {
    Cli cli;
    seed_goal(cli);
    REQUIRE(cli("step add 1 --title 'Stretch' --repeat daily --start 2026-11-01").exit_code == 0);
    for (const char* d : {"2026-11-17", "2026-11-18", "2026-11-20"}) REQUIRE(cli(std::string("step done 1 --date ") + d).exit_code == 0);
    auto skip = cli("step skip 1 --date 2026-11-19");
    REQUIRE(skip.exit_code == 0);
    CHECK(skip.err.empty());
    json today = json::parse(cli("today --json --on 2026-11-20").out);
    CHECK(today["recurring"][0]["streak"] == 3);  // three days done, the skipped one left out
    json on_19 = json::parse(cli("today --json --on 2026-11-19").out);
    CHECK(on_19["recurring"][0]["mark"] == "skipped");
    json history = json::parse(cli("history --json --limit 1").out);
    CHECK(history[0]["command"] == "skip_step");

    REQUIRE(cli("step skip 1 --date 2026-11-19 --undo").exit_code == 0);
    today = json::parse(cli("today --json --on 2026-11-20").out);
    CHECK(today["recurring"][0]["streak"] == 1);
    auto again = cli("step skip 1 --date 2026-11-19 --undo");
    CHECK(again.exit_code == 2);
    CHECK(again.err.find("was not skipped on 2026-11-19") != std::string::npos);

    auto future = cli("step skip 1 --date 2099-01-01");
    CHECK(future.exit_code == 2);
    CHECK(future.err.find("future day") != std::string::npos);
    auto no_date = cli("step skip 1");
    CHECK(no_date.exit_code == 2);
    CHECK(no_date.err.find("--date") != std::string::npos);
}

TEST_CASE("Completing a recurring step on a day it is not scheduled is refused", "[cli]") {
    Cli cli;
    seed_goal(cli);
    REQUIRE(cli("step add 1 --title 'Run' --repeat weekly:MO --start 2026-11-02").exit_code == 0);
    auto r = cli("step done 1 --date 2026-11-03");  // a Tuesday
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("not scheduled") != std::string::npos);
}

TEST_CASE("Bad step input exits 2 and writes nothing", "[cli]") {
    Cli cli;
    seed_goal(cli);
    for (const char* args : {"step add 1 --title X --repeat weekly:XX", "step add 1 --title X --repeat every:0",
                             "step add 9 --title X", "step add 1 --title X --due 2026-02-30",
                             "step add 1 --title X --if 'only if'", "step done 77", "step drop abc"}) {
        INFO(args);
        CHECK(cli(args).exit_code == 2);
    }
    CHECK(json::parse(cli("step list --json").out).empty());
}

TEST_CASE("One-off steps appear as due and overdue, and leave once done", "[cli]") {
    Cli cli;
    seed_goal(cli);
    REQUIRE(cli("step add 1 --title 'Buy shoes' --due 2026-11-20").exit_code == 0);
    REQUIRE(cli("step add 1 --title 'Plan route' --due 2026-11-22").exit_code == 0);
    json t = json::parse(cli("today --json --on 2026-11-22").out);
    CHECK(t["date"] == "2026-11-22");
    REQUIRE(t["overdue"].size() == 1);
    CHECK(t["overdue"][0]["title"] == "Buy shoes");
    REQUIRE(t["due"].size() == 1);
    CHECK(t["due"][0]["title"] == "Plan route");
    CHECK(t["checkin"].is_null());
    REQUIRE(cli("step done 1 --date 2026-11-21").exit_code == 0);
    t = json::parse(cli("today --json --on 2026-11-22").out);
    CHECK(t["overdue"].empty());
    REQUIRE(cli("step drop 2").exit_code == 0);
    t = json::parse(cli("today --json --on 2026-11-22").out);
    CHECK(t["due"].empty());
}

TEST_CASE("Check-ins are saved, merged per day and validated", "[cli]") {
    Cli cli;
    REQUIRE(cli("checkin --date 2026-11-25 --mood 4 --confidence 7 --win 'ran 5 km'").exit_code == 0);
    REQUIRE(cli("checkin --date 2026-11-25 --next 'stretch'").exit_code == 0);
    json c = json::parse(cli("checkin show --date 2026-11-25 --json").out);
    CHECK(c["mood"] == 4);
    CHECK(c["win"] == "ran 5 km");
    CHECK(c["next_step"] == "stretch");
    CHECK(cli("checkin --mood 6").exit_code == 2);
    CHECK(cli("checkin --date 2026-02-30 --mood 3").exit_code == 2);
    CHECK(cli("checkin").exit_code == 2);
    CHECK(cli("checkin show --date 2026-11-24 --json").out == "null\n");
}

TEST_CASE("Logged progress moves current and progress; bad values are refused", "[cli]") {
    Cli cli;
    seed_goal(cli);
    REQUIRE(cli("log 1 4 --date 2026-11-20 --note 'easy pace'").exit_code == 0);
    REQUIRE(cli("log 1 5 --date 2026-11-21").exit_code == 0);
    json g = json::parse(cli("goal show 1 --json --on 2026-11-21").out);
    CHECK(g["current"] == 5.0);
    CHECK(g["progress"] == Approx(0.5));
    json entries = json::parse(cli("log list 1 --json").out);
    REQUIRE(entries.size() == 2);
    CHECK(entries[0]["value"] == 5.0);  // newest first
    CHECK(entries[1]["note"] == "easy pace");
    CHECK(cli("log 1 abc").exit_code == 2);
    CHECK(cli("log 1 3 --date 2026-13-01").exit_code == 2);
    CHECK(cli("log 99 3").exit_code == 2);
    int64_t first = entries[1]["id"];
    REQUIRE(cli("log delete " + std::to_string(first)).exit_code == 0);
    CHECK(json::parse(cli("log list 1 --json").out).size() == 1);
}

TEST_CASE("step add --repeat times:K/week: listed with the week's count; bad K refused", "[cli]") {
    sw::test::CliOnTempDb cli;
    REQUIRE(cli("goal add --title 'Get fit this winter' --due 2027-03-01").exit_code == 0);
    auto add = cli("step add 1 --title Swim --repeat times:3/week --start 2026-01-05");
    REQUIRE(add.exit_code == 0);
    REQUIRE(cli("step done 1 --date yesterday").exit_code == 0);
    auto list = cli("step list");
    CHECK(list.out.find("3 times a week, ") != std::string::npos);
    CHECK(list.out.find(" this week, streak ") != std::string::npos);
    auto json = cli("step list --json");
    CHECK(json.out.find("\"repeat\": \"times:3/week\"") != std::string::npos);
    auto bad = cli("step add 1 --title Row --repeat times:9/week");
    CHECK(bad.exit_code == 2);
    CHECK(bad.err.find("times:K/week with K from 1 to 7") != std::string::npos);
    CHECK(bad.err.find('\n') == bad.err.size() - 1);
}
