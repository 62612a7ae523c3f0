#include "app/agenda_facts.hpp"

#include "app/goal_history.hpp"

#include <nlohmann/json.hpp>

namespace sw {
namespace {

bool in_period(Day d, Day from, Day to) { return !(d < from) && !(to < d); }

bool in_scope(const Goal& g, Day d, const AgendaScope& scope) {
    if (g.archived || d < g.start_date) return false;
    if (g.is_private && !scope.include_private_goals) return false;
    return scope.excluded_goals.count(g.id) == 0;
}

AgendaStepFacts step_facts(const App& app, const Step& s, Day from, Day d) {
    AgendaStepFacts f;
    f.step = s;
    if (!s.is_recurring() || d < s.start_date) return f;
    const std::vector<Day>& completions = app.completions_of(s.id);
    // Completions on scheduled days (the schedule may have changed since), as
    // the summary lists them.
    for (Day c : completions)
        if (in_period(c, from, d) && is_scheduled(s.repeat, s.start_date, c)) f.done_days.push_back(c);
    StepRow row = app.step_row(s, d);
    f.streak = row.streak.streak;
    f.streak_in_weeks = row.streak.in_weeks;
    // The period's last day counts only once done: today's open occurrence is
    // not yet missed (as in the 30-day consistency and the summary).
    Day last = row.done_on_day ? d : add_days(d, -1);
    if (!(last < from))
        f.scheduled = occurrences_between(s, from, last, app.skips_of(s.id), completions, &f.done);
    return f;
}

// A goal the client marked achieved counts as achieved on every day, also
// before the mark (progress_status reads the goal as it is now). The journal
// knows when it was marked: the latest row that set the status to achieved,
// with the status it had before. Nothing when the App read no journal.
struct Mark {
    Day day{};
    GoalStatus status_before = GoalStatus::active;
};
std::optional<Mark> marked_achieved(const App& app, const Goal& g) {
    std::optional<Mark> mark;
    if (g.status != GoalStatus::achieved) return mark;
    for (const JournalRow& row : app.goal_journal()) {
        if (row.entity != "goal" || row.entity_uuid != g.uuid || row.before.empty() || row.after.empty()) continue;
        auto before = nlohmann::json::parse(row.before, nullptr, false);
        auto after = nlohmann::json::parse(row.after, nullptr, false);
        auto status = [](const nlohmann::json& record) {
            return record.is_object() ? record.value("status", std::string()) : std::string();
        };
        if (status(after) != "achieved" || status(before) == "achieved" || status(before).empty()) continue;
        try {
            mark = Mark{local_day_of_utc(row.at), parse_goal_status(status(before))};
        } catch (const std::exception&) {  // a status this version does not know: as if unmarked
            continue;
        }
    }
    return mark;
}

AgendaGoalFacts goal_facts(const App& app, const Goal& g, Day from, Day d) {
    AgendaGoalFacts f;
    f.goal = g;
    f.now = app.goal_row(g, d).analytics;
    Goal as_before = g;
    // Marked achieved within the period: before it, the goal was not yet achieved.
    if (auto mark = marked_achieved(app, g); mark && !(mark->day < from)) as_before.status = mark->status_before;
    GoalAnalytics before = app.goal_row(as_before, add_days(from, -1)).analytics;
    f.progress_before = before.progress;
    f.status_before = before.status;
    for (const Step& s : app.steps_of(g.id)) f.steps.push_back(step_facts(app, s, from, d));
    return f;
}

}  // namespace

AgendaInput agenda_input(const App& app, Day d, const AgendaScope& scope) {
    AgendaPeriod period = agenda_period(app.sessions(), d);
    AgendaInput in;
    in.day = d;
    in.from = period.from;
    in.to = period.to;
    in.since_session = period.last_session.has_value();
    in.last_session = period.last_session;
    in.next_session = period.next_session;
    for (const Goal& g : app.goals())  // by id
        if (in_scope(g, d, scope)) in.goals.push_back(goal_facts(app, g, period.from, d));
    if (period.last_session)
        for (const Step* s : app.commitments_of(period.last_session->id)) in.commitments.push_back(s->id);
    for (const Question& q : app.questions())
        if (!q.is_private || scope.include_private_questions) in.questions.push_back(q);
    in.include_checkin_answers = scope.include_checkin_answers;
    // Check-in answers never enter the input unless included, so no renderer can leak them.
    if (scope.include_checkin_answers)
        for (const CheckIn& c : app.checkins())
            if (in_period(c.date, period.from, period.to)) in.checkins.push_back(c);
    return in;
}

Agenda agenda_for(const App& app, Day d, const AgendaScope& scope) {
    return build_agenda(agenda_input(app, d, scope));
}

}  // namespace sw
