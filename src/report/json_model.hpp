#pragma once
// The `--json` shapes: each record in its one encoding (app/records.hpp) with
// this database's ids and the analytics on top. Field names are a contract
// (DESIGN.md "Command line"): add fields, never rename.
#include "app/records.hpp"
#include "app/view_models.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace sw {

// A number, or null when there is none (or it is not finite).
nlohmann::json optional_number_json(const std::optional<double>& v);
nlohmann::json smart_json(const SmartReport& report);

// A goal as the CLI and the summary show it, before analytics: goal_record plus
// "id", with the record's "status" (the lifecycle) under "lifecycle" — in these
// shapes "status" is the on-track status — and measure, baseline and target
// null unless the goal is numeric (they mean nothing for the others).
nlohmann::json goal_fields_json(const Goal& goal);
// goal_fields_json + analytics + smart; steps[] filled by the caller when wanted.
nlohmann::json goal_json(const GoalRow& row);
// step_record + id, goal_id + streak, consistency and the days done.
nlohmann::json step_json(const StepRow& row, const std::string& goal_uuid, const std::string& session_uuid = "");
// entry_record + id, goal_id.
nlohmann::json entry_json(const ProgressEntry& entry, const std::string& goal_uuid);
// checkin_record + id.
nlohmann::json checkin_json(const CheckIn& checkin);
// The Today lists; a step's goal uuid comes from the snapshot's goals.
nlohmann::json today_json(const Snapshot& snapshot);

}  // namespace sw
