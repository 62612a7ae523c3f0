// The export writer (portable.hpp): every record in its one encoding
// (app/records), linked by uuid, with the file's format and version.
#include "app/portable.hpp"

#include "app/records.hpp"

#include <unordered_map>

namespace sw {

json export_all(App& app) {
    std::unordered_map<int64_t, std::string> uuid_of_goal;
    for (const auto& g : app.goals()) uuid_of_goal[g.id] = g.uuid;
    json goals = json::array(), steps = json::array(), completions = json::array(),
         entries = json::array(), checkins = json::array(), settings = json::object();
    for (const auto& g : app.goals()) {
        goals.push_back(goal_record(g));
        for (const auto& e : app.full_entries_of(g.id)) entries.push_back(entry_record(e, g.uuid));
    }
    for (const auto& s : app.steps()) {
        steps.push_back(step_record(s, uuid_of_goal.at(s.goal_id)));
        for (Day d : app.completions_of(s.id)) completions.push_back(completion_record(s.uuid, d));
    }
    for (const auto& c : app.checkins()) checkins.push_back(checkin_record(c));
    for (const auto& [key, value] : app.settings()) settings[key] = value;
    // Moved in, not listed in an initializer: that would copy every record once more.
    json doc = json::object();
    doc["format"] = kExportFormat;
    doc["version"] = kExportVersion;
    doc["exported_at"] = now_utc_iso();
    doc["generator"] = std::string("stepwise ") + STEPWISE_VERSION;
    doc["goals"] = std::move(goals);
    doc["steps"] = std::move(steps);
    doc["completions"] = std::move(completions);
    doc["entries"] = std::move(entries);
    doc["checkins"] = std::move(checkins);
    doc["settings"] = std::move(settings);
    return doc;
}

}  // namespace sw
