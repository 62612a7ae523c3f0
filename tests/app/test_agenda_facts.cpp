// The agenda's facts read from the App (app/agenda_facts.hpp) and the agenda in
// words (report/agenda_render.hpp): the same numbers as the goal page, the
// scope's privacy choices, and the three renderings. The day is 2026-12-02.
#include "app/agenda_facts.hpp"
#include "report/agenda_render.hpp"
#include "support/sample_goals.hpp"

#include <catch2/catch.hpp>

using namespace sw;
using namespace sw::test;

namespace {

const Day kToday = day("2026-12-02");

struct Fixture {
    App app{Database::in_memory(), kToday};
    int64_t run = 0, secret = 0, session = 0, stretch = 0, call = 0, diary = 0;
    int64_t open_question = 0, private_question = 0;

    Fixture() {
        Goal g;
        g.title = "Run 100 km";
        g.kind = GoalKind::numeric;
        g.measure = Measure::total;
        g.unit = "km";
        g.baseline = 0;
        g.target = 100;
        g.start_date = day("2026-10-01");
        g.due_date = day("2027-01-31");
        run = app.add_goal(g);
        app.log_progress(run, day("2026-11-10"), 35, "");  // 35% on the day before the period
        app.log_progress(run, day("2026-11-25"), 11, "");  // 46% now

        Goal p;
        p.title = "Private thing";
        p.is_private = true;
        p.start_date = day("2026-10-01");
        p.due_date = day("2027-01-31");
        secret = app.add_goal(p);
        Step d;
        d.goal_id = secret;
        d.title = "Write the diary";
        diary = app.add_step(d);
        app.set_step_status(diary, StepStatus::done, day("2026-11-20"));

        Session s;
        s.date = day("2026-11-18");
        s.next_date = day("2026-12-09");
        session = app.add_session(s);

        Step st;
        st.goal_id = run;
        st.title = "Stretch";
        st.repeat = parse_recurrence("daily");
        st.start_date = day("2026-11-10");
        stretch = app.add_step(st);
        for (Day x = day("2026-11-24"); !(kToday < x); x = add_days(x, 1)) app.complete_step(stretch, x, true);

        Step c;
        c.goal_id = run;
        c.title = "Call the gym";
        c.due_date = day("2026-11-25");
        c.session_id = session;
        call = app.add_step(c);

        Question q;
        q.text = "How do I run in the rain?";
        open_question = app.add_question(q);
        Question pq;
        pq.text = "Private worry";
        pq.is_private = true;
        private_question = app.add_question(pq);
    }
};

}  // namespace

TEST_CASE("Agenda facts come from the goal page's analytics over the period since the session", "[app][agenda]") {
    Fixture f;
    AgendaInput in = agenda_input(f.app, kToday, AgendaScope{});
    CHECK(in.since_session);
    CHECK(in.from == day("2026-11-18"));
    CHECK(in.next_session == day("2026-12-09"));
    REQUIRE(in.goals.size() == 2);
    const AgendaGoalFacts& run = in.goals[0];
    CHECK(run.goal.id == f.run);
    CHECK(run.progress_before == Approx(0.35));
    CHECK(run.now.progress == Approx(f.app.goal_row(run.goal, kToday).analytics.progress));
    CHECK(run.now.progress == Approx(0.46));
    REQUIRE(run.steps.size() == 2);
    // Stretch: 11-18 … 12-02 is 15 days, done the last 9 (today's counts: it is done).
    CHECK(run.steps[0].scheduled == 15);
    CHECK(run.steps[0].done == 9);
    CHECK(run.steps[0].streak == 9);
    CHECK(run.steps[0].done_days.size() == 9);
    CHECK(in.commitments == std::vector<int64_t>{f.call});
    CHECK(in.questions.size() == 2);
    CHECK(in.checkins.empty());  // not included: never read into the input

    Agenda a = build_agenda(in);
    REQUIRE(a.commitments.size() == 1);
    CHECK_FALSE(a.commitments[0].kept);
    bool private_win = false;
    for (const auto& w : a.wins) private_win = private_win || w.step_id == f.diary;
    CHECK(private_win);  // the client's own view includes private goals
}

TEST_CASE("Agenda scope leaves out private goals, private questions and excluded goals", "[app][agenda]") {
    Fixture f;
    AgendaScope coach;
    coach.include_private_goals = false;
    coach.include_private_questions = false;
    Agenda a = agenda_for(f.app, kToday, coach);
    for (const auto& w : a.wins) CHECK(w.goal_id != f.secret);
    REQUIRE(a.questions.size() == 1);
    CHECK(a.questions[0].question_id == f.open_question);

    AgendaScope without_run;
    without_run.excluded_goals = {f.run};
    AgendaInput in = agenda_input(f.app, kToday, without_run);
    REQUIRE(in.goals.size() == 1);
    CHECK(in.goals[0].goal.id == f.secret);
    CHECK(build_agenda(in).commitments.empty());  // its goal is out of scope
}

TEST_CASE("Agenda without a session covers the last 14 days", "[app][agenda]") {
    Fixture f;
    f.app.delete_session(f.session);
    Agenda a = agenda_for(f.app, kToday, AgendaScope{});
    CHECK_FALSE(a.since_session);
    CHECK(a.from == day("2026-11-19"));
    CHECK_FALSE(a.last_session);
    CHECK(a.commitments.empty());
}

