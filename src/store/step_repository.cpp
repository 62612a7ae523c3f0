#include "store/step_repository.hpp"

#include "core/uuid.hpp"
#include "store/raw_statement.hpp"
#include "store/row_codec.hpp"
#include "store/sqlite_error.hpp"

#include <algorithm>
#include <tuple>

namespace sw {
using namespace store_detail;

namespace {

constexpr const char* kColumns =
    "id, uuid, goal_id, position, title, notes, due_date, start_date, repeat, status, "
    "done_date, if_text, then_text, created_at, updated_at, remind_at, session_id";

// Read through RawStatement: SQLiteCpp's Column objects tripled the cost of
// reading five thousand steps, which every window and most commands do.
Step read_step(const RawStatement& q) {
    Step s;
    s.id = q.int64_at(0);
    s.uuid = q.text_at(1);
    s.goal_id = q.int64_at(2);
    s.position = static_cast<int>(q.int64_at(3));
    s.title = q.text_at(4);
    s.notes = q.text_at(5);
    s.due_date = q.optional_day_at(6);
    s.start_date = q.day_at(7);
    s.repeat = parse_recurrence(q.text_at(8));
    s.status = parse_step_status(q.text_at(9));
    s.done_date = q.optional_day_at(10);
    s.if_text = q.text_at(11);
    s.then_text = q.text_at(12);
    s.created_at = q.text_at(13);
    s.updated_at = q.text_at(14);
    s.remind_at = q.optional_time_at(15);
    if (!q.is_null(16)) s.session_id = q.int64_at(16);
    return s;
}

// Every column but id, uuid and created_at, each set from the parameter of its
// name: what bind_fields() binds.
constexpr const char* kSetFields =
    "goal_id=:goal_id, position=:position, title=:title, notes=:notes, due_date=:due_date, "
    "start_date=:start_date, repeat=:repeat, status=:status, done_date=:done_date, "
    "if_text=:if_text, then_text=:then_text, updated_at=:updated_at, remind_at=:remind_at, session_id=:session_id";

void bind_fields(SQLite::Statement& q, const Step& s) {
    q.bind(":goal_id", s.goal_id);
    q.bind(":position", s.position);
    q.bind(":title", s.title);
    q.bind(":notes", s.notes);
    bind_optional_day(q, ":due_date", s.due_date);
    q.bind(":start_date", format_day(s.start_date));
    q.bind(":repeat", to_string(s.repeat));
    q.bind(":status", std::string(to_string(s.status)));
    bind_optional_day(q, ":done_date", s.done_date);
    q.bind(":if_text", s.if_text);
    q.bind(":then_text", s.then_text);
    q.bind(":updated_at", s.updated_at);
    if (s.remind_at) q.bind(":remind_at", format_time_of_day(*s.remind_at));
    else q.bind(":remind_at");
    if (s.session_id) q.bind(":session_id", *s.session_id);
    else q.bind(":session_id");
}

// The one INSERT of a step: every field as it is.
void insert_row(Database& db, Step& step) {
    SQLite::Statement q(db.sql(),
                        "INSERT INTO steps (uuid, created_at, goal_id, position, title, notes, due_date, "
                        "start_date, repeat, status, done_date, if_text, then_text, updated_at, remind_at, session_id) "
                        "VALUES (:uuid, :created_at, :goal_id, :position, :title, :notes, :due_date, "
                        ":start_date, :repeat, :status, :done_date, :if_text, :then_text, :updated_at, "
                        ":remind_at, :session_id)");
    bind_fields(q, step);
    q.bind(":uuid", step.uuid);
    q.bind(":created_at", step.created_at);
    q.exec();
    step.id = db.sql().getLastInsertRowid();
}

std::vector<Step> read_steps(RawStatement& q) {
    std::vector<Step> steps;
    while (q.step()) steps.push_back(read_step(q));
    return steps;
}

}  // namespace

void insert_step(Database& db, Step& step) {
    translate_errors(db, "add the step", [&] {
        if (step.uuid.empty()) step.uuid = new_uuid();
        if (step.created_at.empty()) step.created_at = now_utc_iso();
        if (step.updated_at.empty()) step.updated_at = step.created_at;
        SQLite::Statement pos(db.sql(), "SELECT coalesce(max(position), 0) + 1 FROM steps WHERE goal_id=:goal_id");
        pos.bind(":goal_id", step.goal_id);
        pos.executeStep();
        step.position = pos.getColumn(0).getInt();
        insert_row(db, step);
    });
}

void insert_step_as_is(Database& db, Step& step) {
    translate_errors(db, "add the step", [&] { insert_row(db, step); });
}

void update_step(Database& db, Step& step) {
    translate_errors(db, "save the step", [&] {
        step.updated_at = now_utc_iso();
        SQLite::Statement q(db.sql(), std::string("UPDATE steps SET ") + kSetFields + " WHERE id=:id");
        bind_fields(q, step);
        q.bind(":id", step.id);
        q.exec();
        require_changed(db.sql(), "step", step.id);
    });
}

void overwrite_step_by_uuid(Database& db, const Step& step) {
    translate_errors(db, "replace the step", [&] {
        SQLite::Statement q(db.sql(), std::string("UPDATE steps SET ") + kSetFields +
                                          ", created_at=:created_at WHERE uuid=:uuid");
        bind_fields(q, step);
        q.bind(":created_at", step.created_at);
        q.bind(":uuid", step.uuid);
        q.exec();
        require_changed(db.sql(), "step", step.uuid);
    });
}

void delete_step(Database& db, int64_t id) {
    translate_errors(db, "delete the step", [&] {
        SQLite::Statement q(db.sql(), "DELETE FROM steps WHERE id=:id");
        q.bind(":id", id);
        q.exec();
        require_changed(db.sql(), "step", id);
    });
}

std::optional<Step> find_step(Database& db, int64_t id) {
    return translate_errors(db, "read the step", [&]() -> std::optional<Step> {
        RawStatement q(db, std::string("SELECT ") + kColumns + " FROM steps WHERE id=:id");
        q.bind(":id", id);
        if (!q.step()) return std::nullopt;
        return read_step(q);
    });
}

std::vector<Step> load_steps(Database& db) {
    return translate_errors(db, "read the steps", [&] {
        // A table scan and a sort here: walking steps_by_goal visits the table in
        // index order, a seek per row (most of the cost at five thousand steps).
        RawStatement count(db, "SELECT count(*) FROM steps");
        count.step();
        RawStatement q(db, std::string("SELECT ") + kColumns + " FROM steps");
        std::vector<Step> read;
        read.reserve(static_cast<size_t>(count.int64_at(0)));
        while (q.step()) read.push_back(read_step(q));
        // Sorted by key, then moved once: swapping whole steps cost more than reading them.
        std::vector<std::tuple<int64_t, int, int64_t, size_t>> keys;
        keys.reserve(read.size());
        for (size_t i = 0; i < read.size(); ++i) keys.emplace_back(read[i].goal_id, read[i].position, read[i].id, i);
        if (std::is_sorted(keys.begin(), keys.end())) return read;
        std::sort(keys.begin(), keys.end());
        std::vector<Step> steps;
        steps.reserve(read.size());
        for (const auto& key : keys) steps.push_back(std::move(read[std::get<3>(key)]));
        return steps;
    });
}

std::vector<Step> steps_of_goal(Database& db, int64_t goal_id) {
    return translate_errors(db, "read the goal's steps", [&] {
        RawStatement q(db, std::string("SELECT ") + kColumns + " FROM steps WHERE goal_id=:goal_id ORDER BY position");
        q.bind(":goal_id", goal_id);
        return read_steps(q);
    });
}

void move_step(Database& db, int64_t id, int direction) {
    auto step = find_step(db, id);
    if (!step) throw NotFoundError("no step with id " + std::to_string(id));
    translate_errors(db, "move the step", [&] {
        // The neighbour in the requested direction within the same goal.
        SQLite::Statement q(db.sql(), direction < 0
            ? "SELECT id, position FROM steps WHERE goal_id=:goal_id AND position<:position "
              "ORDER BY position DESC LIMIT 1"
            : "SELECT id, position FROM steps WHERE goal_id=:goal_id AND position>:position "
              "ORDER BY position ASC LIMIT 1");
        q.bind(":goal_id", step->goal_id);
        q.bind(":position", step->position);
        if (!q.executeStep()) return;
        int64_t other_id = q.getColumn(0).getInt64();
        int other_pos = q.getColumn(1).getInt();
        SQLite::Statement swap(db.sql(), "UPDATE steps SET position=:position, updated_at=:updated_at WHERE id=:id");
        std::string now = now_utc_iso();
        for (auto [sid, pos] : {std::pair{id, other_pos}, std::pair{other_id, step->position}}) {
            swap.bind(":position", pos);
            swap.bind(":updated_at", now);
            swap.bind(":id", sid);
            swap.exec();
            swap.reset();
        }
    });
}

void add_completion(Database& db, int64_t step_id, Day day, const std::string& note) {
    translate_errors(db, "tick the step", [&] {
        SQLite::Statement q(db.sql(), "INSERT INTO step_completions (step_id, day, created_at, note) "
                                      "VALUES (:step_id, :day, :created_at, :note) "
                                      "ON CONFLICT (step_id, day) DO UPDATE SET note = excluded.note");
        q.bind(":step_id", step_id);
        q.bind(":day", format_day(day));
        q.bind(":created_at", now_utc_iso());
        q.bind(":note", note);
        q.exec();
    });
}

void remove_completion(Database& db, int64_t step_id, Day day) {
    translate_errors(db, "untick the step", [&] {
        SQLite::Statement q(db.sql(), "DELETE FROM step_completions WHERE step_id=:step_id AND day=:day");
        q.bind(":step_id", step_id);
        q.bind(":day", format_day(day));
        q.exec();
    });
}

bool has_completion(Database& db, int64_t step_id, Day day) {
    return mark_on(db, step_id, day).mark == DayMark::done;
}

DayState mark_on(Database& db, int64_t step_id, Day day) {
    return translate_errors(db, "read the step's ticks", [&] {
        SQLite::Statement q(db.sql(),
                            "SELECT 'done', note FROM step_completions WHERE step_id=:step_id AND day=:day "
                            "UNION ALL SELECT 'skipped', '' FROM step_skips WHERE step_id=:step_id AND day=:day");
        q.bind(":step_id", step_id);
        q.bind(":day", format_day(day));
        if (!q.executeStep()) return DayState{};
        return DayState{parse_day_mark(q.getColumn(0).getString()), q.getColumn(1).getString()};
    });
}

void set_mark(Database& db, int64_t step_id, Day day, const DayState& state) {
    translate_errors(db, "mark the day", [&] {
        for (const char* sql : {"DELETE FROM step_completions WHERE step_id=:step_id AND day=:day",
                                "DELETE FROM step_skips WHERE step_id=:step_id AND day=:day"}) {
            SQLite::Statement q(db.sql(), sql);
            q.bind(":step_id", step_id);
            q.bind(":day", format_day(day));
            q.exec();
        }
        if (state.mark == DayMark::open) return;
        SQLite::Statement q(db.sql(), state.mark == DayMark::done
                                          ? "INSERT INTO step_completions (step_id, day, created_at, note) "
                                            "VALUES (:step_id, :day, :created_at, :note)"
                                          : "INSERT INTO step_skips (step_id, day, created_at) "
                                            "VALUES (:step_id, :day, :created_at)");
        q.bind(":step_id", step_id);
        q.bind(":day", format_day(day));
        q.bind(":created_at", now_utc_iso());
        if (state.mark == DayMark::done) q.bind(":note", state.note);
        q.exec();
    });
}

std::vector<Day> completion_days(Database& db, int64_t step_id) {
    return translate_errors(db, "read the step's ticks", [&] {
        RawStatement q(db, "SELECT day FROM step_completions WHERE step_id=:step_id ORDER BY day");
        q.bind(":step_id", step_id);
        std::vector<Day> days;
        while (q.step()) days.push_back(q.day_at(0));
        return days;
    });
}

std::vector<Completion> step_completions(Database& db, int64_t step_id) {
    return translate_errors(db, "read the step's ticks", [&] {
        RawStatement q(db, "SELECT step_id, day, note FROM step_completions WHERE step_id=:step_id ORDER BY day");
        q.bind(":step_id", step_id);
        std::vector<Completion> out;
        while (q.step()) out.push_back({q.int64_at(0), q.day_at(1), q.text_at(2)});
        return out;
    });
}

std::vector<Day> skip_days(Database& db, int64_t step_id) {
    return translate_errors(db, "read the step's skipped days", [&] {
        RawStatement q(db, "SELECT day FROM step_skips WHERE step_id=:step_id ORDER BY day");
        q.bind(":step_id", step_id);
        std::vector<Day> days;
        while (q.step()) days.push_back(q.day_at(0));
        return days;
    });
}

namespace {
// The steps of habit goals, for the reads that need only theirs.
constexpr const char* kOfHabitGoals =
    " WHERE step_id IN (SELECT s.id FROM steps s JOIN goals g ON g.id = s.goal_id WHERE g.kind = 'habit')";
}  // namespace

std::vector<Completion> load_completions(Database& db, bool habit_goals_only) {
    return translate_errors(db, "read the ticks", [&] {
        // Raw reads: years of daily habits make this one of the two bulk loads.
        RawStatement q(db, std::string("SELECT step_id, day, note FROM step_completions") +
                               (habit_goals_only ? kOfHabitGoals : "") + " ORDER BY step_id, day");
        std::vector<Completion> out;
        while (q.step()) out.push_back({q.int64_at(0), q.day_at(1), q.text_at(2)});
        return out;
    });
}

std::vector<Skip> load_skips(Database& db, bool habit_goals_only) {
    return translate_errors(db, "read the skipped days", [&] {
        RawStatement q(db, std::string("SELECT step_id, day FROM step_skips") +
                               (habit_goals_only ? kOfHabitGoals : "") + " ORDER BY step_id, day");
        std::vector<Skip> out;
        while (q.step()) out.push_back({q.int64_at(0), q.day_at(1)});
        return out;
    });
}

}  // namespace sw
