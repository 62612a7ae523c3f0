#pragma once
// View-models the views derive from the App's records and keep between frames
// (UiState::caches). Each remembers the key it was built from — everything it
// depends on — and counts its builds, so tests can check it is rebuilt only
// when the key changes (the shape of SummaryState). The App's revision is
// unique across Apps in the process (app.cpp), so a key never matches another
// App's data; it also covers the day and the decimal separator, which bump it.
// Chart colours are roles (chart::Ink) resolved when drawn, so the theme is in
// no key.
#include "app/goal_history.hpp"
#include "app/view_models.hpp"
#include "chart/heatmap.hpp"
#include "core/agenda.hpp"
#include "chart/primitives.hpp"
#include "chart/streak_strip.hpp"
#include "ui/theme.hpp"

#include <cstdint>
#include <map>
#include <unordered_map>
#include <vector>

namespace sw::ui {

// What a model laid out in pixels depends on besides its data: the width it
// fills, the UI scale (fonts, heights) and the font atlas build its labels
// were measured with.
struct LayoutKey {
    float width = 0;
    float scale = 0;
    int atlas = -1;  // TextState::builds
    bool operator==(const LayoutKey&) const = default;
};

// The goal page's charts (goal_charts.cpp).
struct GoalChartsCache {
    struct Key {
        uint64_t revision = 0;  // 0: never built (revisions start at 1)
        int64_t goal = 0;
        int range = -1;  // UiState::chart_range
        LayoutKey layout;
        bool operator==(const Key&) const = default;
    } key;
    chart::ChartModel progress;  // numeric goals only
    chart::ChartModel habit;     // habit goals only: strength and consistency
    chart::HabitHeatmap heatmap;  // with the habits a click on each day can mark
    struct Habit {                // a non-dropped recurring step, in the goal's order
        int64_t step_id = 0;
        chart::StreakStrip strip;  // its last 30 days, each cell clickable
        StreakStats streak;
    };
    std::vector<Habit> habits;
    int builds = 0;
};

// The goal page's step rows (goal_steps.cpp): streaks walk a habit's whole history.
struct StepRowsCache {
    struct Key {
        uint64_t revision = 0;
        int64_t goal = 0;
        bool operator==(const Key&) const = default;
    } key;
    std::vector<StepRow> rows;
    int builds = 0;
};

// The Goals table's bullet bars (goals_view.cpp), built for the rows in view
// as they are first drawn; `builds` counts bars built.
struct GoalBulletsCache {
    struct Key {
        uint64_t revision = 0;
        LayoutKey layout;  // the column's width
        bool operator==(const Key&) const = default;
    } key;
    std::unordered_map<int64_t, chart::ChartModel> bars;  // goal id -> bar
    int builds = 0;
};

// Today's mood and confidence chart (today_view.cpp).
struct CheckinTrendCache {
    struct Key {
        uint64_t revision = 0;
        Day from{}, to{};
        LayoutKey layout;
        bool operator==(const Key&) const = default;
    } key;
    chart::ChartModel model;
    int builds = 0;
};

// Today showing another day than today (today_view.cpp): that day's snapshot,
// from memory (App::snapshot_on); today's is the App's own snapshot().
struct TodayDayCache {
    struct Key {
        uint64_t revision = 0;
        Day day{};
        bool operator==(const Key&) const = default;
    } key;
    Snapshot snapshot;
    int builds = 0;
};

// A goal's changes from the journal (ui/goal_history_view.cpp): its History
// card and its chart's markers.
struct GoalChangesCache {
    uint64_t revision = 0;  // revisions are unique across Apps (app.cpp)
    int64_t goal = 0;
    std::vector<GoalChange> changes;
};

// The agenda for the next session (ui/agenda_view.cpp): every goal's progress
// on two days, every habit's streak. Built on the App's data only.
struct AgendaCache {
    struct Key {
        uint64_t revision = 0;
        Day day{};
        bool obstacles = false;  // with the check-ins' obstacles
        bool operator==(const Key&) const = default;
    } key;
    Agenda agenda;
    int builds = 0;
};

struct ViewCaches {
    Theme theme;  // the look: from the "theme" setting and the scale (theme.hpp)
    GoalChartsCache goal_charts;
    StepRowsCache step_rows;
    GoalBulletsCache goal_bullets;
    CheckinTrendCache checkin_trend;
    TodayDayCache today_day;
    GoalChangesCache goal_changes;
    AgendaCache agenda;
};

}  // namespace sw::ui
