// End-to-end: `stepwise agenda` on a database built through the CLI. Questions
// are asked today (the CLI has no --date for them), so every date here is
// counted from the real today.
#include "core/dates.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>

using namespace sw::test;
using nlohmann::json;

namespace {

std::string days_from_today(int n) { return sw::format_day(sw::add_days(sw::today_local(), n)); }

// Two goals, a session 14 days ago with two commitments, a habit, questions, check-ins.
void build(const CliOnTempDb& cli) {
    auto ok = [&](const std::string& args) {
        auto r = cli(args);
        INFO(args << "\n" << r.err);
        REQUIRE(r.exit_code == 0);
    };
    ok("goal add --title 'Run 100 km' --start " + days_from_today(-60) + " --due " + days_from_today(60) +
       " --unit km --baseline 0 --target 100 --measure total");                      // goal 1
    ok("goal add --title 'Learn Spanish' --start " + days_from_today(-30) + " --due " + days_from_today(30) +
       " --confidence 9");                                                          // goal 2: no steps, at risk
    ok("log 1 35 --date " + days_from_today(-20));
    ok("log 1 11 --date " + days_from_today(-3));                                    // 35% → 46%
    ok("session add --date " + days_from_today(-14) + " --next " + days_from_today(7));
    ok("step add 1 --title 'Call the gym' --due " + days_from_today(-5) + " --session 1");  // step 1: overdue
    ok("step add 1 --title 'Book the race' --session 1");                            // step 2
    ok("step done 2 --date " + days_from_today(-10));
    ok("step add 1 --title Stretch --repeat daily --start " + days_from_today(-20));  // step 3: never done
    ok("question add 'How do I run in the rain?'");
    ok("question add 'Old one'");
    ok("question done 2");
    ok("checkin --date " + days_from_today(-2) + " --obstacle 'No time'");
    ok("checkin --date " + days_from_today(-1) + " --obstacle 'no  time.'");
}

std::vector<std::string> kinds(const json& items) {
    std::vector<std::string> out;
    for (const auto& i : items) out.push_back(i["kind"]);
    return out;
}

int lines(const std::string& text) { return static_cast<int>(std::count(text.begin(), text.end(), '\n')); }

}  // namespace

TEST_CASE("agenda --json lists wins, stuck points, commitments, flags and questions since the session",
          "[cli][agenda]") {
    CliOnTempDb cli;
    build(cli);
    auto r = cli("agenda --json");
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    json a = json::parse(r.out);
    CHECK(a["from"] == days_from_today(-14));
    CHECK(a["to"] == days_from_today(0));
    CHECK(a["since_session"] == true);
    CHECK(a["last_session"] == json({{"id", 1}, {"date", days_from_today(-14)}}));
    CHECK(a["next_session"] == days_from_today(7));

    CHECK(kinds(a["wins"]) == std::vector<std::string>{"progress_rose", "step_done"});
    CHECK(a["wins"][0]["goal_id"] == 1);
    CHECK(a["wins"][0]["text"] == "Run 100 km: from 35% to 46% of the way");
    CHECK(a["wins"][1]["step_id"] == 2);

    CHECK(kinds(a["stuck"]) == std::vector<std::string>{"step_overdue", "habit_slipping", "goal_behind"});
    CHECK(a["stuck"][0]["step_id"] == 1);
    CHECK(a["stuck"][1]["step_id"] == 3);
    CHECK(a["stuck"][1]["done"] == 0);
    CHECK(a["stuck"][1]["scheduled"] == 14);  // the session's day to yesterday; today is not yet missed
    CHECK(a["stuck"][2]["goal_id"] == 2);
    CHECK(a["stuck"][2]["step_id"] == 0);

    REQUIRE(a["commitments"].size() == 2);
    CHECK(a["commitments"][0]["step_id"] == 1);
    CHECK(a["commitments"][0]["state"] == "open");
    CHECK(a["commitments"][1]["step_id"] == 2);
    CHECK(a["commitments"][1]["state"] == "kept");
    CHECK(a["commitments"][1]["kept"] == true);

    REQUIRE(a["flags"].size() == 1);
    CHECK(a["flags"][0]["kind"] == "overconfident");
    CHECK(a["flags"][0]["goal_id"] == 2);
    CHECK(a["flags"][0]["confidence"] == 9);

    REQUIRE(a["questions"].size() == 1);
    CHECK(a["questions"][0]["question_id"] == 1);
    CHECK(a["questions"][0]["text"] == "How do I run in the rain?");

    CHECK(a["obstacles"].empty());
    CHECK(a["obstacles_included"] == false);
}

