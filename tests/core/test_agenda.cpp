// The agenda for the next coaching session (DESIGN "Agenda for the next coaching
// session", "Pace vs confidence"), on hand-made facts: each section, each flag and
// each boundary. The agenda day is 2026-12-02; a session on 2026-11-18 starts the period.
#include "core/agenda.hpp"
#include "support/recurring_days.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace sw;

namespace {

Day day(const char* iso) { return test::iso_day(iso); }

const Day kDay = day("2026-12-02");
const Day kFrom = day("2026-11-18");

Goal goal(int64_t id, const char* title, int confidence = 6) {
    Goal g;
    g.id = id;
    g.title = title;
    g.confidence = confidence;
    g.start_date = day("2026-10-01");
    g.due_date = day("2027-03-01");
    return g;
}

// A goal at `now` progress and status on the agenda day, `before` on the day before the period.
AgendaGoalFacts facts(Goal g, ProgressStatus status, double now, double before = 0,
                      ProgressStatus status_before = ProgressStatus::on_track, double expected = 0) {
    AgendaGoalFacts f;
    f.goal = std::move(g);
    f.now.status = status;
    f.now.progress = now;
    f.now.expected = expected;
    f.progress_before = before;
    f.status_before = status_before;
    return f;
}

AgendaStepFacts one_off(int64_t id, int64_t goal_id, const char* title, StepStatus status = StepStatus::open,
                        const char* due = nullptr, const char* done_on = nullptr) {
    AgendaStepFacts f;
    f.step.id = id;
    f.step.goal_id = goal_id;
    f.step.title = title;
    f.step.status = status;
    if (due) f.step.due_date = day(due);
    if (done_on) f.step.done_date = day(done_on);
    return f;
}

AgendaStepFacts habit(int64_t id, int64_t goal_id, const char* title, int streak, int done, int scheduled,
                      const char* repeat = "daily") {
    AgendaStepFacts f;
    f.step = test::recurring(repeat, "2026-10-01");
    f.step.id = id;
    f.step.goal_id = goal_id;
    f.step.title = title;
    f.streak = streak;
    f.done = done;
    f.scheduled = scheduled;
    return f;
}

AgendaInput input_with(std::vector<AgendaGoalFacts> goals) {
    AgendaInput in;
    in.day = in.to = kDay;
    in.from = kFrom;
    in.since_session = true;
    in.goals = std::move(goals);
    return in;
}

template <class Item, class Kind>
std::vector<int64_t> ids_of(const std::vector<Item>& items, Kind kind, bool steps) {
    std::vector<int64_t> out;
    for (const Item& i : items)
        if (i.kind == kind) out.push_back(steps ? i.step_id : i.goal_id);
    return out;
}

using W = AgendaWin::Kind;
using S = AgendaStuck::Kind;
using PS = ProgressStatus;

}  // namespace

TEST_CASE("Pace flags: confidence 4 vs 5 while going well, 7 vs 8 while behind, active goals only", "[core][agenda]") {
    CHECK(pace_flag(goal(1, "G", 4), PS::on_track) == PaceFlag::underconfident);
    CHECK(pace_flag(goal(1, "G", 4), PS::ahead) == PaceFlag::underconfident);
    CHECK(pace_flag(goal(1, "G", 1), PS::ahead) == PaceFlag::underconfident);
    CHECK(pace_flag(goal(1, "G", 5), PS::on_track) == PaceFlag::none);
    CHECK(pace_flag(goal(1, "G", 4), PS::behind) == PaceFlag::none);
    CHECK(pace_flag(goal(1, "G", 4), PS::getting_started) == PaceFlag::none);

    CHECK(pace_flag(goal(1, "G", 8), PS::behind) == PaceFlag::overconfident);
    CHECK(pace_flag(goal(1, "G", 8), PS::at_risk) == PaceFlag::overconfident);
    CHECK(pace_flag(goal(1, "G", 10), PS::overdue) == PaceFlag::overconfident);
    CHECK(pace_flag(goal(1, "G", 7), PS::behind) == PaceFlag::none);
    CHECK(pace_flag(goal(1, "G", 8), PS::on_track) == PaceFlag::none);
    CHECK(pace_flag(goal(1, "G", 9), PS::getting_started) == PaceFlag::none);  // gentle start: no alarm
    CHECK(pace_flag(goal(1, "G", 9), PS::achieved) == PaceFlag::none);

    Goal paused = goal(1, "G", 3);
    paused.status = GoalStatus::paused;
    CHECK(pace_flag(paused, PS::on_track) == PaceFlag::none);
    Goal archived = goal(1, "G", 9);
    archived.archived = true;
    CHECK(pace_flag(archived, PS::behind) == PaceFlag::none);

    CHECK(pace_flag_words(PaceFlag::underconfident) == "You are doing better than you feel.");
    CHECK(pace_flag_words(PaceFlag::overconfident) == "The pace says otherwise — check the plan.");
    CHECK(to_string(PaceFlag::underconfident) == "underconfident");
    CHECK(to_string(PaceFlag::overconfident) == "overconfident");
    CHECK(to_string(PaceFlag::none) == "none");
}

