#pragma once
// The numbers of DESIGN.md "Analytics": pure functions, the single source for the
// UI, the CLI and the coach summary.
#include "core/goal.hpp"
#include "core/progress_entry.hpp"
#include "core/step.hpp"

#include <optional>
#include <span>
#include <string_view>

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

}  // namespace sw
