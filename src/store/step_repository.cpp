#include "store/step_repository.hpp"

#include "core/uuid.hpp"
#include "store/raw_statement.hpp"
#include "store/row_codec.hpp"

namespace sw {
using namespace store_detail;

namespace {

constexpr const char* kColumns =
    "id, uuid, goal_id, position, title, notes, due_date, start_date, repeat, status, "
    "done_date, if_text, then_text, created_at, updated_at";

Step read_step(SQLite::Statement& q) {
    Step s;
    s.id = q.getColumn(0).getInt64();
    s.uuid = q.getColumn(1).getString();
    s.goal_id = q.getColumn(2).getInt64();
    s.position = q.getColumn(3).getInt();
    s.title = q.getColumn(4).getString();
    s.notes = q.getColumn(5).getString();
    s.due_date = optional_day_column(q.getColumn(6));
    s.start_date = day_column(q.getColumn(7));
    s.repeat = parse_recurrence(q.getColumn(8).getString());
    s.status = parse_step_status(q.getColumn(9).getString());
    s.done_date = optional_day_column(q.getColumn(10));
    s.if_text = q.getColumn(11).getString();
    s.then_text = q.getColumn(12).getString();
    s.created_at = q.getColumn(13).getString();
    s.updated_at = q.getColumn(14).getString();
    return s;
}

}  // namespace

namespace store_detail {
void bind_step_fields(SQLite::Statement& q, const Step& s) {
    q.bind(1, s.goal_id);
    q.bind(2, s.position);
    q.bind(3, s.title);
    q.bind(4, s.notes);
    bind_optional_day(q, 5, s.due_date);
    q.bind(6, format_day(s.start_date));
    q.bind(7, to_string(s.repeat));
    q.bind(8, std::string(to_string(s.status)));
    bind_optional_day(q, 9, s.done_date);
    q.bind(10, s.if_text);
    q.bind(11, s.then_text);
    q.bind(12, s.updated_at);
}
}  // namespace store_detail

void insert_step(Database& db, Step& step) {
    if (step.uuid.empty()) step.uuid = new_uuid();
    if (step.created_at.empty()) step.created_at = now_utc_iso();
    if (step.updated_at.empty()) step.updated_at = step.created_at;
    SQLite::Statement pos(db.sql(), "SELECT coalesce(max(position), 0) + 1 FROM steps WHERE goal_id=?");
    pos.bind(1, step.goal_id);
    pos.executeStep();
    step.position = pos.getColumn(0).getInt();
    SQLite::Statement q(db.sql(),
                        "INSERT INTO steps (goal_id, position, title, notes, due_date, start_date, "
                        "repeat, status, done_date, if_text, then_text, updated_at, uuid, created_at) "
                        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    bind_step_fields(q, step);
    q.bind(13, step.uuid);
    q.bind(14, step.created_at);
    q.exec();
    step.id = db.sql().getLastInsertRowid();
}

void update_step(Database& db, Step& step) {
    step.updated_at = now_utc_iso();
    SQLite::Statement q(db.sql(),
                        "UPDATE steps SET goal_id=?, position=?, title=?, notes=?, due_date=?, "
                        "start_date=?, repeat=?, status=?, done_date=?, if_text=?, then_text=?, "
                        "updated_at=? WHERE id=?");
    bind_step_fields(q, step);
    q.bind(13, step.id);
    q.exec();
    require_changed(db.sql(), "step", step.id);
}

void delete_step(Database& db, int64_t id) {
    SQLite::Statement q(db.sql(), "DELETE FROM steps WHERE id=?");
    q.bind(1, id);
    q.exec();
    require_changed(db.sql(), "step", id);
}

std::optional<Step> find_step(Database& db, int64_t id) {
    SQLite::Statement q(db.sql(), std::string("SELECT ") + kColumns + " FROM steps WHERE id=?");
    q.bind(1, id);
    if (!q.executeStep()) return std::nullopt;
    return read_step(q);
}

std::vector<Step> load_steps(Database& db) {
    SQLite::Statement q(db.sql(),
                        std::string("SELECT ") + kColumns + " FROM steps ORDER BY goal_id, position, id");
    std::vector<Step> steps;
    while (q.executeStep()) steps.push_back(read_step(q));
    return steps;
}

void move_step(Database& db, int64_t id, int direction) {
    auto step = find_step(db, id);
    if (!step) throw NotFoundError("no step with id " + std::to_string(id));
    // The neighbour in the requested direction within the same goal.
    SQLite::Statement q(db.sql(), direction < 0
        ? "SELECT id, position FROM steps WHERE goal_id=? AND position<? ORDER BY position DESC LIMIT 1"
        : "SELECT id, position FROM steps WHERE goal_id=? AND position>? ORDER BY position ASC LIMIT 1");
    q.bind(1, step->goal_id);
    q.bind(2, step->position);
    if (!q.executeStep()) return;
    int64_t other_id = q.getColumn(0).getInt64();
    int other_pos = q.getColumn(1).getInt();
    SQLite::Statement swap(db.sql(), "UPDATE steps SET position=?, updated_at=? WHERE id=?");
    std::string now = now_utc_iso();
    for (auto [sid, pos] : {std::pair{id, other_pos}, std::pair{other_id, step->position}}) {
        swap.bind(1, pos);
        swap.bind(2, now);
        swap.bind(3, sid);
        swap.exec();
        swap.reset();
    }
}

void add_completion(Database& db, int64_t step_id, Day day) {
    SQLite::Statement q(db.sql(),
                        "INSERT OR IGNORE INTO step_completions (step_id, day, created_at) VALUES (?,?,?)");
    q.bind(1, step_id);
    q.bind(2, format_day(day));
    q.bind(3, now_utc_iso());
    q.exec();
}

bool has_completion(Database& db, int64_t step_id, Day day) {
    SQLite::Statement q(db.sql(), "SELECT 1 FROM step_completions WHERE step_id=:step AND day=:day");
    q.bind(":step", step_id);
    q.bind(":day", format_day(day));
    return q.executeStep();
}

std::vector<Day> completion_days(Database& db, int64_t step_id) {
    SQLite::Statement q(db.sql(), "SELECT day FROM step_completions WHERE step_id=:step ORDER BY day");
    q.bind(":step", step_id);
    std::vector<Day> days;
    while (q.executeStep()) days.push_back(day_column(q.getColumn(0)));
    return days;
}

std::vector<Step> steps_of_goal(Database& db, int64_t goal_id) {
    SQLite::Statement q(db.sql(), std::string("SELECT ") + kColumns + " FROM steps WHERE goal_id=:goal ORDER BY position");
    q.bind(":goal", goal_id);
    std::vector<Step> steps;
    while (q.executeStep()) steps.push_back(read_step(q));
    return steps;
}

void remove_completion(Database& db, int64_t step_id, Day day) {
    SQLite::Statement q(db.sql(), "DELETE FROM step_completions WHERE step_id=? AND day=?");
    q.bind(1, step_id);
    q.bind(2, format_day(day));
    q.exec();
}

std::vector<Completion> load_completions(Database& db) {
    // Raw reads: years of daily habits make this one of the two bulk loads.
    RawStatement q(db, "SELECT step_id, day FROM step_completions ORDER BY step_id, day");
    std::vector<Completion> out;
    while (q.step()) out.push_back({q.int64_at(0), q.day_at(1)});
    return out;
}

}  // namespace sw
