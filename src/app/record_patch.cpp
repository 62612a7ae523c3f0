#include "app/record_patch.hpp"

#include "core/errors.hpp"

#include <set>

namespace sw {

using nlohmann::json;

namespace {

// Bookkeeping the user never edits; a patch never carries them.
bool is_bookkeeping(const std::string& field) {
    static const std::set<std::string> fields = {"uuid", "created_at", "updated_at", "goal_uuid", "position",
                                              "session_uuid"};
    return fields.count(field) > 0;
}

// Reads one field of a merged record; a wrong type is the caller's bug or a
// hand-made patch, reported as input, never a crash.
class Reader {
public:
    explicit Reader(const json& record) : record_(record) {}

    template <class T>
    void get(const char* key, T& out) const {
        auto it = record_.find(key);
        if (it == record_.end()) return;
        try {
            out = it->get<T>();
        } catch (const json::exception&) {
            throw InputError(std::string("the field ") + key + " has the wrong type (" + it->dump() + ")");
        }
    }
    template <class Parse, class T>
    void parsed(const char* key, Parse parse, T& out) const {
        std::string text;
        get(key, text);
        if (record_.contains(key)) out = parse(text);
    }
    void day(const char* key, Day& out) const {
        std::string text;
        get(key, text);
        if (!record_.contains(key)) return;
        auto d = parse_iso_day(text);
        if (!d) throw InputError(std::string("the field ") + key + " is not a date (YYYY-MM-DD): '" + text + "'");
        out = *d;
    }
    void optional_day(const char* key, std::optional<Day>& out) const {
        auto it = record_.find(key);
        if (it == record_.end()) return;
        if (it->is_null()) {
            out.reset();
            return;
        }
        Day d{};
        day(key, d);
        out = d;
    }
    void optional_int(const char* key, std::optional<int>& out) const {
        auto it = record_.find(key);
        if (it == record_.end()) return;
        if (it->is_null()) {
            out.reset();
            return;
        }
        int v = 0;
        get(key, v);
        out = v;
    }

private:
    const json& record_;
};

}  // namespace

Patch patch_between(const json& original, const json& edited, bool check_conflicts) {
    Patch p;
    for (const auto& [key, value] : edited.items()) {
        if (is_bookkeeping(key)) continue;
        auto it = original.find(key);
        if (it != original.end() && *it == value) continue;
        p.changes[key] = value;
        if (check_conflicts) p.seen[key] = it != original.end() ? *it : json(nullptr);
    }
    return p;
}

Patch patch_of_fields(const json& record, const std::vector<std::string>& fields) {
    Patch p;
    for (const auto& f : fields) p.changes[f] = record.at(f);
    return p;
}

json merge_patch(const json& current, const Patch& patch, const std::string& what) {
    std::vector<FieldConflict> conflicts;
    json merged = current;
    for (const auto& [key, mine] : patch.changes.items()) {
        if (is_bookkeeping(key) || !current.contains(key))
            throw InputError(what + " has no field '" + key + "' that can be changed");
        const json& theirs = current.at(key);
        auto seen = patch.seen.find(key);
        // Changed underneath the user to something other than what they typed.
        if (seen != patch.seen.end() && *seen != theirs && theirs != mine)
            conflicts.push_back({key, *seen, theirs, mine});
        merged[key] = mine;
    }
    if (!conflicts.empty()) {
        std::string fields;
        for (const auto& c : conflicts) fields += (fields.empty() ? "" : ", ") + c.field;
        throw ConflictError(what + " was changed elsewhere since you began editing (" + fields +
                                "); nothing was saved",
                            std::move(conflicts));
    }
    return merged;
}

json theirs_of(const std::vector<FieldConflict>& conflicts) {
    json out = json::object();
    for (const auto& c : conflicts) out[c.field] = c.theirs;
    return out;
}

Goal goal_from_record(Goal g, const json& record) {
    Reader r(record);
    r.get("title", g.title);
    r.get("description", g.description);
    r.parsed("kind", parse_goal_kind, g.kind);
    r.get("unit", g.unit);
    r.get("baseline", g.baseline);
    r.get("target", g.target);
    r.parsed("measure", parse_measure, g.measure);
    r.get("target_rate", g.target_rate);
    r.get("confidence", g.confidence);
    r.get("resources", g.resources);
    r.get("obstacles", g.obstacles);
    r.get("why", g.why);
    r.get("life_area", g.life_area);
    r.day("start_date", g.start_date);
    r.day("due_date", g.due_date);
    r.parsed("status", parse_goal_status, g.status);
    r.get("archived", g.archived);
    r.get("private", g.is_private);
    return g;
}

Step step_from_record(Step s, const json& record) {
    Reader r(record);
    r.get("title", s.title);
    r.get("notes", s.notes);
    r.optional_day("due_date", s.due_date);
    r.day("start_date", s.start_date);
    if (auto it = record.find("repeat"); it != record.end() && it->is_null()) s.repeat = Recurrence{};
    else r.parsed("repeat", parse_recurrence, s.repeat);
    r.parsed("status", parse_step_status, s.status);
    r.optional_day("done_date", s.done_date);
    r.get("if", s.if_text);
    r.get("then", s.then_text);
    if (auto it = record.find("remind_at"); it != record.end() && it->is_null()) s.remind_at.reset();
    else r.parsed("remind_at", parse_time_of_day, s.remind_at);
    return s;
}

ProgressEntry entry_from_record(ProgressEntry e, const json& record) {
    Reader r(record);
    r.day("date", e.date);
    r.get("value", e.value);
    r.get("note", e.note);
    return e;
}

Session session_from_record(Session s, const json& record) {
    Reader r(record);
    r.day("date", s.date);
    r.optional_day("next_date", s.next_date);
    r.get("notes", s.notes);
    r.get("private", s.is_private);
    return s;
}

Question question_from_record(Question q, const json& record) {
    Reader r(record);
    r.get("text", q.text);
    r.day("asked_on", q.asked_on);
    r.optional_day("discussed_on", q.discussed_on);
    r.get("private", q.is_private);
    return q;
}

CheckIn checkin_from_record(CheckIn c, const json& record) {
    Reader r(record);
    r.optional_int("mood", c.mood);
    r.optional_int("confidence", c.confidence);
    r.get("win", c.win);
    r.get("obstacle", c.obstacle);
    r.get("next_step", c.next_step);
    r.get("note", c.note);
    r.get("next_week", c.next_week);
    return c;
}

}  // namespace sw
