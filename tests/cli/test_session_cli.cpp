// End-to-end: coaching sessions, commitments and questions for the coach.
#include "support/files.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <SQLiteCpp/Database.h>

#include <string>
#include <vector>

using namespace sw::test;
using nlohmann::json;

namespace {
using Cli = CliOnTempDb;

int count_rows(const Cli& cli, const char* table) {
    SQLite::Database db(cli.db, SQLite::OPEN_READONLY);
    return db.execAndGet(std::string("SELECT count(*) FROM ") + table).getInt();
}

int journal_rows(const Cli& cli) { return count_rows(cli, "journal"); }
}  // namespace

TEST_CASE("session add and list --json show the session with its commitments", "[cli][sessions]") {
    Cli cli;
    REQUIRE(cli("goal add --title 'Run 10 km' --start 2026-10-01 --due 2027-03-01 --unit km --baseline 0 --target 10")
                .exit_code == 0);
    auto first = cli("session add --date 2026-11-06 --notes 'First talk' --share-notes");
    REQUIRE(first.exit_code == 0);
    CHECK(first.out == "1\n");
    auto second = cli("session add --date 2026-11-20 --next 2026-12-04 --notes " +
                      shell_quote("Plan the race\nand the shoes"));
    REQUIRE(second.exit_code == 0);
    CHECK(second.out == "2\n");
    auto step = cli("step add 1 --title 'Book the 10 k race' --session 2");
    REQUIRE(step.exit_code == 0);
    CHECK(step.out == "1\n");
    REQUIRE(cli("step add 1 --title 'Buy shoes' --session 2").exit_code == 0);
    REQUIRE(cli("step done 1 --date 2026-11-21").exit_code == 0);

    auto list = cli("session list --json");
    REQUIRE(list.exit_code == 0);
    json sessions = json::parse(list.out);
    REQUIRE(sessions.size() == 2);
    CHECK(sessions[0]["id"] == 2);  // newest first
    CHECK(sessions[0]["date"] == "2026-11-20");
    CHECK(sessions[0]["next_date"] == "2026-12-04");
    CHECK(sessions[0]["notes"] == "Plan the race\nand the shoes");
    CHECK(sessions[0]["private"] == true);
    REQUIRE(sessions[0]["commitments"].size() == 2);
    CHECK(sessions[0]["commitments"][0] == json({{"id", 1}, {"title", "Book the 10 k race"}, {"done", true},
                                                 {"status", "done"}}));
    CHECK(sessions[0]["commitments"][1]["done"] == false);
    CHECK(sessions[1]["private"] == false);
    CHECK(sessions[1]["next_date"].is_null());
    CHECK(sessions[1]["commitments"].empty());

    auto steps = json::parse(cli("step list 1 --json").out);
    REQUIRE(steps.size() == 2);
    CHECK(steps[0]["session_uuid"] == sessions[0]["uuid"]);  // a commitment names its session
    auto shown = json::parse(cli("goal show 1 --json").out);
    CHECK(shown["steps"][1]["session_uuid"] == sessions[0]["uuid"]);

    auto text = cli("session list");
    REQUIRE(text.exit_code == 0);
    CHECK(text.out.find("2  2026-11-20  next: 2026-12-04  commitments: 1 kept, 1 open") != std::string::npos);
    CHECK(text.out.find("Plan the race") != std::string::npos);
    CHECK(text.out.find("and the shoes") == std::string::npos);  // the first line only

    REQUIRE(cli("session edit 2 --next 2026-12-11 --share-notes").exit_code == 0);
    sessions = json::parse(cli("session list --json").out);
    CHECK(sessions[0]["next_date"] == "2026-12-11");
    CHECK(sessions[0]["private"] == false);
    REQUIRE(cli("undo").exit_code == 0);
    sessions = json::parse(cli("session list --json").out);
    CHECK(sessions[0]["next_date"] == "2026-12-04");
}

