// Today for any earlier day (yesterday is fixable), skips and notes on habit
// rows, quick logging with a day and a note, the weekly review, and the
// check-in draft — driven through the real views, headless.
#include "store/checkin_repository.hpp"
#include "store/entry_repository.hpp"
#include "store/step_repository.hpp"
#include "support/sample_goals.hpp"
#include "ui/today_draft.hpp"
#include "ui/today_words.hpp"
#include "ui/ui_harness.hpp"

#include <GLFW/glfw3.h>
#include <imgui_internal.h>  // the nav focus, to check where the arrows went
#include <catch2/catch.hpp>

#include <cmath>

using namespace sw;
using namespace sw::test;

namespace {

// Thursday 26 November 2026.
const Day kToday = day("2026-11-26");

int64_t running(App& app) { return app.add_goal(run_10k()); }

int64_t daily(App& app, int64_t goal, const char* title = "Stretch for 10 minutes") {
    Step s;
    s.goal_id = goal;
    s.title = title;
    s.repeat = parse_recurrence("daily");
    s.start_date = day("2026-11-01");
    return app.add_step(s);
}

bool done_in_db(App& app, int64_t step, Day d) {
    for (const auto& c : load_completions(app.database()))
        if (c.step_id == step && c.day == d) return true;
    return false;
}

std::string item(const char* prefix, int64_t id) { return prefix + std::to_string(id); }

void press_alt(UiHarness& h, int glfw_key) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyMap[ImGuiKey_Home] = GLFW_KEY_HOME;  // as the GLFW backend maps it
    io.KeyAlt = true;
    h.press_key(glfw_key);
    io.KeyAlt = false;
    h.frames(1);
}

// ImGui's keyboard focus (its nav item) is on the named item.
bool nav_focus_on(const UiHarness& h, const std::string& name) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    if (!g.NavWindow || g.NavId == 0 || !h.has_item(name) || g.NavDisableHighlight) return false;
    ImRect nav = ImGui::WindowRectRelToAbs(g.NavWindow, g.NavWindow->NavRectRel[0]);
    auto [min, max] = h.rect_of(name);
    return std::abs(nav.Min.x - min.x) < 1 && std::abs(nav.Min.y - min.y) < 1 && std::abs(nav.Max.y - max.y) < 1;
}

bool shows_day(const UiHarness& h, Day d) { return h.has_item("today.date." + format_day(d)); }

}  // namespace

TEST_CASE("A habit ticked on yesterday's page is stored for yesterday", "[ui][today]") {
    App app(Database::in_memory(), kToday);
    int64_t step = daily(app, running(app));
    UiHarness h(app, ui::View::today);
    REQUIRE(shows_day(h, kToday));
    h.click("today.prev_day");
    Day yesterday = add_days(kToday, -1);
    REQUIRE(shows_day(h, yesterday));
    h.click(item("today.step.", step));
    CHECK(done_in_db(app, step, yesterday));
    CHECK_FALSE(done_in_db(app, step, kToday));
    CHECK(app.mark_of(step, yesterday) == DayMark::done);
    // Unticked there too, and today was never touched.
    h.click(item("today.step.", step));
    CHECK_FALSE(done_in_db(app, step, yesterday));
    h.click("today.back_to_today");
    CHECK(shows_day(h, kToday));
}

TEST_CASE("Next day does nothing on today, so Today never shows a future day", "[ui][today]") {
    App app(Database::in_memory(), kToday);
    daily(app, running(app));
    UiHarness h(app, ui::View::today);
    h.click("today.next_day");
    CHECK(shows_day(h, kToday));
    CHECK_FALSE(h.ui().today.day);
    press_alt(h, GLFW_KEY_RIGHT);
    CHECK(shows_day(h, kToday));
    // One day back, then forward again: today, and no further.
    h.click("today.prev_day");
    h.click("today.prev_day");
    CHECK(shows_day(h, add_days(kToday, -2)));
    h.click("today.next_day");
    h.click("today.next_day");
    h.click("today.next_day");
    CHECK(shows_day(h, kToday));
}

TEST_CASE("Alt with the arrows and Home moves Today between days", "[ui][today][keyboard]") {
    App app(Database::in_memory(), kToday);
    daily(app, running(app));
    UiHarness h(app, ui::View::today);
    press_alt(h, GLFW_KEY_LEFT);
    CHECK(shows_day(h, add_days(kToday, -1)));
    press_alt(h, GLFW_KEY_LEFT);
    CHECK(shows_day(h, add_days(kToday, -2)));
    press_alt(h, GLFW_KEY_RIGHT);
    CHECK(shows_day(h, add_days(kToday, -1)));
    press_alt(h, GLFW_KEY_HOME);
    CHECK(shows_day(h, kToday));
    // Not while a field has the keyboard: there Alt+← belongs to the text.
    h.click("checkin.win");
    press_alt(h, GLFW_KEY_LEFT);
    CHECK(shows_day(h, kToday));
}

