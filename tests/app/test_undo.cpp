// Undo and redo on the journal: each reversal is itself journalled, goes through
// the same validation, and refuses what a later change depends on.
#include "app/app.hpp"
#include "app/portable.hpp"
#include "store/goal_repository.hpp"
#include "store/entry_repository.hpp"
#include "store/step_repository.hpp"
#include "support/temp_dir.hpp"

#include <SQLiteCpp/Database.h>
#include "support/sample_goals.hpp"

#include <catch2/catch.hpp>

using namespace sw;
using namespace sw::test;

namespace {

}  // namespace

TEST_CASE("Undo puts an edited field back and redo sets it again", "[app][undo]") {
    App app(Database::in_memory(), day("2026-11-26"));
    int64_t goal = app.add_goal(run_10k());
    app.edit_goal(goal, set_field("target", 8.0));
    CHECK(app.undo().find("target") != std::string::npos);
    CHECK(app.find_goal(goal)->target == 10);
    app.redo();
    CHECK(app.find_goal(goal)->target == 8);
    CHECK(app.journal(1)[0].command == "redo:edit_goal");
    CHECK(app.journal(1)[0].undoes.has_value());
}

TEST_CASE("Undo walks back through changes, and a new change clears the redo stack", "[app][undo]") {
    App app(Database::in_memory(), day("2026-11-26"));
    int64_t goal = app.add_goal(run_10k());
    app.log_progress(goal, day("2026-11-20"), 3, "");
    app.log_progress(goal, day("2026-11-25"), 4, "");
    app.undo();
    app.undo();
    CHECK(app.entries_of(goal).empty());
    app.redo();
    REQUIRE(app.entries_of(goal).size() == 1);
    CHECK(app.entries_of(goal)[0].value == 3);
    app.edit_goal(goal, set_field("why", "health"));  // a new change
    CHECK_THROWS_WITH(app.redo(), "nothing to redo");
}

TEST_CASE("Undoing a delete brings the goal back with its steps, ticks and entries", "[app][undo]") {
    App app(Database::in_memory(), day("2026-11-26"));
    int64_t goal = app.add_goal(run_10k());
    Step s;
    s.goal_id = goal;
    s.title = "Stretch";
    s.repeat = parse_recurrence("daily");
    s.start_date = day("2026-11-20");
    int64_t step = app.add_step(s);
    app.complete_step(step, day("2026-11-24"), true);
    app.log_progress(goal, day("2026-11-25"), 4.5, "felt good");
    std::string uuid = app.find_goal(goal)->uuid;
    app.delete_goal(goal);
    REQUIRE(app.goals().empty());
    app.undo();
    REQUIRE(app.goals().size() == 1);
    const Goal& back = app.goals()[0];
    CHECK(back.uuid == uuid);
    CHECK(back.title == "Run 10 km");
    REQUIRE(app.steps_of(back.id).size() == 1);
    CHECK(app.completions_of(app.steps_of(back.id)[0].id).size() == 1);
    REQUIRE(app.entries_of(back.id).size() == 1);
    CHECK(app.entries_of(back.id)[0].note == "felt good");
}

TEST_CASE("Undoing an edit whose field changed again since is a conflict", "[app][undo]") {
    TempDir dir;
    std::string path = dir.file("s.db");
    App window(Database::open(path), day("2026-11-26"), Origin::window);
    int64_t goal = window.add_goal(run_10k());
    window.edit_goal(goal, set_field("why", "A"));
    // A raw change to the same field that the journal does not know about
    // (another tool): undo must not overwrite it.
    {
        SQLite::Database raw(path, SQLite::OPEN_READWRITE);
        raw.exec("UPDATE goals SET why = 'edited by hand'");
    }
    size_t rows = window.journal(100).size();
    CHECK_THROWS_AS(window.undo(), ConflictError);
    CHECK(window.journal(100).size() == rows);
    App reread(Database::open(path), day("2026-11-26"));
    CHECK(reread.find_goal(goal)->why == "edited by hand");
}

TEST_CASE("Undoing a goal's creation after steps were added to it is refused", "[app][undo]") {
    App app(Database::in_memory(), day("2026-11-26"));
    int64_t goal = app.add_goal(run_10k());
    // Another process added a step without the journal's newest row being it:
    // simulate with the store directly, then undo the creation.
    Step s;
    s.goal_id = goal;
    s.title = "Buy shoes";
    s.start_date = day("2026-11-26");
    app.database().write([&] { insert_step(app.database(), s); });
    size_t rows = app.journal(100).size();
    CHECK_THROWS_WITH(app.undo(), Catch::Contains("has steps or entries"));
    CHECK(app.journal(100).size() == rows);
    CHECK(app.find_goal(goal) != nullptr);
}

TEST_CASE("Settings are undone and redone; an empty journal has nothing to undo", "[app][undo]") {
    App app(Database::in_memory(), day("2026-11-26"));
    app.set_setting("theme", "dark");
    app.undo();
    CHECK(app.setting("theme", "light") == "light");
    app.redo();
    CHECK(app.setting("theme") == "dark");
    CHECK_THROWS_WITH(App(Database::in_memory(), day("2026-11-26")).undo(), "nothing to undo");
}

TEST_CASE("An import cannot be undone, and says what to do instead", "[app][undo]") {
    App source(Database::in_memory(), day("2026-11-26"));
    source.add_goal(run_10k());
    App app(Database::in_memory(), day("2026-11-26"));
    import_all(app, export_all(source));
    REQUIRE(app.goals().size() == 1);
    CHECK_THROWS_WITH(app.undo(), Catch::Contains("restore the backup"));
    CHECK(app.goals().size() == 1);
}
