#pragma once
// The numbers of DESIGN.md "Analytics": pure functions, the single source for the
// UI, the CLI and the coach summary.
#include "core/goal.hpp"
#include "core/progress_entry.hpp"
#include "core/step.hpp"

#include <optional>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

namespace sw {

// getting_started: in a goal's first 7 days, what would be behind or at_risk
// (gentle start, DESIGN "Analytics"): a neutral word, never red.
enum class ProgressStatus { achieved, not_started, overdue, ahead, on_track, behind, at_risk, getting_started };
std::string_view to_string(ProgressStatus status);   // "on_track"
std::string_view status_label(ProgressStatus status); // "On track"

struct GoalAnalytics {
    double current = 0;   // numeric: in the goal's unit; milestone: steps done
    double progress = 0;  // raw, may be < 0 or > 1
    double expected = 0;  // 0..1
    ProgressStatus status = ProgressStatus::not_started;
    std::optional<double> trend_per_day;  // value per day, least squares, last 28 days
    std::optional<Day> projected_date;    // when the trend line reaches the target
    // Habit goals only (analyze_habit); the defaults elsewhere.
    std::optional<double> strength;  // 0..1, mean of the recurring steps' strengths
    int scheduled = 0;  // occurrences due by d (d's own once done)
    int done = 0;       // of those, completed (times:K/week: at most the week's share)
    int planned = 0;    // all occurrences from start to due
};

// The first day of the trend on day d: trend_per_day and projected_date read
// only entries from it to d (and the value carried into it).
Day trend_window_start(Day d);

// `entries` must be sorted by (date, id) and belong to the goal.
// level: the latest entry on or before d; total: baseline + sum of entries up to d;
// baseline when there is none.
double current_value(const Goal& goal, std::span<const ProgressEntry> entries, Day d);

// clamp((d - start) / (due - start), 0, 1); 0 when due <= start.
double expected_progress(const Goal& goal, Day d);

// achieved if progress >= 1 or the goal's status is achieved; not_started if d < start;
// overdue if d > due and progress < 1; else by delta = progress - expected:
// >= +0.10 ahead, >= -0.05 on_track, >= -0.20 behind, else at_risk.
ProgressStatus progress_status(const Goal& goal, double progress, double expected, Day d);

// Window d-27 … d; one point per day with entries, the value being current_value at the
// end of that day; OLS slope in value per day; nullopt with fewer than two such days.
std::optional<double> trend_per_day(const Goal& goal, std::span<const ProgressEntry> entries,
                                    Day d);

// First whole day (>= d... see analytics.cpp) on or after which the fitted line reaches the
// target; nullopt when the trend is null, zero or points away from the target, or when
// the goal is already achieved.
std::optional<Day> projected_date(const Goal& goal, std::span<const ProgressEntry> entries,
                                  Day d);

// All of the above for a numeric goal on day d.
GoalAnalytics analyze_numeric(const Goal& goal, std::span<const ProgressEntry> entries, Day d);

// Milestone goals: progress = one-off steps done by d / all non-dropped one-off steps
// (0 when there are none); current = steps done; the same expected/status rules; no trend.
GoalAnalytics analyze_milestone(const Goal& goal, std::span<const Step> steps, Day d);

// Recurring steps. `done_days` and `skipped_days` sorted ascending, unique. A
// skipped occurrence (ill, travelling) is neither scheduled nor missed: it never
// breaks a streak and is not counted in the consistency.
// A times:K/week step is counted in ISO weeks: a week is met when it has K
// completions (a partial first week round(K × its days / 7), less one per skipped
// day); the streak is of weeks met, and the week of d, not yet met, does not break it.
struct StreakStats {
    int streak = 0;       // consecutive scheduled occurrences completed, ending at the
                          // latest scheduled day <= d; d's own not-yet-done occurrence
                          // does not break it (times:K/week: weeks met)
    int best_streak = 0;  // longest such run up to d
    bool in_weeks = false;  // streak and best_streak count weeks (times:K/week)
    int week_done = 0;      // times:K/week: completions in d's ISO week up to d
    int week_needed = 0;    // times:K/week: completions that week needs
    std::optional<double> consistency_30d;  // completed / scheduled over d-29 … d;
                                            // d itself counts only once done; nullopt
                                            // when nothing was scheduled
    int scheduled_30d = 0;
    int completed_30d = 0;
};
StreakStats streak_stats(const Step& step, std::span<const Day> done_days, Day d,
                         std::span<const Day> skipped_days = {});

// Occurrences of a recurring step from `from` to `to` (DESIGN "Habit goals"): its
// scheduled days there, skipped ones left out; for times:K/week, K per ISO week,
// a week only partly in the range counting round(K × its days in the range / 7),
// less its skipped days. `done` (optional) gets the completions that count: on
// occurrence days, and at most the week's share for times:K/week.
int occurrences_between(const Step& step, Day from, Day to, std::span<const Day> skipped_days = {},
                        std::span<const Day> done_days = {}, int* done = nullptr);

// ---- Habit goals (DESIGN "Habit goals") ----------------------------------------------

// One recurring step of a habit goal with its marks; `done` and `skipped` sorted
// ascending, unique. Marks after the day asked about are ignored.
struct HabitStepDays {
    const Step* step = nullptr;
    std::span<const Day> done;
    std::span<const Day> skipped;
};

// A habit goal on day d, over its non-dropped recurring steps (one-off and dropped
// steps, and null `step` pointers, are ignored), each counted from the later of the
// goal's and the step's start:
// - planned: occurrences_between(start, due).
// - scheduled / done: occurrences from start to the day before min(d, due + 1), plus
//   d's own once it is done. times:K/week: the ISO week of d (when d <= due) is still
//   open, like today's occurrence of a daily step: it adds only its completions up to
//   d, at most its share of `planned`, and its unmet share counts once the week is over.
//   (Proration to d − 1 would ignore a Monday tick of times:3/week, round(3 × 1/7) = 0,
//   and call a week missed on Wednesday that can still be met; streak_stats' 30-day
//   consistency counts d's week the same way.) Weeks before d's are counted exactly as
//   in `planned`, so scheduled == planned from due + 1 on.
// - progress = done / (target_rate × planned), 0 when planned is 0; current = done;
//   expected, status as for other goals (achieved, overdue, gentle start);
//   strength = mean habit_strength of the steps, nullopt when there are none;
//   trend_per_day and projected_date null.
GoalAnalytics analyze_habit(const Goal& goal, std::span<const HabitStepDays> steps, Day d);

// Loop Habit Tracker's score of a recurring step on day d, 0..1 (0 for a one-off step
// or before its start): its occurrences from its start, in order, each s ← s·m + c·(1 − m),
// c = 1 if done else 0, m = 0.5^(√f / 13), s starting at 0. Skipped occurrences and
// completions on days off the schedule are left out. As for `scheduled`, an occurrence
// counts once its day is over, d's own as soon as it is done.
// f, occurrences per day: daily 1, every:N 1/N, weekly with k days k/7, times:K/week K/7.
// times:K/week, by ISO week (the shares of occurrences_between from the step's start):
// each completion counts as a done occurrence on its day, up to the week's share; the
// rest of the share counts as missed when the week is over (from the next Monday on).
// Not capped by any goal's due day: the strength is the step's.
double habit_strength(const Step& step, std::span<const Day> done, std::span<const Day> skipped,
                      Day d);

// habit_strength for every day from `from` to `to` (one walk from the step's start, not
// one per day); empty when to < from.
std::vector<std::pair<Day, double>> habit_strength_series(const Step& step, std::span<const Day> done,
                                                          std::span<const Day> skipped, Day from, Day to);

// One day of a habit goal's chart.
struct HabitPoint {
    Day day;
    double strength = 0;                    // mean of the steps' habit_strength on `day`
    std::optional<double> consistency_30d;  // completed / scheduled over day-29 … day, all
                                            // steps together, each counted as streak_stats
                                            // counts it; nullopt when nothing was scheduled
};

// One point per day from `from` to `to` over the goal's non-dropped recurring steps;
// empty when there are none or to < from. The goal's dates do not clip it: the numbers
// are the steps' own (habit_strength, streak_stats), so a chart may run past due.
// Linear in the days since the steps' start (ten years of a daily habit: well under 1 ms).
std::vector<HabitPoint> habit_history(const Goal& goal, std::span<const HabitStepDays> steps, Day from,
                                      Day to);

}  // namespace sw