TEST_CASE("Another day's model is built once, not every frame", "[ui][today]") {
    App app(Database::in_memory(), kToday);
    daily(app, running(app));
    UiHarness h(app, ui::View::today);
    h.click("today.prev_day");
    int builds = h.ui().caches.today_day.builds;
    h.frames(10);
    CHECK(h.ui().caches.today_day.builds == builds);
}

TEST_CASE("A habit skipped in Today shows as skipped and can be unskipped", "[ui][today]") {
    App app(Database::in_memory(), kToday);
    int64_t step = daily(app, running(app));
    UiHarness h(app, ui::View::today);
    h.click(item("today.skip.", step));
    CHECK(app.mark_of(step, kToday) == DayMark::skipped);
    CHECK(h.has_item(item("today.step.", step)));  // still listed, as skipped
    CHECK(h.has_item(item("today.unskip.", step)));
    CHECK_FALSE(h.has_item(item("today.skip.", step)));
    CHECK_FALSE(done_in_db(app, step, kToday));
    h.click(item("today.unskip.", step));
    CHECK(app.mark_of(step, kToday) == DayMark::open);
    CHECK(h.has_item(item("today.skip.", step)));
}

TEST_CASE("Yesterday can be skipped from its page too", "[ui][today]") {
    App app(Database::in_memory(), kToday);
    int64_t step = daily(app, running(app));
    UiHarness h(app, ui::View::today);
    h.click("today.prev_day");
    h.click(item("today.skip.", step));
    CHECK(app.mark_of(step, add_days(kToday, -1)) == DayMark::skipped);
    CHECK(app.mark_of(step, kToday) == DayMark::open);
}

TEST_CASE("A tick in Today can carry a note", "[ui][today]") {
    App app(Database::in_memory(), kToday);
    int64_t step = daily(app, running(app));
    UiHarness h(app, ui::View::today);
    h.click(item("today.step.", step));
    REQUIRE(app.mark_of(step, kToday) == DayMark::done);
    h.click(item("today.note.", step));
    REQUIRE(h.has_item(item("today.note_input.", step)));
    ImGui::GetIO().AddInputCharactersUTF8("ran in the rain");
    h.frames(2);
    h.press_key(GLFW_KEY_ENTER);
    CHECK(app.completion_note(step, kToday) == "ran in the rain");
    CHECK(app.mark_of(step, kToday) == DayMark::done);
    CHECK_FALSE(h.has_item(item("today.note_input.", step)));  // closed once saved
}

TEST_CASE("Escape closes a tick's note field without saving it", "[ui][today][keyboard]") {
    App app(Database::in_memory(), kToday);
    int64_t step = daily(app, running(app));
    app.mark_day(step, kToday, DayMark::done);
    UiHarness h(app, ui::View::today);
    h.click(item("today.note.", step));
    ImGui::GetIO().AddInputCharactersUTF8("not this");
    h.frames(2);
    h.press_key(GLFW_KEY_ESCAPE);
    CHECK_FALSE(h.has_item(item("today.note_input.", step)));
    CHECK(app.completion_note(step, kToday).empty());
}

TEST_CASE("Quick logging in Today takes another day and a note", "[ui][today]") {
    App app(Database::in_memory(), kToday);
    int64_t goal = running(app);
    UiHarness h(app, ui::View::today);
    std::string id = std::to_string(goal);
    h.click("log.more." + id);
    REQUIRE(h.has_item("log.date." + id));
    h.type("log.date." + id, "2026-11-24");
    h.type("log.note." + id, "after work");
    h.type("log.input." + id, "4.5");
    h.click("log.button." + id);
    auto entries = load_entries_for_goal(app.database(), goal);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].date == day("2026-11-24"));
    CHECK(entries[0].value == 4.5);
    CHECK(entries[0].note == "after work");
    CHECK_FALSE(h.has_item("log.date." + id));  // closed again after logging
}

TEST_CASE("Quick logging refuses a future day before anything is sent", "[ui][today]") {
    App app(Database::in_memory(), kToday);
    int64_t goal = running(app);
    UiHarness h(app, ui::View::today);
    std::string id = std::to_string(goal);
    h.click("log.more." + id);
    h.type("log.date." + id, "2026-11-27");
    h.type("log.input." + id, "3");
    h.click("log.button." + id);  // disabled
    h.press_key(GLFW_KEY_ENTER);
    CHECK(load_entries_for_goal(app.database(), goal).empty());
    CHECK(h.ui().banner.empty());  // refused in the field, not by a command
}

