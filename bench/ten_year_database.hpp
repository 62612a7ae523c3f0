#pragma once
// The databases the benchmark measures: the ten-year one (200 goals, 2,000
// steps, 200,000 entries) and one with a single goal, the smallest real use.
#include "core/dates.hpp"

#include <string>

namespace sw::bench {

constexpr int kGoals = 200, kStepsPerGoal = 10, kEntries = 200000;

// Step ids of the ten-year database: goal g (1-based) has steps 10(g-1)+1 …
// 10(g-1)+10; the first of each is a daily habit.
inline long long daily_step_of_goal(int goal) { return 10LL * (goal - 1) + 1; }

void build_ten_year_database(const std::string& path, Day today);
void build_one_goal_database(const std::string& path, Day today);

}  // namespace sw::bench
