#include "app/reminders.hpp"

#include "app/app.hpp"
#include "core/errors.hpp"

#include <algorithm>
#include <ctime>

namespace sw {

LocalTime local_now() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    Day day{date::year{local.tm_year + 1900}, date::month{static_cast<unsigned>(local.tm_mon + 1)},
            date::day{static_cast<unsigned>(local.tm_mday)}};
    return {day, local.tm_hour * 60 + local.tm_min};
}

LocalTime parse_local_time(std::string_view text) {
    auto bad = [&] {
        return InputError("'" + std::string(text) + "' is not a local date and time; use YYYY-MM-DDTHH:MM, e.g. 2025-03-14T07:30");
    };
    if (text.size() != 16 || text[10] != 'T') throw bad();
    std::optional<Day> day = parse_iso_day(text.substr(0, 10));
    if (!day || !is_time_of_day(text.substr(11))) throw bad();
    return {*day, parse_time_of_day(text.substr(11))};
}

std::string format_local_time(const LocalTime& t) { return format_day(t.day) + "T" + format_time_of_day(t.minutes); }

namespace {

bool goal_is_live(const Goal* goal) { return goal && goal->status == GoalStatus::active && !goal->archived; }

// Whether the step still asks for something on `day`.
bool step_wants_reminder(const App& app, const Step& s, Day day) {
    if (s.status != StepStatus::open || day < s.start_date) return false;
    if (!s.is_recurring()) return true;  // one-off: every day from its start until done
    if (!is_scheduled(s.repeat, s.start_date, day) || app.mark_of(s.id, day) != DayMark::open) return false;
    if (s.repeat.kind != Recurrence::Kind::times_per_week) return true;
    // Some days a week: as Today shows it, until the week has its K.
    StreakStats week = app.step_row(s, day).streak;
    return week.week_done < week.week_needed;
}

DueReminder step_reminder(const Step& s, const Goal& goal) {
    DueReminder r;
    r.key = step_reminder_key(s.uuid);
    r.step_id = s.id;
    r.at = *s.remind_at;
    r.label = s.title;
    r.body = goal.title;
    if (std::string plan = if_then_sentence(s.if_text, s.then_text); !plan.empty()) r.body += "\n" + plan;
    return r;
}

}  // namespace

std::vector<DueReminder> due_reminders(const App& app, LocalTime now) {
    std::vector<DueReminder> due;
    for (const Step& s : app.steps()) {
        if (!s.remind_at || *s.remind_at > now.minutes) continue;
        const Goal* goal = app.find_goal(s.goal_id);
        if (!goal_is_live(goal) || !step_wants_reminder(app, s, now.day)) continue;
        due.push_back(step_reminder(s, *goal));
    }
    std::string review = app.setting(kReviewTimeSetting);
    if (is_time_of_day(review) && parse_time_of_day(review) <= now.minutes && !app.checkin_on(now.day)) {
        DueReminder r;
        r.key = kReviewReminder;
        r.at = parse_time_of_day(review);
        r.label = "Daily review";
        std::optional<int> weekly = parse_weekday_name(app.setting(kReviewWeekdaySetting));
        r.body = weekly == weekday_index(now.day) ? "Time for your daily review, and this week's review"
                                                  : "Time for your daily review";
        due.push_back(std::move(r));
    }
    for (DueReminder& r : due) r.title = "Stepwise: " + r.label;
    std::stable_sort(due.begin(), due.end(), [](const DueReminder& a, const DueReminder& b) {
        return a.at != b.at ? a.at < b.at : a.label < b.label;
    });
    return due;
}

std::string reminder_details(const DueReminder& r) {
    std::string body = r.body;
    for (size_t at = body.find('\n'); at != std::string::npos; at = body.find('\n', at)) body.replace(at, 1, " · ");
    return body;
}

std::string reminder_line(const DueReminder& r) { return r.title + " — " + reminder_details(r); }

std::vector<DueReminder> claim_reminders(Database& db, Day day, const std::vector<DueReminder>& due,
                                         ReminderSender by) {
    if (due.empty()) return {};
    return db.write([&] {
        std::vector<DueReminder> claimed;
        for (const DueReminder& r : due)
            if (claim_reminder(db, r.key, day, by)) claimed.push_back(r);
        return claimed;
    });
}

}  // namespace sw
