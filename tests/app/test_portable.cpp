// Full export and merge-import by uuid.
#include "app/app.hpp"
#include "app/portable.hpp"
#include "app/portable_read.hpp"
#include "core/errors.hpp"
#include "core/uuid.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <functional>

using namespace sw;
using nlohmann::json;

namespace {

Day day(const char* iso) { return parse_iso_day(iso).value(); }
const Day kToday = day("2026-11-26");

App empty_app() { return App(Database::in_memory(), kToday); }

// Every kind of record: numeric and milestone goals (one private and archived),
// one-off and recurring steps with a gap in positions, completions, entries,
// check-ins and a setting.
void fill(App& app) {
    Goal run;
    run.title = "Run 5 km";
    run.kind = GoalKind::numeric;
    run.unit = "km";
    run.baseline = 1.5;
    run.target = 5;
    run.measure = Measure::level;
    run.start_date = day("2026-11-01");
    run.due_date = day("2027-02-01");
    run.why = "Energy — and fun ✓";
    int64_t run_id = app.add_goal(run);

    Goal book;
    book.title = "Finish the book";
    book.start_date = day("2026-10-01");
    book.due_date = day("2027-06-30");
    book.is_private = true;
    int64_t book_id = app.add_goal(book);
    app.archive_goal(book_id);

    Step jog;
    jog.goal_id = run_id;
    jog.title = "Jog";
    jog.repeat = parse_recurrence("weekly:MO,WE,FR");
    jog.start_date = day("2026-11-02");
    int64_t jog_id = app.add_step(jog);
    Step shoes;
    shoes.goal_id = run_id;
    shoes.title = "Buy shoes";
    shoes.due_date = day("2026-11-10");
    int64_t shoes_id = app.add_step(shoes);
    Step plan;
    plan.goal_id = run_id;
    plan.title = "Plan route";
    plan.if_text = "If it rains";
    plan.then_text = "then I run indoors";
    app.add_step(plan);
    app.delete_step(shoes_id);  // leaves positions 1 and 3
    Step chapter;
    chapter.goal_id = book_id;
    chapter.title = "Chapter 1";
    int64_t chapter_id = app.add_step(chapter);
    app.set_step_status(chapter_id, StepStatus::done, day("2026-11-20"));
    for (const char* d : {"2026-11-02", "2026-11-04", "2026-11-06"}) app.complete_step(jog_id, day(d), true);

    app.log_progress(run_id, day("2026-11-03"), 2.0, "slow");
    app.log_progress(run_id, day("2026-11-10"), 2.75, "");

    CheckIn c;
    c.date = day("2026-11-24");
    c.mood = 4;
    c.confidence = 7;
    c.win = "Ran twice";
    app.save_checkin(c);
    CheckIn quiet;
    quiet.date = day("2026-11-25");
    app.save_checkin(quiet);
    app.set_setting("theme", "dark");
}

json without_time(json doc) {
    doc.erase("exported_at");
    return doc;
}

size_t record_count(const json& doc) {
    size_t n = doc["settings"].size();
    for (const char* k : {"goals", "steps", "completions", "entries", "checkins"}) n += doc[k].size();
    return n;
}

}  // namespace

TEST_CASE("An export carries its format, version and every record by uuid", "[app][portable]") {
    App app = empty_app();
    fill(app);
    json doc = export_all(app);

    CHECK(doc["format"] == "stepwise-export");
    CHECK(doc["version"] == 2);
    CHECK(doc["exported_at"].get<std::string>().size() == 20);
    CHECK(doc["goals"].size() == 2);
    CHECK(doc["steps"].size() == 3);
    CHECK(doc["completions"].size() == 3);
    CHECK(doc["entries"].size() == 2);
    CHECK(doc["checkins"].size() == 2);
    CHECK(doc["settings"]["theme"] == "dark");
    CHECK(doc["goals"][1]["private"] == true);
    CHECK(doc["goals"][1]["archived"] == true);
    CHECK(doc["steps"][0]["goal_uuid"] == doc["goals"][0]["uuid"]);
    CHECK(doc["steps"][0]["repeat"] == "weekly:MO,WE,FR");
    CHECK(doc["steps"][1]["position"] == 3);
    CHECK(doc["completions"][0]["step_uuid"] == doc["steps"][0]["uuid"]);
    CHECK(doc["entries"][0]["goal_uuid"] == doc["goals"][0]["uuid"]);
    for (const char* kind : {"goals", "steps", "entries", "checkins"})
        for (const auto& record : doc[kind]) {
            CHECK(looks_like_uuid(record["uuid"].get<std::string>()));
            CHECK_FALSE(record.contains("id"));  // ids belong to one database
        }
}

