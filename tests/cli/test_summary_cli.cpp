// End-to-end: `stepwise summary` on temporary databases.
#include "core/dates.hpp"
#include "support/files.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

using namespace sw::test;
using nlohmann::json;

namespace {

struct Cli : CliOnTempDb {
    // A shared goal with a noted entry, a private goal and a check-in with text,
    // all in March 2025 so the explicit period below is stable.
    void seed() const {
        REQUIRE((*this)("goal add --title 'Run 10 km' --start 2025-03-01 --due 2025-12-31 --unit km --baseline 2 "
                        "--target 10")
                    .exit_code == 0);
        REQUIRE((*this)("goal add --title 'Find a new job' --start 2025-03-01 --due 2025-12-31 --private").exit_code == 0);
        REQUIRE((*this)("log 1 4 --date 2025-03-10 --note 'felt strong'").exit_code == 0);
        REQUIRE((*this)("checkin --date 2025-03-11 --mood 4 --confidence 7 --win 'SECRET-WIN'").exit_code == 0);
    }
};

const std::string kPeriod = "--from 2025-03-08 --to 2025-03-14";

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("summary prints Markdown for the last 7 days by default", "[cli][summary]") {
    Cli cli;
    cli.seed();
    auto r = cli("summary");
    REQUIRE(r.exit_code == 0);
    sw::Day today = sw::today_local();
    CHECK(r.out.rfind("# Progress summary: " + sw::format_day(sw::add_days(today, -6)) + " to " + sw::format_day(today),
                      0) == 0);
    CHECK(contains(r.out, "## Run 10 km"));
}

TEST_CASE("summary --format json and html cover the chosen period", "[cli][summary]") {
    Cli cli;
    cli.seed();
    auto j = cli("summary --format json " + kPeriod);
    REQUIRE(j.exit_code == 0);
    json doc = json::parse(j.out);
    CHECK(doc["period"]["from"] == "2025-03-08");
    CHECK(doc["period"]["to"] == "2025-03-14");
    REQUIRE(doc["goals"].size() == 1);
    CHECK(doc["goals"][0]["current"] == 4.0);
    CHECK(doc["checkins"]["count"] == 1);

    auto h = cli("summary --format html " + kPeriod);
    REQUIRE(h.exit_code == 0);
    CHECK(h.out.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(contains(h.out, "<svg"));
    CHECK_FALSE(contains(h.out, "http://"));
    CHECK_FALSE(contains(h.out, "https://"));

    auto month = cli("summary --format json --period month");
    REQUIRE(month.exit_code == 0);
    CHECK(json::parse(month.out)["period"]["days"] == 30);
}

TEST_CASE("Private goals, check-in text and entry notes need --include-private", "[cli][summary][privacy]") {
    Cli cli;
    cli.seed();
    auto plain = cli("summary " + kPeriod);
    REQUIRE(plain.exit_code == 0);
    CHECK_FALSE(contains(plain.out, "Find a new job"));
    CHECK_FALSE(contains(plain.out, "SECRET-WIN"));
    CHECK_FALSE(contains(plain.out, "felt strong"));
    auto all = cli("summary --include-private " + kPeriod);
    REQUIRE(all.exit_code == 0);
    CHECK(contains(all.out, "## Find a new job"));
    CHECK(contains(all.out, "What went well: SECRET-WIN"));
    CHECK(contains(all.out, "felt strong"));
}

TEST_CASE("summary -o writes the file 0600, replacing an old one whole", "[cli][summary]") {
    Cli cli;
    cli.seed();
    std::string path = cli.dir.file("coach.html");
    {
        std::ofstream old(path);
        old << "old content";
    }
    std::filesystem::permissions(path, std::filesystem::perms(0644));
    auto r = cli("summary --format html -o " + shell_quote(path) + " " + kPeriod);
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.empty());
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    std::string written = read_bytes(path);
    CHECK(written == cli("summary --format html " + kPeriod).out);
    // No temporary file is left beside it.
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(cli.dir.path))
        if (entry.path().filename().string().find("coach.html") != std::string::npos) ++files;
    CHECK(files == 1);
}

TEST_CASE("Bad summary input exits 2 with one line and writes nothing", "[cli][summary]") {
    Cli cli;
    cli.seed();
    std::string out = cli.dir.file("never.md");
    const char* bad[] = {
        "--from 2025-03-08",
        "--to 2025-03-14",
        "--from 2025-03-14 --to 2025-03-08",
        "--period week --from 2025-03-08 --to 2025-03-14",
        "--period year",
        "--format pdf",
        "--from 2025-02-30 --to 2025-03-14",
        "--from yesterday --to soon",
    };
    for (const char* args : bad) {
        INFO(args);
        auto r = cli(std::string("summary ") + args + " -o " + shell_quote(out));
        CHECK(r.exit_code == 2);
        CHECK(r.err.rfind("stepwise:", 0) == 0);
        CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
        CHECK(r.out.empty());
        CHECK_FALSE(std::filesystem::exists(out));
    }
}

