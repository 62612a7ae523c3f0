// End-to-end: import --from and --dry-run through the real binary.
#include "support/files.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

using namespace sw::test;

TEST_CASE("import --dry-run says what it would add and leaves the database as it was", "[cli][import]") {
    CliOnTempDb from, to;
    REQUIRE(from("goal add --title 'Run 5 km' --due 2030-01-01").exit_code == 0);
    std::string file = from.dir.file("export.json");
    REQUIRE(from("export -o " + shell_quote(file)).exit_code == 0);
    REQUIRE(to("goal add --title 'Read more' --due 2030-01-01").exit_code == 0);

    auto dry = to("import " + shell_quote(file) + " --dry-run");
    REQUIRE(dry.exit_code == 0);
    CHECK(dry.out == "Would import " + file + ": 1 added, 0 unchanged, 0 conflicts resolved (--dry-run: nothing was changed)\n");
    CHECK(to("goal list").out.find("Run 5 km") == std::string::npos);
    auto real = to("import " + shell_quote(file) + " --from stepwise");
    REQUIRE(real.exit_code == 0);
    CHECK(to("goal list").out.find("Run 5 km") != std::string::npos);
}

TEST_CASE("import refuses an unknown --from and a file it cannot tell, writing nothing", "[cli][import]") {
    CliOnTempDb cli;
    std::ofstream(cli.dir.file("notes.txt")) << "hello";
    auto bad_from = cli("import " + shell_quote(cli.dir.file("notes.txt")) + " --from things");
    CHECK(bad_from.exit_code == 2);
    CHECK(bad_from.err.find("--from must be stepwise, loop, loop-csv or taskwarrior, not 'things'") != std::string::npos);
    auto unknown = cli("import " + shell_quote(cli.dir.file("notes.txt")));
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.err.find("name the format with --from") != std::string::npos);
    CHECK(std::count(unknown.err.begin(), unknown.err.end(), '\n') == 1);  // one line
    CHECK_FALSE(std::filesystem::exists(cli.db));  // nothing opened, nothing written
}

namespace {
// The real files other tools wrote, beside this repository's checkout (read-only).
std::string fixture(const std::string& name) { return STEPWISE_ASSET_DIR "/../../shared/fixtures/" + name; }
}  // namespace

TEST_CASE("Each real fixture imports once: a second import adds nothing", "[cli][import]") {
    for (const char* name : {"loop/loop-v12.db", "loop/loop-v22.db", "loop/loop-v25.db", "loop", "taskwarrior/export-2.6.json"}) {
        INFO(name);
        CliOnTempDb cli;
        std::string file = fixture(name);
        REQUIRE(std::filesystem::exists(file));
        auto dry = cli("import " + shell_quote(file) + " --dry-run");
        REQUIRE(dry.exit_code == 0);
        CHECK(dry.out.rfind("Would import ", 0) == 0);
        CHECK(dry.out.find("(--dry-run: nothing was changed)") != std::string::npos);
        CHECK(cli("goal list --all").out.find("No goals yet") != std::string::npos);
        auto first = cli("import " + shell_quote(file));
        REQUIRE(first.exit_code == 0);
        CHECK(first.out.find(" goals, ") != std::string::npos);
        CHECK(first.out.find("; 0 already here") != std::string::npos);
        auto again = cli("import " + shell_quote(file));
        REQUIRE(again.exit_code == 0);
        CHECK(again.out.find(": nothing new; ") != std::string::npos);
    }
}

TEST_CASE("A truncated Loop backup or Taskwarrior export exits 2 with one line and writes nothing", "[cli][import]") {
    CliOnTempDb cli;
    std::string db_text = read_bytes(fixture("loop/loop-v25.db"));
    std::ofstream(cli.dir.file("cut.db"), std::ios::binary) << db_text.substr(0, db_text.size() / 2);
    std::string json_text = read_bytes(fixture("taskwarrior/export-2.6.json"));
    std::ofstream(cli.dir.file("cut.json"), std::ios::binary) << json_text.substr(0, json_text.size() - 40);
    for (const char* name : {"cut.db", "cut.json"}) {
        auto r = cli("import " + shell_quote(cli.dir.file(name)));
        INFO(r.err);
        CHECK(r.exit_code == 2);
        CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
        CHECK(r.err.find("nothing was imported") != std::string::npos);
    }
    CHECK_FALSE(std::filesystem::exists(cli.db));
}
