// The change journal: one row per applied command, in its transaction, with the
// record before and after; a refused command writes none.
#include "app/app.hpp"
#include "app/journal_text.hpp"
#include "store/journal_repository.hpp"

#include "support/sample_goals.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace sw;
using namespace sw::test;
using nlohmann::json;

namespace {

json parsed(const std::string& text) { return text.empty() ? json(nullptr) : json::parse(text); }

struct Journalled {
    App app{Database::in_memory(), day("2026-11-26")};
    size_t count() { return app.journal(1'000'000).size(); }
    JournalRow last() { return app.journal(1).at(0); }
};

}  // namespace

TEST_CASE("Every command writes exactly one journal row with its before and after", "[app][journal]") {
    Journalled j;
    int64_t goal = j.app.add_goal(run_10k());
    REQUIRE(j.count() == 1);
    JournalRow add = j.last();
    CHECK(add.command == "add_goal");
    CHECK(add.entity == "goal");
    CHECK(add.origin == Origin::cli);
    CHECK(add.before.empty());
    CHECK(parsed(add.after)["title"] == "Run 10 km");
    CHECK(add.entity_uuid == j.app.find_goal(goal)->uuid);

    Patch why;
    why.changes["why"] = "feel strong";
    j.app.edit_goal(goal, why);
    REQUIRE(j.count() == 2);
    JournalRow edit = j.last();
    CHECK(edit.command == "edit_goal");
    CHECK(parsed(edit.before)["why"] == "");
    CHECK(parsed(edit.after)["why"] == "feel strong");
    CHECK(describe_change(edit).find("why") != std::string::npos);

    Step s;
    s.goal_id = goal;
    s.title = "Stretch";
    s.repeat = parse_recurrence("daily");
    s.start_date = day("2026-11-20");
    int64_t step = j.app.add_step(s);
    j.app.complete_step(step, day("2026-11-25"), true);
    REQUIRE(j.count() == 4);
    JournalRow tick = j.last();
    CHECK(tick.command == "complete_step");
    CHECK(tick.entity == "occurrence");
    CHECK(tick.before.empty());
    CHECK(parsed(tick.after)["date"] == "2026-11-25");
    CHECK(parsed(tick.after)["mark"] == "done");
    j.app.complete_step(step, day("2026-11-25"), false);
    CHECK(parsed(j.last().before)["date"] == "2026-11-25");
    CHECK(j.last().after.empty());

    int64_t entry = j.app.log_progress(goal, day("2026-11-26"), 5.5, "easy");
    CHECK(j.last().command == "log_progress");
    CHECK(parsed(j.last().after)["value"] == 5.5);
    Patch value;
    value.changes["value"] = 6.0;
    j.app.apply(EditEntry{entry, value});
    CHECK(parsed(j.last().before)["value"] == 5.5);
    CHECK(parsed(j.last().after)["value"] == 6.0);
    j.app.delete_entry(entry);
    CHECK(j.last().after.empty());

    CheckIn c;
    c.date = day("2026-11-26");
    c.mood = 4;
    j.app.save_checkin(c);
    CHECK(j.last().entity == "checkin");
    CHECK(parsed(j.last().after)["mood"] == 4);
    j.app.set_setting("theme", "dark");
    CHECK(j.last().entity == "setting");
    CHECK(parsed(j.last().after)["value"] == "dark");
    size_t before_delete = j.count();
    j.app.delete_goal(goal);
    REQUIRE(j.count() == before_delete + 1);
    json deleted = parsed(j.last().before);
    CHECK(deleted["title"] == "Run 10 km");
    CHECK(deleted["steps"].size() == 1);  // what cascaded is kept for an undo
    CHECK(j.last().after.empty());
}

TEST_CASE("A refused command writes no journal row and changes nothing", "[app][journal]") {
    Journalled j;
    int64_t goal = j.app.add_goal(run_10k());
    size_t rows = j.count();
    Patch bad;
    bad.changes["due_date"] = "2020-01-01";  // before the start: the SMART check fails
    CHECK_THROWS_AS(j.app.edit_goal(goal, bad), InputError);
    CHECK_THROWS_AS(j.app.log_progress(goal, day("2026-12-30"), 3, ""), InputError);  // future
    CHECK_THROWS_AS(j.app.log_progress(99, day("2026-11-26"), 3, ""), NotFoundError);
    CHECK(j.count() == rows);
    CHECK(j.app.find_goal(goal)->due_date == day("2027-03-01"));
}

TEST_CASE("An edit that changes nothing is not journalled", "[app][journal]") {
    Journalled j;
    int64_t goal = j.app.add_goal(run_10k());
    Patch same;
    same.changes["title"] = "Run 10 km";
    j.app.edit_goal(goal, same);
    CHECK(j.count() == 1);
}

TEST_CASE("The window's journal rows say they came from the window", "[app][journal]") {
    App app(Database::in_memory(), day("2026-11-26"), Origin::window);
    app.add_goal(run_10k());
    CHECK(app.journal(1).at(0).origin == Origin::window);
}
