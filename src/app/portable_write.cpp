// The export writer (portable.hpp): every record in its one encoding
// (app/records), linked by uuid, with the file's format and version.
#include "app/portable.hpp"

#include "app/records.hpp"

#include <unordered_map>

namespace sw {
namespace {

std::unordered_map<int64_t, std::string> goal_uuids(const App& app) {
    std::unordered_map<int64_t, std::string> uuid_of_goal;
    for (const auto& g : app.goals()) uuid_of_goal[g.id] = g.uuid;
    return uuid_of_goal;
}

// A step's session uuid ("" when it is no session's commitment).
auto session_uuids(const App& app) {
    std::unordered_map<int64_t, std::string> uuid_of_session;
    for (const auto& s : app.sessions()) uuid_of_session[s.id] = s.uuid;
    return [uuid_of_session = std::move(uuid_of_session)](const Step& s) {
        if (!s.session_id) return std::string();
        auto it = uuid_of_session.find(*s.session_id);
        return it == uuid_of_session.end() ? std::string() : it->second;
    };
}

std::string generator() { return std::string("stepwise ") + STEPWISE_VERSION; }

// Appends what json::dump(2) writes for one record at depth 2 of the document
// (an element of a top-level array), field by field as a *_fields visitor gives
// them: in name order, as a json object keeps its keys.
class RecordWriter {
public:
    explicit RecordWriter(std::string& out) : out_(out) {}
    template <class Value>
    void operator()(const char* name, const Value& value) {
        out_ += first_ ? "\n      \"" : ",\n      \"";
        out_ += name;
        out_ += "\": ";
        append_value(value);
        first_ = false;
    }
    ~RecordWriter() { out_ += first_ ? "}" : "\n    }"; }

private:
    // What json(value).dump() writes, without building a json for the values
    // most fields hold: printable ASCII text (uuids, dates, most titles) needs
    // no escaping, and an integer is its digits. Anything else goes to nlohmann.
    void append_value(const std::string& text) {
        bool plain = true;
        for (unsigned char c : text) plain = plain && c >= 0x20 && c < 0x7f && c != '"' && c != '\\';
        if (!plain) return append_value(json(text));
        out_ += '"';
        out_ += text;
        out_ += '"';
    }
    void append_value(int number) { out_ += std::to_string(number); }
    void append_value(bool yes) { out_ += yes ? "true" : "false"; }
    void append_value(const char*) = delete;  // would otherwise become a bool
    void append_value(const json& value) { out_ += value.dump(); }
    void append_value(double number) { out_ += json(number).dump(); }