TEST_CASE("Agenda flags list each flagged goal with its confidence and status", "[core][agenda]") {
    Agenda a = build_agenda(input_with({facts(goal(1, "Calm", 3), PS::on_track, 0.5),
                                        facts(goal(2, "Run", 9), PS::at_risk, 0.1),
                                        facts(goal(3, "Read", 6), PS::behind, 0.2)}));
    REQUIRE(a.flags.size() == 2);
    CHECK(a.flags[0].goal_id == 1);
    CHECK(a.flags[0].flag == PaceFlag::underconfident);
    CHECK(a.flags[0].confidence == 3);
    CHECK(a.flags[0].status == PS::on_track);
    CHECK(a.flags[1].goal_id == 2);
    CHECK(a.flags[1].flag == PaceFlag::overconfident);
    CHECK(a.flags[1].status == PS::at_risk);
}

TEST_CASE("Wins: one-off steps done within the period, its first and last day included", "[core][agenda]") {
    AgendaGoalFacts g = facts(goal(1, "Race"), PS::on_track, 0.3, 0.3);
    g.steps = {one_off(10, 1, "Book", StepStatus::done, nullptr, "2026-11-18"),   // the session's day
               one_off(11, 1, "Shoes", StepStatus::done, nullptr, "2026-11-17"),  // before the period
               one_off(12, 1, "Plan", StepStatus::done, nullptr, "2026-12-02"),   // the agenda day
               one_off(13, 1, "Kit", StepStatus::dropped, nullptr, "2026-11-20"),
               one_off(14, 1, "Map", StepStatus::open)};
    Agenda a = build_agenda(input_with({g}));
    CHECK(ids_of(a.wins, W::step_done, true) == std::vector<int64_t>{10, 12});
    REQUIRE(!a.wins.empty());
    CHECK(a.wins[0].done_on == day("2026-11-18"));
    CHECK(a.wins[0].step_title == "Book");
}

TEST_CASE("Wins: goals achieved in the period, not those achieved before it", "[core][agenda]") {
    Agenda a = build_agenda(input_with({facts(goal(1, "New"), PS::achieved, 1.0, 0.8, PS::on_track),
                                        facts(goal(2, "Old"), PS::achieved, 1.2, 1.1, PS::achieved)}));
    CHECK(ids_of(a.wins, W::goal_achieved, false) == std::vector<int64_t>{1});
    CHECK(ids_of(a.wins, W::progress_rose, false).empty());  // an achieved goal is not also "rose"
    REQUIRE(a.wins.size() == 1);
    CHECK(a.wins[0].progress_from == Approx(0.8));
    CHECK(a.wins[0].progress_to == Approx(1.0));
}

TEST_CASE("Wins: progress that rose by exactly 0.10 counts, 0.099 does not", "[core][agenda]") {
    // 0.45 − 0.35 is 0.09999999999999998 in doubles: still ten points.
    Agenda a = build_agenda(input_with({facts(goal(1, "Ten"), PS::on_track, 0.45, 0.35),
                                        facts(goal(2, "Almost"), PS::on_track, 0.449, 0.35),
                                        facts(goal(3, "Down"), PS::behind, 0.10, 0.35)}));
    CHECK(ids_of(a.wins, W::progress_rose, false) == std::vector<int64_t>{1});
    REQUIRE(!a.wins.empty());
    CHECK(a.wins[0].progress_from == Approx(0.35));
    CHECK(a.wins[0].progress_to == Approx(0.45));
}

TEST_CASE("Wins: a streak of exactly 7 counts, 6 does not, in weeks for times a week", "[core][agenda]") {
    AgendaGoalFacts g = facts(goal(1, "Move"), PS::on_track, 0.5, 0.5);
    g.steps = {habit(10, 1, "Stretch", 7, 6, 6), habit(11, 1, "Walk", 6, 6, 6),
               habit(12, 1, "Swim", 8, 2, 2, "times:2/week")};
    g.steps[2].streak_in_weeks = true;
    Agenda a = build_agenda(input_with({g}));
    CHECK(ids_of(a.wins, W::streak, true) == std::vector<int64_t>{10, 12});
    REQUIRE(a.wins.size() == 2);
    CHECK(a.wins[0].streak == 7);
    CHECK(a.wins[0].streak_daily);
    CHECK(a.wins[1].streak_in_weeks);
}

