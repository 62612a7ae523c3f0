#pragma once
// Derived, read-only rows the UI, the CLI and the reports show. Built from the
// in-memory records in one pass; rebuilt only when the App's revision changes.
#include "core/analytics.hpp"
#include "core/checkin.hpp"
#include "core/goal.hpp"
#include "core/progress_entry.hpp"
#include "core/smart_check.hpp"
#include "core/step.hpp"

#include <optional>
#include <vector>

namespace sw {

struct StepRow {
    Step step;
    std::string goal_title;
    bool done_on_day = false;       // recurring: completed on the model's day
    DayMark mark = DayMark::open;   // recurring: the model's day done, skipped or open
    std::string note;               // recurring: the note of the day's tick
    StreakStats streak;             // recurring only
    std::vector<Day> done_dates_30d;  // recurring: completions in the last 30 days
};

struct GoalRow {
    Goal goal;
    GoalAnalytics analytics;
    SmartReport smart;
    int days_left = 0;  // due - day; negative when past due
    int steps_open = 0;
    int steps_done = 0;
    int entry_count = 0;
    std::optional<Day> last_entry;
};

// One active goal in the weekly review: where it is on the review day and where
// it was seven days before (the same analytics, so the numbers agree with the
// goal page). Habit goals compare scheduled/done: the week's consistency.
struct WeekChange {
    GoalRow now;
    GoalAnalytics week_ago;
};

// The weekly review on the client's chosen weekday (setting review_weekday):
// every active goal started by the review day, in id order.
struct WeeklyReview {
    Day from{};  // the day seven days before the review day
    std::vector<WeekChange> goals;
};

struct TodayModel {
    Day date{};
    std::vector<StepRow> overdue;    // one-off, open, due < date
    std::vector<StepRow> due;        // one-off, open, due == date
    std::vector<StepRow> recurring;  // scheduled on date
    std::vector<StepRow> done_today; // one-off, done on date (still shown, so a tick can be undone)
    std::vector<GoalRow> needs_measurement;  // active numeric goals, no entry in 7 days
    std::vector<GoalRow> numeric_goals;      // active numeric goals, for quick logging
    std::optional<CheckIn> checkin;
    // Only on the review weekday, and only where the App read every entry (the
    // window; a CLI `today` reads the day's progress only).
    std::optional<WeeklyReview> review;
};

// Everything a frame reads; one consistent picture of the data on `day`.
struct Snapshot {
    Day day{};
    std::vector<GoalRow> goals;  // every goal, by id
    TodayModel today;

    const GoalRow* goal(int64_t id) const;
};

}  // namespace sw
