#pragma once
// One row of the change journal (DESIGN "Change journal"): what one applied
// command changed, with the record before and after as JSON text (empty for a
// create or a delete). Written in the command's own transaction.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sw {

enum class Origin { window, cli, import };
std::string_view to_string(Origin origin);
Origin parse_origin(std::string_view text);  // throws InputError

struct JournalRow {
    int64_t id = 0;
    std::string at;  // UTC, YYYY-MM-DDTHH:MM:SSZ
    Origin origin = Origin::cli;
    std::string command;      // "edit_goal", "complete_step", …
    std::string entity;       // "goal", "step", "completion", "entry", "checkin", "setting", "database"
    std::string entity_uuid;  // the record's uuid (a setting's key; "" for the database)
    std::string before;       // JSON; "" when the record did not exist
    std::string after;        // JSON; "" when the record no longer exists
    std::optional<int64_t> undoes;  // the row an undo or redo reverses
};

}  // namespace sw
