// The Sessions view: recording a session, questions jotted in the sidebar,
// commitments made from a session, and Today's "prepare" line.
#include "ui_harness.hpp"

#include <GLFW/glfw3.h>

#include <catch2/catch.hpp>

using namespace sw;
using namespace sw::test;

namespace {

int64_t add_session(App& app, Day date, std::optional<Day> next) {
    Session s;
    s.date = date;
    s.notes = "We talked about evening runs.";
    s.next_date = next;
    return app.apply(AddSession{s});
}

int64_t add_goal(App& app, const char* title) {
    Goal g;
    g.title = title;
    g.start_date = add_days(app.today(), -20);
    g.due_date = add_days(app.today(), 60);
    return app.add_goal(g);
}

}  // namespace

TEST_CASE("A session recorded in the window keeps its date, private notes and next date", "[ui][sessions]") {
    App app(Database::in_memory(), today_local());
    UiHarness h(app, ui::View::sessions);
    h.click("sessions.new");
    h.frames(2);
    REQUIRE(h.has_item("session.date"));
    Day date = add_days(app.today(), -1), next = add_days(app.today(), 13);
    h.type("session.date", "");
    h.press_ctrl_key(GLFW_KEY_A);
    h.type_here(format_day(date));
    h.type("session.notes", "Agreed: book the race.");
    h.type("session.next", format_day(date));  // not after the session: refused as typed
    h.frame();
    h.click("session.save");
    h.frames(2);
    CHECK(app.sessions().empty());
    h.click("session.next");
    h.press_ctrl_key(GLFW_KEY_A);
    h.type_here(format_day(next));
    h.click("session.save");
    h.frames(3);
    INFO("date '" << h.ui().sessions.editor.date << "' next '" << h.ui().sessions.editor.next << "' error "
                  << h.ui().sessions.editor.error);
    REQUIRE(app.sessions().size() == 1);
    const Session& s = app.sessions().front();
    CHECK(s.date == date);
    CHECK(s.notes == "Agreed: book the race.");
    CHECK(s.is_private);
    CHECK(s.next_date == next);
    CHECK_FALSE(h.has_item("session.date"));  // the editor closed
}

TEST_CASE("A question typed in the sidebar is saved on Enter, from any view", "[ui][sessions]") {
    App app(Database::in_memory(), today_local());
    UiHarness h(app, ui::View::goals);
    h.type("sidebar.question", "   ");
    h.press_key(GLFW_KEY_ENTER);
    h.frames(2);
    CHECK(app.questions().empty());  // only spaces: refused with a message, nothing saved
    h.click("sidebar.question");
    h.press_ctrl_key(GLFW_KEY_A);
    h.type_here("How do I keep going when it rains?");
    h.press_key(GLFW_KEY_ENTER);
    h.frames(3);
    REQUIRE(app.questions().size() == 1);
    CHECK(app.questions().front().text == "How do I keep going when it rains?");
    CHECK(app.questions().front().asked_on == app.today());
    CHECK(h.ui().sessions.jot.empty());  // ready for the next one

    open_view(h.ui(), ui::View::sessions);
    h.frames(2);
    int64_t id = app.questions().front().id;
    h.click("question.done." + std::to_string(id));
    h.frames(2);
    CHECK(app.questions().front().discussed_on == app.today());
}

TEST_CASE("Today says when the next session is and opens the Sessions view to prepare", "[ui][sessions]") {
    App app(Database::in_memory(), today_local());
    add_goal(app, "Run a 10 km race");
    UiHarness h(app, ui::View::today);
    CHECK_FALSE(h.has_item("today.prepare"));  // no session planned
    add_session(app, add_days(app.today(), -12), add_days(app.today(), 2));
    h.frames(2);
    REQUIRE(h.has_item("today.prepare"));
    h.click("today.prepare");
    h.frames(2);
    CHECK(h.ui().view == ui::View::sessions);
}

TEST_CASE("A commitment added from a session becomes a step of the chosen goal, linked to it", "[ui][sessions]") {
    App app(Database::in_memory(), today_local());
    add_goal(app, "Run a 10 km race");
    int64_t goal = add_goal(app, "Read 12 books");
    int64_t session = add_session(app, add_days(app.today(), -3), add_days(app.today(), 11));
    UiHarness h(app, ui::View::sessions);
    h.click("session.commit." + std::to_string(session));
    h.frames(2);
    h.type("step.title", "Join the book club");
    h.click("step.save");
    h.frames(2);
    CHECK(app.commitments_of(session).empty());  // no goal chosen: nothing is guessed
    h.click("step.goal");
    h.frames(2);
    h.click("step.goal." + std::to_string(goal));
    h.frames(2);
    h.click("step.save");
    h.frames(3);
    auto commitments = app.commitments_of(session);
    REQUIRE(commitments.size() == 1);
    CHECK(commitments[0]->title == "Join the book club");
    CHECK(commitments[0]->goal_id == goal);
    h.frames(2);
    int64_t step = commitments[0]->id;
    CHECK(h.has_item("commitment.goal." + std::to_string(step)));
    // The agenda lists it as still open, and a click on it opens its goal.
    REQUIRE(h.has_item("agenda.commitment." + std::to_string(step)));
    const Agenda& agenda = h.ui().caches.agenda.agenda;
    REQUIRE(agenda.commitments.size() == 1);
    CHECK(agenda.commitments[0].step_id == step);
    CHECK_FALSE(agenda.commitments[0].kept);
    app.apply(CompleteStep{step, app.today(), true});
    h.frames(2);
    REQUIRE(h.ui().caches.agenda.agenda.commitments.size() == 1);
    CHECK(h.ui().caches.agenda.agenda.commitments[0].kept);
    h.click("agenda.commitment." + std::to_string(step));
    CHECK(h.ui().view == ui::View::goal_detail);
    CHECK(h.ui().detail_goal == goal);
}
