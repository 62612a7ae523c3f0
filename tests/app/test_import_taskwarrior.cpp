// Taskwarrior's `task export` read into a Stepwise export document and merged.
#include "app/app.hpp"
#include "app/foreign_import.hpp"
#include "app/portable.hpp"
#include "core/errors.hpp"
#include "core/uuid.hpp"
#include "support/files.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <fstream>

using namespace sw;

namespace {

Day day(const char* iso) { return parse_iso_day(iso).value(); }
const Day kToday = day("2026-12-02");
const std::string kFixture = STEPWISE_ASSET_DIR "/../../shared/fixtures/taskwarrior/export-2.6.json";

// Taskwarrior times are UTC; the days they fall on depend on the zone.
struct Zone {
    std::string saved;
    bool had = false;
    explicit Zone(const char* tz) {
        if (const char* old = std::getenv("TZ")) {
            had = true;
            saved = old;
        }
        setenv("TZ", tz, 1);
        tzset();
    }
    ~Zone() {
        if (had) setenv("TZ", saved.c_str(), 1);
        else unsetenv("TZ");
        tzset();
    }
};

std::string write(const test::TempDir& dir, const std::string& name, const std::string& text) {
    std::string path = dir.file(name);
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

const Goal* goal_titled(const App& app, const std::string& title) {
    for (const Goal& g : app.goals())
        if (g.title == title) return &g;
    return nullptr;
}

std::vector<const Step*> steps_titled(const App& app, const std::string& title) {
    std::vector<const Step*> out;
    for (const Step& s : app.steps())
        if (s.title == title) out.push_back(&s);
    return out;
}

bool has_line(const std::vector<std::string>& lines, const std::string& part) {
    return std::any_of(lines.begin(), lines.end(), [&](const std::string& l) { return l.find(part) != std::string::npos; });
}

// The error the reader gives for the file `text`; "" when it reads it.
std::string error_for(const std::string& text) {
    test::TempDir dir;
    std::string path = write(dir, "bad.json", text);
    try {
        read_taskwarrior_export(path, {});
    } catch (const InputError& e) {
        return e.what();
    }
    return "";
}

const char* kTask = R"({"uuid":"11111111-2222-4333-8444-555555555555","description":"Call the bank","status":"pending",)"
                    R"("entry":"20261101T090000Z","modified":"20261101T090000Z"})";

}  // namespace

TEST_CASE("The Taskwarrior fixture becomes goals per project, steps, and completions", "[import][taskwarrior]") {
    Zone utc("UTC");
    double last_fraction = -1;
    bool increasing = true;
    ForeignImport in = read_taskwarrior_export(kFixture, [&](double f) {
        increasing = increasing && f >= last_fraction;
        last_fraction = f;
    });
    CHECK(in.format == "taskwarrior");
    CHECK(in.description == "Taskwarrior export (20 tasks)");
    CHECK(increasing);
    CHECK(last_fraction == 1.0);
    CHECK(in.document["exported_at"] == "2026-12-01T22:18:18Z");

    App app(Database::in_memory(), kToday);
    ImportReport report = import_all(app, in.document);
    CHECK(report.conflicts.empty());
    CHECK(report.added_by_kind["goals"] == 3);
    CHECK(report.added_by_kind["steps"] == 6);
    CHECK(report.added_by_kind["completions"] == 3);

    // One goal per project; the task without a project is in the Inbox; the
    // project with only a deleted task has none.
    REQUIRE(app.goals().size() == 3);
    const Goal* running = goal_titled(app, "fitness.running");
    const Goal* portfolio = goal_titled(app, "portfolio");
    const Goal* inbox = goal_titled(app, "Inbox");
    REQUIRE(running);
    REQUIRE(portfolio);
    REQUIRE(inbox);
    CHECK(goal_titled(app, "reading") == nullptr);
    CHECK(running->uuid == stable_uuid("taskwarrior:project:fitness.running"));
    CHECK(running->kind == GoalKind::milestone);
    CHECK(running->start_date == day("2026-11-20"));  // the recurring task's first day
    CHECK(running->due_date == day("2026-12-20"));    // the latest due
    CHECK(inbox->start_date == day("2026-12-01"));
    CHECK(inbox->due_date == day("2027-03-01"));  // nothing due: 90 days
    CHECK(portfolio->start_date == day("2026-12-01"));
    CHECK(portfolio->due_date == day("2026-12-12"));  // "Publish the site" is scheduled then
    CHECK(portfolio->created_at == "2026-12-01T22:18:16Z");
    CHECK(running->updated_at == "2026-12-01T22:18:18Z");

    auto reg = steps_titled(app, "Register for the city 10k");
    REQUIRE(reg.size() == 1);
    CHECK(reg[0]->goal_id == running->id);
    CHECK(reg[0]->uuid == stable_uuid("taskwarrior:task:344cff04-8842-48f7-af35-a5930ba7bba9"));
    CHECK(reg[0]->due_date == day("2026-12-20"));
    CHECK(reg[0]->start_date == day("2026-12-01"));
    CHECK(reg[0]->status == StepStatus::open);
    CHECK(!reg[0]->is_recurring());

    auto about = steps_titled(app, "Write the About page");
    REQUIRE(about.size() == 1);
    CHECK(about[0]->notes == "2026-12-01: Ask Sam for feedback on the draft");
    CHECK(about[0]->goal_id == portfolio->id);

    auto publish = steps_titled(app, "Publish the site");
    REQUIRE(publish.size() == 1);
    CHECK(publish[0]->start_date == day("2026-12-12"));  // scheduled
    CHECK(!publish[0]->due_date);

    auto domain = steps_titled(app, "Pick a domain name — café-style ✓");
    REQUIRE(domain.size() == 1);
    CHECK(domain[0]->status == StepStatus::done);
    CHECK(domain[0]->done_date == day("2026-12-01"));

    auto idea = steps_titled(app, "Old idea");
    REQUIRE(idea.size() == 1);
    CHECK(idea[0]->goal_id == inbox->id);

    // The recurring parent is one recurring step; its completed children are
    // its completions on their due days; pending children are not steps.
    auto stretch = steps_titled(app, "Stretch 10 minutes");
    REQUIRE(stretch.size() == 1);
    CHECK(to_string(stretch[0]->repeat) == "daily");
    CHECK(stretch[0]->start_date == day("2026-11-20"));
    CHECK(!stretch[0]->due_date);
    CHECK(stretch[0]->uuid == stable_uuid("taskwarrior:task:e4d0825a-a5f0-4603-842a-1ff8870170e9"));
    CHECK(app.completions_of(stretch[0]->id) ==
          std::vector<Day>{day("2026-11-20"), day("2026-11-22"), day("2026-11-23")});

    // The deleted task is reported, not imported.
    CHECK(steps_titled(app, "Read 50 pages").empty());
    CHECK(in.skipped == std::vector<std::string>{"task 'Read 50 pages': deleted in Taskwarrior"});

    // What does not fit, one line per kind, with how many tasks.
    CHECK(has_line(in.losses, "wait dates of 1 task are not kept"));
    CHECK(has_line(in.losses, "priorities of 1 task are not kept"));
    CHECK(has_line(in.losses, "tags of 4 tasks are not kept"));
    CHECK(has_line(in.losses, "'until' of 4 tasks is not kept"));
    CHECK(has_line(in.losses, "dependencies of 1 task are not kept"));
    CHECK(has_line(in.losses, "10 pending occurrences of recurring tasks are not steps"));
    CHECK(has_line(in.losses, "3 completed occurrences are ticked on the day they were due, not the day they were done"));
    CHECK(has_line(in.losses, "project hierarchy is not kept: a project such as 'fitness.running' is a goal of its own"));
    CHECK(has_line(in.losses, "projects have no dates in Taskwarrior"));

    // Importing the same file again adds nothing.
    ForeignImport again = read_taskwarrior_export(kFixture, {});
    CHECK(again.document == in.document);
    ImportReport second = import_all(app, again.document);
    CHECK(second.added == 0);
    CHECK(second.conflicts.empty());
    CHECK(app.steps().size() == 6);
}

TEST_CASE("Taskwarrior recurrences map to the nearest Stepwise repeat", "[import][taskwarrior]") {
    Zone utc("UTC");
    auto task = [](const std::string& uuid_tail, const std::string& title, const std::string& recur) {
        return R"({"uuid":"00000000-0000-4000-8000-0000000000)" + uuid_tail + R"(","description":")" + title +
               R"(","status":"recurring","recur":")" + recur +
               R"(","due":"20261125T000000Z","entry":"20261101T090000Z","modified":"20261101T090000Z","project":"Home.Garden"})";
    };
    test::TempDir dir;
    std::string path = write(dir, "recur.json",
                             "[" + task("01", "Water", "weekly") + "," + task("02", "Weed", "3d") + "," +
                                 task("03", "Mow", "monthly") + "," + task("04", "Sweep", "weekdays") + "," +
                                 task("05", "Prune", "2wks") + "]");
    ForeignImport in = read_taskwarrior_export(path, {});
    App app(Database::in_memory(), kToday);
    import_all(app, in.document);
    REQUIRE(app.goals().size() == 1);
    CHECK(app.goals()[0].title == "Home.Garden");
    CHECK(app.goals()[0].kind == GoalKind::habit);  // only recurring steps
    auto repeat_of = [&](const char* title) {
        auto s = steps_titled(app, title);
        return s.size() == 1 ? to_string(s[0]->repeat) : std::string("(none)");
    };
    CHECK(repeat_of("Water") == "weekly:WE");  // 2026-11-25 is a Wednesday
    CHECK(repeat_of("Weed") == "every:3");
    CHECK(repeat_of("Mow") == "every:30");
    CHECK(repeat_of("Sweep") == "weekly:MO,TU,WE,TH,FR");
    CHECK(repeat_of("Prune") == "every:14");
    CHECK(has_line(in.losses, "recurring task 'Mow': 'monthly' has no exact Stepwise repeat; it became every 30 days"));
    CHECK(!has_line(in.losses, "'Water'"));
    CHECK(!has_line(in.losses, "'Weed'"));
}

