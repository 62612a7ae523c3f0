// End-to-end: a record's `--json` is its export record (app/records.hpp, the one
// encoding) with this database's ids and the analytics on top
// (report/json_model.hpp), through the real binary.
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <initializer_list>

using namespace sw::test;
using nlohmann::json;

namespace {

// What `--json` adds to each kind of record. A field that is neither here nor
// in the export record fails the comparisons below.
const std::initializer_list<const char*> kGoalAdds = {
    "id",       "days_left",      "status",      "current",    "progress",   "expected", "trend_per_day",
    "projected_date", "entry_count", "steps_open", "steps_done", "smart",      "steps",
    "strength", "scheduled", "done", "planned"};
const std::initializer_list<const char*> kStepAdds = {"id",          "goal_id", "streak",    "best_streak",
                                                      "consistency_30d", "done", "done_dates",
                                                      "mark", "note", "week_done", "week_needed"};
const std::initializer_list<const char*> kEntryAdds = {"id", "goal_id"};
const std::initializer_list<const char*> kCheckinAdds = {"id"};

json without(json shown, std::initializer_list<const char*> adds) {
    for (const char* key : adds) {
        CHECK(shown.contains(key));
        shown.erase(key);
    }
    return shown;
}

// A goal's `--json` without what it adds: the record, except that the record's
// "status" (the lifecycle) is shown as "lifecycle" — "status" there is the
// on-track status (README "Command line").
json goal_record_part(const json& shown) {
    json j = without(shown, kGoalAdds);
    j["status"] = j["lifecycle"];
    j.erase("lifecycle");
    return j;
}

const json& by_uuid(const json& records, const json& uuid) {
    for (const json& r : records)
        if (r["uuid"] == uuid) return r;
    FAIL("no record with uuid " << uuid);
    return records;  // not reached
}

struct Fixture {
    CliOnTempDb cli;
    json exported;

    void run(const std::string& args) { REQUIRE(cli(args).exit_code == 0); }
    json json_of(const std::string& args) {
        RunResult r = cli(args);
        REQUIRE(r.exit_code == 0);
        return json::parse(r.out);
    }

    Fixture() {
        run("goal add --title 'Run 10 km' --due 2027-03-01 --start 2026-10-01 --unit km --baseline 2 --target 10 "
            "--measure level --why 'feel strong' --area health --confidence 8");
        run("goal add --title 'Finish the book' --due 2027-06-30 --start 2026-10-01 --private");
        run("step add 1 --title Jog --repeat weekly:MO,WE,FR --start 2026-11-02");
        run("step add 2 --title 'Chapter 1' --due 2026-11-25 --if 'If tired' --then 'then read a page' --notes n");
        run("step done 1 --date 2026-11-23");
        run("step done 1 --date 2026-11-25");
        run("step done 2 --date 2026-11-24");
        run("log 1 3 --date 2026-11-10 --note slow");
        run("log 1 4.5 --date 2026-11-20");
        run("checkin --date 2026-11-24 --mood 4 --confidence 7 --win 'ran twice'");
        std::string file = cli.dir.file("export.json");
        run("export -o " + shell_quote(file));
        std::ifstream in(file);
        exported = json::parse(in);
    }
};

}  // namespace

TEST_CASE("A goal's --json is its export record plus the id and the analytics", "[cli][json]") {
    Fixture f;
    json run = f.json_of("goal show 1 --json --on 2026-11-26");
    CHECK(goal_record_part(run) == f.exported["goals"][0]);
    CHECK(run["lifecycle"] == "active");

    // A milestone's measure, baseline and target mean nothing: `--json` says null,
    // the record keeps what is stored (so an export moves it unchanged).
    json book = f.json_of("goal show 2 --json --on 2026-11-26");
    json record = f.exported["goals"][1];
    for (const char* key : {"measure", "baseline", "target"}) {
        CHECK(book[key].is_null());
        CHECK_FALSE(record[key].is_null());
        record[key] = nullptr;
    }
    CHECK(goal_record_part(book) == record);

    json list = f.json_of("goal list --json --all");
    REQUIRE(list.size() == 2);
    CHECK_FALSE(list[0].contains("steps"));  // listed by `goal show` and `step list`
    list[0]["steps"] = json::array();
    CHECK(goal_record_part(list[0]) == f.exported["goals"][0]);
}

TEST_CASE("A step's --json is its export record plus ids and streaks, wherever it is shown", "[cli][json]") {
    Fixture f;
    json steps = f.json_of("step list --json");
    REQUIRE(steps.size() == 2);
    for (const json& s : steps) CHECK(without(s, kStepAdds) == by_uuid(f.exported["steps"], s["uuid"]));

    json shown = f.json_of("goal show 1 --json --on 2026-11-26")["steps"];
    REQUIRE(shown.size() == 1);
    CHECK(without(shown[0], kStepAdds) == f.exported["steps"][0]);

    json today = f.json_of("today --json --on 2026-11-25");
    REQUIRE(today["recurring"].size() == 1);
    CHECK(without(today["recurring"][0], kStepAdds) == f.exported["steps"][0]);
    CHECK(today["recurring"][0]["done"] == true);
}

TEST_CASE("Entries' and check-ins' --json are their export records plus ids", "[cli][json]") {
    Fixture f;
    json entries = f.json_of("log list 1 --json");
    REQUIRE(entries.size() == 2);
    for (const json& e : entries) CHECK(without(e, kEntryAdds) == by_uuid(f.exported["entries"], e["uuid"]));

    json checkin = f.json_of("checkin show --date 2026-11-24 --json");
    CHECK(without(checkin, kCheckinAdds) == f.exported["checkins"][0]);
}
