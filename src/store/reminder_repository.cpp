#include "store/reminder_repository.hpp"

#include "store/raw_statement.hpp"
#include "store/row_codec.hpp"
#include "store/sqlite_error.hpp"

namespace sw {
using namespace store_detail;

std::string step_reminder_key(const std::string& step_uuid) { return "step:" + step_uuid; }

bool claim_reminder(Database& db, const std::string& reminder, Day day, ReminderSender by) {
    return translate_errors(db, "remember the reminder", [&] {
        SQLite::Statement q(db.sql(), "INSERT OR IGNORE INTO sent_reminders (reminder, day, sent_at, sent_by) "
                                      "VALUES (:reminder, :day, :sent_at, :sent_by)");
        q.bind(":reminder", reminder);
        q.bind(":day", format_day(day));
        q.bind(":sent_at", now_utc_iso());
        q.bind(":sent_by", by == ReminderSender::window ? "window" : "remind");
        return q.exec() == 1;
    });
}

std::vector<std::string> reminders_sent_on(Database& db, Day day) {
    return translate_errors(db, "read the reminders sent", [&] {
        RawStatement q(db, "SELECT reminder FROM sent_reminders WHERE day=:day ORDER BY reminder");
        q.bind(":day", format_day(day));
        std::vector<std::string> sent;
        while (q.step()) sent.push_back(q.text_at(0));
        return sent;
    });
}

}  // namespace sw
