// End-to-end: export, import, backup and damaged databases through the real binary.
#include "core/dates.hpp"
#include "store/database.hpp"
#include "store/damage_support.hpp"
#include "store/goal_repository.hpp"
#include "support/files.hpp"
#include "support/temp_dir.hpp"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

using namespace sw::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

// Every run keeps XDG_DATA_HOME inside the temporary folder, whatever it touches.
struct Cli {
    TempDir dir;
    std::string db = dir.file("s.db");
    RunResult operator()(const std::string& args, const std::string& db_path = "") const {
        return run_stepwise("--db " + shell_quote(db_path.empty() ? db : db_path) + " " + args,
                            "XDG_DATA_HOME=" + shell_quote(dir.file("xdg")));
    }
    void add_goal(const std::string& title, const std::string& db_path = "") const {
        REQUIRE((*this)("goal add --title " + shell_quote(title) + " --due 2030-01-01", db_path).exit_code == 0);
    }
};

void write_text(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

// What a database holds, as its export without the moment of export.
json content_of(const Cli& cli, const std::string& db_path) {
    static int n = 0;
    std::string out = cli.dir.file("content-" + std::to_string(++n) + ".json");
    REQUIRE(cli("export -o " + shell_quote(out), db_path).exit_code == 0);
    json doc = json::parse(read_bytes(out));
    doc.erase("exported_at");
    return doc;
}

std::string trimmed(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    return s;
}

}  // namespace

TEST_CASE("export writes every goal to a private JSON file", "[cli]") {
    Cli cli;
    cli.add_goal("Run 5 km");
    cli.add_goal("Read 12 books");
    std::string out = cli.dir.file("export.json");

    auto r = cli("export -o " + shell_quote(out));

    REQUIRE(r.exit_code == 0);
    CHECK(r.out.find("2 goals") != std::string::npos);
    CHECK(mode_of(out) == 0600);
    json doc = json::parse(read_bytes(out));
    CHECK(doc["format"] == "stepwise-export");
    REQUIRE(doc["goals"].size() == 2);
    CHECK(doc["goals"][1]["title"] == "Read 12 books");
}

TEST_CASE("export replaces an existing file whole and leaves no temporary file", "[cli]") {
    Cli cli;
    cli.add_goal("Run 5 km");
    std::string out = cli.dir.file("export.json");
    write_text(out, "an older export that is much longer than nothing");
    ::chmod(out.c_str(), 0644);

    REQUIRE(cli("export -o " + shell_quote(out)).exit_code == 0);

    CHECK(json::parse(read_bytes(out))["goals"].size() == 1);
    CHECK(mode_of(out) == 0600);
    for (const auto& e : fs::directory_iterator(cli.dir.path))
        CHECK(e.path().filename().string().find(".tmp-") == std::string::npos);
}

TEST_CASE("export into a missing folder is a usage error and writes nothing", "[cli]") {
    Cli cli;
    cli.add_goal("Run 5 km");
    auto r = cli("export -o " + shell_quote(cli.dir.file("missing/export.json")));
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("does not exist") != std::string::npos);
    CHECK_FALSE(fs::exists(cli.dir.file("missing")));
}

TEST_CASE("import merges an export into another database and reports what it did", "[cli]") {
    Cli cli;
    cli.add_goal("Run 5 km");
    REQUIRE(cli("step add 1 --title Jog --repeat daily").exit_code == 0);
    std::string out = cli.dir.file("export.json");
    REQUIRE(cli("export -o " + shell_quote(out)).exit_code == 0);
    std::string other = cli.dir.file("other.db");
    cli.add_goal("Learn Spanish", other);

    auto first = cli("import " + shell_quote(out), other);
    auto second = cli("import " + shell_quote(out), other);

    REQUIRE(first.exit_code == 0);
    CHECK(first.out.find("2 added, 0 unchanged, 0 conflicts resolved") != std::string::npos);
    REQUIRE(second.exit_code == 0);
    CHECK(second.out.find("0 added, 2 unchanged") != std::string::npos);
    json merged = content_of(cli, other);
    REQUIRE(merged["goals"].size() == 2);
    CHECK(merged["goals"][0]["title"] == "Learn Spanish");
    CHECK(merged["goals"][1]["title"] == "Run 5 km");
    CHECK(merged["steps"][0]["goal_uuid"] == merged["goals"][1]["uuid"]);
}

TEST_CASE("import of a truncated file exits 2 naming line and column, and changes nothing", "[cli]") {
    Cli cli;
    cli.add_goal("Run 5 km");
    std::string out = cli.dir.file("export.json");
    REQUIRE(cli("export -o " + shell_quote(out)).exit_code == 0);
    std::string text = read_bytes(out);
    write_text(out, text.substr(0, text.size() / 2));
    std::string other = cli.dir.file("other.db");
    cli.add_goal("Learn Spanish", other);
    json before = content_of(cli, other);

    auto r = cli("import " + shell_quote(out), other);

    CHECK(r.exit_code == 2);
    CHECK(r.err.find("not valid JSON at line ") != std::string::npos);
    CHECK(r.err.find(", column ") != std::string::npos);
    CHECK(content_of(cli, other) == before);
}

