#pragma once
// A goal's history (DESIGN "Change journal"): the changes of its title, target,
// baseline, unit and dates, read from the journal rows that changed the goal.
// Pure: the CLI passes the rows it read, the window the ones App keeps in memory.
#include "core/dates.hpp"
#include "core/journal.hpp"
#include "core/numbers.hpp"

#include <nlohmann/json.hpp>

#include <span>
#include <string>
#include <vector>

namespace sw {

struct GoalChange {
    int64_t journal_id = 0;
    std::string at;         // UTC, YYYY-MM-DDTHH:MM:SSZ (the journal's)
    Day date{};             // the local day of the change
    std::string field;      // title, target, baseline, unit, start_date, due_date
    nlohmann::json from;    // the record's values (a number, a string; null when unset)
    nlohmann::json to;
    std::string from_text;  // as shown: "10 km", "2026-12-31", "“Run”", "none"
    std::string to_text;
    Origin origin = Origin::cli;
    std::string command;    // "edit_goal", "undo:edit_goal", …
};

// The fields a history lists, in the order one row's changes are listed.
std::span<const char* const> goal_history_fields();

// The changes of the goal with `goal_uuid` among `rows` (any rows of the
// journal, in any order): for each row about that goal with a record before
// and after (creates and deletes are not changes), one change per listed field
// whose value differs. Oldest first (by journal id). Numbers are formatted with
// the unit of their own side of the change and `decimal`.
std::vector<GoalChange> goal_history(std::span<const JournalRow> rows, const std::string& goal_uuid,
                                     DecimalSeparator decimal);

// "Target 10 km → 8 km" (the chart's tooltip, the goal page).
std::string describe_goal_change(const GoalChange& change);
// {at, date, field, from, to, origin, command}
nlohmann::json goal_change_json(const GoalChange& change);
// The local calendar day of a journal time (UTC ISO); its first ten characters
// when it does not parse as one.
Day local_day_of_utc(const std::string& utc_iso);

}  // namespace sw
