// Loop Habit Tracker backups (SQLite, versions 12 to 25) read into an export
// document and merged by import_all(). The small files are built here with the
// columns each Loop version has; the real fixtures live beside the checkout.
#include "app/app.hpp"
#include "app/foreign_import.hpp"
#include "app/portable.hpp"
#include "core/errors.hpp"
#include "core/uuid.hpp"
#include "support/import_checks.hpp"
#include "support/temp_dir.hpp"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

using namespace sw;
using namespace sw::test;
using nlohmann::json;

namespace {

Day day(const char* iso) { return parse_iso_day(iso).value(); }
const Day kToday = day("2026-11-26");
const std::string kFixtures = STEPWISE_ASSET_DIR "/../../shared/fixtures/loop";

long long ms(const char* iso) {
    return static_cast<long long>(date::sys_days{day(iso)}.time_since_epoch().count()) * 86'400'000LL;
}

// An empty Loop database with the Habits and Repetitions columns of `version`.
void make_loop_db(const std::string& path, int version) {
    SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    std::string habits =
        "CREATE TABLE Habits (Id INTEGER PRIMARY KEY AUTOINCREMENT, archived INTEGER, color INTEGER, "
        "description TEXT, freq_den INTEGER, freq_num INTEGER, highlight INTEGER, name TEXT, position INTEGER, "
        "reminder_days INTEGER, reminder_hour INTEGER, reminder_min INTEGER";
    if (version >= 17)
        habits += ", type integer not null default 0, target_type integer not null default 0, "
                  "target_value real not null default 0, unit text not null default ''";
    if (version >= 23) habits += ", question text";
    if (version >= 24) habits += ", uuid text";
    db.exec(habits + ")");
    std::string reps = "CREATE TABLE Repetitions (id integer primary key autoincrement, habit integer, timestamp integer";
    if (version >= 16) reps += ", value integer not null";
    if (version >= 25) reps += ", notes text";
    db.exec(reps + ")");
    db.exec("CREATE TABLE Checkmarks (Id INTEGER PRIMARY KEY, habit INTEGER, timestamp INTEGER, value INTEGER)");
    db.exec("PRAGMA user_version = " + std::to_string(version));
}

void exec(const std::string& path, const std::string& sql) {
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec(sql);
}

std::string rep(int habit, const char* iso, int value) {
    return "INSERT INTO Repetitions (habit, timestamp, value) VALUES (" + std::to_string(habit) + ", " +
           std::to_string(ms(iso)) + ", " + std::to_string(value) + ");";
}




size_t total_completions(const App& app) {
    size_t n = 0;
    for (const Step& s : app.steps()) n += app.completions_of(s.id).size();
    return n;
}


}  // namespace

TEST_CASE("Loop backup version 12: every row is a done day, frequency and archived kept", "[import][loop]") {
    test::TempDir dir;
    std::string path = dir.file("loop12.db");
    make_loop_db(path, 12);
    exec(path,
         "INSERT INTO Habits (Id, archived, name, description, freq_num, freq_den, position, reminder_days) VALUES "
         "(1, 0, 'Read', 'Ten pages', 1, 1, 0, 127), (2, 1, 'Gym', '', 3, 7, 1, 127);"
         "INSERT INTO Repetitions (habit, timestamp) VALUES (1, " + std::to_string(ms("2020-01-01")) + "), (1, " +
             std::to_string(ms("2020-01-02")) + "), (1, " + std::to_string(ms("2020-01-02")) + "), (2, " +
             std::to_string(ms("2020-01-03")) + ");");

    std::vector<double> seen;
    ForeignImport in = read_loop_backup(path, [&](double f) { seen.push_back(f); });
    CHECK(in.format == "loop");
    CHECK(in.description.find("version 12") != std::string::npos);
    REQUIRE(!seen.empty());
    CHECK(seen.back() == 1.0);

    App app(Database::in_memory(), kToday);
    ImportReport first = import_all(app, in.document);
    CHECK(first.added == 2 + 2 + 3);  // goals, steps, completions (the doubled row counts once)
    REQUIRE(app.goals().size() == 2);
    const Goal& read = goal_titled(app, "Read");
    CHECK(read.kind == GoalKind::habit);
    CHECK(read.description == "Ten pages");
    CHECK(read.start_date == day("2020-01-01"));
    CHECK(read.due_date == add_days(day("2020-01-02"), 365));
    CHECK_FALSE(read.archived);
    CHECK(read.uuid == stable_uuid("loop:habit:1:Read"));
    const Step& read_step = only_step(app, read);
    CHECK(to_string(read_step.repeat) == "daily");
    CHECK(app.completions_of(read_step.id).size() == 2);
    const Goal& gym = goal_titled(app, "Gym");
    CHECK(gym.archived);
    CHECK(to_string(only_step(app, gym).repeat) == "times:3/week");

    ImportReport again = import_all(app, read_loop_backup(path, {}).document);
    CHECK(again.added == 0);
    CHECK(app.goals().size() == 2);
    CHECK(total_completions(app) == 3);
}

