// View-models cached by the window (UiState::caches): each App's own, rebuilt
// only when what they are built from changes.
#include "ui/theme.hpp"
#include "ui_harness.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace sw;
using namespace sw::test;

namespace {

Goal bike_goal(Day today) {
    Goal g;
    g.title = "Save for a bike";
    g.kind = GoalKind::numeric;
    g.measure = Measure::level;
    g.unit = "€";
    g.baseline = 0;
    g.target = 1000;
    g.start_date = add_days(today, -60);
    g.due_date = add_days(today, 60);
    return g;
}

Step step_of(int64_t goal, const std::string& title) {
    Step s;
    s.goal_id = goal;
    s.title = title;
    return s;
}

CheckIn checkin(Day day, int mood) {
    CheckIn c;
    c.date = day;
    c.mood = mood;
    c.confidence = 6;
    return c;
}

// Two histories of the same length: under a revision counted per App, both
// Apps would stand at the same revision numbers throughout. Goal 1 and step 1
// exist in both; only what they hold differs.
void history_a(App& app) {
    int64_t goal = app.add_goal(bike_goal(app.today()));
    app.add_step(step_of(goal, "Sell the old bike"));
    app.add_step(step_of(goal, "Compare prices"));
    app.log_progress(goal, add_days(app.today(), -3), 150, "");
    app.save_checkin(checkin(app.today(), 2));
}

void history_b(App& app) {
    int64_t goal = app.add_goal(bike_goal(app.today()));
    app.add_step(step_of(goal, "Ask for a raise"));
    app.log_progress(goal, add_days(app.today(), -9), 260, "");
    app.log_progress(goal, add_days(app.today(), -3), 300, "");
    app.save_checkin(checkin(app.today(), 5));
}

bool any_tooltip_has(const chart::ChartModel& m, const std::string& text) {
    return std::any_of(m.hover_targets.begin(), m.hover_targets.end(),
                       [&](const chart::HoverTarget& t) { return t.tooltip.find(text) != std::string::npos; });
}

// What the goal page, the Goals table and Today show of history_a.
void check_shows_a(UiHarness& h) {
    ui::open_view(h.ui(), ui::View::goal_detail, 1);
    h.frames(2);
    CHECK(h.has_item("detail.step.done.1"));
    CHECK(h.has_item("detail.step.done.2"));
    const auto& rows = h.ui().caches.step_rows.rows;
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].step.title == "Sell the old bike");
    const chart::ChartModel& progress = h.ui().caches.goal_charts.progress;
    CHECK(progress.hover_targets.size() == 1);
    CHECK(any_tooltip_has(progress, "150"));

    ui::open_view(h.ui(), ui::View::goals);
    h.frames(2);
    const auto& bars = h.ui().caches.goal_bullets.bars;
    REQUIRE(bars.count(1));
    CHECK(bars.at(1).description.find("Progress 15%") != std::string::npos);

    ui::open_view(h.ui(), ui::View::today);
    h.frames(2);
    CHECK(any_tooltip_has(h.ui().caches.checkin_trend.model, "mood 2/5"));
}

void check_shows_b(UiHarness& h) {
    ui::open_view(h.ui(), ui::View::goal_detail, 1);
    h.frames(2);
    CHECK(h.has_item("detail.step.done.1"));
    CHECK_FALSE(h.has_item("detail.step.done.2"));  // history_a's second step
    const auto& rows = h.ui().caches.step_rows.rows;
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].step.title == "Ask for a raise");
    const chart::ChartModel& progress = h.ui().caches.goal_charts.progress;
    CHECK(progress.hover_targets.size() == 2);
    CHECK(any_tooltip_has(progress, "300"));
    CHECK_FALSE(any_tooltip_has(progress, "150"));

    ui::open_view(h.ui(), ui::View::goals);
    h.frames(2);
    const auto& bars = h.ui().caches.goal_bullets.bars;
    REQUIRE(bars.count(1));
    CHECK(bars.at(1).description.find("Progress 30%") != std::string::npos);

    ui::open_view(h.ui(), ui::View::today);
    h.frames(2);
    CHECK(any_tooltip_has(h.ui().caches.checkin_trend.model, "mood 5/5"));
    CHECK_FALSE(any_tooltip_has(h.ui().caches.checkin_trend.model, "mood 2/5"));
}

// Tall enough that no view needs a scroll bar: its coming and going would change
// the width, and with it what the counts below count.
const ImVec2 kTall(1280, 3000);

}  // namespace

TEST_CASE("Two Apps with the same history, drawn one after the other, show each their own rows and charts",
          "[ui][caches]") {
    App a(Database::in_memory(), today_local());
    App b(Database::in_memory(), today_local());
    history_a(a);
    history_b(b);
    {
        UiHarness h(a, ui::View::today, 0, kTall);
        check_shows_a(h);
    }
    UiHarness h(b, ui::View::today, 0, kTall);
    check_shows_b(h);
}

TEST_CASE("A window switched to another App with the same history shows that App's rows and charts",
          "[ui][caches]") {
    // The same UiState, so the same caches: only the App's revision, unique
    // across Apps, tells the two apart.
    App a(Database::in_memory(), today_local());
    App b(Database::in_memory(), today_local());
    history_a(a);
    history_b(b);
    UiHarness h(a, ui::View::today, 0, kTall);
    check_shows_a(h);
    h.show(b);
    check_shows_b(h);
    h.show(a);
    check_shows_a(h);
}

