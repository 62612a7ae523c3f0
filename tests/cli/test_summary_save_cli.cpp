// `stepwise summary --save`: the window's "Save" from the command line, into the
// same folder (app/platform.hpp).
#include "support/files.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

using namespace sw::test;
namespace fs = std::filesystem;

namespace {

struct Cli {
    TempDir dir;
    std::string db = dir.file("s.db");
    // HOME and XDG_DOCUMENTS_DIR inside the temporary folder, whatever is saved.
    RunResult operator()(const std::string& args) const {
        return run_stepwise("--db " + shell_quote(db) + " " + args,
                            "HOME=" + shell_quote(dir.file("home")) + " XDG_DOCUMENTS_DIR=" +
                                shell_quote(dir.file("docs")) + " XDG_DATA_HOME=" + shell_quote(dir.file("xdg")));
    }
};

const std::string kPeriod = "--from 2025-03-08 --to 2025-03-14";

}  // namespace

TEST_CASE("summary --save writes into the documents folder and prints the path", "[cli][summary]") {
    Cli cli;
    REQUIRE(cli("goal add --title 'Run 10 km' --start 2025-03-01 --due 2025-12-31 --unit km --target 10").exit_code == 0);
    auto r = cli("summary --save --format html " + kPeriod);
    REQUIRE(r.exit_code == 0);
    std::string path = cli.dir.file("docs/Stepwise/stepwise-summary-2025-03-08-to-2025-03-14.html");
    CHECK(r.out == path + "\n");
    CHECK(read_bytes(path).find("Run 10 km") != std::string::npos);
    CHECK(mode_of(path) == 0600);
    CHECK(mode_of(cli.dir.file("docs/Stepwise")) == 0700);
}

TEST_CASE("summary --save follows the summary folder setting, ~ included", "[cli][summary]") {
    Cli cli;
    REQUIRE(cli("settings set summary_folder '~/Coach notes'").exit_code == 0);
    auto r = cli("summary --save --format json " + kPeriod);
    REQUIRE(r.exit_code == 0);
    std::string path = cli.dir.file("home/Coach notes/stepwise-summary-2025-03-08-to-2025-03-14.json");
    CHECK(r.out == path + "\n");
    CHECK(fs::exists(path));
}

TEST_CASE("summary takes -o or --save, not both, and writes nothing then", "[cli][summary]") {
    Cli cli;
    auto r = cli("summary --save -o " + shell_quote(cli.dir.file("s.md")) + " " + kPeriod);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("either -o or --save") != std::string::npos);
    CHECK_FALSE(fs::exists(cli.dir.file("s.md")));
    CHECK_FALSE(fs::exists(cli.dir.file("docs")));
}