TEST_CASE("import of a file with a bad field exits 2 naming the field, and changes nothing", "[cli]") {
    Cli cli;
    cli.add_goal("Run 5 km");
    cli.add_goal("Read 12 books");
    std::string out = cli.dir.file("export.json");
    REQUIRE(cli("export -o " + shell_quote(out)).exit_code == 0);
    json doc = json::parse(read_bytes(out));
    doc["goals"][1]["due_date"] = "2027-02-30";
    write_text(out, doc.dump(2));
    std::string other = cli.dir.file("other.db");
    cli.add_goal("Learn Spanish", other);
    json before = content_of(cli, other);

    auto r = cli("import " + shell_quote(out), other);

    CHECK(r.exit_code == 2);
    CHECK(r.err.find("goals[1].due_date: not a valid date '2027-02-30'") != std::string::npos);
    CHECK(r.err.find("nothing was imported") != std::string::npos);
    CHECK(content_of(cli, other) == before);
}

TEST_CASE("import of a missing file or an unknown version exits 2", "[cli]") {
    Cli cli;
    auto missing = cli("import " + shell_quote(cli.dir.file("nope.json")));
    CHECK(missing.exit_code == 2);
    CHECK(missing.err.find("cannot read") != std::string::npos);
    CHECK_FALSE(fs::exists(cli.db));  // a file that cannot be read never opens the database

    write_text(cli.dir.file("v9.json"), R"({"format": "stepwise-export", "version": 9})");
    auto newer = cli("import " + shell_quote(cli.dir.file("v9.json")));
    CHECK(newer.exit_code == 2);
    CHECK(newer.err.find("unsupported export version 9") != std::string::npos);
}

TEST_CASE("backup -o writes a SQLite copy with the same goals and prints its path", "[cli]") {
    Cli cli;
    cli.add_goal("Run 5 km");
    std::string copy = cli.dir.file("copy.db");

    auto r = cli("backup -o " + shell_quote(copy));

    REQUIRE(r.exit_code == 0);
    CHECK(trimmed(r.out) == copy);
    CHECK(mode_of(copy) == 0600);
    SQLite::Database db(copy, SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("SELECT title FROM goals").getString() == "Run 5 km");
    CHECK(db.execAndGet("PRAGMA integrity_check").getString() == "ok");
}

TEST_CASE("backup without -o writes today's file into the database's backups folder", "[cli]") {
    Cli cli;
    cli.add_goal("Run 5 km");
    auto r = cli("backup");
    REQUIRE(r.exit_code == 0);
    std::string expected = cli.db + "-backups/stepwise-" + sw::format_day(sw::today_local()) + ".db";
    CHECK(trimmed(r.out) == expected);
    CHECK(fs::exists(expected));
}

TEST_CASE("backup or export onto the database itself is refused", "[cli]") {
    Cli cli;
    cli.add_goal("Run 5 km");
    std::string bytes = read_bytes(cli.db);
    CHECK(cli("backup -o " + shell_quote(cli.db)).exit_code == 2);
    CHECK(cli("export -o " + shell_quote(cli.db)).exit_code == 2);
    CHECK(read_bytes(cli.db) == bytes);
}

TEST_CASE("The first command of a day is followed by one automatic backup", "[cli]") {
    Cli cli;
    cli.add_goal("Run 5 km");  // creates the database, then backs it up after answering
    std::string folder = cli.db + "-backups";
    std::string today = folder + "/stepwise-" + sw::format_day(sw::today_local()) + ".db";
    REQUIRE(sw::test::wait_for_daily_backup(cli.db));
    auto first = fs::last_write_time(today);

    REQUIRE(cli("goal list").exit_code == 0);
    REQUIRE(cli("goal list").exit_code == 0);
    REQUIRE(sw::test::wait_for_daily_backup(cli.db));

    std::vector<std::string> names;  // the hidden lock file aside
    for (const auto& e : fs::directory_iterator(folder))
        if (e.path().filename().string()[0] != '.') names.push_back(e.path().filename().string());
    CHECK(names == std::vector<std::string>{"stepwise-" + sw::format_day(sw::today_local()) + ".db"});
    CHECK(fs::last_write_time(today) == first);  // once a day
    CHECK_FALSE(fs::exists(cli.dir.file("xdg/stepwise/backups")));  // never the default database's folder
}

TEST_CASE("A damaged database exits 1 naming the newest good backup and keeps its bytes", "[cli]") {
    Cli cli;
    {
        sw::Database db = sw::Database::open(cli.db);
        db.write([&] {
            for (int i = 0; i < 60; ++i) {
                sw::Goal g;
                g.title = "Goal " + std::to_string(i);
                g.description = std::string(300, 'x');
                g.start_date = *sw::parse_iso_day("2026-11-01");
                g.due_date = *sw::parse_iso_day("2027-01-31");
                sw::insert_goal(db, g);
            }
        });
    }
    REQUIRE(cli("goal list").exit_code == 0);  // today's automatic backup follows
    REQUIRE(sw::test::wait_for_daily_backup(cli.db));
    std::string backup = cli.db + "-backups/stepwise-" + sw::format_day(sw::today_local()) + ".db";
    REQUIRE(fs::exists(backup));
    sw::test::damage_pages(cli.db);  // a disk fault: two page headers overwritten
    std::string damaged = read_bytes(cli.db);

    auto list = cli("goal list");
    auto add = cli("goal add --title 'One more' --due 2030-01-01");

    CHECK(list.exit_code == 1);
    CHECK(list.err.find("is damaged") != std::string::npos);
    CHECK(list.err.find("Newest good backup: " + backup) != std::string::npos);
    CHECK(add.exit_code == 1);
    CHECK(read_bytes(cli.db) == damaged);
}
