#pragma once
// Which reminders are due at a moment of the client's day (DESIGN "Reminders"),
// computed from the App's records in memory, and remembering the ones shown so
// that nobody shows them twice (store/reminder_repository.hpp). The same answer
// serves `stepwise remind` (desktop notifications) and the open window (its own
// notice).
#include "core/dates.hpp"
#include "store/reminder_repository.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sw {

class App;

// A local wall-clock minute: the calendar day and minutes after midnight.
struct LocalTime {
    Day day{};
    int minutes = 0;  // 0 … 1439
};
LocalTime local_now();
// "YYYY-MM-DDTHH:MM" (`remind --at`); throws InputError naming the text.
LocalTime parse_local_time(std::string_view text);
std::string format_local_time(const LocalTime& t);  // the same form back

struct DueReminder {
    std::string key;    // step_reminder_key(uuid), or kReviewReminder
    int64_t step_id = 0;  // 0 for the daily review
    int at = 0;         // its time of day, minutes after midnight
    std::string label;  // the step's title, or "Daily review"
    std::string title;  // the notification's summary: "Stepwise: <label>"
    std::string body;   // plain text, lines apart by '\n': the goal, the if-then plan
};

// What is due at `now`, by time then label:
// - each open step of an active, unarchived goal with remind_at <= now's time:
//   a recurring one on the days it is scheduled (times:K/week: every day until
//   the week has its K) and not yet done or skipped that day; a one-off one
//   every day from its start until it is done;
// - the daily review once its time (the review_time setting) has come, unless
//   the day has a check-in.
// Reads memory only (the App must have read its rows and completions); whether a
// reminder was already shown is the caller's to ask (reminders_sent_on).
std::vector<DueReminder> due_reminders(const App& app, LocalTime now);

// The body on one line, its lines joined by " · ".
std::string reminder_details(const DueReminder& r);
// The reminder as one line for a terminal: "<title> — <details>".
std::string reminder_line(const DueReminder& r);

// Records each of `due` as shown on `day` by `by`, in one write transaction, and
// returns those nobody had shown yet. Bookkeeping, not a change to the client's
// data: nothing is journalled and nothing can be undone. Throws StoreError.
std::vector<DueReminder> claim_reminders(Database& db, Day day, const std::vector<DueReminder>& due,
                                         ReminderSender by);

}  // namespace sw
