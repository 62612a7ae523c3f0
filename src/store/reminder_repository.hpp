#pragma once
// What was reminded, so that no reminder is sent twice (DESIGN "Reminders"):
// one row per reminder and day, whoever showed it (the window or `remind`).
#include "core/dates.hpp"
#include "store/database.hpp"

#include <string>
#include <vector>

namespace sw {

// `reminder` names what is reminded: "step:<uuid>" or "review".
inline constexpr const char* kReviewReminder = "review";
std::string step_reminder_key(const std::string& step_uuid);

enum class ReminderSender { window, remind_command };

// Records the reminder as sent on `day`; false when it already was (by anyone),
// in which case nothing is written. Call inside Database::write().
bool claim_reminder(Database& db, const std::string& reminder, Day day, ReminderSender by);
// The reminders sent on `day`.
std::vector<std::string> reminders_sent_on(Database& db, Day day);

}  // namespace sw
