#pragma once
// The coaching agenda (core/agenda.hpp) in words: Markdown to paste into a
// message, plain text for e-mail and the terminal, and JSON for scripts. Every
// phrase is made once here, so the three say the same thing. Lists are meant to
// be read in two minutes: one short line per item.
#include "core/agenda.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace sw::report {

// How user text (titles, questions, obstacles) is made safe for the output.
using EscapeText = std::string (*)(std::string_view);

// One line per item, user text passed through `escape`:
std::string win_text(const AgendaWin& w, EscapeText escape);      // "Finished “Book the race” (2026-11-20)"
// "Run is behind (expected 60% by now, at 41%)"; a habit's counts are since a.from.
std::string stuck_text(const AgendaStuck& s, const Agenda& a, EscapeText escape);
std::string commitment_text(const AgendaCommitment& c, EscapeText escape);  // "“Call the gym”: kept (2026-11-21)"
std::string flag_text(const AgendaFlag& f, EscapeText escape);    // "Run (confidence 3/10, on track): You are …"
std::string obstacle_text(const AgendaObstacle& o, EscapeText escape);  // "“No time in the evening” — 3 times"
// "Since the session on 2026-11-18 (to 2026-12-02) · next session 2026-12-09"
std::string agenda_period_text(const Agenda& a);

// The agenda's sections in reading order (Wins, Stuck, Commitments from <day>,
// Pace and confidence, Questions, Obstacles), each line with its user text
// passed through `escape`; empty sections left out. For renderers of other
// formats (the HTML summary).
struct AgendaSection {
    std::string heading;
    std::vector<std::string> lines;
};
std::vector<AgendaSection> agenda_sections(const Agenda& agenda, EscapeText escape);
std::string_view agenda_title();       // "For our next session"
std::string_view agenda_empty_text();  // when every section is empty

// "## For our next session" with ### sections; empty sections left out.
std::string agenda_markdown(const Agenda& agenda);
// The same without any Markdown symbol; user text terminal-safe.
std::string agenda_plain_text(const Agenda& agenda);
// from, to, since_session, last_session {id, date} | null, next_session | null,
// wins, stuck, commitments, flags, questions, obstacles (each item with kind,
// goal_id, step_id or question_id, text and its numbers), obstacles_included.
nlohmann::json agenda_json(const Agenda& agenda);

}  // namespace sw::report
