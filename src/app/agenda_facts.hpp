#pragma once
// The facts core/agenda.hpp builds the coaching agenda from, read from the App
// with the same analytics as the goal page (goal_row, step_row,
// occurrences_between), so the agenda never tells a different number.
#include "app/app.hpp"
#include "core/agenda.hpp"

#include <cstdint>
#include <set>

namespace sw {

// What goes into an agenda. The defaults are the client's own view; a copy for
// the coach may leave out private goals and questions.
struct AgendaScope {
    bool include_private_goals = true;
    bool include_private_questions = true;
    bool include_checkin_answers = false;  // check-ins are private by default
    std::set<int64_t> excluded_goals;
};

// Goals: not archived, started on or before d, in scope; the period and the
// sessions from agenda_period(). Needs an App that read the goals' progress
// (goal_row: Reads::everything()).
AgendaInput agenda_input(const App& app, Day d, const AgendaScope& scope);

// build_agenda(agenda_input(…)).
Agenda agenda_for(const App& app, Day d, const AgendaScope& scope);

}  // namespace sw
