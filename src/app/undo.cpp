// Undo and redo on the change journal (DESIGN "Change journal"). A journal row
// holds a record before and after one command; reversing it applies the
// opposite change through the same command paths (the same validation, the
// rows as they are now), journalled as "undo:…" or "redo:…" with `undoes`
// naming the row reversed. A redo is the reverse of an undo.
//
// A change that something later depends on is refused, never forced: an edit
// whose fields were changed again since (a conflict, as in the editors), a goal
// or step that gained steps, entries or ticks after it was created.
#include "app/app.hpp"

#include "app/journal_text.hpp"
#include "app/record_patch.hpp"
#include "app/records.hpp"
#include "core/errors.hpp"
#include "store/checkin_repository.hpp"
#include "store/entry_repository.hpp"
#include "store/goal_repository.hpp"
#include "store/journal_repository.hpp"
#include "store/question_repository.hpp"
#include "store/session_repository.hpp"
#include "store/step_repository.hpp"

namespace sw {

namespace {

json parse_record(const std::string& text) { return text.empty() ? json(nullptr) : json::parse(text); }

// The ticks (with their notes) and skipped days a deleted step had
// (step_with_completions in app.cpp), back on the step.
void restore_marks(Database& db, int64_t step_id, const json& record) {
    json notes = record.value("completion_notes", json::object());
    for (const auto& d : record.value("completions", json::array())) {
        std::string day = d.get<std::string>();
        set_mark(db, step_id, *parse_iso_day(day), {DayMark::done, notes.value(day, "")});
    }
    for (const auto& d : record.value("skips", json::array()))
        set_mark(db, step_id, *parse_iso_day(d.get<std::string>()), {DayMark::skipped, ""});
}

int64_t require_id(Database& db, RecordTable table, const std::string& uuid, const char* what) {
    if (auto id = id_of_uuid(db, table, uuid)) return *id;
    throw InputError(std::string("cannot reverse this change: the ") + what + " it changed no longer exists");
}

// The fields to put back: what the change set them from, checked against what
// it set them to (so a field changed again since is a conflict).
Patch back_to(const json& before, const json& after) {
    json old_fields = before, new_fields = after;
    for (json* j : {&old_fields, &new_fields})
        for (const char* key : {"steps", "entries", "completions", "commitments"}) j->erase(key);
    return patch_between(new_fields, old_fields, /*check_conflicts=*/true);
}

// A restored step links to its session again when the session still exists.
void link_session(Database& db, Step& step, const std::string& session_uuid) {
    step.session_id.reset();
    if (session_uuid.empty()) return;
    if (auto session = find_session_by_uuid(db, session_uuid)) step.session_id = session->id;
}

int64_t require_session_id(Database& db, const std::string& uuid) {
    if (auto s = find_session_by_uuid(db, uuid)) return s->id;
    throw InputError("cannot reverse this change: the session it changed no longer exists");
}

int64_t require_question_id(Database& db, const std::string& uuid) {
    if (auto q = find_question_by_uuid(db, uuid)) return q->id;
    throw InputError("cannot reverse this change: the question it changed no longer exists");
}

bool only_position_changed(const json& before, const json& after) {
    return before.is_object() && before.size() == 1 && before.contains("position") && after.is_object() &&
           after.size() == 1;
}

}  // namespace

std::string App::undo() {
    apply(Undo{});
    return reversed_;
}

std::string App::redo() {
    apply(Redo{});
    return reversed_;
}

int64_t App::run(const Undo&) {
    auto id = next_to_undo(db_);
    if (!id) throw InputError("nothing to undo");
    return reverse(*journal_row(db_, *id), "undo");
}

int64_t App::run(const Redo&) {
    auto id = next_to_redo(db_);
    if (!id) throw InputError("nothing to redo");
    return reverse(*journal_row(db_, *id), "redo");
}

int64_t App::reverse(const JournalRow& row, const char* verb) {
    int journalled = journalled_;
    int64_t id = reverse_change(row, verb);
    // Already as it was (someone put it back by hand): the reversal still counts,
    // so the next undo moves on to the change before it.
    if (journalled_ == journalled) {
        json now = parse_record(row.before.empty() ? row.after : row.before);
        journal(row.entity.c_str(), row.entity_uuid, now, now);
    }
    return id;
}

int64_t App::reverse_change(const JournalRow& row, const char* verb) {
    // The original command, without an earlier undo:/redo: prefix.
    std::string original = row.command.substr(row.command.find(':') == std::string::npos ? 0 : row.command.find(':') + 1);
    command_ = std::string(verb) + ":" + original;
    undoes_ = row.id;
    reversed_ = describe_change(row);
    // A redo brings back what the undo took away: say that, not the undo itself.
    if (std::string(verb) == "redo" && row.undoes)
        if (auto original = journal_row(db_, *row.undoes)) reversed_ = describe_change(*original);
    json before = parse_record(row.before), after = parse_record(row.after);
    const std::string& uuid = row.entity_uuid;

    if (row.entity == "goal") {
        if (before.is_null()) {  // it was created: remove it, unless things were added to it since
            int64_t id = require_id(db_, RecordTable::goals, uuid, "goal");
            if (!steps_of_goal(db_, id).empty() || !load_entry_values_for_goal(db_, id).empty())
                throw InputError("cannot undo creating this goal: it has steps or entries now; delete the goal "
                                 "itself if you mean to");
            return run(DeleteGoal{id});
        }
        if (after.is_null()) return restore_goal(before);
        return run(EditGoal{require_id(db_, RecordTable::goals, uuid, "goal"), back_to(before, after)});
    }
    if (row.entity == "step") {
        if (before.is_null()) {
            int64_t id = require_id(db_, RecordTable::steps, uuid, "step");
            if (!completion_days(db_, id).empty())
                throw InputError("cannot undo adding this step: it has been ticked since; delete the step itself "
                                 "if you mean to");
            return run(DeleteStep{id});
        }
        if (after.is_null()) return restore_step(before);
        int64_t id = require_id(db_, RecordTable::steps, uuid, "step");
        if (only_position_changed(before, after)) {
            int direction = before.at("position").get<int>() < after.at("position").get<int>() ? -1 : +1;
            return run(MoveStep{id, direction});
        }
        return run(EditStep{id, back_to(before, after)});
    }
    if (row.entity == "completion") {
        const json& occurrence = before.is_null() ? after : before;
        int64_t id = require_id(db_, RecordTable::steps, occurrence.at("step_uuid").get<std::string>(), "step");
        Day day = *parse_iso_day(occurrence.at("date").get<std::string>());
        return run(CompleteStep{id, day, /*done=*/!before.is_null()});
    }
    if (row.entity == "occurrence") {  // back to the mark the day had before
        const json& occurrence = before.is_null() ? after : before;
        int64_t id = require_id(db_, RecordTable::steps, occurrence.at("step_uuid").get<std::string>(), "step");
        Day day = *parse_iso_day(occurrence.at("date").get<std::string>());
        if (before.is_null()) return run(MarkDay{id, day, DayMark::open, "", std::nullopt});
        return run(MarkDay{id, day, parse_day_mark(before.at("mark").get<std::string>()), before.value("note", ""),
                           std::nullopt});
    }
    if (row.entity == "entry") {
        if (before.is_null()) return run(DeleteEntry{require_id(db_, RecordTable::progress_entries, uuid, "entry")});
        if (after.is_null()) return restore_entry(before);
        return run(EditEntry{require_id(db_, RecordTable::progress_entries, uuid, "entry"), back_to(before, after)});
    }
    if (row.entity == "checkin") {
        Day date = *parse_iso_day(after.is_null() ? before.at("date").get<std::string>() : after.at("date").get<std::string>());
        if (before.is_null()) {  // the day's first answers: remove them, if no one changed them since
            auto now = find_checkin(db_, date);
            if (!now) throw InputError("cannot undo: the check-in of " + format_day(date) + " no longer exists");
            json current = checkin_record(*now);
            for (const auto& [key, value] : after.items())
                if (key != "updated_at" && current.value(key, json()) != value)
                    throw InputError("cannot undo: the check-in of " + format_day(date) +
                                     " was changed again since (" + key + "); nothing was changed");
            delete_checkin(db_, date);
            journal("checkin", now->uuid, current, nullptr);
            touched_.checkins = true;
            return now->id;
        }
        if (after.is_null()) throw InputError("a deleted check-in cannot be brought back");
        return run(SaveCheckin{date, back_to(before, after)});
    }
    if (row.entity == "session") {
        // Added: remove it. Its commitments stay as steps, unlinked; the delete's
        // journal row keeps them, so a redo links them again.
        if (before.is_null()) return run(DeleteSession{require_session_id(db_, uuid)});
        if (after.is_null()) return restore_session(before);
        return run(EditSession{require_session_id(db_, uuid), back_to(before, after)});
    }
    if (row.entity == "question") {
        if (before.is_null()) return run(DeleteQuestion{require_question_id(db_, uuid)});
        if (after.is_null()) return restore_question(before);
        return run(EditQuestion{require_question_id(db_, uuid), back_to(before, after)});
    }
    if (row.entity == "setting") {
        std::string key = after.is_null() ? before.at("key").get<std::string>() : after.at("key").get<std::string>();
        auto now = get_setting(db_, key);
        std::string expected = after.is_null() ? "" : after.at("value").get<std::string>();
        if (now.value_or("") != expected)
            throw InputError("cannot " + std::string(verb) + ": the setting " + key + " was changed again since");
        if (before.is_null()) {
            delete_setting(db_, key);
            journal("setting", key, after, nullptr);
            touched_.settings = true;
            return 0;
        }
        return run(SetSetting{key, before.at("value").get<std::string>()});
    }
    throw InputError("the last change was " + (row.entity == "database" ? std::string("an import") : row.command) +
                     ", which cannot be undone; restore the backup made before it instead");
}

// A deleted goal comes back with the uuid, steps, ticks and entries it had.
int64_t App::restore_goal(const json& record) {
    Goal goal = read_goal(Fields(record, "journal"), today_);
    if (id_of_uuid(db_, RecordTable::goals, goal.uuid)) throw InputError("the goal exists already");
    goal.id = 0;
    goal.updated_at = now_utc_iso();
    insert_goal(db_, goal);
    for (const auto& s : record.value("steps", json::array())) {
        FileStep step = read_step(Fields(s, "journal.steps"));
        step.step.goal_id = goal.id;
        link_session(db_, step.step, step.session_uuid);
        insert_step_as_is(db_, step.step);
        restore_marks(db_, step.step.id, s);
        touched_.completion_steps.push_back(step.step.id);
    }
    for (const auto& e : record.value("entries", json::array())) {
        FileEntry entry = read_entry(Fields(e, "journal.entries"));
        entry.entry.goal_id = goal.id;
        insert_entry(db_, entry.entry);
    }
    journal("goal", goal.uuid, nullptr, record);
    touched_.goals = touched_.steps = true;
    touched_.entry_goals.push_back(goal.id);
    return goal.id;
}

int64_t App::restore_step(const json& record) {
    FileStep step = read_step(Fields(record, "journal"));
    step.step.goal_id = require_id(db_, RecordTable::goals, step.goal_uuid, "goal of this step");
    if (id_of_uuid(db_, RecordTable::steps, step.step.uuid)) throw InputError("the step exists already");
    link_session(db_, step.step, step.session_uuid);
    insert_step_as_is(db_, step.step);
    restore_marks(db_, step.step.id, record);
    journal("step", step.step.uuid, nullptr, record);
    touched_.steps = true;
    touched_.completion_steps.push_back(step.step.id);
    return step.step.id;
}

// A deleted session comes back with its uuid, and its commitments (those that
// still exist and belong to no other session) are linked to it again.
int64_t App::restore_session(const json& record) {
    Session session = read_session(Fields(record, "journal"));
    if (find_session_by_uuid(db_, session.uuid)) throw InputError("the session exists already");
    session.id = 0;
    session.updated_at = now_utc_iso();
    insert_session(db_, session);
    std::vector<std::string> commitments;
    for (const auto& u : record.value("commitments", json::array())) commitments.push_back(u.get<std::string>());
    relink_commitments(db_, session.id, commitments);
    journal("session", session.uuid, nullptr, record);
    touched_.sessions = touched_.steps = true;
    return session.id;
}

int64_t App::restore_question(const json& record) {
    Question question = read_question(Fields(record, "journal"));
    if (find_question_by_uuid(db_, question.uuid)) throw InputError("the question exists already");
    question.id = 0;
    question.updated_at = now_utc_iso();
    insert_question(db_, question);
    journal("question", question.uuid, nullptr, question_record(question));
    touched_.sessions = true;
    return question.id;
}

int64_t App::restore_entry(const json& record) {
    FileEntry entry = read_entry(Fields(record, "journal"));
    entry.entry.goal_id = require_id(db_, RecordTable::goals, entry.goal_uuid, "goal of this entry");
    if (id_of_uuid(db_, RecordTable::progress_entries, entry.entry.uuid)) throw InputError("the entry exists already");
    insert_entry(db_, entry.entry);
    journal("entry", entry.entry.uuid, nullptr, entry_record(entry.entry, entry.goal_uuid));
    touched_.entry_goals.push_back(entry.entry.goal_id);
    return entry.entry.id;
}

}  // namespace sw
