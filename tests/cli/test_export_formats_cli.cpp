// End-to-end: `export --format csv|ics` through the real binary. The CSV files
// are read back with a strict RFC 4180 parser, the calendar is checked line by
// line (CRLF, 75-octet folding, escaping, RRULEs) and parsed back with libical.
#include "support/files.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <libical/ical.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

using namespace sw::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

struct Cli {
    TempDir dir;
    std::string db = dir.file("s.db");
    RunResult operator()(const std::string& args) const {
        return run_stepwise("--db " + shell_quote(db) + " " + args, "XDG_DATA_HOME=" + shell_quote(dir.file("xdg")));
    }
    std::string run_ok(const std::string& args) const {
        auto r = (*this)(args);
        INFO(args << "\n" << r.err);
        REQUIRE(r.exit_code == 0);
        return r.out;
    }
    std::string uuid_of_goal(int id) const {
        return json::parse(run_ok("goal show " + std::to_string(id) + " --json"))["uuid"].get<std::string>();
    }
    std::string uuid_of_step(int id) const {
        for (const auto& s : json::parse(run_ok("step list --json")))
            if (s["id"] == id) return s["uuid"].get<std::string>();
        FAIL("no step " << id);
        return {};
    }
};

void write_file(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

using Row = std::vector<std::string>;

// RFC 4180, strictly: records end with CRLF, a quoted field doubles its quotes,
// a quote anywhere else or a bare CR or LF outside quotes is an error.
std::vector<Row> parse_csv(const std::string& text) {
    std::vector<Row> rows;
    Row row;
    std::string field;
    size_t i = 0;
    auto end_field = [&] {
        row.push_back(field);
        field.clear();
    };
    while (i < text.size()) {
        if (text[i] == '"') {
            REQUIRE(field.empty());  // a quote only opens a field
            ++i;
            while (true) {
                REQUIRE(i < text.size());  // an unterminated quoted field
                if (text[i] == '"') {
                    if (i + 1 < text.size() && text[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i++];
            }
            REQUIRE(i < text.size());
            REQUIRE((text[i] == ',' || text[i] == '\r'));
        }
        char c = text[i];
        if (c == ',') {
            end_field();
            ++i;
        } else if (c == '\r') {
            REQUIRE(i + 1 < text.size());
            REQUIRE(text[i + 1] == '\n');
            end_field();
            rows.push_back(row);
            row.clear();
            i += 2;
        } else {
            REQUIRE(c != '\n');
            REQUIRE(c != '"');
            field += c;
            ++i;
        }
    }
    REQUIRE(row.empty());  // the last record ends with CRLF too
    REQUIRE(field.empty());
    return rows;
}

// A table as header name → cell, one map per data row; every row as wide as the header.
std::vector<std::map<std::string, std::string>> read_table(const std::string& path) {
    auto rows = parse_csv(read_bytes(path));
    REQUIRE(!rows.empty());
    std::vector<std::map<std::string, std::string>> records;
    for (size_t r = 1; r < rows.size(); ++r) {
        REQUIRE(rows[r].size() == rows[0].size());
        std::map<std::string, std::string> record;
        for (size_t c = 0; c < rows[0].size(); ++c) record[rows[0][c]] = rows[r][c];
        records.push_back(record);
    }
    return records;
}

// The calendar's content lines, unfolded (RFC 5545 3.1), after checking that
// every physical line ends CRLF and is at most 75 octets.
std::vector<std::string> unfolded_lines(const std::string& text) {
    REQUIRE(text.size() >= 2);
    REQUIRE(text.substr(text.size() - 2) == "\r\n");
    std::vector<std::string> lines;
    size_t at = 0;
    while (at < text.size()) {
        size_t end = text.find("\r\n", at);
        REQUIRE(end != std::string::npos);
        std::string line = text.substr(at, end - at);
        INFO(line);
        CHECK(line.size() <= 75);
        CHECK(line.find('\n') == std::string::npos);
        CHECK(line.find('\r') == std::string::npos);
        if (!line.empty() && (line[0] == ' ' || line[0] == '\t')) {
            REQUIRE(!lines.empty());
            lines.back() += line.substr(1);
        } else {
            lines.push_back(line);
        }
        at = end + 2;
    }
    return lines;
}

// The unfolded lines of the component whose UID is `uid`.
std::vector<std::string> component_with_uid(const std::vector<std::string>& lines, const std::string& uid) {
    std::vector<std::string> current;
    for (const auto& line : lines) {
        if (line.rfind("BEGIN:V", 0) == 0 && line != "BEGIN:VCALENDAR") current.clear();
        current.push_back(line);
        if (line.rfind("END:V", 0) == 0 && line != "END:VCALENDAR") {
            for (const auto& l : current)
                if (l == "UID:" + uid) return current;
        }
    }
    return {};
}

bool has_line(const std::vector<std::string>& lines, const std::string& wanted) {
    for (const auto& l : lines)
        if (l == wanted) return true;
    return false;
}

std::optional<std::string> value_of(const std::vector<std::string>& lines, const std::string& name) {
    for (const auto& l : lines)
        if (l.rfind(name + ":", 0) == 0 || l.rfind(name + ";", 0) == 0) return l.substr(l.find(':') + 1);
    return std::nullopt;
}

const std::string kTrickyTitle = "Run, \"fast\"; 5\\km";
const std::string kLongNote = "Ängste überwinden — 日本語のメモ, long enough to be folded more than once: "
                              "a calendar line is at most seventy-five octets, and multi-byte characters must "
                              "never be split across two lines.";

// Goal 1 (public, numeric, baseline -3.5) with steps: 1 weekly MO,WE,FR, 2 one-off
// done, 3 daily, 4 every:3, 5 times:3/week, 6 one-off open, 7 dropped; goal 2 private with step 8.
void add_sample(const Cli& cli) {
    cli.run_ok("goal add --title " + shell_quote(kTrickyTitle) + " --start 2026-11-02 --due 2027-03-01 --unit km "
               "--baseline -3.5 --target 5 --description " + shell_quote("=SUM(A1:A9)\nsecond line"));
    cli.run_ok("goal add --title 'Secret plan' --start 2026-11-02 --due 2027-01-01 --private");
    cli.run_ok("step add 1 --title Run --repeat weekly:MO,WE,FR --start 2026-11-05");  // a Thursday
    cli.run_ok("step add 1 --title 'Buy shoes' --due 2026-11-20 --notes " + shell_quote(kLongNote));
    cli.run_ok("step add 1 --title Stretch --repeat daily --start 2026-11-02");
    cli.run_ok("step add 1 --title Walk --repeat every:3 --start 2026-11-02");
    cli.run_ok("step add 1 --title Yoga --repeat times:3/week --start 2026-11-04");  // a Wednesday
    cli.run_ok("step add 1 --title 'Book a race' --due 2026-12-24");
    cli.run_ok("step add 1 --title 'Swim' --due 2026-12-01");
    cli.run_ok("step add 2 --title 'Hidden step' --due 2026-12-12");
    cli.run_ok("step done 2 --date 2026-11-19");
    cli.run_ok("step drop 7");
    cli.run_ok("step done 3 --date 2026-11-03");
    cli.run_ok("step skip 3 --date 2026-11-04");
    cli.run_ok("log 1 -2 --date 2026-11-10 --note=" + shell_quote("-2 after the cold, @coach"));
}

}  // namespace

TEST_CASE("CSV export writes one private RFC 4180 file per table that reads back exactly", "[export][cli]") {
    Cli cli;
    add_sample(cli);
    std::string dir = cli.dir.file("csv");

    auto r = cli("export --format csv -o " + shell_quote(dir));

    REQUIRE(r.exit_code == 0);
    CHECK(r.out.find("Exported 8 CSV files to " + dir) != std::string::npos);
    CHECK(mode_of(dir) == 0700);
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir)) names.insert(entry.path().filename().string());
    CHECK(names == std::set<std::string>{"checkins.csv", "completions.csv", "entries.csv", "goals.csv", "questions.csv",
                                         "sessions.csv", "skips.csv", "steps.csv"});
    for (const auto& name : names) CHECK(mode_of(dir + "/" + name) == 0600);

    auto goals = read_table(dir + "/goals.csv");
    REQUIRE(goals.size() == 2);
    CHECK(goals[0]["id"] == "1");
    CHECK(goals[0]["uuid"] == cli.uuid_of_goal(1));
    CHECK(goals[0]["title"] == kTrickyTitle);                         // comma, quote, semicolon, backslash
    CHECK(goals[0]["description"] == "'=SUM(A1:A9)\nsecond line");  // a formula, disarmed; the newline kept
    CHECK(goals[0]["baseline"] == "-3.5");                           // a number stays a number
    CHECK(goals[0]["private"] == "false");
    CHECK(goals[1]["private"] == "true");  // CSV, like JSON, holds everything

    auto steps = read_table(dir + "/steps.csv");
    REQUIRE(steps.size() == 8);
    CHECK(steps[0]["repeat"] == "weekly:MO,WE,FR");
    CHECK(steps[1]["notes"] == kLongNote);  // UTF-8 as it was
    CHECK(steps[1]["done_date"] == "2026-11-19");
    CHECK(steps[1]["goal_id"] == "1");
    CHECK(steps[1]["goal_uuid"] == cli.uuid_of_goal(1));

    auto entries = read_table(dir + "/entries.csv");
    REQUIRE(entries.size() == 1);
    CHECK(entries[0]["value"] == "-2.0");
    CHECK(entries[0]["note"] == "'-2 after the cold, @coach");

    auto completions = read_table(dir + "/completions.csv");
    REQUIRE(completions.size() == 1);
    CHECK(completions[0]["step_id"] == "3");
    CHECK(completions[0]["date"] == "2026-11-03");
    auto skips = read_table(dir + "/skips.csv");
    REQUIRE(skips.size() == 1);
    CHECK(skips[0]["date"] == "2026-11-04");
    CHECK(read_table(dir + "/checkins.csv").empty());  // a header and no rows
    CHECK(read_bytes(dir + "/checkins.csv").rfind("id,confidence,created_at,date,mood,", 0) == 0);
}

