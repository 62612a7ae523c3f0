#pragma once
// Human-readable tables and details for the terminal.
#include "app/view_models.hpp"

#include <ostream>
#include <vector>

namespace sw::cli {

std::string format_number(double value);  // 12.5, 1200, -3
void print_goal_table(std::ostream& out, const std::vector<const GoalRow*>& rows);
void print_goal_details(std::ostream& out, const GoalRow& row, const std::vector<StepRow>& steps);
void print_step_line(std::ostream& out, const StepRow& row);

}  // namespace sw::cli