    std::string& out_;
    bool first_ = true;
};

// One top-level array: "name": [ records… ] as dump(2) writes it.
template <class Records, class WriteOne>
void write_array(std::string& out, const char* name, const Records& records, WriteOne write_one) {
    out += "  \"";
    out += name;
    out += "\": [";
    bool first = true;
    for (const auto& record : records) {
        out += first ? "\n    {" : ",\n    {";
        {
            RecordWriter fields(out);
            write_one(record, fields);
        }
        first = false;
    }
    out += first ? "],\n" : "\n  ],\n";
}

}  // namespace

json export_all(App& app, const std::string& exported_at) {
    auto uuid_of_goal = goal_uuids(app);
    auto session_uuid_of = session_uuids(app);
    json goals = json::array(), steps = json::array(), completions = json::array(), skips = json::array(),
         entries = json::array(), checkins = json::array(), settings = json::object(), sessions = json::array(),
         questions = json::array();
    for (const auto& g : app.goals()) {
        goals.push_back(goal_record(g));
        for (const auto& e : app.full_entries_of(g.id)) entries.push_back(entry_record(e, g.uuid));
    }
    for (const auto& s : app.steps()) {
        steps.push_back(step_record(s, uuid_of_goal.at(s.goal_id), session_uuid_of(s)));
        for (Day d : app.completions_of(s.id)) completions.push_back(completion_record(s.uuid, d, app.completion_note(s.id, d)));
        for (Day d : app.skips_of(s.id)) skips.push_back(skip_record(s.uuid, d));
    }
    for (const auto& c : app.checkins()) checkins.push_back(checkin_record(c));
    for (const auto& s : app.sessions()) sessions.push_back(session_record(s));
    for (const auto& q : app.questions()) questions.push_back(question_record(q));
    for (const auto& [key, value] : app.settings()) settings[key] = value;
    // Moved in, not listed in an initializer: that would copy every record once more.
    json doc = json::object();
    doc["format"] = kExportFormat;
    doc["version"] = kExportVersion;
    doc["exported_at"] = exported_at;
    doc["generator"] = generator();
    doc["goals"] = std::move(goals);
    doc["steps"] = std::move(steps);
    doc["completions"] = std::move(completions);
    doc["entries"] = std::move(entries);
    doc["checkins"] = std::move(checkins);
    doc["settings"] = std::move(settings);
    doc["skips"] = std::move(skips);
    doc["sessions"] = std::move(sessions);
    doc["questions"] = std::move(questions);
    return doc;
}

std::string export_text(App& app, ExportCounts& counts, const std::string& exported_at) {
    auto uuid_of_goal = goal_uuids(app);
    auto session_uuid_of = session_uuids(app);
    std::string out = "{\n";
    // The document's keys in the order json keeps them (by name).
    write_array(out, "checkins", app.checkins(), [](const CheckIn& c, RecordWriter& f) { checkin_fields(c, f); });
    struct Mark {
        const Step* step;
        Day day;
    };
    std::vector<Mark> completions, skips;
    for (const auto& s : app.steps()) {
        for (Day d : app.completions_of(s.id)) completions.push_back({&s, d});
        for (Day d : app.skips_of(s.id)) skips.push_back({&s, d});
    }
    write_array(out, "completions", completions, [&](const Mark& c, RecordWriter& f) {
        completion_fields(c.step->uuid, c.day, app.completion_note(c.step->id, c.day), f);
    });
    std::vector<std::pair<ProgressEntry, const std::string*>> entries;
    for (const auto& g : app.goals())
        for (auto& e : app.full_entries_of(g.id)) entries.emplace_back(std::move(e), &g.uuid);
    write_array(out, "entries", entries, [](const auto& e, RecordWriter& f) { entry_fields(e.first, *e.second, f); });
    out += "  \"exported_at\": " + json(exported_at).dump() + ",\n";
    out += "  \"format\": " + json(kExportFormat).dump() + ",\n";
    out += "  \"generator\": " + json(generator()).dump() + ",\n";
    write_array(out, "goals", app.goals(), [](const Goal& g, RecordWriter& f) { goal_fields(g, f); });
    write_array(out, "questions", app.questions(), [](const Question& q, RecordWriter& f) { question_fields(q, f); });
    write_array(out, "sessions", app.sessions(), [](const Session& s, RecordWriter& f) { session_fields(s, f); });
    // An object one level down: dump(2)'s lines, indented once more.
    std::string settings = json(app.settings()).dump(2);
    for (size_t at = settings.find('\n'); at != std::string::npos; at = settings.find('\n', at + 3))
        settings.replace(at, 1, "\n  ");
    out += "  \"settings\": " + settings + ",\n";
    write_array(out, "skips", skips, [](const Mark& m, RecordWriter& f) { skip_fields(m.step->uuid, m.day, f); });
    write_array(out, "steps", app.steps(), [&](const Step& s, RecordWriter& f) {
        step_fields(s, uuid_of_goal.at(s.goal_id), session_uuid_of(s), f);
    });
    out += "  \"version\": " + json(kExportVersion).dump() + "\n}";
    counts = {app.goals().size(),    app.steps().size(),    entries.size(),
              app.checkins().size(), app.sessions().size(), app.questions().size()};
    return out;
}

}  // namespace sw
