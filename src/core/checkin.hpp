#pragma once
#include "core/dates.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace sw {

// The daily review: one per day, editable, private by default.
struct CheckIn {
    int64_t id = 0;
    std::string uuid;
    Day date{};
    std::optional<int> mood;        // 1-5
    std::optional<int> confidence;  // 1-10, in reaching my goals
    std::string win;                // What went well?
    std::string obstacle;           // What got in the way?
    std::string next_step;          // What is my next step?
    std::string note;
    std::string next_week;          // the weekly review: What will you do differently next week?
    std::string created_at;
    std::string updated_at;
};

}  // namespace sw
