// Clicking a habit's day on the goal page: a cell of a strip or of the calendar
// cycles done → skipped → not done, for days from the step's start to today;
// several habits on one calendar day are chosen in a popup.
#include "support/temp_dir.hpp"
#include "ui_harness.hpp"

#include <catch2/catch.hpp>

using namespace sw;
using namespace sw::test;

namespace {

// A Wednesday: the calendar's last column still has Thursday to Sunday to come.
const Day kToday = Day{date::year{2026}, date::month{11}, date::day{25}};
// Tall enough that the whole goal page is on screen.
const ImVec2 kTall(1280, 3000);

int64_t habit_goal(App& app) {
    Goal g;
    g.title = "Meditate";
    g.kind = GoalKind::habit;
    g.start_date = add_days(app.today(), -40);
    g.due_date = add_days(app.today(), 100);
    return app.add_goal(g);
}

int64_t daily_step(App& app, int64_t goal, const char* title, int started_days_ago) {
    Step s;
    s.goal_id = goal;
    s.title = title;
    s.repeat = parse_recurrence("daily");
    s.start_date = add_days(app.today(), -started_days_ago);
    return app.add_step(s);
}

std::string strip_cell(int64_t step, Day day) { return "strip." + std::to_string(step) + "." + format_day(day); }
std::string heat_cell(Day day) { return "heatmap." + format_day(day); }

// A press and release at a point, as UiHarness::click does at an item's centre.
void click_at(UiHarness& h, ImVec2 at) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = at;
    h.frame();
    io.MouseDown[0] = true;
    h.frame();
    io.MouseDown[0] = false;
    h.frame();
    h.frame();
}

ImVec2 centre(std::pair<ImVec2, ImVec2> rect) {
    return {(rect.first.x + rect.second.x) / 2, (rect.first.y + rect.second.y) / 2};
}

size_t journal_size(App& app) { return app.journal(1000).size(); }

}  // namespace

TEST_CASE("Clicking yesterday's strip cell ticks it, again skips it, again opens it", "[ui][habits]") {
    App app(Database::in_memory(), kToday, Origin::window);
    int64_t goal = habit_goal(app);
    int64_t step = daily_step(app, goal, "Sit for ten minutes", 20);
    UiHarness h(app, ui::View::goal_detail, goal, kTall);
    Day yesterday = add_days(kToday, -1);
    std::string cell = strip_cell(step, yesterday);
    REQUIRE(h.has_item(cell));

    h.click(cell);
    CHECK(app.mark_of(step, yesterday) == DayMark::done);
    CHECK(app.completions_of(step) == std::vector<Day>{yesterday});
    h.click(cell);
    CHECK(app.mark_of(step, yesterday) == DayMark::skipped);
    CHECK(app.completions_of(step).empty());
    h.click(cell);
    CHECK(app.mark_of(step, yesterday) == DayMark::open);
    CHECK(app.skips_of(step).empty());
    h.click(cell);
    CHECK(app.mark_of(step, yesterday) == DayMark::done);
    CHECK(h.ui().banner.empty());
}

TEST_CASE("A strip cell shows what was skipped and the streak beside it", "[ui][habits]") {
    App app(Database::in_memory(), kToday, Origin::window);
    int64_t goal = habit_goal(app);
    int64_t step = daily_step(app, goal, "Sit for ten minutes", 20);
    for (int i = 1; i <= 5; ++i) app.mark_day(step, add_days(kToday, -i), DayMark::done);
    app.mark_day(step, add_days(kToday, -6), DayMark::skipped);
    app.mark_day(step, add_days(kToday, -7), DayMark::done, "in the park");
    UiHarness h(app, ui::View::goal_detail, goal, kTall);
    const auto& habits = h.ui().caches.goal_charts.habits;
    REQUIRE(habits.size() == 1);
    CHECK(habits[0].streak.streak == 6);  // the skip does not break it
    const auto& targets = habits[0].strip.chart.hover_targets;
    CHECK(targets[29 - 6].tooltip.find(": skipped") != std::string::npos);
    CHECK(targets[29 - 7].tooltip.find("in the park") != std::string::npos);
    CHECK(habits[0].strip.cells[29 - 6].mark == DayMark::skipped);
}

TEST_CASE("Today's strip cell can be ticked; a cell before the step's start does nothing", "[ui][habits]") {
    App app(Database::in_memory(), kToday, Origin::window);
    int64_t goal = habit_goal(app);
    int64_t step = daily_step(app, goal, "Sit for ten minutes", 5);
    UiHarness h(app, ui::View::goal_detail, goal, kTall);
    size_t before = journal_size(app);

    Day too_early = add_days(kToday, -10);
    REQUIRE(h.has_item(strip_cell(step, too_early)));
    h.click(strip_cell(step, too_early));
    CHECK(app.mark_of(step, too_early) == DayMark::open);
    CHECK(journal_size(app) == before);
    CHECK(h.ui().banner.empty());  // nothing was even tried

    h.click(strip_cell(step, kToday));
    CHECK(app.mark_of(step, kToday) == DayMark::done);
}

