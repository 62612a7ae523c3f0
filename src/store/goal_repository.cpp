#include "store/goal_repository.hpp"

#include "core/uuid.hpp"
#include "store/raw_statement.hpp"
#include "store/row_codec.hpp"
#include "store/sqlite_error.hpp"

namespace sw {
using namespace store_detail;

namespace {

constexpr const char* kColumns =
    "id, uuid, title, description, kind, unit, baseline, target, measure, confidence, "
    "resources, obstacles, why, life_area, start_date, due_date, status, archived, private, "
    "created_at, updated_at, target_rate";

Goal read_goal(const RawStatement& q) {
    Goal g;
    g.id = q.int64_at(0);
    g.uuid = q.text_at(1);
    g.title = q.text_at(2);
    g.description = q.text_at(3);
    g.kind = parse_goal_kind(q.text_at(4));
    g.unit = q.text_at(5);
    g.baseline = q.double_at(6);
    g.target = q.double_at(7);
    g.measure = parse_measure(q.text_at(8));
    g.confidence = static_cast<int>(q.int64_at(9));
    g.resources = q.text_at(10);
    g.obstacles = q.text_at(11);
    g.why = q.text_at(12);
    g.life_area = q.text_at(13);
    g.start_date = q.day_at(14);
    g.due_date = q.day_at(15);
    g.status = parse_goal_status(q.text_at(16));
    g.archived = q.int64_at(17) != 0;
    g.is_private = q.int64_at(18) != 0;
    g.created_at = q.text_at(19);
    g.updated_at = q.text_at(20);
    g.target_rate = q.double_at(21);
    return g;
}

// Every column but id, uuid and created_at, each set from the parameter of its
// name: what bind_fields() binds.
constexpr const char* kSetFields =
    "title=:title, description=:description, kind=:kind, unit=:unit, baseline=:baseline, "
    "target=:target, measure=:measure, confidence=:confidence, resources=:resources, "
    "obstacles=:obstacles, why=:why, life_area=:life_area, start_date=:start_date, "
    "due_date=:due_date, status=:status, archived=:archived, private=:private, updated_at=:updated_at, "
    "target_rate=:target_rate";

void bind_fields(SQLite::Statement& q, const Goal& g) {
    q.bind(":title", g.title);
    q.bind(":description", g.description);
    q.bind(":kind", std::string(to_string(g.kind)));
    q.bind(":unit", g.unit);
    q.bind(":baseline", g.baseline);
    q.bind(":target", g.target);
    q.bind(":measure", std::string(to_string(g.measure)));
    q.bind(":confidence", g.confidence);
    q.bind(":resources", g.resources);
    q.bind(":obstacles", g.obstacles);
    q.bind(":why", g.why);
    q.bind(":life_area", g.life_area);
    q.bind(":start_date", format_day(g.start_date));
    q.bind(":due_date", format_day(g.due_date));
    q.bind(":status", std::string(to_string(g.status)));
    q.bind(":archived", g.archived ? 1 : 0);
    q.bind(":private", g.is_private ? 1 : 0);
    q.bind(":updated_at", g.updated_at);
    q.bind(":target_rate", g.target_rate);
}

}  // namespace

void insert_goal(Database& db, Goal& goal) {
    translate_errors(db, "add the goal", [&] {
        if (goal.uuid.empty()) goal.uuid = new_uuid();
        if (goal.created_at.empty()) goal.created_at = now_utc_iso();
        if (goal.updated_at.empty()) goal.updated_at = goal.created_at;
        SQLite::Statement q(db.sql(),
                            "INSERT INTO goals (uuid, created_at, title, description, kind, unit, baseline, "
                            "target, measure, confidence, resources, obstacles, why, life_area, start_date, "
                            "due_date, status, archived, private, updated_at, target_rate) "
                            "VALUES (:uuid, :created_at, :title, :description, :kind, :unit, :baseline, "
                            ":target, :measure, :confidence, :resources, :obstacles, :why, :life_area, "
                            ":start_date, :due_date, :status, :archived, :private, :updated_at, :target_rate)");
        bind_fields(q, goal);
        q.bind(":uuid", goal.uuid);
        q.bind(":created_at", goal.created_at);
        q.exec();
        goal.id = db.sql().getLastInsertRowid();
    });
}

void update_goal(Database& db, Goal& goal) {
    translate_errors(db, "save the goal", [&] {
        goal.updated_at = now_utc_iso();
        SQLite::Statement q(db.sql(), std::string("UPDATE goals SET ") + kSetFields + " WHERE id=:id");
        bind_fields(q, goal);
        q.bind(":id", goal.id);
        q.exec();
        require_changed(db.sql(), "goal", goal.id);
    });
}

void overwrite_goal_by_uuid(Database& db, const Goal& goal) {
    translate_errors(db, "replace the goal", [&] {
        SQLite::Statement q(db.sql(), std::string("UPDATE goals SET ") + kSetFields +
                                          ", created_at=:created_at WHERE uuid=:uuid");
        bind_fields(q, goal);
        q.bind(":created_at", goal.created_at);
        q.bind(":uuid", goal.uuid);
        q.exec();
        require_changed(db.sql(), "goal", goal.uuid);
    });
}

void delete_goal(Database& db, int64_t id) {
    translate_errors(db, "delete the goal", [&] {
        SQLite::Statement q(db.sql(), "DELETE FROM goals WHERE id=:id");
        q.bind(":id", id);
        q.exec();
        require_changed(db.sql(), "goal", id);
    });
}

std::optional<Goal> find_goal(Database& db, int64_t id) {
    return translate_errors(db, "read the goal", [&]() -> std::optional<Goal> {
        RawStatement q(db, std::string("SELECT ") + kColumns + " FROM goals WHERE id=:id");
        q.bind(":id", id);
        if (!q.step()) return std::nullopt;
        return read_goal(q);
    });
}

std::vector<Goal> load_goals(Database& db) {
    return translate_errors(db, "read the goals", [&] {
        RawStatement q(db, std::string("SELECT ") + kColumns + " FROM goals ORDER BY id");
        std::vector<Goal> goals;
        while (q.step()) goals.push_back(read_goal(q));
        return goals;
    });
}

}  // namespace sw