TEST_CASE("Stuck: active goals behind, at risk or overdue; paused and gently starting ones are not", "[core][agenda]") {
    Goal paused = goal(4, "Paused");
    paused.status = GoalStatus::paused;
    Agenda a = build_agenda(input_with({facts(goal(1, "Behind"), PS::behind, 0.41, 0.41, PS::behind, 0.60),
                                        facts(goal(2, "Risk"), PS::at_risk, 0.1, 0.1, PS::at_risk, 0.5),
                                        facts(goal(3, "Late"), PS::overdue, 0.8, 0.8, PS::overdue, 1.0),
                                        facts(paused, PS::behind, 0.1, 0.1, PS::behind, 0.5),
                                        facts(goal(5, "New"), PS::getting_started, 0, 0, PS::not_started, 0.1),
                                        facts(goal(6, "Fine"), PS::on_track, 0.5, 0.5)}));
    CHECK(ids_of(a.stuck, S::goal_behind, false) == std::vector<int64_t>{1, 2, 3});
    REQUIRE(a.stuck.size() == 3);
    CHECK(a.stuck[0].status == PS::behind);
    CHECK(a.stuck[0].expected == Approx(0.60));
    CHECK(a.stuck[0].progress == Approx(0.41));
    CHECK(a.stuck[2].due == day("2027-03-01"));
}

TEST_CASE("Stuck: one-off steps open past their due day; due on the agenda day is not yet overdue", "[core][agenda]") {
    AgendaGoalFacts g = facts(goal(1, "Gym"), PS::on_track, 0.5, 0.5);
    g.steps = {one_off(10, 1, "Call the gym", StepStatus::open, "2026-11-25"),
               one_off(11, 1, "Today", StepStatus::open, "2026-12-02"),
               one_off(12, 1, "Done late", StepStatus::done, "2026-11-20", "2026-11-22"),
               one_off(13, 1, "Dropped", StepStatus::dropped, "2026-11-20"),
               one_off(14, 1, "Undated", StepStatus::open)};
    Agenda a = build_agenda(input_with({g}));
    CHECK(ids_of(a.stuck, S::step_overdue, true) == std::vector<int64_t>{10});
    REQUIRE(a.stuck.size() == 1);
    CHECK(a.stuck[0].due == day("2026-11-25"));
}

TEST_CASE("Stuck: habits under half of the period's occurrences; exactly half is not stuck", "[core][agenda]") {
    AgendaGoalFacts g = facts(goal(1, "Move"), PS::on_track, 0.5, 0.5);
    g.steps = {habit(10, 1, "Stretch", 0, 2, 6), habit(11, 1, "Walk", 0, 3, 6), habit(12, 1, "Fresh", 0, 0, 0)};
    Agenda a = build_agenda(input_with({g}));
    CHECK(ids_of(a.stuck, S::habit_slipping, true) == std::vector<int64_t>{10});
    REQUIRE(a.stuck.size() == 1);
    CHECK(a.stuck[0].done == 2);
    CHECK(a.stuck[0].scheduled == 6);
}

TEST_CASE("Commitments of the last session: kept when done, habits when at least half done", "[core][agenda]") {
    AgendaGoalFacts g = facts(goal(1, "Race"), PS::on_track, 0.5, 0.5);
    g.steps = {one_off(10, 1, "Call the gym", StepStatus::done, nullptr, "2026-11-10"),  // done before: still kept
               one_off(11, 1, "Buy shoes", StepStatus::open),
               habit(12, 1, "Stretch", 0, 3, 6),   // exactly half: kept
               habit(13, 1, "Run", 0, 2, 6),       // under half: open
               habit(14, 1, "Swim", 0, 0, 0),      // nothing scheduled yet: open
               one_off(15, 1, "Old", StepStatus::dropped)};
    AgendaInput in = input_with({g});
    in.commitments = {10, 11, 12, 13, 14, 15, 99};  // 99: a step of a goal out of scope
    Agenda a = build_agenda(in);
    REQUIRE(a.commitments.size() == 6);
    std::vector<bool> kept;
    for (const auto& c : a.commitments) kept.push_back(c.kept);
    CHECK(kept == std::vector<bool>{true, false, true, false, false, false});
    CHECK(a.commitments[0].done_on == day("2026-11-10"));
    CHECK(a.commitments[2].recurring);
    CHECK(a.commitments[2].done == 3);
    CHECK(a.commitments[2].scheduled == 6);
    CHECK(a.commitments[5].dropped);
    CHECK_FALSE(a.commitments[1].dropped);
}

