#pragma once
#include "core/dates.hpp"

#include <cstdint>
#include <string>

namespace sw {

// A reading (level goals) or an increment (total goals). Several per day are
// allowed; within a day, entry order is id order.
struct ProgressEntry {
    int64_t id = 0;
    std::string uuid;
    int64_t goal_id = 0;
    Day date{};
    double value = 0;
    std::string note;
    std::string created_at;
    std::string updated_at;
};

}  // namespace sw
