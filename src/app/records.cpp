#include "app/records.hpp"

#include "app/validate.hpp"
#include "core/errors.hpp"

#include <vector>

namespace sw {
json optional_day_json(const std::optional<Day>& day) { return day ? json(format_day(*day)) : json(nullptr); }

namespace {

// A json object filled by one of the *_fields visitors.
struct ObjectBuilder {
    json& object;
    template <class Value>
    void operator()(const char* name, Value&& value) {
        object[name] = std::forward<Value>(value);
    }
};

}  // namespace

json goal_record(const Goal& g) {
    json j = json::object();
    goal_fields(g, ObjectBuilder{j});
    return j;
}

json step_record(const Step& s, const std::string& goal_uuid, const std::string& session_uuid) {
    json j = json::object();
    step_fields(s, goal_uuid, session_uuid, ObjectBuilder{j});
    return j;
}

json session_record(const Session& s) {
    json j = json::object();
    session_fields(s, ObjectBuilder{j});
    return j;
}

json question_record(const Question& q) {
    json j = json::object();
    question_fields(q, ObjectBuilder{j});
    return j;
}

json entry_record(const ProgressEntry& e, const std::string& goal_uuid) {
    json j = json::object();
    entry_fields(e, goal_uuid, ObjectBuilder{j});
    return j;
}

json checkin_record(const CheckIn& c) {
    json j = json::object();
    checkin_fields(c, ObjectBuilder{j});
    return j;
}

json completion_record(const std::string& step_uuid, Day day, const std::string& note) {
    json j = json::object();
    completion_fields(step_uuid, day, note, ObjectBuilder{j});
    return j;
}

json skip_record(const std::string& step_uuid, Day day) {
    json j = json::object();
    skip_fields(step_uuid, day, ObjectBuilder{j});
    return j;
}

json occurrence_record(const std::string& step_uuid, Day day, DayMark mark, const std::string& note) {
    if (mark == DayMark::open) return nullptr;
    json j = mark == DayMark::done ? completion_record(step_uuid, day, note) : skip_record(step_uuid, day);
    j["mark"] = std::string(to_string(mark));
    return j;
}

[[noreturn]] void bad(const std::string& path, const std::string& problem) {
    throw InputError(path + ": " + problem);
}

// YYYY-MM-DDTHH:MM:SSZ, what now_utc_iso() writes: fixed width, so that comparing
// two as text compares them in time.
bool is_utc_timestamp(const std::string& t) {
    if (t.size() != 20 || t[10] != 'T' || t[13] != ':' || t[16] != ':' || t[19] != 'Z') return false;
    if (!parse_iso_day(t.substr(0, 10))) return false;
    for (size_t i : {11, 12, 14, 15, 17, 18})
        if (!std::isdigit(static_cast<unsigned char>(t[i]))) return false;
    auto two = [&](size_t i) { return (t[i] - '0') * 10 + (t[i + 1] - '0'); };
    return two(11) < 24 && two(14) < 60 && two(17) < 61;
}

namespace {

// An import passes the rules every record passes (app/validate.hpp); the field
// a rule names becomes the path of the message ("goals[2].title: …").
template <class Validate>
void with_path(const Fields& f, Validate validate) {
    try {
        validate();
    } catch (const FieldError& e) {
        bad(e.field.empty() ? f.path() : f.path(e.field.c_str()), e.what());
    }
}

std::string title_of(const Fields& f) {
    std::string t = f.text("title");
    if (t.find_first_not_of(" \t\r\n") == std::string::npos) bad(f.path("title"), "must not be empty");
    return t;
}

}  // namespace

Goal read_goal(const Fields& f, Day today) {
    Goal g;
    g.uuid = f.uuid();
    g.title = title_of(f);
    g.description = f.text_or("description", "");
    g.kind = f.choice("kind", parse_goal_kind);
    g.unit = f.text_or("unit", "");
    g.baseline = f.number_or("baseline", 0);
    g.target = f.number_or("target", 0);
    g.measure = f.choice_or("measure", parse_measure, Measure::level);
    g.target_rate = f.number_or("target_rate", 0.8);
    g.confidence = f.int_or("confidence", 1, 10, 7);
    g.resources = f.text_or("resources", "");
    g.obstacles = f.text_or("obstacles", "");
    g.why = f.text_or("why", "");
    g.life_area = f.text_or("life_area", "other");
    g.start_date = f.day("start_date");
    g.due_date = f.day("due_date");
    g.status = f.choice_or("status", parse_goal_status, GoalStatus::active);
    g.archived = f.flag("archived");
    g.is_private = f.flag("private");
    g.created_at = f.timestamp("created_at");
    g.updated_at = f.timestamp("updated_at");
    if (!(g.start_date < g.due_date))
        bad(f.path("due_date"), "must be after start_date (" + format_day(g.start_date) + ")");
    if (g.is_numeric() && g.target == g.baseline) bad(f.path("target"), "equals the baseline");
    with_path(f, [&] { validate_goal(g, today); });
    return g;
}

FileStep read_step(const Fields& f) {
    FileStep out;
    Step& s = out.step;
    s.uuid = f.uuid();
    out.goal_uuid = f.uuid("goal_uuid");
    if (f.find("session_uuid")) out.session_uuid = f.uuid("session_uuid");
    s.position = f.int_or("position", 0, 1'000'000'000, 0);
    s.title = title_of(f);
    s.notes = f.text_or("notes", "");
    s.due_date = f.optional_day("due_date");
    s.start_date = f.day("start_date");
    s.repeat = f.choice_or("repeat", parse_recurrence, Recurrence{});
    s.status = f.choice_or("status", parse_step_status, StepStatus::open);
    s.done_date = f.optional_day("done_date");
    s.if_text = f.text_or("if", "");
    s.then_text = f.text_or("then", "");
    if (f.find("remind_at")) s.remind_at = f.choice("remind_at", parse_time_of_day);
    s.created_at = f.timestamp("created_at");
    s.updated_at = f.timestamp("updated_at");
    with_path(f, [&] { validate_step(s); });
    return out;
}

FileEntry read_entry(const Fields& f) {
    FileEntry out;
    ProgressEntry& e = out.entry;
    e.uuid = f.uuid();
    out.goal_uuid = f.uuid("goal_uuid");
    e.date = f.day("date");
    e.value = f.number("value");
    e.note = f.text_or("note", "");
    e.created_at = f.timestamp("created_at");
    e.updated_at = f.timestamp("updated_at");
    with_path(f, [&] { validate_entry_fields(e); });
    return out;
}

CheckIn read_checkin(const Fields& f) {
    CheckIn c;
    c.uuid = f.uuid();
    c.date = f.day("date");
    c.mood = f.optional_int("mood", 1, 5);
    c.confidence = f.optional_int("confidence", 1, 10);
    c.win = f.text_or("win", "");
    c.obstacle = f.text_or("obstacle", "");
    c.next_step = f.text_or("next_step", "");
    c.note = f.text_or("note", "");
    c.next_week = f.text_or("next_week", "");
    c.created_at = f.timestamp("created_at");
    c.updated_at = f.timestamp("updated_at");
    with_path(f, [&] { validate_checkin_fields(c); });
    return c;
}

Session read_session(const Fields& f) {
    Session s;
    s.uuid = f.uuid();
    s.date = f.day("date");
    s.next_date = f.optional_day("next_date");
    s.notes = f.text_or("notes", "");
    // Private unless the file says otherwise: notes never leak by omission.
    s.is_private = f.find("private") ? f.flag("private") : true;
    s.created_at = f.timestamp("created_at");
    s.updated_at = f.timestamp("updated_at");
    with_path(f, [&] { validate_session(s); });
    return s;
}

Question read_question(const Fields& f) {
    Question q;
    q.uuid = f.uuid();
    q.text = f.text("text");
    q.asked_on = f.day("asked_on");
    q.discussed_on = f.optional_day("discussed_on");
    q.is_private = f.flag("private");
    q.created_at = f.timestamp("created_at");
    q.updated_at = f.timestamp("updated_at");
    with_path(f, [&] { validate_question(q); });
    return q;
}

FileCompletion read_completion(const Fields& f) {
    FileCompletion c{f.uuid("step_uuid"), f.day("date"), f.text_or("note", "")};
    with_path(f, [&] { validate_completion_note(c.note); });
    return c;
}

FileCompletion read_skip(const Fields& f) { return {f.uuid("step_uuid"), f.day("date"), ""}; }

namespace {

// Follows a parse through the document ("goals[2].baseline") so that a value the
// parser refuses can be named by its path, as every other field error is.
class PathTracker : public nlohmann::json_sax<json> {
public:
    std::string failed_path, failed_token;

    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(number_integer_t) override { return value(); }
    bool number_unsigned(number_unsigned_t) override { return value(); }
    bool number_float(number_float_t, const string_t&) override { return value(); }
    bool string(string_t&) override { return value(); }
    bool binary(binary_t&) override { return value(); }
    bool start_object(std::size_t) override { return open(false); }
    bool key(string_t& k) override {
        levels_.back().key = k;
        return true;
    }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(true); }
    bool end_array() override { return close(); }
    bool parse_error(std::size_t, const std::string& token, const nlohmann::detail::exception&) override {
        failed_path = path();
        failed_token = token;
        return false;
    }

private:
    struct Level {
        bool array = false;
        size_t index = 0;  // of the element being read, in an array
        std::string key;   // being read, in an object
    };
    std::vector<Level> levels_;

    bool open(bool array) {
        levels_.push_back({array, 0, {}});
        return true;
    }
    bool close() {
        levels_.pop_back();
        return value();
    }
    // A value was read whole: an array moves on to its next element.
    bool value() {
        if (!levels_.empty() && levels_.back().array) ++levels_.back().index;
        return true;
    }
    std::string path() const {
        std::string out;
        for (const Level& l : levels_) {
            if (l.array) {
                out += '[';
                out += std::to_string(l.index);
                out += ']';
            } else {
                if (!out.empty()) out += '.';
                out += l.key;  // appended, not "." + key: GCC 12 misreports that (-Wrestrict)
            }
        }
        return out.empty() ? "(top level)" : out;
    }
};

}  // namespace

json parse_export_text(const std::string& text) {
    try {
        return json::parse(text);
    } catch (const json::out_of_range&) {
        // nlohmann refuses a number beyond a double (1e999) as "out of range",
        // not as a syntax error; parse again to find where it is.
        PathTracker where;
        json::sax_parse(text, &where);
        throw InputError(where.failed_path + ": the number " + where.failed_token +
                         " is out of range; Stepwise accepts numbers from -1e12 to 1e12");
    }
}

}  // namespace sw
