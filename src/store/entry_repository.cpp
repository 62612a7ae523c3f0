#include "store/entry_repository.hpp"

#include "core/uuid.hpp"
#include "store/row_codec.hpp"

namespace sw {
using namespace store_detail;

namespace {

constexpr const char* kSelect =
    "SELECT id, uuid, goal_id, date, value, note, created_at, updated_at FROM progress_entries ";

ProgressEntry read_entry(SQLite::Statement& q) {
    ProgressEntry e;
    e.id = q.getColumn(0).getInt64();
    e.uuid = q.getColumn(1).getString();
    e.goal_id = q.getColumn(2).getInt64();
    e.date = day_column(q.getColumn(3));
    e.value = q.getColumn(4).getDouble();
    e.note = q.getColumn(5).getString();
    e.created_at = q.getColumn(6).getString();
    e.updated_at = q.getColumn(7).getString();
    return e;
}

std::vector<ProgressEntry> read_all(SQLite::Statement& q) {
    std::vector<ProgressEntry> out;
    while (q.executeStep()) out.push_back(read_entry(q));
    return out;
}

}  // namespace

void insert_entry(Database& db, ProgressEntry& e) {
    if (e.uuid.empty()) e.uuid = new_uuid();
    if (e.created_at.empty()) e.created_at = now_utc_iso();
    if (e.updated_at.empty()) e.updated_at = e.created_at;
    SQLite::Statement q(db.sql(),
                        "INSERT INTO progress_entries (goal_id, date, value, note, updated_at, uuid, "
                        "created_at) VALUES (?,?,?,?,?,?,?)");
    q.bind(1, e.goal_id);
    q.bind(2, format_day(e.date));
    q.bind(3, e.value);
    q.bind(4, e.note);
    q.bind(5, e.updated_at);
    q.bind(6, e.uuid);
    q.bind(7, e.created_at);
    q.exec();
    e.id = db.sql().getLastInsertRowid();
}

void update_entry(Database& db, ProgressEntry& e) {
    e.updated_at = now_utc_iso();
    SQLite::Statement q(db.sql(),
                        "UPDATE progress_entries SET date=?, value=?, note=?, updated_at=? WHERE id=?");
    q.bind(1, format_day(e.date));
    q.bind(2, e.value);
    q.bind(3, e.note);
    q.bind(4, e.updated_at);
    q.bind(5, e.id);
    q.exec();
    require_changed(db.sql(), "entry", e.id);
}

void delete_entry(Database& db, int64_t id) {
    SQLite::Statement q(db.sql(), "DELETE FROM progress_entries WHERE id=?");
    q.bind(1, id);
    q.exec();
    require_changed(db.sql(), "entry", id);
}

std::optional<ProgressEntry> find_entry(Database& db, int64_t id) {
    SQLite::Statement q(db.sql(), std::string(kSelect) + "WHERE id=?");
    q.bind(1, id);
    if (!q.executeStep()) return std::nullopt;
    return read_entry(q);
}

std::vector<ProgressEntry> load_entries(Database& db) {
    SQLite::Statement q(db.sql(), std::string(kSelect) + "ORDER BY goal_id, date, id");
    return read_all(q);
}

std::vector<ProgressEntry> load_entries_for_goal(Database& db, int64_t goal_id) {
    SQLite::Statement q(db.sql(), std::string(kSelect) + "WHERE goal_id=? ORDER BY date, id");
    q.bind(1, goal_id);
    return read_all(q);
}

}  // namespace sw