TEST_CASE("The streamed export is byte for byte the document's own text", "[app][portable]") {
    App app = empty_app();
    SECTION("an empty database") {}
    SECTION("every kind of record, with text that needs escaping") {
        fill(app);
        Goal g = app.goals().front();
        app.edit_goal(g.id, set_field("description", "Line one\nLine \"two\" \\ tab\there — Café ✓ عربى"));
        app.set_setting("summary_folder", "~/Documents/Stepwise");
    }
    const std::string at = "2026-11-26T18:40:00Z";
    ExportCounts counts;
    std::string streamed = export_text(app, counts, at);
    json doc = export_all(app, at);
    CHECK(streamed == doc.dump(2));
    CHECK(counts.goals == doc["goals"].size());
    CHECK(counts.steps == doc["steps"].size());
    CHECK(counts.entries == doc["entries"].size());
    CHECK(counts.checkins == doc["checkins"].size());
}

TEST_CASE("Export, import into an empty database and export again give the same content", "[app][portable]") {
    App source = empty_app();
    fill(source);
    json first = export_all(source);

    App copy = empty_app();
    ImportReport report = import_all(copy, first);

    CHECK(report.added == static_cast<int>(record_count(first)));
    CHECK(report.skipped == 0);
    CHECK(report.conflicts.empty());
    CHECK(without_time(export_all(copy)) == without_time(first));
    // The app's records were reloaded: the copy can be used at once.
    REQUIRE(copy.goals().size() == 2);
    CHECK(copy.entries_of(copy.goals()[0].id).size() == 2);
}

TEST_CASE("Importing the same export again changes nothing and skips every record", "[app][portable]") {
    App source = empty_app();
    fill(source);
    json doc = export_all(source);
    App copy = empty_app();
    import_all(copy, doc);
    json after_first = without_time(export_all(copy));

    ImportReport again = import_all(copy, doc);

    CHECK(again.added == 0);
    CHECK(again.skipped == static_cast<int>(record_count(doc)));
    CHECK(again.conflicts.empty());
    CHECK(without_time(export_all(copy)) == after_first);
    CHECK(again.summary() == "0 added, " + std::to_string(record_count(doc)) + " unchanged, 0 conflicts resolved");
}

TEST_CASE("Importing an export into the database it came from changes nothing", "[app][portable]") {
    App app = empty_app();
    fill(app);
    json doc = export_all(app);
    std::vector<std::string> updated;
    for (const auto& g : app.goals()) updated.push_back(g.updated_at);

    ImportReport report = import_all(app, doc);

    CHECK(report.added == 0);
    CHECK(report.skipped == static_cast<int>(record_count(doc)));
    CHECK(report.conflicts.empty());
    CHECK(without_time(export_all(app)) == without_time(doc));
    for (size_t i = 0; i < app.goals().size(); ++i) CHECK(app.goals()[i].updated_at == updated[i]);
}

TEST_CASE("The import reader reads every record of a file without touching a database", "[app][portable]") {
    App source = empty_app();
    fill(source);
    json doc = export_all(source);

    ExportFile file = read_export(doc, kToday);

    CHECK(file.goals.size() == 2);
    CHECK(file.steps.size() == 3);
    CHECK(file.completions.size() == 3);
    CHECK(file.entries.size() == 2);
    CHECK(file.checkins.size() == 2);
    REQUIRE(file.settings.size() == 1);
    CHECK(file.settings[0] == std::pair<std::string, std::string>("theme", "dark"));
    CHECK(file.goals[1].path == "goals[1]");
    CHECK(file.goals[1].value.title == "Finish the book");
    CHECK(file.steps[0].value.goal_uuid == file.goals[0].value.uuid);
    CHECK(file.completions[2].value.date == day("2026-11-06"));
    // A record reads back into the same encoding it was written in.
    CHECK(goal_record(file.goals[0].value) == doc["goals"][0]);
    CHECK(step_record(file.steps[1].value.step, file.steps[1].value.goal_uuid) == doc["steps"][1]);
    CHECK(entry_record(file.entries[0].value.entry, file.entries[0].value.goal_uuid) == doc["entries"][0]);
    CHECK(checkin_record(file.checkins[0].value) == doc["checkins"][0]);
    CHECK(completion_record(file.completions[0].value.step_uuid, file.completions[0].value.date) ==
          doc["completions"][0]);
}

