#include "report/json_model.hpp"

#include <cmath>

namespace sw {

using nlohmann::json;

json optional_day_json(const std::optional<Day>& day) {
    return day ? json(format_day(*day)) : json(nullptr);
}

namespace {
json optional_number(const std::optional<double>& v) {
    return v && std::isfinite(*v) ? json(*v) : json(nullptr);
}
json optional_int(const std::optional<int>& v) { return v ? json(*v) : json(nullptr); }
}  // namespace

json smart_json(const SmartReport& r) {
    auto one = [](const CriterionResult& c) {
        return json{{"level", std::string(to_string(c.level))}, {"message", c.message}};
    };
    return json{{"specific", one(r.specific)},     {"measurable", one(r.measurable)},
                {"achievable", one(r.achievable)}, {"relevant", one(r.relevant)},
                {"time_bound", one(r.time_bound)}};
}

json step_json(const StepRow& row) {
    const Step& s = row.step;
    json j{{"id", s.id},
           {"uuid", s.uuid},
           {"goal_id", s.goal_id},
           {"position", s.position},
           {"title", s.title},
           {"notes", s.notes},
           {"due_date", optional_day_json(s.due_date)},
           {"start_date", format_day(s.start_date)},
           {"repeat", s.is_recurring() ? json(to_string(s.repeat)) : json(nullptr)},
           {"status", std::string(to_string(s.status))},
           {"done_date", optional_day_json(s.done_date)},
           {"if", s.if_text},
           {"then", s.then_text}};
    if (s.is_recurring()) {
        j["streak"] = row.streak.streak;
        j["best_streak"] = row.streak.best_streak;
        j["consistency_30d"] = optional_number(row.streak.consistency_30d);
        j["done"] = row.done_on_day;
        json dates = json::array();
        for (Day d : row.done_dates_30d) dates.push_back(format_day(d));
        j["done_dates"] = dates;
    } else {
        j["streak"] = nullptr;
        j["best_streak"] = nullptr;
        j["consistency_30d"] = nullptr;
        j["done"] = s.status == StepStatus::done;
        j["done_dates"] = s.done_date ? json::array({format_day(*s.done_date)}) : json::array();
    }
    return j;
}

json goal_json(const GoalRow& row) {
    const Goal& g = row.goal;
    const GoalAnalytics& a = row.analytics;
    bool numeric = g.is_numeric();
    return json{{"id", g.id},
                {"uuid", g.uuid},
                {"title", g.title},
                {"description", g.description},
                {"kind", std::string(to_string(g.kind))},
                {"measure", numeric ? json(to_string(g.measure)) : json(nullptr)},
                {"unit", g.unit},
                {"baseline", numeric ? json(g.baseline) : json(nullptr)},
                {"target", numeric ? json(g.target) : json(nullptr)},
                {"confidence", g.confidence},
                {"resources", g.resources},
                {"obstacles", g.obstacles},
                {"why", g.why},
                {"life_area", g.life_area},
                {"start_date", format_day(g.start_date)},
                {"due_date", format_day(g.due_date)},
                {"days_left", row.days_left},
                // `status` is the on-track status of DESIGN.md "Analytics";
                // the lifecycle (active/paused/…) is `lifecycle`.
                {"status", std::string(to_string(a.status))},
                {"lifecycle", std::string(to_string(g.status))},
                {"archived", g.archived},
                {"private", g.is_private},
                {"current", a.current},
                {"progress", a.progress},
                {"expected", a.expected},
                {"trend_per_day", optional_number(a.trend_per_day)},
                {"projected_date", optional_day_json(a.projected_date)},
                {"entry_count", row.entry_count},
                {"steps_open", row.steps_open},
                {"steps_done", row.steps_done},
                {"smart", smart_json(row.smart)},
                {"created_at", g.created_at},
                {"updated_at", g.updated_at},
                {"steps", json::array()}};
}

json entry_json(const ProgressEntry& e) {
    return json{{"id", e.id},       {"uuid", e.uuid}, {"goal_id", e.goal_id},
                {"date", format_day(e.date)}, {"value", e.value}, {"note", e.note},
                {"created_at", e.created_at}, {"updated_at", e.updated_at}};
}

json checkin_json(const CheckIn& c) {
    return json{{"id", c.id},
                {"uuid", c.uuid},
                {"date", format_day(c.date)},
                {"mood", optional_int(c.mood)},
                {"confidence", optional_int(c.confidence)},
                {"win", c.win},
                {"obstacle", c.obstacle},
                {"next_step", c.next_step},
                {"note", c.note},
                {"created_at", c.created_at},
                {"updated_at", c.updated_at}};
}

json today_json(const TodayModel& t) {
    auto steps = [](const std::vector<StepRow>& rows) {
        json arr = json::array();
        for (const auto& r : rows) arr.push_back(step_json(r));
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
