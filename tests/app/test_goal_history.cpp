// A goal's history from the change journal (app/goal_history.hpp).
#include "app/app.hpp"
#include "app/goal_history.hpp"
#include "support/sample_goals.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>

using namespace sw;
using namespace sw::test;

namespace {

JournalRow row(int64_t id, const std::string& uuid, nlohmann::json before, nlohmann::json after,
               std::string command = "edit_goal") {
    JournalRow r;
    r.id = id;
    r.at = "2026-11-20T10:00:00Z";
    r.origin = Origin::window;
    r.command = std::move(command);
    r.entity = "goal";
    r.entity_uuid = uuid;
    r.before = before.is_null() ? "" : before.dump();
    r.after = after.is_null() ? "" : after.dump();
    return r;
}

nlohmann::json record(double target, const std::string& title = "Run", const std::string& due = "2027-03-01") {
    return {{"title", title}, {"target", target},  {"baseline", 2.0}, {"unit", "km"},
            {"start_date", "2026-11-01"}, {"due_date", due}, {"why", "health"}};
}

}  // namespace

TEST_CASE("Goal history lists each changed field of an edit with its values", "[app][goal_history]") {
    nlohmann::json before = record(10, "Run", "2027-03-01");
    nlohmann::json after = record(8.5, "Run far", "2027-04-01");
    after["why"] = "fun";  // not a field the history lists
    std::vector<JournalRow> rows{row(7, "g1", before, after)};
    auto changes = goal_history(rows, "g1", DecimalSeparator::comma);
    REQUIRE(changes.size() == 3);
    CHECK(changes[0].field == "title");
    CHECK(changes[0].from_text == "“Run”");
    CHECK(changes[0].to_text == "“Run far”");
    CHECK(changes[1].field == "target");
    CHECK(changes[1].from_text == "10 km");
    CHECK(changes[1].to_text == "8,5 km");
    CHECK(changes[1].from == 10.0);
    CHECK(changes[1].to == 8.5);
    CHECK(changes[2].field == "due_date");
    CHECK(changes[2].to == "2027-04-01");
    CHECK(changes[1].origin == Origin::window);
    CHECK(changes[1].at == "2026-11-20T10:00:00Z");
    CHECK(describe_goal_change(changes[1]) == "Target 10 km → 8,5 km");
    CHECK(describe_goal_change(changes[2]) == "Due date 2027-03-01 → 2027-04-01");
    auto j = goal_change_json(changes[1]);
    CHECK(j["field"] == "target");
    CHECK(j["from"] == 10.0);
    CHECK(j["to"] == 8.5);
    CHECK(j["origin"] == "window");
    CHECK(j["command"] == "edit_goal");
    CHECK(j.contains("date"));
}

TEST_CASE("Goal history ignores creates, deletes, other goals and other records", "[app][goal_history]") {
    std::vector<JournalRow> rows{
        row(1, "g1", nullptr, record(10), "add_goal"),
        row(2, "g2", record(10), record(5)),  // another goal
        row(3, "g1", record(10), nullptr, "delete_goal"),
    };
    JournalRow step = row(4, "g1", record(1), record(2), "edit_step");
    step.entity = "step";  // same uuid, another table: not the goal
    rows.push_back(step);
    CHECK(goal_history(rows, "g1", DecimalSeparator::point).empty());
    CHECK(goal_history(rows, "g2", DecimalSeparator::point).size() == 1);
}

TEST_CASE("Goal history is oldest first whatever the order of the rows", "[app][goal_history]") {
    std::vector<JournalRow> rows{row(9, "g1", record(8), record(6)), row(3, "g1", record(10), record(8))};
    auto changes = goal_history(rows, "g1", DecimalSeparator::point);
    REQUIRE(changes.size() == 2);
    CHECK(changes[0].journal_id == 3);
    CHECK(changes[0].to_text == "8 km");
    CHECK(changes[1].journal_id == 9);
}

TEST_CASE("A unit change formats each side's numbers with that side's unit", "[app][goal_history]") {
    nlohmann::json before = record(10);
    nlohmann::json after = record(9000);
    after["unit"] = "m";
    after["baseline"] = 2000.0;
    auto changes = goal_history(std::vector<JournalRow>{row(1, "g", before, after)}, "g", DecimalSeparator::point);
    REQUIRE(changes.size() == 3);
    CHECK(describe_goal_change(changes[0]) == "Target 10 km → 9000 m");
    CHECK(describe_goal_change(changes[1]) == "Baseline 2 km → 2000 m");
    CHECK(describe_goal_change(changes[2]) == "Unit km → m");
}

TEST_CASE("The App keeps goal edits and their undo in memory for the history", "[app][goal_history]") {
    TempDir dir;
    std::string path = dir.file("h.db");
    App app(Database::open(path), day("2026-11-26"));
    int64_t goal = app.add_goal(run_10k());
    int64_t other = app.add_goal(run_10k());
    const std::string uuid = app.find_goal(goal)->uuid;
    CHECK(goal_history(app.goal_journal(), uuid, app.decimal_separator()).empty());  // created: no change

    app.edit_goal(goal, set_field("target", 8.0));
    app.edit_goal(other, set_field("target", 12.0));
    app.edit_goal(goal, set_field("why", "health"));  // not listed
    app.undo();  // the why
    app.undo();  // the other goal's target
    app.undo();  // the target: back to 10
    auto changes = goal_history(app.goal_journal(), uuid, app.decimal_separator());
    REQUIRE(changes.size() == 2);
    CHECK(changes[0].field == "target");
    CHECK(changes[0].command == "edit_goal");
    CHECK(describe_goal_change(changes[0]) == "Target 10 km → 8 km");
    CHECK(changes[1].command == "undo:edit_goal");
    CHECK(describe_goal_change(changes[1]) == "Target 8 km → 10 km");
    CHECK(changes[1].date == local_day_of_utc(changes[1].at));

    // A fresh App (as the window opens) reads the same rows from the file.
    app.delete_goal(other);
    App reopened(Database::open(path), day("2026-11-26"));
    CHECK(goal_history(reopened.goal_journal(), uuid, DecimalSeparator::point).size() == 2);
}

TEST_CASE("A journal time becomes the local day it happened on", "[app][goal_history]") {
    const char* old = std::getenv("TZ");
    std::string saved = old ? old : "";
    setenv("TZ", "America/New_York", 1);
    tzset();
    CHECK(local_day_of_utc("2026-11-21T02:30:00Z") == day("2026-11-20"));
    setenv("TZ", "UTC", 1);
    tzset();
    CHECK(local_day_of_utc("2026-11-21T02:30:00Z") == day("2026-11-21"));
    if (old) setenv("TZ", saved.c_str(), 1);
    else unsetenv("TZ");
    tzset();
}
