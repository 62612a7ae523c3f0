#pragma once
// SMART check: pure advice per criterion, shown live in the editor and in JSON.
#include "core/goal.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace sw {

enum class CheckLevel { ok, warn, fail };
std::string_view to_string(CheckLevel level);

struct CriterionResult {
    CheckLevel level = CheckLevel::ok;
    std::string message;  // friendly and concrete; empty is never used
};

struct SmartReport {
    CriterionResult specific, measurable, achievable, relevant, time_bound;

    bool has_failure() const;
    // Messages of every non-ok criterion, failures first ("Time-bound: …").
    std::vector<std::string> problems(CheckLevel at_least) const;
};

// `today` only matters for "the due date is in the past" and "years away".
// fail only where the goal would be meaningless: no title, due not after start,
// numeric without a target or with target == baseline. Everything else is advice.
SmartReport smart_check(const Goal& goal, Day today);

}  // namespace sw
