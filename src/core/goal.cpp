#include "core/goal.hpp"

#include "core/errors.hpp"

namespace sw {

const std::vector<std::string>& default_life_areas() {
    static const std::vector<std::string> areas = {"career", "health",      "relationships",
                                                   "finance", "growth",     "fun",
                                                   "environment", "other"};
    return areas;
}

std::string_view to_string(GoalKind kind) {
    switch (kind) {
        case GoalKind::numeric: return "numeric";
        case GoalKind::milestone: return "milestone";
        case GoalKind::habit: return "habit";
    }
    return "milestone";
}
std::string_view to_string(Measure measure) {
    return measure == Measure::level ? "level" : "total";
}
std::string_view to_string(GoalStatus status) {
    switch (status) {
        case GoalStatus::active: return "active";
        case GoalStatus::paused: return "paused";
        case GoalStatus::achieved: return "achieved";
        case GoalStatus::abandoned: return "abandoned";
    }
    return "active";
}

GoalKind parse_goal_kind(std::string_view text) {
    if (text == "numeric") return GoalKind::numeric;
    if (text == "milestone") return GoalKind::milestone;
    if (text == "habit") return GoalKind::habit;
    throw InputError("unknown goal kind '" + std::string(text) + "' (numeric, milestone or habit)");
}
Measure parse_measure(std::string_view text) {
    if (text == "level") return Measure::level;
    if (text == "total") return Measure::total;
    throw InputError("unknown measure '" + std::string(text) + "' (level or total)");
}
GoalStatus parse_goal_status(std::string_view text) {
    for (auto s : {GoalStatus::active, GoalStatus::paused, GoalStatus::achieved,
                   GoalStatus::abandoned})
        if (to_string(s) == text) return s;
    throw InputError("unknown status '" + std::string(text) +
                     "' (active, paused, achieved or abandoned)");
}

}  // namespace sw
