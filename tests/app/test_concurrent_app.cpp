// Two Apps on one file, as a window left open beside the command line: each
// command applies to the rows as they are now, so neither loses the other's edit.
#include "app/app.hpp"
#include "app/record_patch.hpp"
#include "app/records.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace sw;
using namespace sw::test;

namespace {

Day day(const char* text) { return *parse_iso_day(text); }

Goal milestone(const char* title) {
    Goal g;
    g.title = title;
    g.start_date = day("2026-11-01");
    g.due_date = day("2027-03-01");
    return g;
}

}  // namespace

TEST_CASE("A window left open does not revert an edit made elsewhere when it archives or ticks",
          "[app][concurrency]") {
    TempDir dir;
    std::string path = dir.file("s.db");
    App window(Database::open(path), day("2026-11-26"), Origin::window);
    int64_t goal = window.add_goal(milestone("Launch the site"));
    Step s;
    s.goal_id = goal;
    s.title = "Pick a domain";
    int64_t step = window.add_step(s);

    App cli(Database::open(path), day("2026-11-26"));  // loads after the window did
    cli.edit_goal(goal, set_field("why", "find clients"));
    cli.edit_step(step, set_field("notes", "ask Sam"));

    // The window's copies are stale; its commands still keep the CLI's edits.
    window.archive_goal(goal);
    window.complete_step(step, day("2026-11-26"), true);
    App reread(Database::open(path), day("2026-11-26"));
    CHECK(reread.find_goal(goal)->why == "find clients");
    CHECK(reread.find_goal(goal)->archived);
    CHECK(reread.find_step(step)->notes == "ask Sam");
    CHECK(reread.find_step(step)->status == StepStatus::done);
}

TEST_CASE("Editing a field someone else changed meanwhile is a conflict, not an overwrite", "[app][concurrency]") {
    TempDir dir;
    std::string path = dir.file("s.db");
    App window(Database::open(path), day("2026-11-26"), Origin::window);
    int64_t goal = window.add_goal(milestone("Launch the site"));
    Goal seen = *window.find_goal(goal);  // the editor opens

    App cli(Database::open(path), day("2026-11-26"));
    cli.edit_goal(goal, set_field("why", "find clients"));

    Goal mine = seen;
    mine.why = "learn CSS";
    mine.resources = "evenings";
    Patch patch = patch_between(goal_record(seen), goal_record(mine));
    size_t rows = window.journal(100).size();
    try {
        window.edit_goal(goal, patch);
        FAIL("the conflicting edit was saved");
    } catch (const ConflictError& e) {
        REQUIRE(e.conflicts.size() == 1);
        CHECK(e.conflicts[0].field == "why");
        CHECK(e.conflicts[0].theirs == "find clients");
        CHECK(e.conflicts[0].mine == "learn CSS");
    }
    CHECK(window.journal(100).size() == rows);  // nothing written, resources included
    App reread(Database::open(path), day("2026-11-26"));
    CHECK(reread.find_goal(goal)->why == "find clients");
    CHECK(reread.find_goal(goal)->resources.empty());

    // "Keep mine": what is there now becomes what the user has seen.
    patch.seen["why"] = "find clients";
    window.edit_goal(goal, patch);
    App after(Database::open(path), day("2026-11-26"));
    CHECK(after.find_goal(goal)->why == "learn CSS");
    CHECK(after.find_goal(goal)->resources == "evenings");
}

TEST_CASE("The same change made elsewhere is not a conflict", "[app][concurrency]") {
    TempDir dir;
    std::string path = dir.file("s.db");
    App window(Database::open(path), day("2026-11-26"));
    int64_t goal = window.add_goal(milestone("Launch"));
    Goal seen = *window.find_goal(goal);
    App cli(Database::open(path), day("2026-11-26"));
    cli.edit_goal(goal, set_field("why", "clients"));
    Goal mine = seen;
    mine.why = "clients";
    CHECK_NOTHROW(window.edit_goal(goal, patch_between(goal_record(seen), goal_record(mine))));
}

TEST_CASE("An open App notices another connection's commit and reloads", "[app][concurrency]") {
    TempDir dir;
    std::string path = dir.file("s.db");
    App window(Database::open(path), day("2026-11-26"));
    CHECK_FALSE(window.refresh_if_changed());  // nothing happened yet
    App cli(Database::open(path), day("2026-11-26"));
    int64_t goal = cli.add_goal(milestone("Written elsewhere"));
    CHECK(window.find_goal(goal) == nullptr);
    uint64_t revision = window.revision();
    CHECK(window.refresh_if_changed());
    REQUIRE(window.find_goal(goal) != nullptr);
    CHECK(window.find_goal(goal)->title == "Written elsewhere");
    CHECK(window.revision() != revision);
    window.add_goal(milestone("Its own write"));
    CHECK_FALSE(window.refresh_if_changed());  // its own commits are already in memory
}