TEST_CASE("CSV export into an existing folder replaces its files, and refuses a file or a missing parent", "[export][cli]") {
    Cli cli;
    cli.run_ok("goal add --title 'Read 12 books' --due 2030-01-01");
    std::string dir = cli.dir.file("csv");
    fs::create_directory(dir);
    write_file(dir + "/goals.csv", "old");

    REQUIRE(cli("export --format csv -o " + shell_quote(dir)).exit_code == 0);
    CHECK(read_table(dir + "/goals.csv").size() == 1);

    std::string file = cli.dir.file("plain.txt");
    write_file(file, "keep me");
    auto onto_file = cli("export --format csv -o " + shell_quote(file));
    CHECK(onto_file.exit_code == 2);
    CHECK(onto_file.err.find("not a folder") != std::string::npos);
    CHECK(read_bytes(file) == "keep me");

    auto missing_parent = cli("export --format csv -o " + shell_quote(cli.dir.file("no/such")));
    CHECK(missing_parent.exit_code == 2);
    CHECK_FALSE(fs::exists(cli.dir.file("no")));
}

TEST_CASE("Bad export flags are one line, exit 2, and write nothing", "[export][cli]") {
    Cli cli;
    cli.run_ok("goal add --title 'Read 12 books' --due 2030-01-01");
    struct Case {
        std::string args, target;
    };
    for (const Case& c : {Case{"--format xml -o x.xml", "x.xml"}, Case{"--format csv --include-private -o out", "out"},
                          Case{"--include-private -o e.json", "e.json"}, Case{"--format ics", ""}}) {
        std::string args = c.args;
        if (!c.target.empty()) args.replace(args.find(c.target), c.target.size(), shell_quote(cli.dir.file(c.target)));
        auto r = cli("export " + args);
        INFO(c.args << " → " << r.err);
        CHECK(r.exit_code == 2);
        CHECK(r.out.empty());
        CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
        if (!c.target.empty()) CHECK_FALSE(fs::exists(cli.dir.file(c.target)));
    }
}

