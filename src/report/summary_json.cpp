#include "report/summary_json.hpp"

#include "report/agenda_render.hpp"

#include "report/json_model.hpp"

namespace sw::report {

using nlohmann::json;

namespace {

json days_json(const std::vector<Day>& days) {
    json arr = json::array();
    for (Day d : days) arr.push_back(format_day(d));
    return arr;
}

json entry(const SummaryEntry& e) {
    return json{{"date", format_day(e.date)}, {"value", e.value},
                {"note", e.note ? json(*e.note) : json(nullptr)}};
}

json completed(const CompletedStep& s) {
    return json{{"id", s.id}, {"title", s.title}, {"recurring", s.recurring}, {"dates", days_json(s.days)}};
}

json open_step(const OpenStep& s) {
    return json{{"id", s.id}, {"title", s.title}, {"due_date", optional_day_json(s.due_date)},
                {"overdue", s.overdue}};
}

json habit(const HabitSummary& h) {
    return json{{"id", h.id},
                {"title", h.title},
                {"repeat", h.repeat},
                {"schedule", h.schedule},
                {"completed_in_period", h.completed_in_period},
                {"scheduled_in_period", h.scheduled_in_period},
                {"consistency_30d", optional_number_json(h.consistency_30d)},
                {"streak", h.streak},
                {"best_streak", h.best_streak},
                {"strength", optional_number_json(h.strength)}};
}

// The goal's own fields a coach sees (docs/summary-schema.md): some of what
// `goal show --json` shows, in the same encoding; description, why, resources
// and the like stay with the client.
json shared_goal_fields(const Goal& goal) {
    json all = goal_fields_json(goal);
    json j = json::object();
    for (const char* key : {"id", "uuid", "title", "private", "kind", "measure", "unit", "baseline", "target",
                            "start_date", "due_date", "lifecycle"})
        j[key] = all.at(key);
    return j;
}

json change(const SummaryGoalChange& c) {
    return json{{"date", format_day(c.date)}, {"field", c.field}, {"from", c.from_text}, {"to", c.to_text},
                {"text", c.sentence}};
}

json goal(const SummaryGoal& g) {
    const GoalAnalytics& a = g.at_end;
    json j = shared_goal_fields(g.goal);
    j.update(json{{"steps_total", g.goal.is_numeric() ? json(nullptr) : json(g.steps_total)},
                  {"plan", g.plan},
                  {"smart_line", g.smart_line},
                  {"current", a.current},
                  {"progress", a.progress},
                  {"progress_at_start", g.progress_at_start},
                  {"progress_change", g.progress_change},
                  {"expected", a.expected},
                  {"status", std::string(to_string(a.status))},
                  {"trend_per_day", optional_number_json(a.trend_per_day)},
                  {"projected_date", optional_day_json(a.projected_date)}});
    json entries = json::array(), done = json::array(), open = json::array(), habits = json::array();
    for (const auto& e : g.entries) entries.push_back(entry(e));
    for (const auto& s : g.completed_steps) done.push_back(completed(s));
    for (const auto& s : g.open_steps) open.push_back(open_step(s));
    for (const auto& h : g.habits) habits.push_back(habit(h));
    j["entries"] = entries;
    j["steps_completed"] = done;
    j["steps_open"] = open;
    j["habits"] = habits;
    json changes = json::array();
    for (const auto& c : g.changes) changes.push_back(change(c));
    j["changes"] = changes;
    return j;
}

json checkins(const CheckinStats& c) {
    return json{{"days", c.days},
                {"previous_days", c.previous_days},
                {"count", c.count},
                {"average_mood", optional_number_json(c.average_mood)},
                {"average_confidence", optional_number_json(c.average_confidence)},
                {"previous_count", c.previous_count},
                {"previous_average_mood", optional_number_json(c.previous_average_mood)},
                {"previous_average_confidence", optional_number_json(c.previous_average_confidence)},
                {"mood_change", optional_number_json(c.mood_change)},
                {"confidence_change", optional_number_json(c.confidence_change)}};
}

json answers(const Summary& s) {
    if (!s.includes_checkin_text) return nullptr;  // not shared, as opposed to none written
    json arr = json::array();
    for (const CheckinAnswers& a : s.answers)
        arr.push_back(json{{"date", format_day(a.date)}, {"win", a.win}, {"obstacle", a.obstacle},
                           {"next_step", a.next_step}, {"note", a.note}});
    return arr;
}

json reflections(const Summary& s) {
    if (!s.includes_checkin_text) return nullptr;
    json arr = json::array();
    for (const ReflectionGroup& g : s.reflections) {
        json answers = json::array();
        for (const RepeatedAnswer& a : g.answers)
            answers.push_back(json{{"text", a.text}, {"times", a.times}, {"last", format_day(a.last)}});
        arr.push_back(json{{"question", g.question}, {"field", g.field}, {"answers", answers}});
    }
    return arr;
}

}  // namespace

json summary_json(const Summary& s) {
    json goals = json::array();
    for (const SummaryGoal& g : s.goals) goals.push_back(goal(g));
    return json{{"schema", "stepwise.summary"},
                {"schema_version", kSummarySchemaVersion},
                {"generated_on", format_day(s.generated_on)},
                {"period", json{{"from", format_day(s.from)},
                                {"to", format_day(s.to)},
                                {"days", s.days()},
                                {"previous_from", format_day(s.previous_from)},
                                {"previous_to", format_day(s.previous_to)}}},
                {"included", json{{"private_goals", s.includes_private_goals},
                                  {"checkin_text", s.includes_checkin_text},
                                  {"entry_notes", s.includes_entry_notes},
                                  {"session_notes", s.includes_session_notes},
                                  {"private_questions", s.includes_private_questions}}},
                {"agenda", s.agenda ? agenda_json(*s.agenda) : json(nullptr)},
                {"session_notes", s.session_notes ? json{{"date", format_day(s.session_notes->date)},
                                                         {"notes", s.session_notes->notes}}
                                                  : json(nullptr)},
                {"goals", goals},
                {"checkins", checkins(s.checkins)},
                {"checkin_answers", answers(s)},
                {"checkin_reflections", reflections(s)}};
}

}  // namespace sw::report
