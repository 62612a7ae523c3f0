#pragma once
// Human-readable tables and details for the terminal. Every piece of user text
// goes through core/text's terminal_safe (one-line places) or terminal_safe_lines
// (multi-line notes, indented): a control character shows as "\x1b", never acts.
#include "app/view_models.hpp"
#include "core/numbers.hpp"

#include <ostream>
#include <vector>

namespace sw::cli {

// Numbers go through core's formatter with the client's decimal separator.
void print_goal_table(std::ostream& out, const std::vector<const GoalRow*>& rows);
void print_goal_details(std::ostream& out, const GoalRow& row, const std::vector<StepRow>& steps,
                        DecimalSeparator decimal);
void print_step_line(std::ostream& out, const StepRow& row);
void print_checkin(std::ostream& out, const CheckIn& c);
void print_today(std::ostream& out, const TodayModel& t);
void print_entry_line(std::ostream& out, const ProgressEntry& e, const std::string& unit, DecimalSeparator decimal);

}  // namespace sw::cli
