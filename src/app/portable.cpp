#include "app/portable.hpp"

#include "app/records.hpp"
#include "app/validate.hpp"

#include "core/errors.hpp"
#include "core/smart_check.hpp"
#include "core/uuid.hpp"
#include "store/checkin_repository.hpp"
#include "store/entry_repository.hpp"
#include "store/goal_repository.hpp"
#include "store/import_repository.hpp"
#include "store/journal_repository.hpp"
#include "store/step_repository.hpp"

#include <SQLiteCpp/Exception.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace sw {

using nlohmann::json;

// ---- records as JSON (export, and the comparison on import) ----------------------

namespace {
std::unordered_map<int64_t, std::string> goal_uuids(const App& app) {
    std::unordered_map<int64_t, std::string> out;
    for (const auto& g : app.goals()) out[g.id] = g.uuid;
    return out;
}

}  // namespace

json export_all(App& app) {
    auto uuid_of_goal = goal_uuids(app);
    json goals = json::array(), steps = json::array(), completions = json::array(),
         entries = json::array(), checkins = json::array(), settings = json::object();
    for (const auto& g : app.goals()) {
        goals.push_back(goal_record(g));
        for (const auto& e : app.full_entries_of(g.id)) entries.push_back(entry_record(e, g.uuid));
    }
    for (const auto& s : app.steps()) {
        steps.push_back(step_record(s, uuid_of_goal.at(s.goal_id)));
        for (Day d : app.completions_of(s.id))
            completions.push_back(json{{"step_uuid", s.uuid}, {"date", format_day(d)}});
    }
    for (const auto& c : app.checkins()) checkins.push_back(checkin_record(c));
    for (const auto& [key, value] : app.settings()) settings[key] = value;
    return json{{"format", kExportFormat},
                {"version", kExportVersion},
                {"exported_at", now_utc_iso()},
                {"generator", std::string("stepwise ") + STEPWISE_VERSION},
                {"goals", goals},
                {"steps", steps},
                {"completions", completions},
                {"entries", entries},
                {"checkins", checkins},
                {"settings", settings}};
}

// ---- reading a file: every field validated, every error names its path ------------

namespace {

struct FileCompletion {
    std::string step_uuid;
    Day date{};
};

FileCompletion read_completion(const Fields& f) { return {f.uuid("step_uuid"), f.day("date")}; }



// A record of the file with its path ("goals[3]"), for messages.
template <class T>
struct At {
    T value;
    std::string path;
};

struct ExportFile {
    std::vector<At<Goal>> goals;
    std::vector<At<FileStep>> steps;
    std::vector<At<FileCompletion>> completions;
    std::vector<At<FileEntry>> entries;
    std::vector<At<CheckIn>> checkins;
    std::vector<std::pair<std::string, std::string>> settings;
};

template <class T, class Read>
std::vector<At<T>> read_list(const json& doc, const char* key, Read read) {
    std::vector<At<T>> out;
    auto it = doc.find(key);
    if (it == doc.end() || it->is_null()) return out;  // a file may leave a kind out
    if (!it->is_array()) bad(key, std::string("expected an array, found ") + it->type_name());
    for (size_t i = 0; i < it->size(); ++i) {
        std::string path = std::string(key) + "[" + std::to_string(i) + "]";
        out.push_back({read(Fields((*it)[i], path)), path});
    }
    return out;
}

// Two records of one kind with one uuid would make the merge ambiguous.
template <class T, class Uuid>
void require_unique(const std::vector<At<T>>& records, Uuid uuid_of, const char* key = "uuid") {
    std::unordered_map<std::string, const std::string*> seen;
    for (const auto& r : records) {
        auto [it, fresh] = seen.emplace(uuid_of(r.value), &r.path);
        if (!fresh) bad(r.path + "." + key, "the same as " + *it->second + " ('" + it->first + "')");
    }
}

void require_supported(const json& doc) {
    if (!doc.is_object()) bad("(top level)", "expected a Stepwise export object, found " + std::string(doc.type_name()));
    auto format = doc.find("format");
    if (format == doc.end() || *format != kExportFormat)
        bad("format", "not a Stepwise export (expected \"format\": \"" + std::string(kExportFormat) + "\")");
    auto version = doc.find("version");
    if (version == doc.end() || !version->is_number_integer())
        bad("version", "missing or not a whole number");
    if (*version != kExportVersion)
        bad("version", "unsupported export version " + version->dump() + " (this Stepwise reads version " +
                           std::to_string(kExportVersion) + "; a newer Stepwise may have written it)");
}

ExportFile read_export(const json& doc, Day today) {
    require_supported(doc);
    ExportFile file;
    file.goals = read_list<Goal>(doc, "goals", [&](const Fields& f) { return read_goal(f, today); });
    file.steps = read_list<FileStep>(doc, "steps", read_step);
    file.completions = read_list<FileCompletion>(doc, "completions", read_completion);
    file.entries = read_list<FileEntry>(doc, "entries", read_entry);
    file.checkins = read_list<CheckIn>(doc, "checkins", read_checkin);
    require_unique(file.goals, [](const Goal& g) { return g.uuid; });
    require_unique(file.steps, [](const FileStep& s) { return s.step.uuid; });
    require_unique(file.entries, [](const FileEntry& e) { return e.entry.uuid; });
    require_unique(file.checkins, [](const CheckIn& c) { return c.uuid; });
    require_unique(file.checkins, [](const CheckIn& c) { return format_day(c.date); }, "date");
    if (auto it = doc.find("settings"); it != doc.end() && !it->is_null()) {
        if (!it->is_object()) bad("settings", std::string("expected an object, found ") + it->type_name());
        for (const auto& [key, value] : it->items()) {
            if (!value.is_string())
                bad("settings." + key, std::string("expected a string, found ") + value.type_name());
            try {  // the same rules as a setting changed in the window or the CLI
                validate_setting(key, value.get<std::string>());
            } catch (const InputError& e) {
                bad("settings." + key, e.what());
            }
            file.settings.emplace_back(key, value.get<std::string>());
        }
    }
    return file;
}

// ---- merging into the database --------------------------------------------------

// Records are "identical" when everything but updated_at matches: saving without a
// change is not a conflict.
bool same_content(json a, json b, bool ignore_uuid = false) {
    for (json* j : {&a, &b}) {
        j->erase("updated_at");
        if (ignore_uuid) j->erase("uuid");
    }
    return a == b;
}

class Merger {
public:
    Merger(App& app, const ExportFile& file) : app_(app), db_(app.database()), file_(file) {}

