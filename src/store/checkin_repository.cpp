#include "store/checkin_repository.hpp"

#include "core/uuid.hpp"
#include "store/row_codec.hpp"

namespace sw {
using namespace store_detail;

namespace {

constexpr const char* kSelect =
    "SELECT id, uuid, date, mood, confidence, win, obstacle, next_step, note, created_at, "
    "updated_at FROM checkins ";

CheckIn read_checkin(SQLite::Statement& q) {
    CheckIn c;
    c.id = q.getColumn(0).getInt64();
    c.uuid = q.getColumn(1).getString();
    c.date = day_column(q.getColumn(2));
    if (!q.getColumn(3).isNull()) c.mood = q.getColumn(3).getInt();
    if (!q.getColumn(4).isNull()) c.confidence = q.getColumn(4).getInt();
    c.win = q.getColumn(5).getString();
    c.obstacle = q.getColumn(6).getString();
    c.next_step = q.getColumn(7).getString();
    c.note = q.getColumn(8).getString();
    c.created_at = q.getColumn(9).getString();
    c.updated_at = q.getColumn(10).getString();
    return c;
}

}  // namespace

namespace store_detail {
void bind_checkin_fields(SQLite::Statement& q, const CheckIn& c) {
    q.bind(1, format_day(c.date));
    bind_optional_int(q, 2, c.mood);
    bind_optional_int(q, 3, c.confidence);
    q.bind(4, c.win);
    q.bind(5, c.obstacle);
    q.bind(6, c.next_step);
    q.bind(7, c.note);
    q.bind(8, c.created_at);
    q.bind(9, c.updated_at);
}
}  // namespace store_detail

void upsert_checkin(Database& db, CheckIn& c) {
    if (auto existing = find_checkin(db, c.date)) {
        c.id = existing->id;
        c.uuid = existing->uuid;
        c.created_at = existing->created_at;
    }
    if (c.uuid.empty()) c.uuid = new_uuid();
    if (c.created_at.empty()) c.created_at = now_utc_iso();
    if (c.updated_at.empty() || c.id != 0) c.updated_at = now_utc_iso();
    SQLite::Statement q(db.sql(),
                        "INSERT INTO checkins (date, mood, confidence, win, obstacle, next_step, note, "
                        "created_at, updated_at, uuid) VALUES (?,?,?,?,?,?,?,?,?,?) "
                        "ON CONFLICT(date) DO UPDATE SET mood=excluded.mood, "
                        "confidence=excluded.confidence, win=excluded.win, "
                        "obstacle=excluded.obstacle, next_step=excluded.next_step, "
                        "note=excluded.note, updated_at=excluded.updated_at");
    bind_checkin_fields(q, c);
    q.bind(10, c.uuid);
    q.exec();
    if (c.id == 0) c.id = db.sql().getLastInsertRowid();
}

std::optional<CheckIn> find_checkin(Database& db, Day date) {
    SQLite::Statement q(db.sql(), std::string(kSelect) + "WHERE date=?");
    q.bind(1, format_day(date));
    if (!q.executeStep()) return std::nullopt;
    return read_checkin(q);
}

std::vector<CheckIn> load_checkins(Database& db) {
    SQLite::Statement q(db.sql(), std::string(kSelect) + "ORDER BY date");
    std::vector<CheckIn> out;
    while (q.executeStep()) out.push_back(read_checkin(q));
    return out;
}

std::optional<std::string> get_setting(Database& db, const std::string& key) {
    SQLite::Statement q(db.sql(), "SELECT value FROM settings WHERE key=?");
    q.bind(1, key);
    if (!q.executeStep()) return std::nullopt;
    return q.getColumn(0).getString();
}

void set_setting(Database& db, const std::string& key, const std::string& value) {
    SQLite::Statement q(db.sql(),
                        "INSERT INTO settings (key, value) VALUES (?, ?) "
                        "ON CONFLICT(key) DO UPDATE SET value=excluded.value");
    q.bind(1, key);
    q.bind(2, value);
    q.exec();
}

std::vector<std::pair<std::string, std::string>> load_settings(Database& db) {
    SQLite::Statement q(db.sql(), "SELECT key, value FROM settings ORDER BY key");
    std::vector<std::pair<std::string, std::string>> out;
    while (q.executeStep()) out.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getString());
    return out;
}

void delete_checkin(Database& db, Day date) {
    SQLite::Statement q(db.sql(), "DELETE FROM checkins WHERE date = :date");
    q.bind(":date", format_day(date));
    q.exec();
}

void delete_setting(Database& db, const std::string& key) {
    SQLite::Statement q(db.sql(), "DELETE FROM settings WHERE key = :key");
    q.bind(":key", key);
    q.exec();
}

}  // namespace sw