TEST_CASE("Taskwarrior times become local days", "[import][taskwarrior]") {
    Zone ny("America/New_York");
    test::TempDir dir;
    std::string path = write(dir, "tz.json",
                             R"([{"uuid":"11111111-2222-4333-8444-555555555555","description":"Call the bank",)"
                             R"("status":"completed","entry":"20261101T090000Z","due":"20261121T030000Z",)"
                             R"("end":"20261122T020000Z","annotations":[{"entry":"20261103T010000Z","description":"on hold"},)"
                             R"({"entry":"20261104T120000Z","description":"ask again"}]}])");
    ForeignImport in = read_taskwarrior_export(path, {});
    App app(Database::in_memory(), kToday);
    import_all(app, in.document);
    REQUIRE(app.steps().size() == 1);
    const Step& s = app.steps()[0];
    CHECK(s.due_date == day("2026-11-20"));
    CHECK(s.done_date == day("2026-11-21"));
    CHECK(s.notes == "2026-11-02: on hold\n2026-11-04: ask again");
    CHECK(app.goals()[0].title == "Inbox");
}

TEST_CASE("A malformed Taskwarrior export is refused with one line naming the problem", "[import][taskwarrior]") {
    Zone utc("UTC");
    std::string fixture = test::read_bytes(kFixture);
    REQUIRE(fixture.size() > 6000);

    struct Case {
        std::string text, expected;
    };
    std::vector<Case> cases{
        {fixture.substr(0, fixture.rfind("},") + 2), "not valid JSON: unexpected end of input at byte "},
        {R"({"uuid":"x"})", "not a Taskwarrior export: expected a JSON array of tasks, found object"},
        {"[" + std::string(kTask) + ",42]", "task 2: expected a task object, found number"},
        {R"([{"description":"Call","status":"pending","entry":"20261101T090000Z"}])", "task 1: no uuid"},
        {R"([{"uuid":"11111111-2222-4333-8444-555555555555","status":"pending","entry":"20261101T090000Z"}])",
         "task 1 (uuid 11111111-2222-4333-8444-555555555555): no description"},
        {R"([{"uuid":"11111111-2222-4333-8444-555555555555","description":"Call","entry":"20261101T090000Z"}])",
         "task 1 (uuid 11111111-2222-4333-8444-555555555555): no status"},
        {"[" + std::string(kTask) +
             R"(,{"uuid":"21111111-2222-4333-8444-555555555555","description":"Pay","status":"pending","entry":"20261101T090000Z","due":"2026-11-20"}])",
         "task 2 (uuid 21111111-2222-4333-8444-555555555555): due: not a Taskwarrior date '2026-11-20' (YYYYMMDDTHHMMSSZ)"},
        {R"([{"uuid":"11111111-2222-4333-8444-555555555555","description":"Call","status":"pending","entry":"20261131T090000Z"}])",
         "task 1 (uuid 11111111-2222-4333-8444-555555555555): entry: not a Taskwarrior date '20261131T090000Z'"},
        {R"([{"uuid":"11111111-2222-4333-8444-555555555555","description":"Call","status":"open","entry":"20261101T090000Z"}])",
         "status: unknown status 'open'"},
        {R"([{"uuid":"11111111-2222-4333-8444-555555555555","description":"Call","status":"recurring","recur":"sometimes","due":"20261101T090000Z","entry":"20261101T090000Z"}])",
         "recur: 'sometimes' is not a Taskwarrior recurrence"},
        {"[" + std::string(kTask) + "," + kTask + "]", "task 2 (uuid 11111111-2222-4333-8444-555555555555): the same uuid as task 1"},
    };
    for (const Case& c : cases) {
        INFO(c.text.substr(0, 200));
        std::string error = error_for(c.text);
        CHECK(error.find(c.expected) != std::string::npos);
        CHECK(error.find('\n') == std::string::npos);
    }
    // The truncated fixture names the byte where it ends.
    std::string truncated = fixture.substr(0, fixture.rfind("},") + 2);
    CHECK(error_for(truncated) == "not valid JSON: unexpected end of input at byte " + std::to_string(truncated.size()));
    CHECK(error_for("[1 2]") == "not valid JSON: unexpected number literal at byte 4");  // the offending byte, counted from 1
    CHECK(error_for("[" + std::string(kTask) + "]").empty());  // the good task alone reads
}

