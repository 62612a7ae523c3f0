#pragma once
// A SMART goal (DESIGN.md "Domain"). Plain value type: no I/O here.
#include "core/dates.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sw {

// habit: measured by its recurring steps against target_rate (DESIGN "Habit goals").
enum class GoalKind { numeric, milestone, habit };
enum class Measure { level, total };  // level: latest reading; total: baseline + sum
enum class GoalStatus { active, paused, achieved, abandoned };

struct Goal {
    int64_t id = 0;
    std::string uuid;
    // Specific
    std::string title;
    std::string description;
    // Measurable
    GoalKind kind = GoalKind::milestone;
    std::string unit;
    double baseline = 0;
    double target = 0;
    Measure measure = Measure::level;
    double target_rate = 0.8;  // habit: share of scheduled occurrences meant to be done, (0, 1]
    // Achievable
    int confidence = 7;  // 1-10
    std::string resources;
    std::string obstacles;
    // Relevant
    std::string why;
    std::string life_area = "other";
    // Time-bound
    Day start_date{};
    Day due_date{};
    // Lifecycle
    GoalStatus status = GoalStatus::active;
    bool archived = false;
    bool is_private = false;
    std::string created_at;
    std::string updated_at;

    bool is_numeric() const { return kind == GoalKind::numeric; }
    bool is_habit() const { return kind == GoalKind::habit; }
    bool is_decreasing() const { return is_numeric() && target < baseline; }
};

// The life areas offered by default; users may type their own.
const std::vector<std::string>& default_life_areas();

std::string_view to_string(GoalKind kind);
std::string_view to_string(Measure measure);
std::string_view to_string(GoalStatus status);
// Parsers throw InputError naming the accepted values.
GoalKind parse_goal_kind(std::string_view text);
Measure parse_measure(std::string_view text);
GoalStatus parse_goal_status(std::string_view text);

}  // namespace sw