TEST_CASE("summary -o into a missing folder fails without a partial file", "[cli][summary]") {
    Cli cli;
    cli.seed();
    std::string path = cli.dir.file("missing/coach.md");
    auto r = cli("summary -o " + shell_quote(path));
    CHECK(r.exit_code == 2);  // checked before the database opens
    CHECK(contains(r.err, "missing"));
    CHECK_FALSE(std::filesystem::exists(cli.dir.file("missing")));
}

TEST_CASE("summary -o refuses to write over the database itself", "[cli][summary]") {
    Cli cli;
    cli.seed();
    auto r = cli("summary -o " + shell_quote(cli.db));
    CHECK(r.exit_code == 2);
    CHECK(contains(r.err, "database itself"));
    CHECK(cli("goal list").exit_code == 0);  // the database is intact
}

TEST_CASE("A summary period cannot end in the future", "[cli][summary]") {
    Cli cli;
    cli.seed();
    CHECK(cli("summary --from 2026-01-01 --to 2199-12-31").exit_code == 2);
}

TEST_CASE("summary --format text is plain text for an e-mail body", "[cli][summary]") {
    Cli cli;
    cli.seed();
    auto r = cli("summary --format text " + kPeriod);
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.rfind("Progress summary: 2025-03-08 to 2025-03-14\n", 0) == 0);
    CHECK(contains(r.out, "\nRun 10 km\n"));
    CHECK(contains(r.out, "\nCheck-ins\n"));
    for (const char* mark : {"#", "**", "|"}) {
        INFO(mark);
        CHECK_FALSE(contains(r.out, mark));
    }
    // Private things stay out of this format too, and come in with --include-private.
    CHECK_FALSE(contains(r.out, "Find a new job"));
    CHECK_FALSE(contains(r.out, "SECRET-WIN"));
    auto all = cli("summary --format text --include-private " + kPeriod);
    REQUIRE(all.exit_code == 0);
    CHECK(contains(all.out, "What went well: SECRET-WIN (11 Mar)"));
    CHECK(contains(all.out, "\nFind a new job\n"));
}

TEST_CASE("summary --format text goes to -o and --save as .txt, and the help names it", "[cli][summary]") {
    Cli cli;
    cli.seed();
    std::string path = cli.dir.file("coach.txt");
    REQUIRE(cli("summary --format text -o " + shell_quote(path) + " " + kPeriod).exit_code == 0);
    CHECK(read_bytes(path) == cli("summary --format text " + kPeriod).out);
    auto saved = run_stepwise("--db " + shell_quote(cli.db) + " summary --save --format text " + kPeriod,
                              "HOME=" + shell_quote(cli.dir.file("home")) +
                                  " XDG_DOCUMENTS_DIR=" + shell_quote(cli.dir.file("docs")));
    REQUIRE(saved.exit_code == 0);
    std::string expected = cli.dir.file("docs/Stepwise/stepwise-summary-2025-03-08-to-2025-03-14.txt");
    CHECK(saved.out == expected + "\n");
    CHECK(contains(read_bytes(expected), "\nRun 10 km\n"));
    auto help = cli("summary --help");
    CHECK(contains(help.out, "text"));
    auto bad = cli("summary --format txt " + kPeriod);
    CHECK(bad.exit_code == 2);
    CHECK(contains(bad.err, "md, html, json or text"));
}

TEST_CASE("summary in every format never says pts, and the HTML has the mood chart", "[cli][summary]") {
    Cli cli;
    cli.seed();
    for (const char* format : {"md", "html", "json", "text"}) {
        INFO(format);
        auto r = cli(std::string("summary --format ") + format + " " + kPeriod);
        REQUIRE(r.exit_code == 0);
        CHECK_FALSE(contains(r.out, "pts"));
    }
    auto html = cli("summary --format html " + kPeriod);
    CHECK(contains(html.out, "<figure class=\"mood\"><svg"));
    CHECK(contains(html.out, "@media print"));
    // Check-ins counted from the goals' start, 2025-03-01: the whole week; the week
    // before (03-01 … 03-07) had none.
    CHECK(contains(cli("summary --format text " + kPeriod).out, "1 check-in in 7 days (0 in the previous 7 days)"));
}
