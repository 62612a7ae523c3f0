#pragma once
// Each record's one JSON encoding: what export writes, what import compares and
// reads back, what the change journal stores and undo reads back, what a patch
// (an edit of some fields) is applied to, and what `--json` shows
// (report/json_model adds this database's ids and the analytics on top).
// Field names are a contract (export files, journal rows, `--json`): add, never
// rename. Readers validate every field, and every error names its path
// ("goals[3].due_date: not a valid date '2027-02-30'").
#include "core/checkin.hpp"
#include "core/errors.hpp"
#include "core/goal.hpp"
#include "core/progress_entry.hpp"
#include "core/session.hpp"
#include "core/step.hpp"
#include "core/uuid.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <optional>
#include <string>

namespace sw {

using nlohmann::json;

// A day as "YYYY-MM-DD", or null.
json optional_day_json(const std::optional<Day>& day);

// Each record's fields, named once: `field(name, value)` is called for every
// field in name order (the order JSON objects keep), with a value nlohmann::json
// can hold. The records below are built from these, and the export streams them
// without building a document (app/portable.hpp). Records refer to each other by
// uuid; integer ids belong to one database and are not part of a record. A
// goal's "status" is its lifecycle (active, paused, …).
template <class Field>
void goal_fields(const Goal& g, Field&& field) {
    field("archived", g.archived);
    field("baseline", g.baseline);
    field("confidence", g.confidence);
    field("created_at", g.created_at);
    field("description", g.description);
    field("due_date", format_day(g.due_date));
    field("kind", std::string(to_string(g.kind)));
    field("life_area", g.life_area);
    field("measure", std::string(to_string(g.measure)));
    field("obstacles", g.obstacles);
    field("private", g.is_private);
    field("resources", g.resources);
    field("start_date", format_day(g.start_date));
    field("status", std::string(to_string(g.status)));
    field("target", g.target);
    field("target_rate", g.target_rate);
    field("title", g.title);
    field("unit", g.unit);
    field("updated_at", g.updated_at);
    field("uuid", g.uuid);
    field("why", g.why);
}

// A commitment of a coaching session names it by "session_uuid" (null when the
// step belongs to no session).
template <class Field>
void step_fields(const Step& s, const std::string& goal_uuid, const std::string& session_uuid, Field&& field) {
    field("created_at", s.created_at);
    field("done_date", optional_day_json(s.done_date));
    field("due_date", optional_day_json(s.due_date));
    field("goal_uuid", goal_uuid);
    field("if", s.if_text);
    field("notes", s.notes);
    field("position", s.position);
    field("remind_at", s.remind_at ? json(format_time_of_day(*s.remind_at)) : json(nullptr));
    field("repeat", s.is_recurring() ? json(to_string(s.repeat)) : json(nullptr));
    field("session_uuid", session_uuid.empty() ? json(nullptr) : json(session_uuid));
    field("start_date", format_day(s.start_date));
    field("status", std::string(to_string(s.status)));
    field("then", s.then_text);
    field("title", s.title);
    field("updated_at", s.updated_at);
    field("uuid", s.uuid);
}

template <class Field>
void entry_fields(const ProgressEntry& e, const std::string& goal_uuid, Field&& field) {
    field("created_at", e.created_at);
    field("date", format_day(e.date));
    field("goal_uuid", goal_uuid);
    field("note", e.note);
    field("updated_at", e.updated_at);
    field("uuid", e.uuid);
    field("value", e.value);
}

template <class Field>
void checkin_fields(const CheckIn& c, Field&& field) {
    auto optional_int = [](const std::optional<int>& v) { return v ? json(*v) : json(nullptr); };
    field("confidence", optional_int(c.confidence));
    field("created_at", c.created_at);
    field("date", format_day(c.date));
    field("mood", optional_int(c.mood));
    field("next_step", c.next_step);
    field("next_week", c.next_week);
    field("note", c.note);
    field("obstacle", c.obstacle);
    field("updated_at", c.updated_at);
    field("uuid", c.uuid);
    field("win", c.win);
}

// A coaching session; its notes are private unless "private" is false.
template <class Field>
void session_fields(const Session& s, Field&& field) {
    field("created_at", s.created_at);
    field("date", format_day(s.date));
    field("next_date", optional_day_json(s.next_date));
    field("notes", s.notes);
    field("private", s.is_private);
    field("updated_at", s.updated_at);
    field("uuid", s.uuid);
}

// A question for the coach: open while "discussed_on" is null.
template <class Field>
void question_fields(const Question& q, Field&& field) {
    field("asked_on", format_day(q.asked_on));
    field("created_at", q.created_at);
    field("discussed_on", optional_day_json(q.discussed_on));
    field("private", q.is_private);
    field("text", q.text);
    field("updated_at", q.updated_at);
    field("uuid", q.uuid);
}

// A recurring step done on one day (one of its occurrences), with its note.
template <class Field>
void completion_fields(const std::string& step_uuid, Day day, const std::string& note, Field&& field) {
    field("date", format_day(day));
    field("note", note);
    field("step_uuid", step_uuid);
}

// An occurrence skipped (ill, travelling): neither scheduled nor missed.
template <class Field>
void skip_fields(const std::string& step_uuid, Day day, Field&& field) {
    field("date", format_day(day));
    field("step_uuid", step_uuid);
}

json goal_record(const Goal& g);
// `session_uuid`: the uuid of the step's session ("" when it has none).
json step_record(const Step& s, const std::string& goal_uuid, const std::string& session_uuid = "");
json session_record(const Session& s);
json question_record(const Question& q);
json entry_record(const ProgressEntry& e, const std::string& goal_uuid);
json checkin_record(const CheckIn& c);
json completion_record(const std::string& step_uuid, Day day, const std::string& note = "");
json skip_record(const std::string& step_uuid, Day day);
// The journal's record of one occurrence's mark (done with its note, or
// skipped); an open occurrence is null.
json occurrence_record(const std::string& step_uuid, Day day, DayMark mark, const std::string& note);

[[noreturn]] void bad(const std::string& path, const std::string& problem);
bool is_utc_timestamp(const std::string& t);

// One JSON object of the file and its path, read field by field.
class Fields {
public:
    Fields(const json& object, std::string path) : obj_(object), path_(std::move(path)) {
        if (!obj_.is_object()) bad(path_, "expected an object, found " + std::string(obj_.type_name()));
    }
    const std::string& path() const { return path_; }
    std::string path(const char* key) const { return path_ + "." + key; }

