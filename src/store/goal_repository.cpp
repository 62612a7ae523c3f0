#include "store/goal_repository.hpp"

#include "core/uuid.hpp"
#include "store/row_codec.hpp"

namespace sw {
using namespace store_detail;

namespace {

constexpr const char* kColumns =
    "id, uuid, title, description, kind, unit, baseline, target, measure, confidence, "
    "resources, obstacles, why, life_area, start_date, due_date, status, archived, private, "
    "created_at, updated_at";

Goal read_goal(SQLite::Statement& q) {
    Goal g;
    g.id = q.getColumn(0).getInt64();
    g.uuid = q.getColumn(1).getString();
    g.title = q.getColumn(2).getString();
    g.description = q.getColumn(3).getString();
    g.kind = parse_goal_kind(q.getColumn(4).getString());
    g.unit = q.getColumn(5).getString();
    g.baseline = q.getColumn(6).getDouble();
    g.target = q.getColumn(7).getDouble();
    g.measure = parse_measure(q.getColumn(8).getString());
    g.confidence = q.getColumn(9).getInt();
    g.resources = q.getColumn(10).getString();
    g.obstacles = q.getColumn(11).getString();
    g.why = q.getColumn(12).getString();
    g.life_area = q.getColumn(13).getString();
    g.start_date = day_column(q.getColumn(14));
    g.due_date = day_column(q.getColumn(15));
    g.status = parse_goal_status(q.getColumn(16).getString());
    g.archived = q.getColumn(17).getInt() != 0;
    g.is_private = q.getColumn(18).getInt() != 0;
    g.created_at = q.getColumn(19).getString();
    g.updated_at = q.getColumn(20).getString();
    return g;
}

}  // namespace

namespace store_detail {
void bind_goal_fields(SQLite::Statement& q, const Goal& g) {
    q.bind(1, g.title);
    q.bind(2, g.description);
    q.bind(3, std::string(to_string(g.kind)));
    q.bind(4, g.unit);
    q.bind(5, g.baseline);
    q.bind(6, g.target);
    q.bind(7, std::string(to_string(g.measure)));
    q.bind(8, g.confidence);
    q.bind(9, g.resources);
    q.bind(10, g.obstacles);
    q.bind(11, g.why);
    q.bind(12, g.life_area);
    q.bind(13, format_day(g.start_date));
    q.bind(14, format_day(g.due_date));
    q.bind(15, std::string(to_string(g.status)));
    q.bind(16, g.archived ? 1 : 0);
    q.bind(17, g.is_private ? 1 : 0);
    q.bind(18, g.updated_at);
}
}  // namespace store_detail

void insert_goal(Database& db, Goal& goal) {
    if (goal.uuid.empty()) goal.uuid = new_uuid();
    if (goal.created_at.empty()) goal.created_at = now_utc_iso();
    if (goal.updated_at.empty()) goal.updated_at = goal.created_at;
    SQLite::Statement q(db.sql(),
                        "INSERT INTO goals (title, description, kind, unit, baseline, target, "
                        "measure, confidence, resources, obstacles, why, life_area, start_date, "
                        "due_date, status, archived, private, updated_at, uuid, created_at) "
                        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    bind_goal_fields(q, goal);
    q.bind(19, goal.uuid);
    q.bind(20, goal.created_at);
    q.exec();
    goal.id = db.sql().getLastInsertRowid();
}

void update_goal(Database& db, Goal& goal) {
    goal.updated_at = now_utc_iso();
    SQLite::Statement q(db.sql(),
                        "UPDATE goals SET title=?, description=?, kind=?, unit=?, baseline=?, "
                        "target=?, measure=?, confidence=?, resources=?, obstacles=?, why=?, "
                        "life_area=?, start_date=?, due_date=?, status=?, archived=?, private=?, "
                        "updated_at=? WHERE id=?");
    bind_goal_fields(q, goal);
    q.bind(19, goal.id);
    q.exec();
    require_changed(db.sql(), "goal", goal.id);
}

void delete_goal(Database& db, int64_t id) {
    SQLite::Statement q(db.sql(), "DELETE FROM goals WHERE id=?");
    q.bind(1, id);
    q.exec();
    require_changed(db.sql(), "goal", id);
}

std::optional<Goal> find_goal(Database& db, int64_t id) {
    SQLite::Statement q(db.sql(), std::string("SELECT ") + kColumns + " FROM goals WHERE id=?");
    q.bind(1, id);
    if (!q.executeStep()) return std::nullopt;
    return read_goal(q);
}

std::vector<Goal> load_goals(Database& db) {
    SQLite::Statement q(db.sql(), std::string("SELECT ") + kColumns + " FROM goals ORDER BY id");
    std::vector<Goal> goals;
    while (q.executeStep()) goals.push_back(read_goal(q));
    return goals;
}

}  // namespace sw
