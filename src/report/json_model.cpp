#include "report/json_model.hpp"

#include <cmath>

namespace sw {

using nlohmann::json;

json optional_number_json(const std::optional<double>& v) {
    return v && std::isfinite(*v) ? json(*v) : json(nullptr);
}

json smart_json(const SmartReport& r) {
    auto one = [](const CriterionResult& c) {
        return json{{"level", std::string(to_string(c.level))}, {"message", c.message}};
    };
    return json{{"specific", one(r.specific)},     {"measurable", one(r.measurable)},
                {"achievable", one(r.achievable)}, {"relevant", one(r.relevant)},
                {"time_bound", one(r.time_bound)}};
}

json goal_fields_json(const Goal& g) {
    json j = goal_record(g);
    j["id"] = g.id;
    j["lifecycle"] = std::move(j["status"]);
    j.erase("status");  // the caller's analytics say it
    if (!g.is_numeric())
        for (const char* key : {"measure", "baseline", "target"}) j[key] = nullptr;
    return j;
}

json goal_json(const GoalRow& row) {
    const GoalAnalytics& a = row.analytics;
    json j = goal_fields_json(row.goal);
    j.update(json{{"days_left", row.days_left},
                  // the on-track status of DESIGN.md "Analytics"
                  {"status", std::string(to_string(a.status))},
                  {"current", a.current},
                  {"progress", a.progress},
                  {"expected", a.expected},
                  {"trend_per_day", optional_number_json(a.trend_per_day)},
                  {"projected_date", optional_day_json(a.projected_date)},
                  {"entry_count", row.entry_count},
                  {"steps_open", row.steps_open},
                  {"steps_done", row.steps_done},
                  {"smart", smart_json(row.smart)},
                  {"steps", json::array()}});
    // Habit goals (DESIGN "Habit goals"): occurrences scheduled so far, done of
    // them, planned from start to due, and the habits' strength; null otherwise.
    bool habit = row.goal.is_habit();
    j["strength"] = optional_number_json(a.strength);
    j["scheduled"] = habit ? json(a.scheduled) : json(nullptr);
    j["done"] = habit ? json(a.done) : json(nullptr);
    j["planned"] = habit ? json(a.planned) : json(nullptr);
    return j;
}

json step_json(const StepRow& row, const std::string& goal_uuid, const std::string& session_uuid) {
    const Step& s = row.step;
    json j = step_record(s, goal_uuid, session_uuid);
    j["id"] = s.id;
    j["goal_id"] = s.goal_id;
    if (s.is_recurring()) {
        j["streak"] = row.streak.streak;
        j["best_streak"] = row.streak.best_streak;
        j["consistency_30d"] = optional_number_json(row.streak.consistency_30d);
        j["done"] = row.done_on_day;
        j["mark"] = std::string(to_string(row.mark));  // the day's: open, done or skipped
        j["note"] = row.note;
        json dates = json::array();
        for (Day d : row.done_dates_30d) dates.push_back(format_day(d));
        j["done_dates"] = dates;
        // times:K/week: the week's count; null for habits counted by the day.
        j["week_done"] = row.streak.in_weeks ? json(row.streak.week_done) : json(nullptr);
        j["week_needed"] = row.streak.in_weeks ? json(row.streak.week_needed) : json(nullptr);
    } else {
        j["mark"] = nullptr;  // one-off steps have no days to mark
        j["note"] = nullptr;
        j["week_done"] = nullptr;
        j["week_needed"] = nullptr;
        j["streak"] = nullptr;
        j["best_streak"] = nullptr;
        j["consistency_30d"] = nullptr;
        j["done"] = s.status == StepStatus::done;
        j["done_dates"] = s.done_date ? json::array({format_day(*s.done_date)}) : json::array();
    }
    return j;
}

json entry_json(const ProgressEntry& e, const std::string& goal_uuid) {
    json j = entry_record(e, goal_uuid);
    j["id"] = e.id;
    j["goal_id"] = e.goal_id;
    return j;
}

json checkin_json(const CheckIn& c) {
    json j = checkin_record(c);
    j["id"] = c.id;
    return j;
}

json today_json(const Snapshot& snap) {
    const TodayModel& t = snap.today;
    auto steps = [&](const std::vector<StepRow>& rows) {
        json arr = json::array();
        for (const auto& r : rows) {
            const GoalRow* goal = snap.goal(r.step.goal_id);
            arr.push_back(step_json(r, goal ? goal->goal.uuid : std::string()));
        }
        return arr;
    };
    json goals = json::array();
    for (const auto& g : t.needs_measurement) goals.push_back(goal_json(g));
    return json{{"date", format_day(t.date)},
                {"due", steps(t.due)},
                {"overdue", steps(t.overdue)},
                {"recurring", steps(t.recurring)},
                {"done_today", steps(t.done_today)},
                {"needs_measurement", goals},
                {"checkin", t.checkin ? checkin_json(*t.checkin) : json(nullptr)}};
}

}  // namespace sw
