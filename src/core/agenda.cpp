#include "core/agenda.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <map>

namespace sw {
namespace {

// Progress is a ratio of doubles: 0.45 − 0.35 is 0.0999…; a rise shown as
// "10 points" must count as one.
constexpr double kRiseThreshold = 0.10;
constexpr double kEpsilon = 1e-9;
constexpr int kWinningStreak = 7;

bool in_period(Day d, Day from, Day to) { return !(d < from) && !(to < d); }

bool is_stuck_status(ProgressStatus s) {
    return s == ProgressStatus::behind || s == ProgressStatus::at_risk || s == ProgressStatus::overdue;
}

void add_step_items(Agenda& out, const AgendaGoalFacts& g, const AgendaStepFacts& f, Day d, bool goal_active) {
    const Step& s = f.step;
    if (s.status == StepStatus::dropped) return;
    if (!s.is_recurring()) {
        if (s.status == StepStatus::done && s.done_date && in_period(*s.done_date, out.from, out.to)) {
            AgendaWin w{.kind = AgendaWin::Kind::step_done, .goal_id = g.goal.id, .step_id = s.id,
                        .goal_title = g.goal.title, .step_title = s.title};
            w.done_on = s.done_date;
            out.wins.push_back(w);
        }
        if (goal_active && s.status == StepStatus::open && s.due_date && *s.due_date < d) {
            AgendaStuck st{.kind = AgendaStuck::Kind::step_overdue, .goal_id = g.goal.id, .step_id = s.id,
                           .goal_title = g.goal.title, .step_title = s.title};
            st.due = s.due_date;
            out.stuck.push_back(st);
        }
        return;
    }
    if (f.streak >= kWinningStreak) {
        AgendaWin w{.kind = AgendaWin::Kind::streak, .goal_id = g.goal.id, .step_id = s.id,
                    .goal_title = g.goal.title, .step_title = s.title};
        w.streak = f.streak;
        w.streak_in_weeks = f.streak_in_weeks;
        w.streak_daily = s.repeat.kind == Recurrence::Kind::daily;
        out.wins.push_back(w);
    }
    // Under half of the period's occurrences; exactly half is not stuck.
    if (goal_active && f.scheduled > 0 && 2 * f.done < f.scheduled) {
        AgendaStuck st{.kind = AgendaStuck::Kind::habit_slipping, .goal_id = g.goal.id, .step_id = s.id,
                       .goal_title = g.goal.title, .step_title = s.title};
        st.done = f.done;
        st.scheduled = f.scheduled;
        out.stuck.push_back(st);
    }
}

void add_goal_items(Agenda& out, const AgendaGoalFacts& g) {
    const Goal& goal = g.goal;
    if (goal.archived) return;
    bool achieved_now = g.now.status == ProgressStatus::achieved;
    if (achieved_now && g.status_before != ProgressStatus::achieved) {
        AgendaWin w{.kind = AgendaWin::Kind::goal_achieved, .goal_id = goal.id, .step_id = 0,
                    .goal_title = goal.title, .step_title = ""};
        w.progress_from = g.progress_before;
        w.progress_to = g.now.progress;
        out.wins.push_back(w);
    } else if (!achieved_now && goal.status != GoalStatus::abandoned &&
               g.now.progress - g.progress_before >= kRiseThreshold - kEpsilon) {
        AgendaWin w{.kind = AgendaWin::Kind::progress_rose, .goal_id = goal.id, .step_id = 0,
                    .goal_title = goal.title, .step_title = ""};
        w.progress_from = g.progress_before;
        w.progress_to = g.now.progress;
        out.wins.push_back(w);
    }
    // Paused and abandoned goals are on hold by choice: nothing about them is "stuck".
    bool active = goal.status == GoalStatus::active;
    if (active && is_stuck_status(g.now.status)) {
        AgendaStuck st{.kind = AgendaStuck::Kind::goal_behind, .goal_id = goal.id, .step_id = 0,
                       .goal_title = goal.title, .step_title = ""};
        st.status = g.now.status;
        st.expected = g.now.expected;
        st.progress = g.now.progress;
        st.due = goal.due_date;
        out.stuck.push_back(st);
    }
    for (const AgendaStepFacts& f : g.steps) add_step_items(out, g, f, out.day, active);
    PaceFlag flag = pace_flag(goal, g.now.status);
    if (flag != PaceFlag::none)
        out.flags.push_back({.goal_id = goal.id, .goal_title = goal.title, .flag = flag,
                             .confidence = goal.confidence, .status = g.now.status});
}

const AgendaStepFacts* find_step(const AgendaInput& in, int64_t step_id, const AgendaGoalFacts** goal) {
    for (const AgendaGoalFacts& g : in.goals)
        for (const AgendaStepFacts& f : g.steps)
            if (f.step.id == step_id) {
                *goal = &g;
                return &f;
            }
    return nullptr;
}

void add_commitments(Agenda& out, const AgendaInput& in) {
    for (int64_t id : in.commitments) {
        const AgendaGoalFacts* g = nullptr;
        const AgendaStepFacts* f = find_step(in, id, &g);
        if (!f) continue;  // its goal is out of scope (private, archived)
        const Step& s = f->step;
        AgendaCommitment c{.goal_id = g->goal.id, .step_id = s.id, .goal_title = g->goal.title, .step_title = s.title,
                           .recurring = s.is_recurring()};
        c.dropped = s.status == StepStatus::dropped;
        if (!s.is_recurring()) {
            c.kept = s.status == StepStatus::done;  // done on any day counts
            if (c.kept) c.done_on = s.done_date;
        } else {
            // A habit promised in a session is kept when at least half of its
            // occurrences since the session were done: a coach asks "mostly?",
            // not "every single day?". The period starts at the session, so the
            // period's counts are those since the session. Nothing scheduled yet:
            // still open.
            c.done = f->done;
            c.scheduled = f->scheduled;
            c.kept = !c.dropped && f->scheduled > 0 && 2 * f->done >= f->scheduled;
        }
        out.commitments.push_back(c);
    }
}

void add_questions(Agenda& out, const std::vector<Question>& questions) {
    for (const Question& q : questions) {
        // Open on the agenda day: asked by then, not yet discussed by then.
        if (out.day < q.asked_on) continue;
        if (q.discussed_on && !(out.day < *q.discussed_on)) continue;
        out.questions.push_back({q.id, q.text, q.asked_on});
    }
    auto oldest_first = [](const AgendaQuestion& a, const AgendaQuestion& b) {
        return a.asked_on != b.asked_on ? a.asked_on < b.asked_on : a.question_id < b.question_id;
    };
    std::stable_sort(out.questions.begin(), out.questions.end(), oldest_first);
}

void add_obstacles(Agenda& out, const std::vector<CheckIn>& checkins) {
    struct Theme {
        AgendaObstacle obstacle;
        Day latest_wording_day{};
    };
    std::map<std::string, Theme> themes;
    for (const CheckIn& c : checkins) {
        if (!in_period(c.date, out.from, out.to)) continue;
        std::string key = answer_key(c.obstacle);
        if (key.empty()) continue;
        auto [it, added] = themes.try_emplace(key);
        AgendaObstacle& o = it->second.obstacle;
        if (added || c.date < o.first) o.first = c.date;
        if (added || o.last < c.date) {
            o.last = c.date;
            o.text = collapse_whitespace(c.obstacle);
        }
        ++o.count;
    }
    for (auto& [key, theme] : themes) out.obstacles.push_back(theme.obstacle);
    auto most_often_then_latest = [](const AgendaObstacle& a, const AgendaObstacle& b) {
        return a.count != b.count ? a.count > b.count : b.last < a.last;
    };
    std::stable_sort(out.obstacles.begin(), out.obstacles.end(), most_often_then_latest);
}

}  // namespace

PaceFlag pace_flag(const Goal& goal, ProgressStatus status_now) {
    if (goal.archived || goal.status != GoalStatus::active) return PaceFlag::none;
    bool going_well = status_now == ProgressStatus::ahead || status_now == ProgressStatus::on_track;
    if (goal.confidence <= 4 && going_well) return PaceFlag::underconfident;
    if (goal.confidence >= 8 && is_stuck_status(status_now)) return PaceFlag::overconfident;
    return PaceFlag::none;
}

std::string_view pace_flag_words(PaceFlag flag) {
    switch (flag) {
    case PaceFlag::underconfident: return "You are doing better than you feel.";
    case PaceFlag::overconfident: return "The pace says otherwise — check the plan.";
    case PaceFlag::none: break;
    }
    return "";
}

std::string_view to_string(PaceFlag flag) {
    switch (flag) {
    case PaceFlag::underconfident: return "underconfident";
    case PaceFlag::overconfident: return "overconfident";
    case PaceFlag::none: break;
    }
    return "none";
}

std::string_view to_string(AgendaWin::Kind kind) {
    switch (kind) {
    case AgendaWin::Kind::step_done: return "step_done";
    case AgendaWin::Kind::goal_achieved: return "goal_achieved";
    case AgendaWin::Kind::progress_rose: return "progress_rose";
    case AgendaWin::Kind::streak: return "streak";
    }
    return "";
}

std::string_view to_string(AgendaStuck::Kind kind) {
    switch (kind) {
    case AgendaStuck::Kind::goal_behind: return "goal_behind";
    case AgendaStuck::Kind::step_overdue: return "step_overdue";
    case AgendaStuck::Kind::habit_slipping: return "habit_slipping";
    }
    return "";
}

AgendaPeriod agenda_period(const std::vector<Session>& sessions, Day d) {
    AgendaPeriod p;
    p.to = d;
    std::optional<Day> next_dated;  // the earliest session dated after d
    for (const Session& s : sessions) {
        if (d < s.date) {
            if (!next_dated || s.date < *next_dated) next_dated = s.date;
        } else if (!p.last_session || p.last_session->date < s.date ||
                   (p.last_session->date == s.date && p.last_session->id < s.id)) {
            p.last_session = s;
        }
    }
    p.from = p.last_session ? p.last_session->date : add_days(d, -13);
    if (p.last_session && p.last_session->next_date && !(*p.last_session->next_date < d))
        p.next_session = p.last_session->next_date;
    if (next_dated && (!p.next_session || *next_dated < *p.next_session)) p.next_session = next_dated;
    return p;
}

Agenda build_agenda(const AgendaInput& in) {
    Agenda out;
    out.day = in.day;
    out.from = in.from;
    out.to = in.to;
    out.since_session = in.since_session;
    out.last_session = in.last_session;
    out.next_session = in.next_session;
    for (const AgendaGoalFacts& g : in.goals) add_goal_items(out, g);
    add_commitments(out, in);
    add_questions(out, in.questions);
    out.obstacles_included = in.include_checkin_answers;
    if (in.include_checkin_answers) add_obstacles(out, in.checkins);
    return out;
}

}  // namespace sw
