#pragma once
// JSON shapes shared by the CLI (--json), the summary and export. Field names are
// a contract (DESIGN.md "Command line"): add fields, never rename.
#include "app/view_models.hpp"

#include <nlohmann/json.hpp>

namespace sw {

nlohmann::json optional_day_json(const std::optional<Day>& day);
nlohmann::json smart_json(const SmartReport& report);
nlohmann::json step_json(const StepRow& row);
// Goal fields + analytics + smart; steps[] filled by the caller when wanted.
nlohmann::json goal_json(const GoalRow& row);
nlohmann::json entry_json(const ProgressEntry& entry);
nlohmann::json checkin_json(const CheckIn& checkin);
nlohmann::json today_json(const TodayModel& today);

}  // namespace sw
