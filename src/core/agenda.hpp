#pragma once
// The agenda for the next coaching session (DESIGN "Analytics": "Pace vs
// confidence" and "Agenda for the next coaching session"). Pure: the app
// gathers the facts (app/agenda_facts.hpp), so every rule here can be tested
// with hand-made fixtures and the numbers stay those of the goal page.
#include "core/analytics.hpp"
#include "core/checkin.hpp"
#include "core/goal.hpp"
#include "core/session.hpp"
#include "core/step.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sw {

// ---- Pace vs confidence ---------------------------------------------------------------

enum class PaceFlag { none, underconfident, overconfident };

// Active, non-archived goals only: confidence <= 4 while ahead/on_track is
// underconfident; confidence >= 8 while behind/at_risk/overdue is overconfident.
PaceFlag pace_flag(const Goal& goal, ProgressStatus status_now);
// "You are doing better than you feel." / "The pace says otherwise — check the plan." / ""
std::string_view pace_flag_words(PaceFlag flag);
std::string_view to_string(PaceFlag flag);  // "underconfident", "overconfident", "none"

// ---- What the agenda is built from ----------------------------------------------------

struct AgendaStepFacts {
    Step step;
    // Recurring steps; zero/empty for one-off ones.
    std::vector<Day> done_days;  // completions on scheduled days in the period, ascending
    int streak = 0;              // at the agenda day (streak_stats)
    bool streak_in_weeks = false;  // times:K/week: the streak counts weeks
    // The period's occurrences as occurrences_between counts them (skips left
    // out; the period's last day only once done).
    int scheduled = 0;
    int done = 0;
};

struct AgendaGoalFacts {
    Goal goal;
    GoalAnalytics now;            // on the agenda day
    double progress_before = 0;   // on the day before the period
    ProgressStatus status_before = ProgressStatus::not_started;
    std::vector<AgendaStepFacts> steps;  // the goal's steps, in the goal's order
};

struct AgendaInput {
    Day day{};                 // the agenda day d
    Day from{}, to{};          // the period (to == day)
    bool since_session = false;  // from is the last session's date (else d-13)
    std::optional<Session> last_session;      // the latest session dated on or before d
    std::optional<Day> next_session;
    std::vector<int64_t> commitments;         // ids of the last session's steps, among `goals`' steps
    std::vector<AgendaGoalFacts> goals;       // the goals in scope, by id
    std::vector<Question> questions;          // the questions in scope
    std::vector<CheckIn> checkins;            // read only when include_checkin_answers
    bool include_checkin_answers = false;
};

// The period of an agenda on day d: from the last session's date (a session
// dated on or before d), else the 14 days d-13 … d; and the next session: the
// last session's next_date when it is not before d, or the earliest session
// dated after d, whichever is sooner. `sessions` in any order.
struct AgendaPeriod {
    Day from{}, to{};
    std::optional<Session> last_session;
    std::optional<Day> next_session;
};
AgendaPeriod agenda_period(const std::vector<Session>& sessions, Day d);

// ---- The agenda -----------------------------------------------------------------------

struct AgendaWin {
    enum class Kind { step_done, goal_achieved, progress_rose, streak };
    Kind kind = Kind::step_done;
    int64_t goal_id = 0;
    int64_t step_id = 0;  // 0 for goal items
    std::string goal_title{}, step_title{};
    std::optional<Day> done_on{};                  // step_done
    double progress_from = 0, progress_to = 0;     // progress_rose (goal_achieved: to)
    int streak = 0;                                // streak
    bool streak_in_weeks = false;
    bool streak_daily = false;                     // "a 9-day streak" reads right only for daily steps
};

struct AgendaStuck {
    enum class Kind { goal_behind, step_overdue, habit_slipping };
    Kind kind = Kind::goal_behind;
    int64_t goal_id = 0;
    int64_t step_id = 0;
    std::string goal_title{}, step_title{};
    ProgressStatus status = ProgressStatus::behind;  // goal_behind
    double expected = 0, progress = 0;               // goal_behind
    std::optional<Day> due{};                        // step_overdue; goal_behind: the goal's due day
    int done = 0, scheduled = 0;                     // habit_slipping: in the period
};

struct AgendaCommitment {
    int64_t goal_id = 0;
    int64_t step_id = 0;
    std::string goal_title{}, step_title{};
    bool recurring = false;
    bool kept = false;
    bool dropped = false;
    std::optional<Day> done_on{};  // one-off, when done
    int done = 0, scheduled = 0; // recurring: since the session
};

struct AgendaFlag {
    int64_t goal_id = 0;
    std::string goal_title;
    PaceFlag flag = PaceFlag::none;
    int confidence = 0;
    ProgressStatus status = ProgressStatus::on_track;
};

struct AgendaQuestion {
    int64_t question_id = 0;
    std::string text;
    Day asked_on{};
};

struct AgendaObstacle {
    std::string text;  // the latest wording of the theme, whitespace collapsed
    int count = 0;
    Day first{}, last{};
};

struct Agenda {
    Day day{}, from{}, to{};
    bool since_session = false;
    std::optional<Session> last_session;
    std::optional<Day> next_session;
    std::vector<AgendaWin> wins;
    std::vector<AgendaStuck> stuck;
    std::vector<AgendaCommitment> commitments;
    std::vector<AgendaFlag> flags;
    std::vector<AgendaQuestion> questions;
    std::vector<AgendaObstacle> obstacles;
    bool obstacles_included = false;

    bool empty() const {
        return wins.empty() && stuck.empty() && commitments.empty() && flags.empty() && questions.empty() &&
               obstacles.empty();
    }
};

Agenda build_agenda(const AgendaInput& input);

std::string_view to_string(AgendaWin::Kind kind);    // "step_done", …
std::string_view to_string(AgendaStuck::Kind kind);  // "goal_behind", …

}  // namespace sw
