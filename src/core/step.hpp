#pragma once
// Action steps: one-off or recurring, with an optional if-then plan.
#include "core/dates.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sw {

struct Recurrence {
    // times_per_week: any `times` days of each ISO week (Monday to Sunday).
    enum class Kind { none, daily, weekly, every_n, times_per_week };
    Kind kind = Kind::none;
    unsigned weekdays = 0;  // weekly: bit 0 = Monday … bit 6 = Sunday
    int every_n = 0;        // every_n: days between occurrences, counted from start
    int times = 0;          // times_per_week: 1 … 7

    bool is_recurring() const { return kind != Kind::none; }
    bool operator==(const Recurrence&) const = default;
};

// "daily", "weekly:MO,WE,FR", "every:3", "times:3/week", or "" (one-off). Throws
// InputError for anything else (weekly:XX, every:0, times:8/week).
Recurrence parse_recurrence(std::string_view text);
// The longest every:N: beyond a year a "recurring" step is really a one-off.
inline constexpr int kMaxEveryN = 365;
std::string to_string(const Recurrence& r);      // the same syntax back
// "every day", "Mon, Wed, Fri", "every 3 days", "3 times a week"
std::string describe(const Recurrence& r);

// Is a step that repeats as r from `start` scheduled on day d? Never before
// start. A times:K/week step may be done on any day: every day is a candidate,
// and the week, not the day, is what is met or missed (analytics.hpp).
bool is_scheduled(const Recurrence& r, Day start, Day d);

// "If it rains, then I will use the treadmill." People type the plan's parts in
// their own words: a then-part that already says "I will …"/"I'll …", or an
// if-part that starts with "If", is not doubled. Shown text only; the parts are
// stored as typed. Empty when the step has no plan.
std::string if_then_sentence(std::string_view if_text, std::string_view then_text);

enum class StepStatus { open, done, dropped };
std::string_view to_string(StepStatus status);
StepStatus parse_step_status(std::string_view text);

struct Step {
    int64_t id = 0;
    std::string uuid;
    int64_t goal_id = 0;
    int position = 0;  // order within the goal
    std::string title;
    std::string notes;
    std::optional<Day> due_date;
    Day start_date{};  // recurring steps are scheduled from here
    Recurrence repeat;
    StepStatus status = StepStatus::open;
    std::optional<Day> done_date;  // one-off steps: the day it was done
    std::string if_text;           // "If <obstacle>, …"
    std::string then_text;         // "… then I will <response>"
    std::optional<int> remind_at;  // local time of day, minutes after midnight (DESIGN "Reminders")
    std::optional<int64_t> session_id;  // a commitment made in this coaching session
    std::string created_at;
    std::string updated_at;

    bool is_recurring() const { return repeat.is_recurring(); }
};

// One completion of a recurring step on one occurrence day.
struct Completion {
    int64_t step_id = 0;
    Day day{};
    std::string note;  // "ran in the rain"; may be empty
};

// What happened to one occurrence of a recurring step: nothing (yet), done, or
// skipped (ill, travelling: neither scheduled nor missed).
enum class DayMark { open, done, skipped };
std::string_view to_string(DayMark mark);
DayMark parse_day_mark(std::string_view text);  // InputError naming the accepted words

// "07:30" ⇄ minutes after midnight; parse throws InputError for anything but HH:MM
// (00:00 … 23:59).
int parse_time_of_day(std::string_view text);
bool is_time_of_day(std::string_view text);
std::string format_time_of_day(int minutes);

}  // namespace sw