TEST_CASE("Loop backup version 22: values, skips, reminders, frequencies and numerical amounts", "[import][loop]") {
    test::TempDir dir;
    std::string path = dir.file("loop22.db");
    make_loop_db(path, 22);
    exec(path,
         "INSERT INTO Habits (Id, archived, name, description, freq_num, freq_den, position, reminder_days, "
         "reminder_hour, reminder_min, type, target_type, target_value, unit) VALUES "
         "(0, 0, 'Work out', '', 2, 3, 0, 113, 18, 30, 0, 0, 0, ''),"
         "(1, 0, 'Run', '', 1, 7, 1, 127, NULL, NULL, 1, 0, 10, 'km'),"
         "(2, 0, 'Floss', '', 1, 5, 2, 127, 7, 5, 0, 0, 0, '');" +
             rep(0, "2021-03-01", 2) + rep(0, "2021-03-02", 1) + rep(0, "2021-03-03", 0) + rep(0, "2021-03-04", 3) +
             rep(0, "2021-03-05", 2) + rep(1, "2021-03-01", 5500) + rep(1, "2021-03-08", 12000) +
             rep(2, "2021-03-02", 2));

    ForeignImport in = read_loop_backup(path, {});
    App app(Database::in_memory(), kToday);
    import_all(app, in.document);
    REQUIRE(app.goals().size() == 3);

    const Goal& work = goal_titled(app, "Work out");
    const Step& work_step = only_step(app, work);
    CHECK(to_string(work_step.repeat) == "times:5/week");  // 2 in 3 days, the nearest
    CHECK(mentions(in.losses, "2 times in 3 days has no exact Stepwise repeat"));
    REQUIRE(work_step.remind_at);
    CHECK(*work_step.remind_at == 18 * 60 + 30);
    // 113 = Saturday (bit 0), Wednesday, Thursday, Friday (bits 4 to 6).
    CHECK(mentions(in.losses, "was on Wed, Thu, Fri, Sat only"));
    CHECK(app.completions_of(work_step.id) == std::vector<Day>{day("2021-03-01"), day("2021-03-05")});
    CHECK(app.skips_of(work_step.id) == std::vector<Day>{day("2021-03-04")});
    CHECK(app.mark_of(work_step.id, day("2021-03-02")) == DayMark::open);  // implied is not done
    CHECK(app.mark_of(work_step.id, day("2021-03-03")) == DayMark::open);

    const Goal& floss = goal_titled(app, "Floss");
    CHECK(to_string(only_step(app, floss).repeat) == "every:5");
    CHECK(*only_step(app, floss).remind_at == 7 * 60 + 5);

    const Goal& run = goal_titled(app, "Run");
    CHECK(run.kind == GoalKind::numeric);
    CHECK(run.measure == Measure::total);
    CHECK(run.unit == "km");
    CHECK(run.baseline == 0);
    CHECK(run.target > 0);
    CHECK(app.steps_of(run.id).empty());
    const auto& runs = app.entries_of(run.id);
    REQUIRE(runs.size() == 2);
    std::vector<double> amounts{runs[0].value, runs[1].value};
    std::sort(amounts.begin(), amounts.end());
    CHECK(amounts == std::vector<double>{5.5, 12.0});
    CHECK(mentions(in.losses, "habit 'Run': a numerical habit (at least 10 km per 7 days)"));

    CHECK(import_all(app, read_loop_backup(path, {}).document).added == 0);
    CHECK(app.entries_of(goal_titled(app, "Run").id).size() == 2);  // the app reloaded its goals
}