TEST_CASE("agenda --include-checkin-answers groups the check-ins' obstacles", "[cli][agenda]") {
    CliOnTempDb cli;
    build(cli);
    auto r = cli("agenda --json --include-checkin-answers");
    REQUIRE(r.exit_code == 0);
    json a = json::parse(r.out);
    CHECK(a["obstacles_included"] == true);
    REQUIRE(a["obstacles"].size() == 1);
    CHECK(a["obstacles"][0]["count"] == 2);
    CHECK(a["obstacles"][0]["first"] == days_from_today(-2));
    CHECK(a["obstacles"][0]["last"] == days_from_today(-1));
}

TEST_CASE("agenda --format md has the headings; the default is plain text", "[cli][agenda]") {
    CliOnTempDb cli;
    build(cli);
    auto md = cli("agenda --format md");
    REQUIRE(md.exit_code == 0);
    for (const std::string& heading : std::vector<std::string>{"## For our next session\n", "\n### Wins\n", "\n### Stuck\n",
                                      "\n### Commitments from " + days_from_today(-14) + "\n",
                                      "\n### Pace and confidence\n", "\n### Questions\n"})
        CHECK(md.out.find(heading) != std::string::npos);
    CHECK(md.out.find("### Obstacles") == std::string::npos);
    CHECK(md.out.find("- “Call the gym”: still open\n") != std::string::npos);
    CHECK(md.out.find("- “Book the race”: kept (" + days_from_today(-10) + ")\n") != std::string::npos);

    auto with_obstacles = cli("agenda --format md --include-checkin-answers");
    CHECK(with_obstacles.out.find("\n### Obstacles\n\n- “no time.” — twice\n") != std::string::npos);

    auto text = cli("agenda");
    REQUIRE(text.exit_code == 0);
    CHECK(text.out.rfind("For our next session\n", 0) == 0);
    CHECK(text.out.find('#') == std::string::npos);
    CHECK(text.out.find("  • Learn Spanish (confidence 9/10, at risk): The pace says otherwise — check the plan.\n") !=
          std::string::npos);
    CHECK(cli("agenda --format text").out == text.out);
}

TEST_CASE("agenda --on a day before the session looks back 14 days", "[cli][agenda]") {
    CliOnTempDb cli;
    build(cli);
    auto r = cli("agenda --json --on " + days_from_today(-15));
    REQUIRE(r.exit_code == 0);
    json a = json::parse(r.out);
    CHECK(a["since_session"] == false);
    CHECK(a["last_session"].is_null());
    CHECK(a["from"] == days_from_today(-28));
    CHECK(a["next_session"] == days_from_today(-14));  // the session recorded for the next day
    CHECK(a["commitments"].empty());
    CHECK(a["questions"].empty());  // asked later
}

TEST_CASE("agenda refuses bad flags with one line and exit 2", "[cli][agenda]") {
    CliOnTempDb cli;
    for (const char* args : {"agenda --json --format md", "agenda --format html", "agenda --on someday",
                             "agenda --bogus"}) {
        auto r = cli(args);
        INFO(args << ": " << r.err);
        CHECK(r.exit_code == 2);
        CHECK(lines(r.err) == 1);
        CHECK(r.out.empty());
    }
    CHECK(cli("agenda --json --format md").err.find("either --json or --format") != std::string::npos);
    CHECK(cli("agenda --format html").err.find("--format must be md or text") != std::string::npos);
}