TEST_CASE("Taskwarrior occurrences, deleted series, orphans and attributes are all accounted for",
          "[import][taskwarrior]") {
    Zone utc("UTC");
    auto task = [](const std::string& tail, const std::string& rest) {
        return R"({"uuid":"00000000-0000-4000-8000-0000000000)" + tail + R"(","entry":"20261101T090000Z",)" + rest + "}";
    };
    const std::string parent = R"("parent":"00000000-0000-4000-8000-000000000001")";
    const std::string gone = R"("parent":"00000000-0000-4000-8000-000000000009")";  // not in the file
    std::string long_title(230, 'x');
    std::string text =
        "[" + task("01", R"("description":"Floss","status":"recurring","recur":"daily","due":"20261110T000000Z","project":"Teeth")") +
        "," + task("02", R"("description":"Floss","status":"completed","due":"20261110T000000Z","end":"20261110T210000Z","annotations":[{"entry":"20261110T210000Z","description":"mint"}],)" + parent) +
        "," + task("03", R"("description":"Floss","status":"deleted","due":"20261111T000000Z",)" + parent) +
        "," + task("04", R"("description":"Floss","status":"pending","due":"20261112T000000Z",)" + parent) +
        "," + task("05", R"("description":"Journal","status":"deleted","recur":"daily","due":"20261110T000000Z","project":"Teeth")") +
        "," + task("06", R"("description":"Journal","status":"completed","due":"20261110T000000Z","end":"20261110T200000Z","parent":"00000000-0000-4000-8000-000000000005")") +
        "," + task("07", R"("description":"Lone","status":"completed","due":"20261105T000000Z","end":"20261106T080000Z","project":"Teeth",)" + gone) +
        "," + task("08", R"("description":")" + long_title + R"(","status":"pending","project":"Teeth","estimate":"2h","start":"20261101T100000Z")") +
        "]";
    test::TempDir dir;
    ForeignImport in = read_taskwarrior_export(write(dir, "more.json", text), {});
    App app(Database::in_memory(), kToday);
    import_all(app, in.document);

    auto floss = steps_titled(app, "Floss");
    REQUIRE(floss.size() == 1);
    CHECK(app.completions_of(floss[0]->id) == std::vector<Day>{day("2026-11-10")});
    CHECK(app.completion_note(floss[0]->id, day("2026-11-10")) == "2026-11-10: mint");
    CHECK(steps_titled(app, "Journal").empty());
    CHECK(in.skipped == std::vector<std::string>{"task 'Journal': deleted in Taskwarrior (a recurring task; its 1 "
                                                 "occurrence, 1 of them done, are left out with it)"});
    auto lone = steps_titled(app, "Lone");
    REQUIRE(lone.size() == 1);
    CHECK(!lone[0]->is_recurring());
    CHECK(lone[0]->done_date == day("2026-11-06"));
    std::string shortened = std::string(199, 'x') + "…";
    auto long_steps = steps_titled(app, shortened);
    REQUIRE(long_steps.size() == 1);
    CHECK(long_steps[0]->notes == long_title);

    CHECK(has_line(in.losses, "1 pending occurrence and 1 deleted occurrence of recurring tasks are not steps"));
    CHECK(has_line(in.losses, "1 occurrence whose recurring task is not in the file became a one-off step"));
    CHECK(has_line(in.losses, "1 description is longer than 200 characters"));
    CHECK(has_line(in.losses, "attributes Stepwise does not know (estimate) of 1 task are not kept"));
    CHECK(has_line(in.losses, "1 task was started (active) in Taskwarrior"));
    CHECK(!has_line(in.losses, "ticked on the day"));  // Floss was done on its due day
}