    // Runs inside the import's transaction, on the app's records as they are in it.
    ImportReport run() {
        for (const auto& g : app_.goals()) {
            local_goals_[g.uuid] = &g;
            goal_ids_[g.uuid] = g.id;
            full_entries_.push_back(app_.full_entries_of(g.id));  // uuids and timestamps too
            for (const auto& e : full_entries_.back()) local_entries_[e.uuid] = &e;
        }
        for (const auto& s : app_.steps()) {
            local_steps_[s.uuid] = &s;
            step_ids_[s.uuid] = s.id;
        }
        for (const auto& c : app_.checkins()) {
            local_checkins_[c.uuid] = &c;
            checkin_on_day_[format_day(c.date)] = &c;
        }
        for (const auto& g : file_.goals) merge_goal(g);
        for (const auto& s : file_.steps) merge_step(s);
        for (const auto& c : file_.completions) merge_completion(c);
        for (const auto& e : file_.entries) merge_entry(e);
        for (const auto& c : file_.checkins) merge_checkin(c);
        for (const auto& [key, value] : file_.settings) merge_setting(key, value);
        return report_;
    }

private:
    // The database refusing a record (a constraint) still names the record.
    void apply(const std::string& path, const std::function<void()>& write) {
        try {
            write();
        } catch (const SQLite::Exception& e) {
            bad(path, std::string("the database refused it: ") + e.what());
        }
    }

    // Same uuid on both sides: skip, or let the newer updated_at win.
    void resolve(const std::string& path, const std::string& what, const json& local, const json& incoming,
                 bool ignore_uuid, const std::function<void()>& take_file) {
        if (same_content(local, incoming, ignore_uuid)) {
            ++report_.skipped;
            return;
        }
        bool file_newer = incoming.at("updated_at").get<std::string>() > local.at("updated_at").get<std::string>();
        if (file_newer) apply(path, take_file);
        report_.conflicts.push_back({path, what + " (uuid " + incoming.at("uuid").get<std::string>() + ")", file_newer});
    }

    int64_t goal_id(const std::string& path, const std::string& uuid) const {
        auto it = goal_ids_.find(uuid);
        if (it == goal_ids_.end()) bad(path, "no goal with uuid '" + uuid + "' in the file or the database");
        return it->second;
    }

    std::string goal_uuid(int64_t id) const {
        const Goal* g = app_.find_goal(id);
        return g ? g->uuid : std::string();
    }

    void merge_goal(const At<Goal>& in) {
        Goal goal = in.value;
        const Goal* local = lookup(local_goals_, goal.uuid);
        if (!local) {
            apply(in.path, [&] { insert_goal(db_, goal); });
            goal_ids_[goal.uuid] = goal.id;
            ++report_.added;
            return;
        }
        resolve(in.path, "goal '" + goal.title + "'", goal_record(*local), goal_record(goal), false,
                [&] { overwrite_goal_by_uuid(db_, goal); });
    }

    void merge_step(const At<FileStep>& in) {
        Step step = in.value.step;
        step.goal_id = goal_id(in.path + ".goal_uuid", in.value.goal_uuid);
        const Step* local = lookup(local_steps_, step.uuid);
        if (!local) {
            apply(in.path, [&] { insert_step_as_is(db_, step); });
            step_ids_[step.uuid] = step.id;
            ++report_.added;
            return;
        }
        resolve(in.path, "step '" + step.title + "'", step_record(*local, goal_uuid(local->goal_id)),
                step_record(step, in.value.goal_uuid), false, [&] { overwrite_step_by_uuid(db_, step); });
    }