TEST_CASE("Loop backup versions 24 and 25: uuid, question and notes", "[import][loop]") {
    test::TempDir dir;
    std::string path = dir.file("loop25.db");
    make_loop_db(path, 25);
    exec(path,
         "INSERT INTO Habits (Id, archived, name, description, question, uuid, freq_num, freq_den, position, "
         "reminder_days) VALUES (7, 0, 'Meditate', 'Calm mind', 'Did you meditate?', 'abc123', 1, 1, 0, 127);"
         "INSERT INTO Repetitions (habit, timestamp, value, notes) VALUES "
         "(7, " + std::to_string(ms("2022-05-01")) + ", 2, 'ten minutes, in the park'),"
         "(7, " + std::to_string(ms("2022-05-02")) + ", 3, 'flu'),"
         "(7, " + std::to_string(ms("2022-05-03")) + ", 2, NULL);");
    ForeignImport in = read_loop_backup(path, {});
    App app(Database::in_memory(), kToday);
    import_all(app, in.document);
    REQUIRE(app.goals().size() == 1);
    const Goal& g = app.goals()[0];
    CHECK(g.uuid == stable_uuid("loop:habit:abc123"));
    CHECK(g.description == "Did you meditate?\n\nCalm mind");
    const Step& s = only_step(app, g);
    CHECK(s.uuid == stable_uuid("loop:habit-step:abc123"));
    CHECK(app.completion_note(s.id, day("2022-05-01")) == "ten minutes, in the park");
    CHECK(app.mark_of(s.id, day("2022-05-02")) == DayMark::skipped);
    // The note on the skipped day cannot be kept, and says so.
    CHECK(mentions(in.skipped, "2022-05-02: the note on a day marked skipped was left out"));
    CHECK(import_all(app, read_loop_backup(path, {}).document).added == 0);

    std::string v24 = dir.file("loop24.db");
    make_loop_db(v24, 24);
    exec(v24, "INSERT INTO Habits (Id, archived, name, description, question, uuid, freq_num, freq_den, position) "
              "VALUES (1, 0, 'Walk', '', 'Did you walk?', 'u-24', 3, 7, 0);" + rep(1, "2023-01-02", 2));
    ForeignImport in24 = read_loop_backup(v24, {});
    REQUIRE(in24.document["goals"].size() == 1);
    CHECK(in24.document["goals"][0]["uuid"] == stable_uuid("loop:habit:u-24"));
    CHECK(in24.document["goals"][0]["description"] == "Did you walk?");
    CHECK(in24.document["steps"][0]["repeat"] == "times:3/week");
}

TEST_CASE("Loop backup version 16 has values but no habit types; versions before 12 are refused", "[import][loop]") {
    test::TempDir dir;
    std::string v16 = dir.file("loop16.db");
    make_loop_db(v16, 16);
    exec(v16, "INSERT INTO Habits (Id, archived, name, description, freq_num, freq_den, position, reminder_days) "
              "VALUES (3, 0, 'Stretch', '', 1, 1, 0, 127);" +
                  rep(3, "2019-06-01", 2) + rep(3, "2019-06-02", 0) + rep(3, "2019-06-03", 3) + rep(3, "2019-06-04", 9));
    ForeignImport in = read_loop_backup(v16, {});
    REQUIRE(in.document["completions"].size() == 1);
    CHECK(in.document["completions"][0]["date"] == "2019-06-01");
    REQUIRE(in.document["skips"].size() == 1);
    CHECK(in.document["skips"][0]["date"] == "2019-06-03");
    CHECK(mentions(in.skipped, "habit 'Stretch' 2019-06-04: unknown Loop value 9"));
    CHECK(mentions(in.losses, "1 day marked not done"));

    std::string v11 = dir.file("loop11.db");
    make_loop_db(v11, 11);
    require_one_line_error([&] { read_loop_backup(v11, {}); }, "database version 11");
}

