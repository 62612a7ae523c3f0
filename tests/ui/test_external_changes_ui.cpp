// The window and another writer on the same file: the view follows the other
// process's commits, and an edit that crosses one asks the user instead of
// overwriting it.
#include "app/record_patch.hpp"
#include "store/goal_repository.hpp"
#include "support/temp_dir.hpp"
#include "ui_harness.hpp"

#include <catch2/catch.hpp>

using namespace sw;
using namespace sw::test;

namespace {

Goal milestone(const char* title, Day today) {
    Goal g;
    g.title = title;
    g.start_date = add_days(today, -10);
    g.due_date = add_days(today, 60);
    return g;
}

}  // namespace

TEST_CASE("The goals view shows a goal another process adds, without a restart", "[ui][concurrency]") {
    TempDir dir;
    std::string path = dir.file("s.db");
    App window(Database::open(path), today_local(), Origin::window);
    window.add_goal(milestone("Mine", window.today()));
    UiHarness h(window, ui::View::goals);
    App other(Database::open(path), today_local());
    int64_t theirs = other.add_goal(milestone("Added from the command line", other.today()));
    REQUIRE_FALSE(h.has_item("goals.row." + std::to_string(theirs)));
    h.frames(2);  // between frames the window asks whether the file changed
    CHECK(h.has_item("goals.row." + std::to_string(theirs)));
}

TEST_CASE("Saving a goal whose field changed elsewhere offers keep mine or use theirs", "[ui][concurrency]") {
    TempDir dir;
    std::string path = dir.file("s.db");
    App window(Database::open(path), today_local(), Origin::window);
    int64_t goal = window.add_goal(milestone("Launch the site", window.today()));
    UiHarness h(window, ui::View::goal_detail, goal);
    h.click("detail.edit");
    REQUIRE(h.has_item("editor.why"));

    App other(Database::open(path), today_local());
    other.edit_goal(goal, set_field("why", "find clients"));
    other.edit_goal(goal, set_field("resources", "a template"));  // a field the editor leaves alone

    h.type("editor.why", "learn CSS");
    h.click("editor.save");
    h.frames(2);
    INFO("error: " << h.ui().editor.save_error << " banner: " << h.ui().banner << " why: " << h.ui().editor.why);
    REQUIRE(h.has_item("conflict.keep_mine"));  // the editor stays open and asks
    CHECK(find_goal(window.database(), goal)->why == "find clients");

    h.click("conflict.keep_mine");
    h.frames(2);
    Goal saved = *find_goal(window.database(), goal);
    CHECK(saved.why == "learn CSS");
    CHECK(saved.resources == "a template");  // the other edit survived
    CHECK_FALSE(h.has_item("editor.save"));  // closed after the save
}

TEST_CASE("Use theirs takes the other value into the editor and saves nothing", "[ui][concurrency]") {
    TempDir dir;
    std::string path = dir.file("s.db");
    App window(Database::open(path), today_local(), Origin::window);
    int64_t goal = window.add_goal(milestone("Launch the site", window.today()));
    UiHarness h(window, ui::View::goal_detail, goal);
    h.click("detail.edit");
    App other(Database::open(path), today_local());
    other.edit_goal(goal, set_field("why", "find clients"));
    h.type("editor.why", "learn CSS");
    h.click("editor.save");
    h.frames(2);
    REQUIRE(h.has_item("conflict.use_theirs"));
    size_t journal_rows = window.journal(100).size();
    h.click("conflict.use_theirs");
    h.frames(2);
    CHECK(h.ui().editor.why == "find clients");
    CHECK_FALSE(h.has_item("conflict.use_theirs"));
    CHECK(window.journal(100).size() == journal_rows);
}