TEST_CASE("export --format json is the default export", "[export][cli]") {
    Cli cli;
    cli.run_ok("goal add --title 'Read 12 books' --due 2030-01-01");
    auto r = cli("export --format json -o " + shell_quote(cli.dir.file("e.json")));
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.rfind("Exported 1 goal, 0 steps, 0 entries, 0 check-ins, 0 sessions and 0 questions to ", 0) == 0);
    json doc = json::parse(read_bytes(cli.dir.file("e.json")));
    CHECK(doc["format"] == "stepwise-export");
    CHECK(doc["goals"][0]["title"] == "Read 12 books");
}

TEST_CASE("ICS export is a folded CRLF calendar with to-dos, RRULEs and stable UIDs", "[export][cli]") {
    Cli cli;
    add_sample(cli);
    std::string file = cli.dir.file("stepwise.ics");

    auto r = cli("export --format ics -o " + shell_quote(file));

    REQUIRE(r.exit_code == 0);
    CHECK(r.out.find("Exported 2 to-dos and 5 events to " + file) != std::string::npos);
    CHECK(r.err.find("left out 1 private goal") != std::string::npos);
    CHECK(mode_of(file) == 0600);
    std::string text = read_bytes(file);
    auto lines = unfolded_lines(text);
    REQUIRE(lines.size() > 4);
    CHECK(lines.front() == "BEGIN:VCALENDAR");
    CHECK(lines.back() == "END:VCALENDAR");
    CHECK(has_line(lines, "PRODID:-//Stepwise//Stepwise//EN"));
    CHECK(has_line(lines, "VERSION:2.0"));
    CHECK(text.find("Secret plan") == std::string::npos);
    CHECK(text.find("Hidden step") == std::string::npos);
    CHECK(text.find("Book a race") != std::string::npos);
    CHECK(text.find("Swim") == std::string::npos);  // dropped

    auto goal = component_with_uid(lines, cli.uuid_of_goal(1) + "@stepwise");
    REQUIRE(!goal.empty());
    CHECK(goal.front() == "BEGIN:VEVENT");
    CHECK(value_of(goal, "SUMMARY") == "Goal due: Run\\, \"fast\"\\; 5\\\\km");  // RFC 5545 TEXT escapes
    CHECK(value_of(goal, "DESCRIPTION") == "=SUM(A1:A9)\\nsecond line");
    CHECK(has_line(goal, "DTSTART;VALUE=DATE:20270301"));
    CHECK(value_of(goal, "DTSTAMP").value_or("").size() == 16);  // 20261102T101010Z

    auto weekly = component_with_uid(lines, cli.uuid_of_step(1) + "@stepwise");
    REQUIRE(!weekly.empty());
    CHECK(weekly.front() == "BEGIN:VEVENT");
    CHECK(has_line(weekly, "DTSTART;VALUE=DATE:20261106"));  // the first Friday on or after the Thursday start
    CHECK(has_line(weekly, "RRULE:FREQ=WEEKLY;UNTIL=20270301;BYDAY=MO,WE,FR"));

    auto done = component_with_uid(lines, cli.uuid_of_step(2) + "@stepwise");
    REQUIRE(!done.empty());
    CHECK(done.front() == "BEGIN:VTODO");
    CHECK(has_line(done, "DUE;VALUE=DATE:20261120"));
    CHECK(has_line(done, "STATUS:COMPLETED"));
    CHECK(has_line(done, "COMPLETED:20261119T120000Z"));
    CHECK(value_of(done, "DESCRIPTION").value_or("").find("日本語のメモ") != std::string::npos);

    auto daily = component_with_uid(lines, cli.uuid_of_step(3) + "@stepwise");
    CHECK(has_line(daily, "RRULE:FREQ=DAILY;UNTIL=20270301"));
    CHECK(has_line(daily, "EXDATE;VALUE=DATE:20261104"));  // the skipped day
    auto every3 = component_with_uid(lines, cli.uuid_of_step(4) + "@stepwise");
    CHECK(has_line(every3, "RRULE:FREQ=DAILY;UNTIL=20270301;INTERVAL=3"));
    auto per_week = component_with_uid(lines, cli.uuid_of_step(5) + "@stepwise");
    CHECK(has_line(per_week, "SUMMARY:Yoga (3 times this week)"));
    CHECK(has_line(per_week, "DTSTART;VALUE=DATE:20261102"));  // the Monday of the start's week
    CHECK(has_line(per_week, "DTEND;VALUE=DATE:20261109"));
    CHECK(has_line(per_week, "RRULE:FREQ=WEEKLY;UNTIL=20270301"));
    CHECK(has_line(per_week, "X-STEPWISE-REPEAT:times:3/week"));
    auto open = component_with_uid(lines, cli.uuid_of_step(6) + "@stepwise");
    CHECK(has_line(open, "STATUS:NEEDS-ACTION"));

    // libical reads it back whole: the escaped title and the folded note come out as written.
    icalcomponent* calendar = icalparser_parse_string(text.c_str());
    REQUIRE(calendar != nullptr);
    int items = 0;
    bool found_title = false, found_note = false;
    for (icalcomponent* c = icalcomponent_get_first_component(calendar, ICAL_ANY_COMPONENT); c;
         c = icalcomponent_get_next_component(calendar, ICAL_ANY_COMPONENT)) {
        ++items;
        const char* summary = icalcomponent_get_summary(c);
        const char* description = icalcomponent_get_description(c);
        found_title = found_title || (summary && std::string(summary) == "Goal due: " + kTrickyTitle);
        found_note = found_note || (description && std::string(description).find(kLongNote) != std::string::npos);
    }
    icalcomponent_free(calendar);
    CHECK(items == 7);  // 2 to-dos, the goal's due date and 4 recurring steps
    CHECK(found_title);
    CHECK(found_note);

    // The same data gives the same file: DTSTAMP is the record's, not the clock's.
    REQUIRE(cli("export --format ics -o " + shell_quote(cli.dir.file("again.ics"))).exit_code == 0);
    CHECK(read_bytes(cli.dir.file("again.ics")) == text);
}

TEST_CASE("ICS export includes private goals and their steps with --include-private", "[export][cli]") {
    Cli cli;
    add_sample(cli);
    std::string file = cli.dir.file("all.ics");
    auto r = cli("export --format ics --include-private -o " + shell_quote(file));
    REQUIRE(r.exit_code == 0);
    CHECK(r.err.find("private") == std::string::npos);
    auto lines = unfolded_lines(read_bytes(file));
    CHECK(!component_with_uid(lines, cli.uuid_of_goal(2) + "@stepwise").empty());
    CHECK(!component_with_uid(lines, cli.uuid_of_step(8) + "@stepwise").empty());
}

TEST_CASE("ICS export refuses a folder or the database as its file", "[export][cli]") {
    Cli cli;
    cli.run_ok("goal add --title 'Read 12 books' --due 2030-01-01");
    CHECK(cli("export --format ics -o " + shell_quote(cli.dir.path.string())).exit_code == 2);
    CHECK(cli("export --format ics -o " + shell_quote(cli.db)).exit_code == 2);
    CHECK(cli("goal list").exit_code == 0);  // the database is still a database
}
