#pragma once
// Coaching sessions and the questions the client collects for them (DESIGN
// "Coaching session"). A session's commitments are ordinary action steps that
// link to it (Step::session_id).
#include "core/dates.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace sw {

struct Session {
    int64_t id = 0;
    std::string uuid;
    Day date{};
    std::string notes;              // multi-line
    bool is_private = true;         // notes stay out of summaries unless included
    std::optional<Day> next_date;   // after `date`
    std::string created_at;
    std::string updated_at;
};

// A short text for the coach, open until marked discussed.
struct Question {
    int64_t id = 0;
    std::string uuid;
    std::string text;  // one line, required
    Day asked_on{};
    std::optional<Day> discussed_on;  // not before asked_on
    bool is_private = false;
    std::string created_at;
    std::string updated_at;

    bool is_open() const { return !discussed_on.has_value(); }
};

}  // namespace sw