TEST_CASE("Merging keeps the database's own records and links new ones by uuid", "[app][portable]") {
    App source = empty_app();
    fill(source);
    json doc = export_all(source);

    App target = empty_app();
    Goal own;
    own.title = "Learn Spanish";
    own.start_date = day("2026-11-01");
    own.due_date = day("2027-11-01");
    int64_t own_id = target.add_goal(own);
    Step own_step;
    own_step.goal_id = own_id;
    own_step.title = "Duolingo";
    target.add_step(own_step);

    import_all(target, doc);

    REQUIRE(target.goals().size() == 3);
    CHECK(target.goals()[0].title == "Learn Spanish");
    CHECK(target.steps_of(own_id).size() == 1);
    const Goal& run = target.goals()[1];
    CHECK(run.uuid == doc["goals"][0]["uuid"]);
    CHECK(run.id != own_id);
    auto steps = target.steps_of(run.id);
    REQUIRE(steps.size() == 2);
    CHECK(steps[0].title == "Jog");
    CHECK(target.completions_of(steps[0].id).size() == 3);
}

TEST_CASE("A conflicting record is resolved by the newer updated_at and reported", "[app][portable]") {
    App source = empty_app();
    fill(source);
    json doc = export_all(source);
    App target = empty_app();
    import_all(target, doc);

    json changed = doc;
    changed["goals"][0]["title"] = "Run 10 km";
    changed["goals"][0]["updated_at"] = "2099-01-01T00:00:00Z";  // newer: the file wins
    changed["goals"][1]["title"] = "An old title";
    changed["goals"][1]["updated_at"] = "2000-01-01T00:00:00Z";  // older: the database wins
    changed["entries"][1]["value"] = 3.5;
    changed["entries"][1]["updated_at"] = "2099-01-01T00:00:00Z";
    changed["checkins"][1]["updated_at"] = "2099-01-02T00:00:00Z";  // only re-saved: not a conflict

    ImportReport report = import_all(target, changed);

    REQUIRE(report.conflicts.size() == 3);
    CHECK(report.taken_from_file() == 2);
    CHECK(report.conflicts[0].path == "goals[0]");
    CHECK(report.conflicts[0].took_file);
    CHECK(report.conflicts[0].record.find("Run 10 km") != std::string::npos);
    CHECK(report.conflicts[1].path == "goals[1]");
    CHECK_FALSE(report.conflicts[1].took_file);
    CHECK(report.summary().find("3 conflicts resolved (2 from the file, 1 kept local)") != std::string::npos);
    CHECK(target.goals()[0].title == "Run 10 km");
    CHECK(target.goals()[0].updated_at == "2099-01-01T00:00:00Z");
    CHECK(target.goals()[1].title == "Finish the book");
    CHECK(target.entries_of(target.goals()[0].id)[1].value == 3.5);
    CHECK(report.added == 0);
    CHECK(report.skipped == static_cast<int>(record_count(doc)) - 3);
}

TEST_CASE("A check-in of the same day made elsewhere is merged by day, newer wins", "[app][portable]") {
    App target = empty_app();
    CheckIn mine;
    mine.date = day("2026-11-24");
    mine.mood = 2;
    target.save_checkin(mine);
    std::string my_uuid = target.checkins()[0].uuid;

    App other = empty_app();
    fill(other);
    json doc = export_all(other);
    doc["checkins"][0]["updated_at"] = "2099-01-01T00:00:00Z";

    ImportReport report = import_all(target, doc);

    REQUIRE(target.checkins().size() == 2);  // still one per day
    const CheckIn* merged = target.checkin_on(day("2026-11-24"));
    REQUIRE(merged);
    CHECK(merged->mood == 4);
    CHECK(merged->uuid == doc["checkins"][0]["uuid"]);  // the winner's identity, so both sides converge
    CHECK(merged->uuid != my_uuid);
    REQUIRE(report.conflicts.size() == 1);
    CHECK(report.conflicts[0].took_file);
}