TEST_CASE("Bad session input exits 2 and writes nothing", "[cli][sessions]") {
    Cli cli;
    REQUIRE(cli("goal add --title 'Run 10 km' --start 2026-10-01 --due 2027-03-01 --unit km --baseline 0 --target 10")
                .exit_code == 0);
    REQUIRE(cli("session add --date 2026-11-20").exit_code == 0);
    int journal = journal_rows(cli);
    const std::string bell = "session add --date 2026-11-21 --notes " + shell_quote("bell\a");
    for (const std::string& args : std::vector<std::string>{"session add --date 2026-02-30",
                             "session add --date 2026-11-20 --next 2026-11-19",
                             "session add --date 2026-11-20 --next 2026-11-20", "session add --next 2026-12-01",
                             "session add --date 2026-11-20 --next someday",
                             bell,
                             "session edit 1 --next 2026-11-01", "session edit 7 --notes x", "session edit 1",
                             "step add 1 --title 'Book it' --session 9", "step add 1 --title 'Book it' --session x"}) {
        INFO(args);
        auto r = cli(args);
        CHECK(r.exit_code == 2);
        CHECK(r.out.empty());
        CHECK_FALSE(r.err.empty());
    }
    auto unknown = cli("step add 1 --title 'Book it' --session 9");
    CHECK(unknown.err.find("no session with id 9") != std::string::npos);
    CHECK(count_rows(cli, "sessions") == 1);
    CHECK(count_rows(cli, "steps") == 0);
    CHECK(journal_rows(cli) == journal);
}

TEST_CASE("question add, list, done and done --undo", "[cli][sessions]") {
    Cli cli;
    auto add = cli("question add 'How fast should the long run be?'");
    REQUIRE(add.exit_code == 0);
    CHECK(add.out == "1\n");
    REQUIRE(cli("question add 'Is it fine to skip a week?' --private").out == "2\n");

    json open = json::parse(cli("question list --json").out);
    REQUIRE(open.size() == 2);
    CHECK(open[0]["id"] == 1);
    CHECK(open[0]["text"] == "How fast should the long run be?");
    CHECK(open[0]["discussed_on"].is_null());
    CHECK(open[0]["private"] == false);
    CHECK(open[1]["private"] == true);

    REQUIRE(cli("question done 1").exit_code == 0);
    open = json::parse(cli("question list --json").out);
    REQUIRE(open.size() == 1);
    CHECK(open[0]["id"] == 2);
    json all = json::parse(cli("question list --all --json").out);
    REQUIRE(all.size() == 2);
    CHECK(all[0]["discussed_on"].is_string());
    auto text = cli("question list --all");
    CHECK(text.out.find("(discussed ") != std::string::npos);
    CHECK(text.out.find("[private]") != std::string::npos);

    REQUIRE(cli("question done 1 --undo").exit_code == 0);
    CHECK(json::parse(cli("question list --json").out).size() == 2);
    auto again = cli("question done 1 --undo");
    CHECK(again.exit_code == 2);
    CHECK(again.err.find("nothing to undo") != std::string::npos);
}

TEST_CASE("Bad question input exits 2 and writes nothing", "[cli][sessions]") {
    Cli cli;
    REQUIRE(cli("question add 'Shoes?'").exit_code == 0);
    int journal = journal_rows(cli);
    for (const std::string& args : std::vector<std::string>{"question add ''", "question add '   '",
                                    "question add " + shell_quote("two\nlines"),
                                    "question add " + shell_quote("esc\x1b[31m"), std::string("question done 5"),
                                    std::string("question done x"), std::string("question done 5 --undo")}) {
        INFO(args);
        auto r = cli(args);
        CHECK(r.exit_code == 2);
        CHECK(r.out.empty());
    }
    CHECK(count_rows(cli, "questions") == 1);
    CHECK(journal_rows(cli) == journal);
}

TEST_CASE("export counts the sessions and questions it wrote", "[cli][sessions]") {
    Cli cli;
    REQUIRE(cli("goal add --title 'Run 10 km' --due 2027-03-01").exit_code == 0);
    REQUIRE(cli("session add --date 2026-11-20").exit_code == 0);
    REQUIRE(cli("question add 'How do I keep going when it rains?'").exit_code == 0);
    REQUIRE(cli("question add 'Should I join a club?'").exit_code == 0);
    std::string file = cli.dir.file("out.json");
    auto out = cli("export -o " + shell_quote(file));
    REQUIRE(out.exit_code == 0);
    CHECK(out.out == "Exported 1 goal, 0 steps, 0 entries, 0 check-ins, 1 session and 2 questions to " + file + "\n");
    json doc = json::parse(read_bytes(file));
    CHECK(doc["sessions"].size() == 1);
    CHECK(doc["questions"].size() == 2);
}