TEST_CASE("Agenda words: Markdown with headings, plain text without Markdown, JSON items", "[app][agenda]") {
    Fixture f;
    Agenda a = agenda_for(f.app, kToday, AgendaScope{});
    std::string md = report::agenda_markdown(a);
    CHECK(md.rfind("## For our next session\n", 0) == 0);
    CHECK(md.find("Since the session on 2026-11-18 (to 2026-12-02) · next session 2026-12-09") != std::string::npos);
    CHECK(md.find("### Wins\n\n- Run 100 km: from 35% to 46% of the way\n") != std::string::npos);
    CHECK(md.find("- Stretch: a 9-day streak\n") != std::string::npos);
    CHECK(md.find("- Finished “Write the diary” (2026-11-20)\n") != std::string::npos);
    CHECK(md.find("### Stuck\n\n- “Call the gym” was due 2026-11-25\n") != std::string::npos);
    CHECK(md.find("### Commitments from 2026-11-18\n\n- “Call the gym”: still open\n") != std::string::npos);
    CHECK(md.find("### Questions\n\n- How do I run in the rain?\n") != std::string::npos);
    CHECK(md.find("### Obstacles") == std::string::npos);  // not included: no section

    std::string text = report::agenda_plain_text(a);
    CHECK(text.find('#') == std::string::npos);
    CHECK(text.find("\n- ") == std::string::npos);
    CHECK(text.find("Wins\n  • Run 100 km: from 35% to 46% of the way\n") != std::string::npos);

    nlohmann::json j = report::agenda_json(a);
    CHECK(j["from"] == "2026-11-18");
    CHECK(j["since_session"] == true);
    CHECK(j["last_session"]["id"] == f.session);
    CHECK(j["next_session"] == "2026-12-09");
    CHECK(j["obstacles_included"] == false);
    REQUIRE(j["commitments"].size() == 1);
    CHECK(j["commitments"][0]["kind"] == "commitment");
    CHECK(j["commitments"][0]["step_id"] == f.call);
    CHECK(j["commitments"][0]["state"] == "open");
    CHECK(j["stuck"][0]["kind"] == "step_overdue");
    CHECK(j["stuck"][0]["due"] == "2026-11-25");
}

TEST_CASE("Agenda Markdown escapes user text and says so when there is nothing", "[app][agenda]") {
    Agenda empty;
    empty.day = empty.from = empty.to = kToday;
    std::string md = report::agenda_markdown(empty);
    CHECK(md.find("Nothing to talk about yet") != std::string::npos);
    CHECK(md.find("###") == std::string::npos);

    Agenda a = empty;
    a.questions.push_back({1, "Is *this* [ok]?", kToday});
    a.obstacles.push_back({"<b>Rain</b>", 3, kToday, kToday});
    md = report::agenda_markdown(a);
    CHECK(md.find("- Is \\*this\\* \\[ok\\]?\n") != std::string::npos);
    CHECK(md.find("- “\\<b\\>Rain\\</b\\>” — 3 times\n") != std::string::npos);
}

TEST_CASE("A goal the client marked achieved during the period is a win; marked before it, not", "[app][agenda]") {
    // The journal dates the mark with the real clock: the agenda is on the real today.
    const Day today = today_local();
    App app(Database::in_memory(), today);
    Goal g;
    g.title = "Find a mentor";
    g.start_date = add_days(today, -60);
    g.due_date = add_days(today, 60);
    int64_t id = app.add_goal(g);
    Session s;
    s.date = add_days(today, -7);
    app.add_session(s);
    app.edit_goal(id, set_field("status", "achieved"));

    auto achieved_wins = [&](Day d) {
        int n = 0;
        for (const auto& w : agenda_for(app, d, AgendaScope{}).wins)
            if (w.kind == AgendaWin::Kind::goal_achieved && w.goal_id == id) ++n;
        return n;
    };
    CHECK(achieved_wins(today) == 1);
    s.date = add_days(today, 1);  // a later session: the mark was before its period
    app.add_session(s);
    CHECK(achieved_wins(add_days(today, 1)) == 0);
}

TEST_CASE("Streaks read as they are said: an 8-day, an 18-day, a 9-day", "[agenda]") {
    AgendaWin w;
    w.kind = AgendaWin::Kind::streak;
    w.step_title = "Stretch";
    w.streak_daily = true;
    auto text = [&](int n) {
        w.streak = n;
        return report::win_text(w, [](std::string_view t) { return std::string(t); });
    };
    CHECK(text(8) == "Stretch: an 8-day streak");
    CHECK(text(18) == "Stretch: an 18-day streak");
    CHECK(text(11) == "Stretch: an 11-day streak");
    CHECK(text(80) == "Stretch: an 80-day streak");
    CHECK(text(9) == "Stretch: a 9-day streak");
    CHECK(text(28) == "Stretch: a 28-day streak");
    w.streak_daily = false;
    w.streak_in_weeks = true;
    CHECK(text(8) == "Stretch: an 8-week streak");
}
