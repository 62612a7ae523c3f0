// Loop Habit Tracker's CSV export (Habits.csv and Checkmarks.csv in a folder)
// read into an export document and merged by import_all().
#include "app/app.hpp"
#include "app/foreign_import.hpp"
#include "app/portable.hpp"
#include "core/errors.hpp"
#include "core/uuid.hpp"
#include "support/import_checks.hpp"
#include "support/temp_dir.hpp"

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

const char* kHabitsHeader =
    "Position,Name,Type,Question,Description,FrequencyNumerator,FrequencyDenominator,Color,Unit,Target Type,"
    "Target Value,Archived?\r\n";

void write(const std::filesystem::path& p, const std::string& text) {
    std::ofstream(p, std::ios::binary) << text;
}

// A small export: a name with a comma and quotes, a description over two lines,
// a numerical habit and an archived one.
void write_export(const std::filesystem::path& folder) {
    write(folder / "Habits.csv",
          std::string(kHabitsHeader) +
              "001,\"Read, then \"\"reflect\"\"\",YES_NO,Did you read?,\"Two lines:\nsecond\",1,1,#FF8F00,,,,false\r\n"
              "002,Swim,NUMERICAL,How far?,,1,7,#00897B,km,AT_LEAST,3.5,false\r\n"
              "003,Old habit,YES_NO,,,3,7,#00897B,,,,true\r\n");
    write(folder / "Checkmarks.csv",
          "Date,\"Read, then \"\"reflect\"\"\",Swim,Old habit,\r\n"
          "2024-02-04,YES_MANUAL,1.250,UNKNOWN,\r\n"
          "2024-02-03,SKIP,UNKNOWN,YES_MANUAL,\r\n"
          "2024-02-02,YES_AUTO,2,NO,\r\n"
          "2024-02-01,YES_MANUAL,UNKNOWN,YES_MANUAL,\r\n");
}




}  // namespace

TEST_CASE("Loop CSV export: quoted fields, numerical amounts, skips and archived habits", "[import][loop-csv]") {
    test::TempDir dir;
    write_export(dir.path);
    ForeignImport in = read_loop_csv(dir.path.string(), {});
    CHECK(in.format == "loop-csv");
    // The Habits.csv path reads the same export.
    CHECK(read_loop_csv(dir.file("Habits.csv"), {}).document == in.document);

    App app(Database::in_memory(), kToday);
    import_all(app, in.document);
    REQUIRE(app.goals().size() == 3);

    const Goal& read = goal_titled(app, "Read, then \"reflect\"");
    CHECK(read.uuid == stable_uuid("loop-csv:habit:Read, then \"reflect\""));
    CHECK(read.description == "Did you read?\n\nTwo lines:\nsecond");
    CHECK(read.start_date == day("2024-02-01"));
    const Step& read_step = only_step(app, read);
    CHECK(to_string(read_step.repeat) == "daily");
    CHECK(app.completions_of(read_step.id) == std::vector<Day>{day("2024-02-01"), day("2024-02-04")});
    CHECK(app.skips_of(read_step.id) == std::vector<Day>{day("2024-02-03")});
    CHECK(app.mark_of(read_step.id, day("2024-02-02")) == DayMark::open);  // YES_AUTO is implied, not done

    const Goal& swim = goal_titled(app, "Swim");
    CHECK(swim.kind == GoalKind::numeric);
    CHECK(swim.unit == "km");
    const auto& swims = app.entries_of(swim.id);
    REQUIRE(swims.size() == 2);
    double sum = swims[0].value + swims[1].value;
    CHECK(sum == Approx(3.25));
    CHECK(std::any_of(swims.begin(), swims.end(), [](const ProgressEntry& e) { return e.value == 1.25; }));

    const Goal& old = goal_titled(app, "Old habit");
    CHECK(old.archived);
    CHECK(to_string(only_step(app, old).repeat) == "times:3/week");
    CHECK(app.completions_of(only_step(app, old).id).size() == 2);

    ImportReport again = import_all(app, read_loop_csv(dir.path.string(), {}).document);
    CHECK(again.added == 0);
    CHECK(app.goals().size() == 3);
}

TEST_CASE("Loop CSV export fixture", "[import][loop-csv][fixture]") {
    REQUIRE(std::filesystem::exists(kFixtures + "/Habits.csv"));
    ForeignImport in = read_loop_csv(kFixtures, {});
    App app(Database::in_memory(), kToday);
    ImportReport first = import_all(app, in.document);
    CHECK(first.added > 0);
    REQUIRE(app.goals().size() == 2);
    const Goal& meditate = goal_titled(app, "Meditate");
    CHECK(meditate.description == "Did you meditate this morning?");
    CHECK(app.completions_of(only_step(app, meditate).id).empty());  // every day UNKNOWN
    const Goal& wake = goal_titled(app, "Wake up early");
    const Step& wake_step = only_step(app, wake);
    CHECK(to_string(wake_step.repeat) == "times:5/week");  // 2 in 3 days, the nearest
    CHECK(app.completions_of(wake_step.id).size() == 6);   // YES_MANUAL only
    CHECK(app.mark_of(wake_step.id, day("2015-01-23")) == DayMark::open);  // YES_AUTO
    CHECK(import_all(app, read_loop_csv(kFixtures + "/Habits.csv", {}).document).added == 0);
}

TEST_CASE("Malformed Loop CSV exports are one-line errors naming the line", "[import][loop-csv]") {
    test::TempDir dir;
    write_export(dir.path);

    write(dir.path / "Habits.csv", std::string(kHabitsHeader) + "001,Read,YES_NO,,,1,1,#FF8F00,,,,false\r\n"
                                                                "002,Swim,YES_NO,,1,7\r\n");
    require_one_line_error([&] { read_loop_csv(dir.path.string(), {}); }, "Habits.csv line 3: 6 fields, expected 12");

    write(dir.path / "Habits.csv", std::string(kHabitsHeader) + "001,\"Read,YES_NO,,,1,1,#FF8F00,,,,false\r\n");
    require_one_line_error([&] { read_loop_csv(dir.path.string(), {}); },
                           "Habits.csv line 2: a quoted field is never closed");

    write_export(dir.path);
    write(dir.path / "Checkmarks.csv", "Date,\"Read, then \"\"reflect\"\"\",Swim,Old habit,\r\n"
                                       "2024-02-04,YES_MANUAL,1.250,MAYBE,\r\n");
    require_one_line_error([&] { read_loop_csv(dir.path.string(), {}); }, "Checkmarks.csv line 2: 'MAYBE'");

    write(dir.path / "Checkmarks.csv", "Date,\"Read, then \"\"reflect\"\"\",Swim,Old habit,\r\n"
                                       "2024-02-31,YES_MANUAL,1.250,NO,\r\n");
    require_one_line_error([&] { read_loop_csv(dir.path.string(), {}); }, "Checkmarks.csv line 2: '2024-02-31'");

    std::filesystem::remove(dir.path / "Checkmarks.csv");
    require_one_line_error([&] { read_loop_csv(dir.path.string(), {}); }, "no Checkmarks.csv");
}