TEST_CASE("Quick logging on yesterday's page logs for yesterday by default", "[ui][today]") {
    App app(Database::in_memory(), kToday);
    int64_t goal = running(app);
    UiHarness h(app, ui::View::today);
    h.click("today.prev_day");
    std::string id = std::to_string(goal);
    h.type("log.input." + id, "2");
    h.click("log.button." + id);
    auto entries = load_entries_for_goal(app.database(), goal);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].date == add_days(kToday, -1));
}

TEST_CASE("The weekly review shows on the chosen weekday and saves its answer", "[ui][today]") {
    App app(Database::in_memory(), kToday);
    running(app);
    app.set_setting(kReviewWeekdaySetting, "thursday");
    UiHarness h(app, ui::View::today);
    REQUIRE(h.scroll_to("review.answer"));
    h.type("review.answer", "Run before work, not after");
    h.click("review.save");
    auto saved = find_checkin(app.database(), kToday);
    REQUIRE(saved);
    CHECK(saved->next_week == "Run before work, not after");
    CHECK_FALSE(saved->mood);  // the answer alone: the check-in's form stays a draft
    // Not on the other days of the week.
    press_alt(h, GLFW_KEY_LEFT);
    CHECK_FALSE(h.scroll_to("review.answer"));
}

TEST_CASE("No weekly review on a day that is not the chosen weekday", "[ui][today]") {
    App app(Database::in_memory(), kToday);
    running(app);
    app.set_setting(kReviewWeekdaySetting, "monday");
    UiHarness h(app, ui::View::today);
    CHECK_FALSE(h.scroll_to("review.answer"));
}

TEST_CASE("The weekly review is there even before the first goal", "[ui][today]") {
    App app(Database::in_memory(), kToday);
    app.set_setting(kReviewWeekdaySetting, "thursday");
    UiHarness h(app, ui::View::today);
    CHECK(h.scroll_to("review.answer"));
}

TEST_CASE("The check-in says unsaved until it is saved", "[ui][today]") {
    App app(Database::in_memory(), kToday);
    UiHarness h(app, ui::View::today);
    CHECK(h.has_item("checkin.state.empty"));
    h.type("checkin.win", "Ran 5 km");
    CHECK(h.has_item("checkin.state.unsaved"));
    CHECK_FALSE(h.has_item("checkin.state.saved"));
    h.click("checkin.save");
    CHECK(h.has_item("checkin.state.saved"));
    h.type("checkin.note", " and stretched");
    CHECK(h.has_item("checkin.state.unsaved"));  // saved before, changed since
    h.click("checkin.discard");
    CHECK(h.has_item("checkin.state.saved"));
    CHECK(h.ui().checkin.note.empty());
}

TEST_CASE("A check-in draft of one day waits while another day is shown", "[ui][today]") {
    App app(Database::in_memory(), kToday);
    running(app);
    UiHarness h(app, ui::View::today);
    h.type("checkin.win", "Half a thought");
    h.click("today.prev_day");
    CHECK(h.ui().checkin.win.empty());  // yesterday's own form
    h.click("today.back_to_today");
    CHECK(h.ui().checkin.win == "Half a thought");
    CHECK(h.has_item("checkin.state.unsaved"));
}

TEST_CASE("An unsaved check-in comes back after the window closed, for its database only", "[ui][today]") {
    App app(Database::in_memory(), kToday);
    std::string ini;
    {
        UiHarness first(app, ui::View::today);
        ui::register_today_settings(first.ui());
        first.type("checkin.obstacle", "Late meetings");
        ini = ImGui::SaveIniSettingsToMemory();  // what the shell writes on exit
    }
    REQUIRE(ini.find("[StepwiseDraft][checkin]") != std::string::npos);
    CHECK(ini.find("Late meetings") != std::string::npos);

    UiHarness second(app, ui::View::today);
    ui::register_today_settings(second.ui());
    ImGui::LoadIniSettingsFromMemory(ini.c_str(), ini.size());
    second.frames(2);
    CHECK(second.ui().checkin.obstacle == "Late meetings");
    CHECK(second.has_item("checkin.state.unsaved"));
    CHECK_FALSE(find_checkin(app.database(), kToday));  // still only a draft

    // Another database's window does not take it.
    std::string other = ini;
    other.replace(other.find("\"db\":\":memory:\""), 15, "\"db\":\"/elsewhere.db\"");
    UiHarness third(app, ui::View::today);
    ui::register_today_settings(third.ui());
    ImGui::LoadIniSettingsFromMemory(other.c_str(), other.size());
    third.frames(2);
    CHECK(third.ui().checkin.obstacle.empty());
}

TEST_CASE("A saved check-in leaves no draft behind", "[ui][today]") {
    App app(Database::in_memory(), kToday);
    UiHarness h(app, ui::View::today);
    ui::register_today_settings(h.ui());
    h.type("checkin.win", "Done");
    h.click("checkin.save");
    std::string ini = ImGui::SaveIniSettingsToMemory();
    CHECK(ini.find("StepwiseDraft") == std::string::npos);
}