TEST_CASE("A different setting is a conflict that keeps the local value", "[app][portable]") {
    App target = empty_app();
    target.set_setting("theme", "light");
    App other = empty_app();
    fill(other);

    ImportReport report = import_all(target, export_all(other));

    CHECK(target.setting("theme") == "light");
    REQUIRE(report.conflicts.size() == 1);
    CHECK(report.conflicts[0].path == "settings.theme");
    CHECK_FALSE(report.conflicts[0].took_file);
}

TEST_CASE("A bad import changes nothing and names the field", "[app][portable]") {
    App source = empty_app();
    fill(source);
    const json good = export_all(source);

    // The target has records of its own; the file's are all new to it, so a late
    // failure comes after earlier records were already written in the transaction.
    test::TempDir dir;
    App target(Database::open(dir.file("target.db")), kToday);
    Goal own;
    own.title = "Learn Spanish";
    own.start_date = day("2026-11-01");
    own.due_date = day("2027-11-01");
    target.add_goal(own);
    target.set_setting("theme", "light");
    const json before = without_time(export_all(target));

    struct Case {
        const char* name;
        std::function<void(json&)> spoil;
        const char* message;
    };
    const std::vector<Case> cases = {
        {"unknown version", [](json& d) { d["version"] = 3; }, "version: unsupported export version 3"},
        {"version 0", [](json& d) { d["version"] = 0; }, "version: unsupported export version 0"},
        {"not an export", [](json& d) { d["format"] = "something-else"; }, "format: not a Stepwise export"},
        {"not an object", [](json& d) { d = json::array(); }, "expected a Stepwise export object, found array"},
        {"impossible date", [](json& d) { d["goals"][1]["due_date"] = "2027-02-30"; },
         "goals[1].due_date: not a valid date '2027-02-30'"},
        {"text where a string belongs", [](json& d) { d["goals"][0]["title"] = 42; },
         "goals[0].title: expected a string, found number"},
        {"missing field", [](json& d) { d["steps"][2].erase("start_date"); }, "steps[2].start_date: missing"},
        {"object where a list belongs", [](json& d) { d["steps"] = json::object(); },
         "steps: expected an array, found object"},
        {"fraction where a whole number belongs", [](json& d) { d["goals"][0]["confidence"] = 7.5; },
         "goals[0].confidence: expected a whole number, found 7.5"},
        {"mood out of range", [](json& d) { d["checkins"][0]["mood"] = 9; }, "checkins[0].mood: must be from 1 to 5"},
        {"unknown enum value", [](json& d) { d["goals"][0]["status"] = "done"; }, "goals[0].status: unknown status 'done'"},
        {"bad recurrence", [](json& d) { d["steps"][0]["repeat"] = "weekly:XX"; }, "steps[0].repeat:"},
        {"bad uuid", [](json& d) { d["entries"][1]["uuid"] = "not-a-uuid"; }, "entries[1].uuid: not a valid uuid 'not-a-uuid'"},
        {"duplicate uuid", [](json& d) { d["goals"][1]["uuid"] = d["goals"][0]["uuid"]; },
         "goals[1].uuid: the same as goals[0]"},
        {"bad timestamp", [](json& d) { d["checkins"][1]["updated_at"] = "yesterday"; },
         "checkins[1].updated_at: not a UTC timestamp 'yesterday'"},
        {"due before start", [](json& d) { d["goals"][0]["due_date"] = "2026-10-01"; },
         "goals[0].due_date: must be after start_date (2026-11-01)"},
        {"numeric goal without a target", [](json& d) { d["goals"][0]["target"] = 1.5; }, "goals[0].target: equals the baseline"},
        {"dangling goal uuid", [&](json& d) { d["entries"][1]["goal_uuid"] = new_uuid(); },
         "entries[1].goal_uuid: no goal with uuid"},
        {"dangling step uuid", [&](json& d) { d["completions"][2]["step_uuid"] = new_uuid(); },
         "completions[2].step_uuid: no step with uuid"},
        {"setting that is not text", [](json& d) { d["settings"]["theme"] = true; },
         "settings.theme: expected a string, found boolean"},
    };
    for (const auto& c : cases) {
        DYNAMIC_SECTION(c.name) {
            json spoiled = good;
            c.spoil(spoiled);
            CHECK_THROWS_WITH(import_all(target, spoiled), Catch::Contains(c.message));
            CHECK(without_time(export_all(target)) == before);
            target.reload_all();  // and the database agrees with what the app shows
            CHECK(without_time(export_all(target)) == before);
        }
    }
}