TEST_CASE("The goal page's charts and step rows are rebuilt only when their key changes", "[ui][caches]") {
    App app(Database::in_memory(), today_local());
    history_a(app);
    int64_t other = app.add_goal(bike_goal(app.today()));
    UiHarness h(app, ui::View::goal_detail, 1, kTall);
    const ui::GoalChartsCache& charts = h.ui().caches.goal_charts;
    const ui::StepRowsCache& rows = h.ui().caches.step_rows;
    REQUIRE(charts.builds >= 1);
    REQUIRE(rows.builds >= 1);
    int c = charts.builds, r = rows.builds;
    h.frames(5);  // nothing changed
    CHECK(charts.builds == c);
    CHECK(rows.builds == r);

    h.click("chart.range.0");  // the range: the charts only
    CHECK(charts.builds == c + 1);
    CHECK(rows.builds == r);

    app.log_progress(1, app.today(), 170, "");  // the data: both
    h.frames(3);
    CHECK(charts.builds == c + 2);
    CHECK(rows.builds == r + 1);

    ImGui::GetIO().DisplaySize = ImVec2(1000, 3000);  // the width: the charts only
    h.frames(3);
    CHECK(charts.builds == c + 3);
    CHECK(rows.builds == r + 1);
    CHECK(charts.key.layout.width < 1000);

    h.ui().scale = 1.5f;  // the scale: the charts only
    h.frames(3);
    CHECK(charts.builds == c + 4);
    CHECK(rows.builds == r + 1);
    CHECK(charts.key.layout.scale == 1.5f);

    ui::open_view(h.ui(), ui::View::goal_detail, other);  // another goal: both
    h.frames(3);
    CHECK(charts.builds == c + 5);
    CHECK(rows.builds == r + 2);
    CHECK(rows.rows.empty());
}

TEST_CASE("The Goals table builds each bullet bar once until the data or the column changes", "[ui][caches]") {
    App app(Database::in_memory(), today_local());
    int64_t run = app.add_goal(bike_goal(app.today()));
    app.add_goal(bike_goal(app.today()));
    UiHarness h(app, ui::View::goals, 0, kTall);
    const ui::GoalBulletsCache& bullets = h.ui().caches.goal_bullets;
    CHECK(bullets.builds == 2);  // one per goal in view
    h.frames(5);
    CHECK(bullets.builds == 2);

    app.log_progress(run, app.today(), 400, "");
    h.frames(3);
    CHECK(bullets.builds == 4);  // both: the revision is one for all the data
    CHECK(bullets.bars.at(run).description.find("Progress 40%") != std::string::npos);

    ImGui::GetIO().DisplaySize = ImVec2(900, 3000);  // a narrower column
    h.frames(3);
    CHECK(bullets.builds == 6);
}

TEST_CASE("Today's mood chart is rebuilt only when its key changes", "[ui][caches]") {
    App app(Database::in_memory(), today_local());
    app.save_checkin(checkin(app.today(), 4));
    UiHarness h(app, ui::View::today, 0, kTall);
    const ui::CheckinTrendCache& trend = h.ui().caches.checkin_trend;
    CHECK(trend.builds == 1);
    CHECK(any_tooltip_has(trend.model, "mood 4/5"));
    h.frames(5);
    CHECK(trend.builds == 1);

    app.save_checkin(checkin(add_days(app.today(), -1), 3));
    h.frames(3);
    CHECK(trend.builds == 2);
    CHECK(any_tooltip_has(trend.model, "mood 3/5"));

    ImGui::GetIO().DisplaySize = ImVec2(1000, 3000);
    h.frames(3);
    CHECK(trend.builds == 3);
}

TEST_CASE("The window's theme follows the stored setting and is rebuilt only when it changes", "[ui][theme]") {
    App app(Database::in_memory(), today_local());
    UiHarness h(app);
    const ui::Theme& theme = h.ui().caches.theme;
    CHECK(ui::current_theme() == ui::ThemeKind::light);
    CHECK(theme.applies == 1);
    h.frames(5);
    CHECK(theme.applies == 1);

    app.set_setting("theme", "dark");  // as another window or the command line would
    h.frame();
    CHECK(ui::current_theme() == ui::ThemeKind::dark);
    CHECK(theme.applies == 2);
    CHECK(&ui::palette() == &theme.palette);
    ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    CHECK(bg.x == ui::palette().background.x);
    CHECK(bg.x < 0.5f);  // dark
    h.frames(5);
    CHECK(theme.applies == 2);

    app.set_setting("theme", "light");
    h.frame();
    CHECK(ui::current_theme() == ui::ThemeKind::light);
    CHECK(ImGui::GetStyle().Colors[ImGuiCol_WindowBg].x > 0.5f);
    CHECK(theme.applies == 3);
}

TEST_CASE("Two windows at once keep each their own theme", "[ui][theme]") {
    App light(Database::in_memory(), today_local());
    App dark(Database::in_memory(), today_local());
    dark.set_setting("theme", "dark");
    UiHarness first(light);
    UiHarness second(dark);
    for (int i = 0; i < 2; ++i) {
        first.frame();
        CHECK(ui::current_theme() == ui::ThemeKind::light);
        CHECK(ui::palette().background.x > 0.5f);
        second.frame();
        CHECK(ui::current_theme() == ui::ThemeKind::dark);
        CHECK(ui::palette().background.x < 0.5f);
    }
    CHECK(first.ui().caches.theme.applies == 1);
    CHECK(second.ui().caches.theme.applies == 1);
}