    // A missing key and null both mean "not given".
    const json* find(const char* key) const {
        auto it = obj_.find(key);
        return it == obj_.end() || it->is_null() ? nullptr : &*it;
    }

    const json& need(const char* key, bool (json::*is)() const noexcept, const char* expected) const {
        const json* v = find(key);
        if (!v) bad(path(key), "missing");
        if (!((*v).*is)()) bad(path(key), std::string("expected ") + expected + ", found " + v->type_name());
        return *v;
    }

    std::string text(const char* key) const { return need(key, &json::is_string, "a string").get<std::string>(); }
    std::string text_or(const char* key, const std::string& fallback) const {
        return find(key) ? text(key) : fallback;
    }
    std::string uuid(const char* key = "uuid") const {
        std::string u = text(key);
        if (!looks_like_uuid(u)) bad(path(key), "not a valid uuid '" + u + "'");
        return u;
    }
    std::string timestamp(const char* key) const {
        std::string t = text(key);
        if (!is_utc_timestamp(t)) bad(path(key), "not a UTC timestamp '" + t + "' (YYYY-MM-DDTHH:MM:SSZ)");
        return t;
    }
    Day day(const char* key) const {
        std::string t = text(key);
        auto d = parse_iso_day(t);
        if (!d) bad(path(key), "not a valid date '" + t + "' (YYYY-MM-DD)");
        return *d;
    }
    std::optional<Day> optional_day(const char* key) const {
        return find(key) ? std::optional<Day>(day(key)) : std::nullopt;
    }
    double number_or(const char* key, double fallback) const {
        if (!find(key)) return fallback;
        double v = need(key, &json::is_number, "a number").get<double>();
        if (!std::isfinite(v)) bad(path(key), "not a finite number");
        return v;
    }
    double number(const char* key) const {
        need(key, &json::is_number, "a number");
        return number_or(key, 0);
    }
    std::optional<int> optional_int(const char* key, int lo, int hi) const {
        if (!find(key)) return std::nullopt;
        const json* given = find(key);
        if (given->is_number_float()) bad(path(key), "expected a whole number, found " + given->dump());
        const json& v = need(key, &json::is_number_integer, "a whole number");
        auto n = v.get<int64_t>();
        if (v.is_number_unsigned() && v.get<uint64_t>() > static_cast<uint64_t>(hi)) n = int64_t(hi) + 1;
        if (n < lo || n > hi)
            bad(path(key), "must be from " + std::to_string(lo) + " to " + std::to_string(hi) +
                               ", found " + v.dump());
        return static_cast<int>(n);
    }
    int int_or(const char* key, int lo, int hi, int fallback) const {
        return optional_int(key, lo, hi).value_or(fallback);
    }
    bool flag(const char* key) const {
        return find(key) ? need(key, &json::is_boolean, "true or false").get<bool>() : false;
    }
    // An enum by its parser (which throws InputError naming the accepted values).
    template <class Parse>
    auto choice(const char* key, Parse parse) const {
        std::string t = text(key);
        try {
            return parse(t);
        } catch (const InputError& e) {
            bad(path(key), e.what());
        }
    }
    template <class Parse, class T>
    T choice_or(const char* key, Parse parse, T fallback) const {
        return find(key) ? choice(key, parse) : fallback;
    }

private:
    const json& obj_;
    std::string path_;
};


Goal read_goal(const Fields& f, Day today);

struct FileStep {
    Step step;
    std::string goal_uuid;
    std::string session_uuid;  // "" when the step is no session's commitment
};
FileStep read_step(const Fields& f);

struct FileEntry {
    ProgressEntry entry;
    std::string goal_uuid;
};
FileEntry read_entry(const Fields& f);

CheckIn read_checkin(const Fields& f);
Session read_session(const Fields& f);
Question read_question(const Fields& f);

struct FileCompletion {
    std::string step_uuid;
    Day date{};
    std::string note;  // empty for a skip
};
FileCompletion read_completion(const Fields& f);
FileCompletion read_skip(const Fields& f);

// The text of an export file as JSON. A syntax error is nlohmann's parse_error
// (with its byte offset); a number too large for a double ("1e999") is an
// InputError naming its path ("goals[2].baseline: the number 1e999 is out of range…").
json parse_export_text(const std::string& text);

}  // namespace sw
