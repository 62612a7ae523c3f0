// End-to-end: `goal history ID [--json]`.
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>

using namespace sw::test;
using nlohmann::json;

TEST_CASE("goal history lists a goal's edits and their undo as text and JSON", "[cli][goal_history]") {
    CliOnTempDb cli;
    REQUIRE(cli("goal add --title 'Run 10 km' --start 2026-10-01 --due 2027-03-01 --unit km --baseline 0 --target 10")
                .exit_code == 0);
    REQUIRE(cli("goal add --title 'Read' --start 2026-10-01 --due 2027-03-01 --unit pages --baseline 0 --target 100")
                .exit_code == 0);
    auto none = cli("goal history 1");
    REQUIRE(none.exit_code == 0);
    CHECK(none.out == "No changes since it was created.\n");
    CHECK(cli("goal history 1 --json").out == "[]\n");

    REQUIRE(cli("goal edit 1 --target 8.5 --due 2027-04-01").exit_code == 0);
    REQUIRE(cli("goal edit 2 --target 50").exit_code == 0);  // another goal
    REQUIRE(cli("goal edit 1 --why 'to feel fit'").exit_code == 0);  // not a listed field
    REQUIRE(cli("goal edit 1 --title 'Run 8 km'").exit_code == 0);
    REQUIRE(cli("undo").exit_code == 0);  // the title again

    auto text = cli("goal history 1");
    REQUIRE(text.exit_code == 0);
    CHECK(text.err.empty());
    CHECK(text.out.find("  target  10 km → 8.5 km  (cli)\n") != std::string::npos);
    CHECK(text.out.find("  due_date  2027-03-01 → 2027-04-01  (cli)\n") != std::string::npos);
    CHECK(text.out.find("  title  “Run 10 km” → “Run 8 km”  (cli)\n") != std::string::npos);
    CHECK(text.out.find("  title  “Run 8 km” → “Run 10 km”  (cli, undo)\n") != std::string::npos);
    CHECK(text.out.find("50") == std::string::npos);
    CHECK(std::count(text.out.begin(), text.out.end(), '\n') == 4);

    auto out = cli("goal history 1 --json");
    REQUIRE(out.exit_code == 0);
    json arr = json::parse(out.out);
    REQUIRE(arr.size() == 4);
    CHECK(arr[0]["field"] == "target");
    CHECK(arr[0]["from"] == 10.0);
    CHECK(arr[0]["to"] == 8.5);
    CHECK(arr[0]["origin"] == "cli");
    CHECK(arr[0]["command"] == "edit_goal");
    CHECK(arr[0]["at"].get<std::string>().size() == 20);  // 2026-12-02T05:40:00Z
    CHECK(arr[0]["date"].get<std::string>().size() == 10);
    CHECK(arr[1]["field"] == "due_date");
    CHECK(arr[1]["to"] == "2027-04-01");
    CHECK(arr[2]["field"] == "title");
    CHECK(arr[3]["field"] == "title");
    CHECK(arr[3]["to"] == "Run 10 km");
    CHECK(arr[3]["command"] == "undo:edit_goal");
}

TEST_CASE("goal history of an unknown goal exits 2 and says so", "[cli][goal_history]") {
    CliOnTempDb cli;
    REQUIRE(cli("goal add --title 'Run' --due 2027-03-01").exit_code == 0);
    auto r = cli("goal history 9");
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err.find("no goal with id 9") != std::string::npos);
}

TEST_CASE("goal history uses the decimal separator setting", "[cli][goal_history]") {
    CliOnTempDb cli;
    REQUIRE(cli("goal add --title 'Run' --due 2027-03-01 --unit km --baseline 0 --target 10").exit_code == 0);
    REQUIRE(cli("settings set decimal_separator comma").exit_code == 0);
    REQUIRE(cli("goal edit 1 --target 7,5").exit_code == 0);
    CHECK(cli("goal history 1").out.find("  target  10 km → 7,5 km  (cli)\n") != std::string::npos);
}
