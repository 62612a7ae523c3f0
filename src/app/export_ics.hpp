#pragma once
// `export --format ics`: an RFC 5545 calendar of what has a date, written with
// libical (which folds lines at 75 octets, escapes text and ends lines CRLF).
//
// - A one-off step with a due date: an all-day VTODO with DUE (a DATE);
//   done, it has STATUS:COMPLETED, PERCENT-COMPLETE:100 and COMPLETED at noon
//   UTC of its done day (COMPLETED must be a UTC date-time; noon keeps the same
//   day in every time zone from UTC−12 to UTC+11).
// - A recurring step: an all-day VEVENT from its first scheduled day with an
//   RRULE ending (UNTIL) at its goal's due date, skipped days as EXDATEs:
//   daily → FREQ=DAILY; weekly:MO,WE → FREQ=WEEKLY;BYDAY=MO,WE; every:N →
//   FREQ=DAILY;INTERVAL=N. times:K/week (any K days of each ISO week) has no
//   RRULE: it becomes a week-long event from Monday to Sunday, repeating
//   FREQ=WEEKLY, titled "<title> (K times this week)". Every recurring event
//   also carries X-STEPWISE-REPEAT with the step's own repeat ("times:3/week").
// - A goal's due date: an all-day VEVENT "Goal due: <title>".
// Events are TRANSP:TRANSPARENT (they do not make the client look busy).
// Dropped steps and one-off steps without a due date are left out, as are
// private goals and their steps unless `include_private`.
//
// UID is the record's uuid + "@stepwise", so a calendar that imports the file
// again updates the items instead of doubling them; DTSTAMP and LAST-MODIFIED
// are the record's updated_at and CREATED its created_at, so the same data
// always gives the same file.
#include "app/app.hpp"

#include <string>

namespace sw {

struct IcsCounts {
    size_t todos = 0, events = 0;
    size_t private_goals_left_out = 0;
};

std::string export_ics(const App& app, bool include_private, IcsCounts& counts);

}  // namespace sw