    void merge_completion(const At<FileCompletion>& in) {
        auto it = step_ids_.find(in.value.step_uuid);
        if (it == step_ids_.end())
            bad(in.path + ".step_uuid", "no step with uuid '" + in.value.step_uuid + "' in the file or the database");
        int64_t step_id = it->second;
        const auto& done = app_.completions_of(step_id);
        bool known = std::find(done.begin(), done.end(), in.value.date) != done.end();
        if (known || !added_completions_.emplace(step_id, format_day(in.value.date)).second) {
            ++report_.skipped;
            return;
        }
        apply(in.path, [&] { add_completion(db_, step_id, in.value.date); });
        ++report_.added;
    }

    void merge_entry(const At<FileEntry>& in) {
        ProgressEntry entry = in.value.entry;
        entry.goal_id = goal_id(in.path + ".goal_uuid", in.value.goal_uuid);
        const ProgressEntry* local = lookup(local_entries_, entry.uuid);
        if (!local) {
            apply(in.path, [&] { insert_entry(db_, entry); });
            ++report_.added;
            return;
        }
        resolve(in.path, "entry of " + format_day(entry.date),
                entry_record(*local, goal_uuid(local->goal_id)), entry_record(entry, in.value.goal_uuid),
                false, [&] { overwrite_entry_by_uuid(db_, entry); });
    }

    // One check-in per day: a check-in of the same day under another uuid (made on
    // another machine) is the same check-in.
    void merge_checkin(const At<CheckIn>& in) {
        CheckIn checkin = in.value;
        const CheckIn* local = lookup(local_checkins_, checkin.uuid);
        bool same_uuid = local != nullptr;
        if (!local) local = lookup(checkin_on_day_, format_day(checkin.date));
        if (!local) {
            apply(in.path, [&] { insert_checkin_as_is(db_, checkin); });
            ++report_.added;
            return;
        }
        std::string local_uuid = local->uuid;
        resolve(in.path, "check-in of " + format_day(checkin.date), checkin_record(*local),
                checkin_record(checkin), !same_uuid,
                [&] { overwrite_checkin_by_uuid(db_, local_uuid, checkin); });
    }

    void merge_setting(const std::string& key, const std::string& value) {
        auto it = app_.settings().find(key);
        if (it == app_.settings().end()) {
            apply("settings." + key, [&] { set_setting(db_, key, value); });
            ++report_.added;
        } else if (it->second == value) {
            ++report_.skipped;
        } else {
            // No timestamps; settings such as folders belong to this machine.
            report_.conflicts.push_back({"settings." + key, "setting '" + key + "'", false});
        }
    }

    template <class T>
    static const T* lookup(const std::unordered_map<std::string, const T*>& index, const std::string& key) {
        auto it = index.find(key);
        return it == index.end() ? nullptr : it->second;
    }

    App& app_;
    Database& db_;
    const ExportFile& file_;
    ImportReport report_;
    std::unordered_map<std::string, int64_t> goal_ids_;  // uuid -> id, local and added
    std::unordered_map<std::string, int64_t> step_ids_;
    // The database's records before the import, by uuid (check-ins also by day).
    std::unordered_map<std::string, const Goal*> local_goals_;
    std::unordered_map<std::string, const Step*> local_steps_;
    std::vector<std::vector<ProgressEntry>> full_entries_;  // owns what local_entries_ points to
    std::unordered_map<std::string, const ProgressEntry*> local_entries_;
    std::unordered_map<std::string, const CheckIn*> local_checkins_;
    std::unordered_map<std::string, const CheckIn*> checkin_on_day_;
    std::set<std::pair<int64_t, std::string>> added_completions_;
};

}  // namespace

int ImportReport::taken_from_file() const {
    int n = 0;
    for (const auto& c : conflicts) n += c.took_file ? 1 : 0;
    return n;
}

std::string ImportReport::summary() const {
    int taken = taken_from_file();
    int kept = static_cast<int>(conflicts.size()) - taken;
    std::string s = std::to_string(added) + " added, " + std::to_string(skipped) + " unchanged, " +
                    std::to_string(conflicts.size()) +
                    (conflicts.size() == 1 ? " conflict resolved" : " conflicts resolved");
    if (!conflicts.empty())
        s += " (" + std::to_string(taken) + " from the file, " + std::to_string(kept) + " kept local)";
    return s;
}

ImportReport import_all(App& app, const json& doc) {
    // Everything the file says is checked before the database is touched.
    ExportFile file = read_export(doc, app.today());
    ImportReport report = app.database().write([&] {
        app.reload_all();  // decide on the records as they are inside the transaction
        ImportReport r = Merger(app, file).run();
        // One journal row for the whole import, in its transaction.
        JournalRow row;
        row.origin = Origin::import;
        row.command = "import";
        row.entity = "database";
        row.after = json{{"summary", r.summary()}, {"added", r.added}, {"unchanged", r.skipped},
                         {"conflicts", r.conflicts.size()}}.dump();
        append_journal(app.database(), row);
        return r;
    });
    app.reload_all();
    return report;
}

}  // namespace sw