TEST_CASE("Arrows and Space tick habits in Today", "[ui][today][keyboard]") {
    App app(Database::in_memory(), kToday);
    int64_t goal = running(app);
    int64_t first = daily(app, goal, "Stretch");
    int64_t second = daily(app, goal, "Walk");
    UiHarness h(app, ui::View::today);
    h.click(item("today.step.", first));  // the mouse puts the keyboard there (and ticks it)
    REQUIRE(done_in_db(app, first, kToday));
    h.press_key(GLFW_KEY_DOWN);
    h.press_key(GLFW_KEY_SPACE);
    CHECK(done_in_db(app, second, kToday));
    h.press_key(GLFW_KEY_UP);
    h.press_key(GLFW_KEY_SPACE);
    CHECK_FALSE(done_in_db(app, first, kToday));
}

TEST_CASE("With the keyboard alone, the arrows reach Today's rows", "[ui][today][keyboard]") {
    App app(Database::in_memory(), kToday);
    int64_t goal = running(app);
    int64_t first = daily(app, goal, "Stretch");
    UiHarness h(app, ui::View::today);
    // From the top (the day's buttons) down to the first habit, then Space ticks it.
    std::string row = item("today.step.", first);
    int presses = 0;
    while (!nav_focus_on(h, row) && presses < 8) {
        h.press_key(GLFW_KEY_DOWN);
        ++presses;
    }
    REQUIRE(nav_focus_on(h, row));
    CHECK(presses <= 3);
    h.press_key(GLFW_KEY_SPACE);
    CHECK(done_in_db(app, first, kToday));
    CHECK(shows_day(h, kToday));  // nothing else was pressed on the way
}

TEST_CASE("Today's wording: plurals and the day in words", "[ui][today]") {
    CHECK(ui::count_of(1, "entry", "entries") == "1 entry");
    CHECK(ui::count_of(2, "entry", "entries") == "2 entries");
    CHECK(ui::count_of(0, "entry", "entries") == "0 entries");
    CHECK(ui::day_title(kToday, kToday) == "Today");
    CHECK(ui::day_title(add_days(kToday, -1), kToday) == "Yesterday");
    CHECK(ui::day_title(add_days(kToday, -2), kToday) == "Tuesday");
    CHECK(ui::day_phrase(add_days(kToday, -2), kToday) == "on Tuesday");
    CHECK(ui::day_phrase(add_days(kToday, -10), kToday) == "on Nov 16");
}

TEST_CASE("A goal's week reads in plain words", "[ui][today]") {
    WeekChange numeric;
    numeric.now.goal = run_10k();
    numeric.now.analytics.progress = 0.41;
    numeric.now.analytics.current = 5.28;
    numeric.now.analytics.status = ProgressStatus::on_track;
    numeric.week_ago.progress = 0.35;
    numeric.week_ago.current = 4.8;
    numeric.week_ago.status = ProgressStatus::behind;
    CHECK(ui::week_change_words(numeric, DecimalSeparator::point) == "from 35% to 41% of the way (4.8 \u2192 5.28 km)");
    CHECK(ui::week_change_words(numeric, DecimalSeparator::comma) == "from 35% to 41% of the way (4,8 \u2192 5,28 km)");
    numeric.week_ago = numeric.now.analytics;
    CHECK(ui::week_change_words(numeric, DecimalSeparator::point) == "still 41% of the way");
    numeric.week_ago.status = ProgressStatus::not_started;
    CHECK(ui::week_change_words(numeric, DecimalSeparator::point) == "started this week: 41% of the way");

    WeekChange habit;
    habit.now.goal.kind = GoalKind::habit;
    habit.now.analytics.scheduled = 30;
    habit.now.analytics.done = 25;
    habit.week_ago.scheduled = 23;
    habit.week_ago.done = 20;
    CHECK(ui::week_change_words(habit, DecimalSeparator::point) == "done 5 of 7 this week (71%)");
    habit.week_ago.scheduled = 30;
    CHECK(ui::week_change_words(habit, DecimalSeparator::point) == "nothing was scheduled this week");

    WeekChange milestone;
    milestone.now.goal.kind = GoalKind::milestone;
    milestone.now.analytics.progress = 0.5;
    milestone.now.analytics.current = 2;
    milestone.now.analytics.status = ProgressStatus::on_track;
    milestone.week_ago.progress = 0.25;
    milestone.week_ago.current = 1;
    milestone.week_ago.status = ProgressStatus::behind;
    CHECK(ui::week_change_words(milestone, DecimalSeparator::point) == "from 25% to 50% of the way (1 step done)");
}