TEST_CASE("A future day of the calendar does nothing when clicked", "[ui][habits]") {
    App app(Database::in_memory(), kToday, Origin::window);
    int64_t goal = habit_goal(app);
    int64_t step = daily_step(app, goal, "Sit for ten minutes", 20);
    UiHarness h(app, ui::View::goal_detail, goal, kTall);
    Day monday = add_days(kToday, -2), tuesday = add_days(kToday, -1);
    REQUIRE(h.has_item(heat_cell(kToday)));
    CHECK_FALSE(h.has_item(heat_cell(add_days(kToday, 1))));  // no cell to offer
    float row = h.rect_of(heat_cell(tuesday)).first.y - h.rect_of(heat_cell(monday)).first.y;
    REQUIRE(row > 0);
    ImVec2 thursday = centre(h.rect_of(heat_cell(kToday)));
    thursday.y += row;
    size_t before = journal_size(app);
    click_at(h, thursday);
    CHECK(journal_size(app) == before);
    CHECK(app.completions_of(step).empty());
    CHECK_FALSE(ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel));
}

TEST_CASE("With one habit, clicking a calendar day cycles that habit's mark", "[ui][habits]") {
    App app(Database::in_memory(), kToday, Origin::window);
    int64_t goal = habit_goal(app);
    int64_t step = daily_step(app, goal, "Sit for ten minutes", 20);
    UiHarness h(app, ui::View::goal_detail, goal, kTall);
    Day day = add_days(kToday, -3);
    h.click(heat_cell(day));
    CHECK(app.mark_of(step, day) == DayMark::done);
    h.click(heat_cell(day));
    CHECK(app.mark_of(step, day) == DayMark::skipped);
    h.click(heat_cell(day));
    CHECK(app.mark_of(step, day) == DayMark::open);
    CHECK_FALSE(h.has_item("heatmap.popup." + std::to_string(step) + ".done"));
}

TEST_CASE("With two habits, clicking a calendar day opens a popup to mark each", "[ui][habits]") {
    App app(Database::in_memory(), kToday, Origin::window);
    int64_t goal = habit_goal(app);
    int64_t sit = daily_step(app, goal, "Sit for ten minutes", 20);
    int64_t walk = daily_step(app, goal, "Walk after lunch", 20);
    Day day = add_days(kToday, -2);
    app.mark_day(walk, day, DayMark::done);
    UiHarness h(app, ui::View::goal_detail, goal, kTall);
    size_t before = journal_size(app);
    h.click(heat_cell(day));
    CHECK(journal_size(app) == before);  // nothing changed by the click itself
    std::string sit_skip = "heatmap.popup." + std::to_string(sit) + ".skipped";
    std::string walk_open = "heatmap.popup." + std::to_string(walk) + ".open";
    REQUIRE(h.has_item(sit_skip));
    REQUIRE(h.has_item(walk_open));

    h.click(sit_skip);
    CHECK(app.mark_of(sit, day) == DayMark::skipped);
    CHECK(app.mark_of(walk, day) == DayMark::done);
    REQUIRE(h.has_item(walk_open));  // the popup stays open with the new marks
    h.click(walk_open);
    CHECK(app.mark_of(walk, day) == DayMark::open);
    CHECK(app.mark_of(sit, day) == DayMark::skipped);
}

TEST_CASE("A day changed elsewhere after the window drew it is not overwritten by a click", "[ui][habits][concurrency]") {
    TempDir dir;
    std::string path = dir.file("s.db");
    App window(Database::open(path), kToday, Origin::window);
    int64_t goal = habit_goal(window);
    int64_t step = daily_step(window, goal, "Sit for ten minutes", 20);
    UiHarness h(window, ui::View::goal_detail, goal, kTall);
    Day day = add_days(kToday, -4);
    ImVec2 at = centre(h.rect_of(strip_cell(step, day)));

    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = at;
    h.frame();
    io.MouseDown[0] = true;
    h.frame();
    App other(Database::open(path), kToday);
    other.mark_day(step, day, DayMark::skipped);  // while the button is down: the cell still shows "not done"
    io.MouseDown[0] = false;
    h.frame();  // the click asks for done, expecting "not done"
    h.frames(2);
    CHECK(window.mark_of(step, day) == DayMark::skipped);
    CHECK(h.ui().banner.find("changed elsewhere") != std::string::npos);
}
