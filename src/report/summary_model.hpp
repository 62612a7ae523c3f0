#pragma once
// The coach summary as plain data: what the client chose to share about one
// period. Markdown, HTML, JSON and plain text are renderings of this one model, so the
// preview in the app shows exactly what a saved file contains. Every number
// comes from core analytics via App::goal_row / App::step_row; nothing here
// recomputes progress differently.
#include "app/app.hpp"
#include "chart/progress_chart.hpp"
#include "core/agenda.hpp"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace sw::report {

// What goes into a summary. Privacy is opt-in: private goals, check-in text and
// entry notes stay out unless the matching flag is set.
struct SummaryOptions {
    Day from{};
    Day to{};
    bool include_private_goals = false;
    bool include_checkin_text = false;  // win / obstacle / next step / note of each check-in
    bool include_entry_notes = false;   // notes of progress entries (also in chart tooltips)
    bool include_session_notes = false;      // the last session's notes, even when marked private
    bool include_private_questions = false;  // questions for the coach marked private
    std::set<int64_t> excluded_goals;   // goals the client unticked

    bool operator==(const SummaryOptions&) const = default;
};

struct Period {
    Day from{};
    Day to{};
};

// "week": the 7 days ending today (today-6 … today); "month": the 30 days
// ending today (today-29 … today). Rolling windows rather than calendar weeks
// or months, so "last week" before a Tuesday session still covers 7 full days.
// Throws InputError for any other name.
Period period_for(std::string_view name, Day today);

struct SummaryEntry {
    Day date{};
    double value = 0;
    std::optional<std::string> note;  // nullopt unless entry notes are included
};

// A step with at least one completion in the period. One-off: its done day;
// recurring: every completed occurrence in the period.
struct CompletedStep {
    int64_t id = 0;
    std::string title;
    bool recurring = false;
    std::vector<Day> days;
};

// A one-off step not done at the end of the period (done later counts as open).
struct OpenStep {
    int64_t id = 0;
    std::string title;
    std::optional<Day> due_date;
    bool overdue = false;  // due before the period's last day
};

// A recurring step, with its consistency as of the period's last day.
struct HabitSummary {
    int64_t id = 0;
    std::string title;
    std::string repeat;    // "daily", "weekly:MO,WE" (machine form)
    std::string schedule;  // "every day", "Mon, Wed" (for people)
    int completed_in_period = 0;
    int scheduled_in_period = 0;
    std::optional<double> consistency_30d;  // App::step_row(step, to)
    int streak = 0;
    int best_streak = 0;
    std::optional<double> strength;  // 0-1 on the period's last day (core habit_strength)
};

// A change of the goal's title, target, baseline, unit, start or due date,
// recorded in the change journal (app/goal_history.hpp).
struct SummaryGoalChange {
    Day date{};             // the local day it was made
    std::string field;      // title, target, baseline, unit, start_date, due_date
    std::string from_text;  // as shown: "10 km" (the client's decimal separator), "20 Nov 2026", "none"
    std::string to_text;
    std::string sentence;   // "Target changed from 10 km to 8 km on 20 Nov."
};

struct SummaryGoal {
    Goal goal;             // for the chart; renderers print only the fields listed below
    DecimalSeparator decimal = DecimalSeparator::point;  // the client's, for every number shown
    std::string plan;      // "2 → 10 km by 2027-03-01" / "5 steps by 2027-03-01"
    std::string smart_line;  // "<title>: <plan>"
    GoalAnalytics at_end;  // analytics on the period's last day
    double progress_at_start = 0;  // progress on the day before the period
    double progress_change = 0;    // at_end.progress - progress_at_start
    // Progress on the day before the previous period of equal length; nullopt
    // when the goal started inside this period (there is nothing to compare).
    std::optional<double> previous_progress_at_start;
    int steps_total = 0;           // milestone: non-dropped one-off steps (the denominator)
    std::vector<SummaryEntry> entries;  // logged in the period, oldest first
    std::vector<ProgressEntry> chart_entries;  // up to the period's end; notes blanked unless included
    std::vector<CompletedStep> completed_steps;
    std::vector<OpenStep> open_steps;  // overdue first, then by due date
    std::vector<HabitSummary> habits;
    std::vector<SummaryGoalChange> changes;  // made during the period, oldest first
    // Markers on the progress chart: every change up to the period's end, as the
    // goal page marks them ("Target 10 km → 8 km").
    std::vector<chart::ChartEvent> chart_changes;
};

// Check-ins are counted over the days the goals cover: from the later of the
// period's start and the earliest start of the shared goals, to the period's end
// (the whole period when no goal is shared); the previous period the same way.
struct CheckinStats {
    int days = 0;           // covered days of the period (at least 1)
    int previous_days = 0;  // covered days of the previous period; 0: nothing to compare
    int count = 0;
    std::optional<double> average_mood;        // 1-5, over check-ins with a mood
    std::optional<double> average_confidence;  // 1-10
    int previous_count = 0;                    // in the previous period of equal length
    std::optional<double> previous_average_mood;
    std::optional<double> previous_average_confidence;
    std::optional<double> mood_change;        // average - previous average; nullopt if either is
    std::optional<double> confidence_change;
};

struct CheckinAnswers {
    Day date{};
    std::string win, obstacle, next_step, note;
};

// One answer the client gave, said once with how often: answers that differ only
// in case, spacing or trailing punctuation are the same answer (core answer_key).
struct RepeatedAnswer {
    std::string text;  // as last written
    int times = 0;
    Day last{};
};

// The answers to one check-in question in the period, most frequent first (then
// the most recent).
struct ReflectionGroup {
    std::string question;  // "What went well", "What got in the way", "Next steps", "Notes"
    std::string field;     // win, obstacle, next_step, note
    std::vector<RepeatedAnswer> answers;
};

// The notes of the session the agenda starts from, when they are shared.
struct SessionNotes {
    Day date{};
    std::string notes;
};

struct Summary {
    Day from{};
    Day to{};
    Day previous_from{};  // the period of equal length just before, for the changes
    Day previous_to{};
    Day generated_on{};
    DecimalSeparator decimal = DecimalSeparator::point;  // the client's, for every number shown
    bool includes_private_goals = false;
    bool includes_checkin_text = false;
    bool includes_entry_notes = false;
    bool includes_session_notes = false;
    bool includes_private_questions = false;
    // "For our next session", first in every format: the agenda on the period's
    // last day, over the shared goals, when there is a session or an open
    // question. Check-in obstacles only when check-in text is included.
    std::optional<Agenda> agenda;
    // The last session's notes: when the client shared them (the session's own
    // "private" switch off) or included them for this summary.
    std::optional<SessionNotes> session_notes;
    std::vector<SummaryGoal> goals;  // by goal id
    CheckinStats checkins;
    // The period's check-ins with their date, mood and confidence only (every
    // text field empty, whatever is included): the mood chart's points.
    std::vector<CheckIn> checkin_scores;
    std::vector<CheckinAnswers> answers;  // empty unless check-in text is included
    std::vector<ReflectionGroup> reflections;  // `answers` grouped per question; empty groups left out

    int days() const { return days_between(from, to) + 1; }
};

// Goals shared: not archived, not started after `to`, not excluded, and not
// private unless include_private_goals. Throws InputError when from > to.
Summary build_summary(const App& app, const SummaryOptions& options);

// The answers grouped per question (see ReflectionGroup).
std::vector<ReflectionGroup> group_reflections(const std::vector<CheckinAnswers>& answers);

// "stepwise-summary-2026-11-20-to-2026-11-26" (no extension).
std::string summary_file_stem(const Summary& summary);

}  // namespace sw::report