TEST_CASE("Loop backup fixtures of versions 12, 22 and 25", "[import][loop][fixture]") {
    struct Case {
        const char* file;
        size_t goals;
        size_t completions;
    };
    for (Case c : {Case{"loop-v12.db", 9, 164}, Case{"loop-v22.db", 2, 1}, Case{"loop-v25.db", 9, 164}}) {
        std::string path = kFixtures + "/" + c.file;
        INFO(path);
        REQUIRE(std::filesystem::exists(path));
        ForeignImport in = read_loop_backup(path, {});
        App app(Database::in_memory(), kToday);
        ImportReport report = import_all(app, in.document);
        CHECK(app.goals().size() == c.goals);
        CHECK(total_completions(app) == c.completions);
        CHECK(report.added > 0);
        CHECK(import_all(app, read_loop_backup(path, {}).document).added == 0);
    }
    // Version 25's fixture: 'brush teeth' moved its description to the question, 3 in 7 days.
    ForeignImport in = read_loop_backup(kFixtures + "/loop-v25.db", {});
    App app(Database::in_memory(), kToday);
    import_all(app, in.document);
    const Goal& teeth = goal_titled(app, "brush teeth");
    CHECK(teeth.description == "I want to have beautiful teeth!");
    CHECK(to_string(only_step(app, teeth).repeat) == "times:3/week");
    CHECK(to_string(only_step(app, goal_titled(app, "Sleep early")).repeat) == "every:5");
    CHECK(app.completions_of(only_step(app, teeth).id).size() == 21);
}

TEST_CASE("Loop backup reading never writes beside the file", "[import][loop]") {
    test::TempDir dir;
    std::string path = dir.file("copy.db");
    std::filesystem::copy_file(kFixtures + "/loop-v25.db", path);
    auto size = std::filesystem::file_size(path);
    read_loop_backup(path, {});
    CHECK(std::filesystem::file_size(path) == size);
    CHECK_FALSE(std::filesystem::exists(path + "-wal"));
    CHECK_FALSE(std::filesystem::exists(path + "-shm"));
    CHECK_FALSE(std::filesystem::exists(path + "-journal"));
}

TEST_CASE("Malformed Loop backups are one-line errors", "[import][loop]") {
    test::TempDir dir;
    std::string text = dir.file("notes.db");
    std::ofstream(text) << "this is not a database, just text that is long enough to be read as a header\n";
    require_one_line_error([&] { read_loop_backup(text, {}); }, "not an SQLite database");

    std::string truncated = dir.file("truncated.db");
    {
        std::ifstream src(kFixtures + "/loop-v12.db", std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(src)), std::istreambuf_iterator<char>());
        REQUIRE(bytes.size() > 20000);
        std::ofstream(truncated, std::ios::binary) << bytes.substr(0, 20000);
    }
    require_one_line_error([&] { read_loop_backup(truncated, {}); }, "damaged or truncated");

    std::string no_habits = dir.file("other.db");
    {
        SQLite::Database db(no_habits, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("CREATE TABLE Repetitions (id integer primary key, habit integer, timestamp integer)");
    }
    require_one_line_error([&] { read_loop_backup(no_habits, {}); }, "not a Loop Habit Tracker backup: no Habits table");

    std::string no_freq = dir.file("nofreq.db");
    {
        SQLite::Database db(no_freq, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("CREATE TABLE Habits (id integer primary key, name text); "
                "CREATE TABLE Repetitions (id integer primary key, habit integer, timestamp integer);"
                "PRAGMA user_version = 20");
    }
    require_one_line_error([&] { read_loop_backup(no_freq, {}); }, "the Habits table has no freq_num column");

    require_one_line_error([&] { read_loop_backup(dir.file("missing.db"), {}); }, "no such file");
}
