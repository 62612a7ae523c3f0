// Concurrent command-line writers on one file: no edit is lost.
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <string>

using namespace sw::test;
using nlohmann::json;

namespace {

// Runs both commands at the same time in the background and waits for both;
// returns how many failed.
int run_pair(const std::string& db, const std::string& a, const std::string& b) {
    std::string bin = shell_quote(STEPWISE_BIN), q = shell_quote(db);
    std::string script = "fail=0; " + bin + " --db " + q + " " + a + " & p1=$!; " + bin + " --db " + q + " " + b +
                         " & p2=$!; wait $p1 || fail=$((fail+1)); wait $p2 || fail=$((fail+1)); exit $fail";
    int status = std::system(("sh -c " + shell_quote(script) + " 2>/dev/null").c_str());
    return WEXITSTATUS(status);
}

}  // namespace

TEST_CASE("Concurrent edits of different fields of one goal both land", "[cli][concurrency]") {
    CliOnTempDb cli;
    REQUIRE(cli("goal add --title Launch --due 2027-06-01").exit_code == 0);
    REQUIRE(cli("step add 1 --title 'Pick a domain'").exit_code == 0);
    for (int i = 0; i < 25; ++i) {
        std::string why = "why" + std::to_string(i), res = "res" + std::to_string(i);
        REQUIRE(run_pair(cli.db, "goal edit 1 --why " + why, "goal edit 1 --resources " + res) == 0);
        json g = json::parse(cli("goal show 1 --json").out);
        INFO("pair " << i);
        CHECK(g["why"] == why);
        CHECK(g["resources"] == res);
    }
}

TEST_CASE("Concurrent edits of one step and a tick of it all land", "[cli][concurrency]") {
    CliOnTempDb cli;
    REQUIRE(cli("goal add --title Launch --due 2027-06-01").exit_code == 0);
    REQUIRE(cli("step add 1 --title 'Pick a domain'").exit_code == 0);
    for (int i = 0; i < 15; ++i) {
        std::string notes = "n" + std::to_string(i), title = "t" + std::to_string(i);
        REQUIRE(run_pair(cli.db, "step edit 1 --notes " + notes, "step edit 1 --title " + title) == 0);
        json steps = json::parse(cli("step list 1 --json").out);
        INFO("pair " << i);
        CHECK(steps[0]["notes"] == notes);
        CHECK(steps[0]["title"] == title);
    }
    REQUIRE(run_pair(cli.db, "step edit 1 --notes last", "step done 1") == 0);
    json steps = json::parse(cli("step list 1 --json").out);
    CHECK(steps[0]["notes"] == "last");
    CHECK(steps[0]["status"] == "done");
}

TEST_CASE("history lists the journal newest first, in words and as JSON", "[cli][journal]") {
    CliOnTempDb cli;
    REQUIRE(cli("goal add --title 'Run 10 km' --due 2027-06-01 --unit km --target 10").exit_code == 0);
    REQUIRE(cli("goal edit 1 --why 'feel strong'").exit_code == 0);
    REQUIRE(cli("log 1 3.5 --date 2026-11-30").exit_code == 0);
    auto text = cli("history");
    REQUIRE(text.exit_code == 0);
    CHECK(text.out.find("#3") < text.out.find("#1"));
    CHECK(text.out.find("why") != std::string::npos);
    auto j = cli("history --limit 2 --json");
    REQUIRE(j.exit_code == 0);
    json rows = json::parse(j.out);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0]["command"] == "log_progress");
    CHECK(rows[0]["origin"] == "cli");
    CHECK(rows[0]["after"]["value"] == 3.5);
    CHECK(rows[1]["command"] == "edit_goal");
    CHECK(rows[1]["before"]["why"] == "");
    CHECK(rows[1]["after"]["why"] == "feel strong");
    CHECK(cli("history --limit 0").exit_code == 2);
    CHECK(cli("history --limit x").exit_code == 2);
}

TEST_CASE("A refused command leaves no journal row", "[cli][journal]") {
    CliOnTempDb cli;
    REQUIRE(cli("goal add --title Launch --due 2027-06-01").exit_code == 0);
    CHECK(cli("goal edit 1 --due 2000-01-01").exit_code == 2);
    CHECK(cli("step done 7").exit_code == 2);
    json rows = json::parse(cli("history --json").out);
    CHECK(rows.size() == 1);
}

TEST_CASE("undo and redo on the command line: edit, undo, the field is as before", "[cli][undo]") {
    CliOnTempDb cli;
    REQUIRE(cli("goal add --title 'Run 10 km' --due 2027-06-01 --unit km --target 10 --why before").exit_code == 0);
    REQUIRE(cli("goal edit 1 --why after").exit_code == 0);
    auto undone = cli("undo");
    REQUIRE(undone.exit_code == 0);
    CHECK(undone.out.find("Undone: goal") != std::string::npos);
    CHECK(json::parse(cli("goal show 1 --json").out)["why"] == "before");
    REQUIRE(cli("redo").exit_code == 0);
    CHECK(json::parse(cli("goal show 1 --json").out)["why"] == "after");
    auto history = cli("history --limit 2");
    CHECK(history.out.find("(redo)") != std::string::npos);
    CHECK(history.out.find("(undo)") != std::string::npos);
    CHECK(cli("redo").exit_code == 2);  // nothing left to redo
    CliOnTempDb empty;
    auto nothing = empty("undo");
    CHECK(nothing.exit_code == 2);
    CHECK(nothing.err.find("nothing to undo") != std::string::npos);
}
