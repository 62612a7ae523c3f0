#include "report/summary_model.hpp"

#include "app/agenda_facts.hpp"
#include "app/goal_history.hpp"
#include "chart/format.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"
#include "report/summary_text.hpp"

#include <algorithm>
#include <cctype>
#include <map>

namespace sw::report {
namespace {

bool in_period(Day d, Day from, Day to) { return !(d < from) && !(to < d); }

std::string plan_of(const Goal& g, int steps_total, DecimalSeparator d) {
    std::string due = format_day(g.due_date);
    if (g.is_numeric())
        return format_number(g.baseline, d) + " → " + format_quantity(g.target, g.unit, d) + " by " + due;
    if (g.is_habit()) return percent_text(g.target_rate) + " of the scheduled days, until " + due;
    return std::to_string(steps_total) + (steps_total == 1 ? " step" : " steps") + " by " + due;
}

int milestone_denominator(std::span<const Step> steps) {
    return static_cast<int>(std::count_if(steps.begin(), steps.end(), [](const Step& s) {
        return !s.is_recurring() && s.status != StepStatus::dropped;
    }));
}

void add_entries(SummaryGoal& out, const std::vector<ProgressEntry>& entries, const SummaryOptions& o) {
    for (const ProgressEntry& e : entries) {
        if (o.to < e.date) break;  // sorted by date
        ProgressEntry charted = e;
        // Chart tooltips carry notes: only the period's, and only when included,
        // exactly as the preview lists them.
        if (!o.include_entry_notes || e.date < o.from) charted.note.clear();
        out.chart_entries.push_back(charted);
        if (e.date < o.from) continue;
        SummaryEntry s{e.date, e.value, std::nullopt};
        if (o.include_entry_notes) s.note = e.note;
        out.entries.push_back(std::move(s));
    }
}

void add_steps(SummaryGoal& out, const App& app, std::span<const Step> steps, const SummaryOptions& o) {
    for (const Step& s : steps) {
        if (s.is_recurring()) {
            std::vector<Day> days;  // completions on scheduled days (the schedule may have changed)
            for (Day d : app.completions_of(s.id))
                if (in_period(d, o.from, o.to) && is_scheduled(s.repeat, s.start_date, d)) days.push_back(d);
            if (!days.empty()) out.completed_steps.push_back({s.id, s.title, true, days});
            // A dropped habit or one that starts later has no consistency to report.
            if (s.status == StepStatus::dropped || o.to < s.start_date) continue;
            StepRow row = app.step_row(s, o.to);
            // The period's occurrences (core's count: a times:K/week habit K a week);
            // its last day counts only once done, as in the 30-day consistency.
            Day last = !days.empty() && days.back() == o.to ? o.to : add_days(o.to, -1);
            int done = 0;
            int scheduled = occurrences_between(s, o.from, last, app.skips_of(s.id), app.completions_of(s.id), &done);
            out.habits.push_back({s.id, s.title, to_string(s.repeat), describe(s.repeat), done, scheduled,
                                  row.streak.consistency_30d, row.streak.streak, row.streak.best_streak,
                                  habit_strength(s, app.completions_of(s.id), app.skips_of(s.id), o.to)});
            continue;
        }
        if (s.status == StepStatus::dropped) continue;
        bool done_by_end = s.status == StepStatus::done && (!s.done_date || !(o.to < *s.done_date));
        if (s.status == StepStatus::done && s.done_date && in_period(*s.done_date, o.from, o.to))
            out.completed_steps.push_back({s.id, s.title, false, {*s.done_date}});
        // Steps planned after the period were not open during it.
        if (!done_by_end && !(o.to < s.start_date)) {
            bool overdue = s.due_date && *s.due_date < o.to;
            out.open_steps.push_back({s.id, s.title, s.due_date, overdue});
        }
    }
    // Overdue first, then by due date (undated last), so the coach sees what slipped.
    std::stable_sort(out.open_steps.begin(), out.open_steps.end(), [](const OpenStep& a, const OpenStep& b) {
        if (a.overdue != b.overdue) return a.overdue;
        if (a.due_date.has_value() != b.due_date.has_value()) return a.due_date.has_value();
        return a.due_date && *a.due_date < *b.due_date;
    });
}

// The journal's changes of the goal: the period's in words, and every one up to
// the period's end as a chart marker. The goal is shared, so its history is too.
void add_changes(SummaryGoal& out, const App& app, const SummaryOptions& o) {
    for (const GoalChange& c : goal_history(app.goal_journal(), out.goal.uuid, out.decimal)) {
        if (o.to < c.date) continue;
        out.chart_changes.push_back({c.date, describe_goal_change(c)});
        if (c.date < o.from) continue;
        SummaryGoalChange change{c.date, c.field, c.from_text, c.to_text, ""};
        for (std::string* text : {&change.from_text, &change.to_text})
            if (auto d = parse_iso_day(*text); d && (c.field == "start_date" || c.field == "due_date"))
                *text = readable_day(*d, o.to);
        change.sentence = goal_change_text(change, o.to);
        out.changes.push_back(std::move(change));
    }
}

SummaryGoal summarize_goal(const App& app, const Goal& goal, const SummaryOptions& o) {
    SummaryGoal out;
    out.goal = goal;
    out.decimal = app.decimal_separator();
    std::span<const Step> steps = app.steps_of(goal.id);
    out.steps_total = milestone_denominator(steps);
    out.plan = plan_of(goal, out.steps_total, out.decimal);
    out.smart_line = goal.title + ": " + out.plan;
    out.at_end = app.goal_row(goal, o.to).analytics;
    out.progress_at_start = app.goal_row(goal, add_days(o.from, -1)).analytics.progress;
    out.progress_change = out.at_end.progress - out.progress_at_start;
    Day previous_from = add_days(o.from, -(days_between(o.from, o.to) + 1));
    if (goal.start_date < o.from)
        out.previous_progress_at_start = app.goal_row(goal, add_days(previous_from, -1)).analytics.progress;
    add_entries(out, app.entries_of(goal.id), o);
    add_steps(out, app, steps, o);
    add_changes(out, app, o);
    return out;
}

bool shared(const Goal& g, const SummaryOptions& o) {
    if (g.archived || o.to < g.start_date) return false;
    if (g.is_private && !o.include_private_goals) return false;
    return o.excluded_goals.count(g.id) == 0;
}

struct Averages {
    int count = 0;
    std::optional<double> mood, confidence;
};

Averages averages(const std::vector<CheckIn>& checkins, Day from, Day to) {
    Averages a;
    double mood_sum = 0, confidence_sum = 0;
    int moods = 0, confidences = 0;
    for (const CheckIn& c : checkins) {
        if (!in_period(c.date, from, to)) continue;
        ++a.count;
        if (c.mood) {
            mood_sum += *c.mood;
            ++moods;
        }
        if (c.confidence) {
            confidence_sum += *c.confidence;
            ++confidences;
        }
    }
    if (moods > 0) a.mood = mood_sum / moods;
    if (confidences > 0) a.confidence = confidence_sum / confidences;
    return a;
}

std::optional<double> change(const std::optional<double>& now, const std::optional<double>& before) {
    if (!now || !before) return std::nullopt;
    return *now - *before;
}

// Counted over the days the shared goals cover, so "5 check-ins in 21 days"
// is about the days the client could have checked in on a goal.
CheckinStats checkin_stats(const std::vector<CheckIn>& checkins, const Summary& s) {
    Day first = s.from, previous_first = s.previous_from;
    if (!s.goals.empty()) {
        Day earliest = s.goals.front().goal.start_date;
        for (const SummaryGoal& g : s.goals) earliest = std::min(earliest, g.goal.start_date);
        first = std::max(first, earliest);  // a shared goal never starts after s.to
        previous_first = std::max(previous_first, earliest);
    }
    CheckinStats stats;
    stats.days = days_between(first, s.to) + 1;
    stats.previous_days = s.previous_to < previous_first ? 0 : days_between(previous_first, s.previous_to) + 1;
    Averages now = averages(checkins, first, s.to);
    Averages before = stats.previous_days > 0 ? averages(checkins, previous_first, s.previous_to) : Averages{};
    stats.count = now.count;
    stats.average_mood = now.mood;
    stats.average_confidence = now.confidence;
    stats.previous_count = before.count;
    stats.previous_average_mood = before.mood;
    stats.previous_average_confidence = before.confidence;
    stats.mood_change = change(now.mood, before.mood);
    stats.confidence_change = change(now.confidence, before.confidence);
    return stats;
}

std::vector<CheckinAnswers> checkin_answers(const std::vector<CheckIn>& checkins, Day from, Day to) {
    std::vector<CheckinAnswers> out;
    for (const CheckIn& c : checkins) {
        if (!in_period(c.date, from, to)) continue;
        if (c.win.empty() && c.obstacle.empty() && c.next_step.empty() && c.note.empty()) continue;
        out.push_back({c.date, c.win, c.obstacle, c.next_step, c.note});
    }
    std::sort(out.begin(), out.end(), [](const CheckinAnswers& a, const CheckinAnswers& b) { return a.date < b.date; });
    return out;
}

// The agenda leads the summary once there is something to meet about: a
// session recorded, or a question the client may share.
void add_agenda(Summary& s, const App& app, const SummaryOptions& o) {
    s.includes_session_notes = o.include_session_notes;
    s.includes_private_questions = o.include_private_questions;
    bool question = std::any_of(app.questions().begin(), app.questions().end(), [&](const Question& q) {
        return q.is_open() && (!q.is_private || o.include_private_questions);
    });
    if (app.sessions().empty() && !question) return;
    AgendaScope scope;
    scope.include_private_goals = o.include_private_goals;
    scope.include_private_questions = o.include_private_questions;
    scope.include_checkin_answers = o.include_checkin_text;
    scope.excluded_goals = o.excluded_goals;
    s.agenda = agenda_for(app, o.to, scope);
    const std::optional<Session>& last = s.agenda->last_session;
    if (last && !last->notes.empty() && (!last->is_private || o.include_session_notes))
        s.session_notes = SessionNotes{last->date, last->notes};
}

}  // namespace

Period period_for(std::string_view name, Day today) {
    if (name == "week") return {add_days(today, -6), today};
    if (name == "month") return {add_days(today, -29), today};
    throw InputError("the period must be week or month, not '" + std::string(name) + "'");
}

Summary build_summary(const App& app, const SummaryOptions& o) {
    if (!o.from.ok() || !o.to.ok()) throw InputError("the summary needs a valid start and end day");
    if (o.to < o.from)
        throw InputError("the period starts after it ends (" + format_day(o.from) + " > " + format_day(o.to) + ")");
    Summary s;
    s.from = o.from;
    s.to = o.to;
    s.previous_to = add_days(o.from, -1);
    s.previous_from = add_days(o.from, -s.days());
    s.generated_on = app.today();
    s.decimal = app.decimal_separator();
    s.includes_private_goals = o.include_private_goals;
    s.includes_checkin_text = o.include_checkin_text;
    s.includes_entry_notes = o.include_entry_notes;
    for (const Goal& g : app.goals())  // App keeps goals sorted by id
        if (shared(g, o)) s.goals.push_back(summarize_goal(app, g, o));
    s.checkins = checkin_stats(app.checkins(), s);
    for (const CheckIn& c : app.checkins())
        if (in_period(c.date, o.from, o.to) && (c.mood || c.confidence)) {
            CheckIn scores;
            scores.date = c.date;
            scores.mood = c.mood;
            scores.confidence = c.confidence;
            s.checkin_scores.push_back(scores);
        }
    if (o.include_checkin_text) {
        s.answers = checkin_answers(app.checkins(), o.from, o.to);
        s.reflections = group_reflections(s.answers);
    }
    add_agenda(s, app, o);
    return s;
}

std::vector<ReflectionGroup> group_reflections(const std::vector<CheckinAnswers>& answers) {
    struct Question {
        const char* label;
        const char* field;
        std::string CheckinAnswers::*text;
    };
    static const Question kQuestions[] = {{"What went well", "win", &CheckinAnswers::win},
                                          {"What got in the way", "obstacle", &CheckinAnswers::obstacle},
                                          {"Next steps", "next_step", &CheckinAnswers::next_step},
                                          {"Notes", "note", &CheckinAnswers::note}};
    std::vector<const CheckinAnswers*> by_date;
    for (const CheckinAnswers& a : answers) by_date.push_back(&a);
    std::stable_sort(by_date.begin(), by_date.end(),
                     [](const CheckinAnswers* a, const CheckinAnswers* b) { return a->date < b->date; });
    std::vector<ReflectionGroup> groups;
    for (const Question& q : kQuestions) {
        ReflectionGroup group{q.label, q.field, {}};
        std::map<std::string, size_t> index;  // key → position in group.answers
        for (const CheckinAnswers* a : by_date) {
            const std::string& text = a->*q.text;
            std::string key = answer_key(text);
            if (key.empty()) continue;
            auto [it, added] = index.emplace(key, group.answers.size());
            if (added) group.answers.push_back({text, 0, a->date});
            RepeatedAnswer& r = group.answers[it->second];
            ++r.times;
            r.last = a->date;
            r.text = text;  // as last written
        }
        std::stable_sort(group.answers.begin(), group.answers.end(), [](const RepeatedAnswer& a, const RepeatedAnswer& b) {
            if (a.times != b.times) return a.times > b.times;
            return b.last < a.last;
        });
        if (!group.answers.empty()) groups.push_back(std::move(group));
    }
    return groups;
}

std::string summary_file_stem(const Summary& s) {
    return "stepwise-summary-" + format_day(s.from) + "-to-" + format_day(s.to);
}

}  // namespace sw::report