TEST_CASE("Questions: those open on the agenda day, oldest first", "[core][agenda]") {
    auto q = [](int64_t id, const char* asked, const char* discussed = nullptr) {
        Question out;
        out.id = id;
        out.text = "Q" + std::to_string(id);
        out.asked_on = day(asked);
        if (discussed) out.discussed_on = day(discussed);
        return out;
    };
    AgendaInput in = input_with({});
    in.questions = {q(1, "2026-11-30"), q(2, "2026-11-01"), q(3, "2026-11-20", "2026-11-21"),
                    q(4, "2026-12-03"), q(5, "2026-11-20", "2026-12-03")};
    Agenda a = build_agenda(in);
    std::vector<int64_t> ids;
    for (const auto& x : a.questions) ids.push_back(x.question_id);
    CHECK(ids == std::vector<int64_t>{2, 5, 1});  // 3 discussed, 4 not yet asked on the day
}

TEST_CASE("Obstacles from check-ins are grouped by theme, only when included", "[core][agenda]") {
    auto checkin = [](const char* date, const char* obstacle) {
        CheckIn c;
        c.date = day(date);
        c.obstacle = obstacle;
        return c;
    };
    AgendaInput in = input_with({});
    in.checkins = {checkin("2026-11-19", "No time in the evening."),
                   checkin("2026-11-22", "  no   time in the EVENING!! "),
                   checkin("2026-11-25", "Rain"),
                   checkin("2026-11-28", "No time in the evening\xE2\x80\xA6"),
                   checkin("2026-11-29", "Rain?"),
                   checkin("2026-11-30", "Knee"),
                   checkin("2026-11-17", "Rain"),  // before the period
                   checkin("2026-12-01", "   ")};
    in.include_checkin_answers = true;
    Agenda a = build_agenda(in);
    CHECK(a.obstacles_included);
    REQUIRE(a.obstacles.size() == 3);
    CHECK(a.obstacles[0].text == "No time in the evening\xE2\x80\xA6");  // the latest wording
    CHECK(a.obstacles[0].count == 3);
    CHECK(a.obstacles[0].first == day("2026-11-19"));
    CHECK(a.obstacles[0].last == day("2026-11-28"));
    CHECK(a.obstacles[1].text == "Rain?");
    CHECK(a.obstacles[1].count == 2);
    CHECK(a.obstacles[2].text == "Knee");  // once; after the twice-seen themes

    in.include_checkin_answers = false;
    Agenda closed = build_agenda(in);
    CHECK_FALSE(closed.obstacles_included);
    CHECK(closed.obstacles.empty());
}

TEST_CASE("The period runs from the last session, else over the last 14 days", "[core][agenda]") {
    auto session = [](int64_t id, const char* date, const char* next = nullptr) {
        Session s;
        s.id = id;
        s.date = day(date);
        if (next) s.next_date = day(next);
        return s;
    };
    AgendaPeriod none = agenda_period({}, kDay);
    CHECK(none.from == day("2026-11-19"));  // d-13 … d: 14 days
    CHECK(none.to == kDay);
    CHECK_FALSE(none.last_session);
    CHECK_FALSE(none.next_session);

    AgendaPeriod p = agenda_period({session(2, "2026-11-18", "2026-12-09"), session(1, "2026-11-04")}, kDay);
    REQUIRE(p.last_session);
    CHECK(p.last_session->id == 2);
    CHECK(p.from == day("2026-11-18"));
    CHECK(p.next_session == day("2026-12-09"));

    // A session dated after d is not the last one, but it is the next one when sooner.
    AgendaPeriod future = agenda_period({session(1, "2026-11-18", "2026-12-09"), session(2, "2026-12-05")}, kDay);
    REQUIRE(future.last_session);
    CHECK(future.last_session->id == 1);
    CHECK(future.from == day("2026-11-18"));
    CHECK(future.next_session == day("2026-12-05"));

    // A next date already past is no next session; a session on d is the last one.
    AgendaPeriod past = agenda_period({session(1, "2026-11-04", "2026-11-18")}, kDay);
    CHECK_FALSE(past.next_session);
    AgendaPeriod only_future = agenda_period({session(1, "2026-12-10")}, kDay);
    CHECK_FALSE(only_future.last_session);
    CHECK(only_future.from == day("2026-11-19"));
    CHECK(only_future.next_session == day("2026-12-10"));
    AgendaPeriod today = agenda_period({session(1, "2026-12-02", "2026-12-02")}, kDay);
    REQUIRE(today.last_session);
    CHECK(today.from == kDay);
    CHECK(today.next_session == kDay);
}

TEST_CASE("An agenda with nothing to say is empty, and archived goals say nothing", "[core][agenda]") {
    Goal archived = goal(1, "Old", 9);
    archived.archived = true;
    Agenda a = build_agenda(input_with({facts(archived, PS::behind, 0.1, 0.0, PS::behind, 0.5)}));
    CHECK(a.empty());
    Agenda b = build_agenda(input_with({facts(goal(2, "Fine"), PS::on_track, 0.5, 0.45)}));
    CHECK(b.empty());
    CHECK(b.from == kFrom);
    CHECK(b.since_session);
}
