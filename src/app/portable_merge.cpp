// The merge policy (portable.hpp, import_all): what an import does with each
// record of a file already read and validated (portable_read.hpp), against the
// rows in the database, inside one transaction. Records are compared in their
// one encoding (app/records): identical apart from updated_at is skipped, a new
// uuid is added, a difference goes to the newer updated_at.
#include "app/portable.hpp"

#include "app/portable_read.hpp"
#include "store/checkin_repository.hpp"
#include "store/entry_repository.hpp"
#include "store/goal_repository.hpp"
#include "store/journal_repository.hpp"
#include "store/question_repository.hpp"
#include "store/session_repository.hpp"
#include "store/step_repository.hpp"
#include "store/store_errors.hpp"


#include <algorithm>
#include <functional>
#include <optional>
#include <map>
#include <unordered_map>

namespace sw {

namespace {

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
        for (const auto& s : app_.sessions()) {
            local_sessions_[s.uuid] = &s;
            session_ids_[s.uuid] = s.id;
        }
        for (const auto& q : app_.questions()) local_questions_[q.uuid] = &q;
        for (const auto& c : app_.checkins()) {
            local_checkins_[c.uuid] = &c;
            checkin_on_day_[format_day(c.date)] = &c;
        }
        for (const auto& g : file_.goals) merge_goal(g);
        for (const auto& s : file_.sessions) merge_session(s);  // before the steps that link to them
        for (const auto& q : file_.questions) merge_question(q);
        for (const auto& s : file_.steps) merge_step(s);
        for (const auto& c : file_.completions) merge_mark(c, DayMark::done);
        for (const auto& c : file_.skips) merge_mark(c, DayMark::skipped);
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
        } catch (const RecordRefusedError& e) {
            bad(path, "the database refused it: " + e.reason);
        }
    }

    // A record the database does not have.
    void add(const std::string& path, const std::function<void()>& insert) {
        apply(path, insert);
        ++report_.added;
        ++report_.added_by_kind[path.substr(0, path.find_first_of("[."))];  // "goals[3]", "settings.x"
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

    std::optional<int64_t> session_id(const std::string& path, const std::string& uuid) const {
        if (uuid.empty()) return std::nullopt;
        auto it = session_ids_.find(uuid);
        if (it == session_ids_.end()) bad(path, "no session with uuid '" + uuid + "' in the file or the database");
        return it->second;
    }

    std::string session_uuid(const std::optional<int64_t>& id) const {
        if (!id) return {};
        const Session* s = app_.find_session(*id);
        return s ? s->uuid : std::string();
    }

    void merge_session(const At<Session>& in) {
        Session session = in.value;
        const Session* local = lookup(local_sessions_, session.uuid);
        if (!local) {
            add(in.path, [&] { insert_session(db_, session); });
            session_ids_[session.uuid] = session.id;
            return;
        }
        resolve(in.path, "session of " + format_day(session.date), session_record(*local),
                session_record(session), false, [&] { overwrite_session_by_uuid(db_, session); });
    }

    void merge_question(const At<Question>& in) {
        Question question = in.value;
        const Question* local = lookup(local_questions_, question.uuid);
        if (!local) return add(in.path, [&] { insert_question(db_, question); });
        resolve(in.path, "question '" + question.text + "'", question_record(*local), question_record(question),
                false, [&] { overwrite_question_by_uuid(db_, question); });
    }

    std::string goal_uuid(int64_t id) const {
        const Goal* g = app_.find_goal(id);
        return g ? g->uuid : std::string();
    }

    void merge_goal(const At<Goal>& in) {
        Goal goal = in.value;
        const Goal* local = lookup(local_goals_, goal.uuid);
        if (!local) {
            add(in.path, [&] { insert_goal(db_, goal); });
            goal_ids_[goal.uuid] = goal.id;
            return;
        }
        resolve(in.path, "goal '" + goal.title + "'", goal_record(*local), goal_record(goal), false,
                [&] { overwrite_goal_by_uuid(db_, goal); });
    }

    void merge_step(const At<FileStep>& in) {
        Step step = in.value.step;
        step.goal_id = goal_id(in.path + ".goal_uuid", in.value.goal_uuid);
        step.session_id = session_id(in.path + ".session_uuid", in.value.session_uuid);
        const Step* local = lookup(local_steps_, step.uuid);
        if (!local) {
            add(in.path, [&] { insert_step_as_is(db_, step); });
            step_ids_[step.uuid] = step.id;
            return;
        }
        resolve(in.path, "step '" + step.title + "'",
                step_record(*local, goal_uuid(local->goal_id), session_uuid(local->session_id)),
                step_record(step, in.value.goal_uuid, in.value.session_uuid), false,
                [&] { overwrite_step_by_uuid(db_, step); });
    }

    // A tick or a skip of one day. Marks carry no timestamps: a day the database
    // marks otherwise (or with another note) keeps its mark, and the report says so.
    void merge_mark(const At<FileCompletion>& in, DayMark mark) {
        auto it = step_ids_.find(in.value.step_uuid);
        if (it == step_ids_.end())
            bad(in.path + ".step_uuid", "no step with uuid '" + in.value.step_uuid + "' in the file or the database");
        int64_t step_id = it->second;
        Day day = in.value.date;
        std::string key = format_day(day);
        DayMark local = app_.mark_of(step_id, day);
        auto added = added_marks_.find({step_id, key});
        if (added != added_marks_.end()) local = added->second;
        bool same = local == mark && (mark != DayMark::done || added != added_marks_.end() ||
                                      app_.completion_note(step_id, day) == in.value.note);
        if (same) {
            ++report_.skipped;
            return;
        }
        if (local != DayMark::open) {
            report_.conflicts.push_back({in.path, std::string(mark == DayMark::done ? "tick" : "skip") + " of " + key +
                                                      " (the database has it " + std::string(to_string(local)) +
                                                      ", kept)",
                                         false});
            return;
        }
        added_marks_[{step_id, key}] = mark;
        add(in.path, [&] { set_mark(db_, step_id, day, {mark, in.value.note}); });
    }

    void merge_entry(const At<FileEntry>& in) {
        ProgressEntry entry = in.value.entry;
        entry.goal_id = goal_id(in.path + ".goal_uuid", in.value.goal_uuid);
        const ProgressEntry* local = lookup(local_entries_, entry.uuid);
        if (!local) return add(in.path, [&] { insert_entry(db_, entry); });
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
        if (!local) return add(in.path, [&] { insert_checkin_as_is(db_, checkin); });
        std::string local_uuid = local->uuid;
        resolve(in.path, "check-in of " + format_day(checkin.date), checkin_record(*local),
                checkin_record(checkin), !same_uuid,
                [&] { overwrite_checkin_by_uuid(db_, local_uuid, checkin); });
    }

    void merge_setting(const std::string& key, const std::string& value) {
        auto it = app_.settings().find(key);
        if (it == app_.settings().end()) {
            add("settings." + key, [&] { set_setting(db_, key, value); });
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
    std::unordered_map<std::string, int64_t> session_ids_;  // uuid -> id, local and added
    std::unordered_map<std::string, const Session*> local_sessions_;
    std::unordered_map<std::string, const Question*> local_questions_;
    // The database's records before the import, by uuid (check-ins also by day).
    std::unordered_map<std::string, const Goal*> local_goals_;
    std::unordered_map<std::string, const Step*> local_steps_;
    std::vector<std::vector<ProgressEntry>> full_entries_;  // owns what local_entries_ points to
    std::unordered_map<std::string, const ProgressEntry*> local_entries_;
    std::unordered_map<std::string, const CheckIn*> local_checkins_;
    std::unordered_map<std::string, const CheckIn*> checkin_on_day_;
    std::map<std::pair<int64_t, std::string>, DayMark> added_marks_;  // (step, day) marked by this import
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

namespace {

// Thrown out of a dry run's transaction so that Database::write rolls it back.
struct RolledBack {
    ImportReport report;
};

ImportReport write_import(App& app, const ExportFile& file, bool dry_run) {
    return app.database().write([&] {
        app.reload_all();  // decide on the records as they are inside the transaction
        ImportReport r = Merger(app, file).run();
        if (dry_run) throw RolledBack{std::move(r)};
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
}

}  // namespace

ImportReport import_all(App& app, const json& doc, bool dry_run) {
    // Everything the file says is checked before the database is touched.
    ExportFile file = read_export(doc, app.today());
    ImportReport report;
    try {
        report = write_import(app, file, dry_run);
    } catch (RolledBack& done) {
        report = std::move(done.report);
        report.dry_run = true;
    }
    app.reload_all();
    return report;
}

}  // namespace sw
