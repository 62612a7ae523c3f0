// End-to-end: import --from and --dry-run through the real binary.
#include "support/files.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

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
