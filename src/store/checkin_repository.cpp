#include "store/checkin_repository.hpp"

#include "core/uuid.hpp"
#include "store/raw_statement.hpp"
#include "store/row_codec.hpp"
#include "store/sqlite_error.hpp"

namespace sw {
using namespace store_detail;

namespace {

constexpr const char* kSelect =
    "SELECT id, uuid, date, mood, confidence, win, obstacle, next_step, note, created_at, "
    "updated_at, next_week FROM checkins ";

CheckIn read_checkin(const RawStatement& q) {
    CheckIn c;
    c.id = q.int64_at(0);
    c.uuid = q.text_at(1);
    c.date = q.day_at(2);
    if (!q.is_null(3)) c.mood = static_cast<int>(q.int64_at(3));
    if (!q.is_null(4)) c.confidence = static_cast<int>(q.int64_at(4));
    c.win = q.text_at(5);
    c.obstacle = q.text_at(6);
    c.next_step = q.text_at(7);
    c.note = q.text_at(8);
    c.created_at = q.text_at(9);
    c.updated_at = q.text_at(10);
    c.next_week = q.text_at(11);
    return c;
}

// Every column but id: what bind_fields() binds. A check-in's uuid changes when
// an import merges two of one day, so unlike a goal's it is a field here.
void bind_fields(SQLite::Statement& q, const CheckIn& c) {
    q.bind(":uuid", c.uuid);
    q.bind(":date", format_day(c.date));
    bind_optional_int(q, ":mood", c.mood);
    bind_optional_int(q, ":confidence", c.confidence);
    q.bind(":win", c.win);
    q.bind(":obstacle", c.obstacle);
    q.bind(":next_step", c.next_step);
    q.bind(":note", c.note);
    q.bind(":next_week", c.next_week);
    q.bind(":created_at", c.created_at);
    q.bind(":updated_at", c.updated_at);
}

// The one INSERT of a check-in: every field as it is.
void insert_row(Database& db, CheckIn& c) {
    SQLite::Statement q(db.sql(),
                        "INSERT INTO checkins (uuid, date, mood, confidence, win, obstacle, next_step, note, "
                        "next_week, created_at, updated_at) VALUES (:uuid, :date, :mood, :confidence, :win, "
                        ":obstacle, :next_step, :note, :next_week, :created_at, :updated_at)");
    bind_fields(q, c);
    q.exec();
    c.id = db.sql().getLastInsertRowid();
}

// The one UPDATE: the check-in with `local_uuid` takes every field of `c`.
void overwrite_row(Database& db, const std::string& local_uuid, const CheckIn& c) {
    SQLite::Statement q(db.sql(),
                        "UPDATE checkins SET uuid=:uuid, date=:date, mood=:mood, confidence=:confidence, "
                        "win=:win, obstacle=:obstacle, next_step=:next_step, note=:note, "
                        "next_week=:next_week, created_at=:created_at, updated_at=:updated_at WHERE uuid=:local_uuid");
    bind_fields(q, c);
    q.bind(":local_uuid", local_uuid);
    q.exec();
    require_changed(db.sql(), "check-in", local_uuid);
}

}  // namespace

void upsert_checkin(Database& db, CheckIn& c) {
    translate_errors(db, "save the check-in", [&] {
        auto existing = find_checkin(db, c.date);
        if (existing) {
            c.id = existing->id;
            c.uuid = existing->uuid;
            c.created_at = existing->created_at;
            c.updated_at = now_utc_iso();
            overwrite_row(db, existing->uuid, c);
            return;
        }
        if (c.uuid.empty()) c.uuid = new_uuid();
        if (c.created_at.empty()) c.created_at = now_utc_iso();
        if (c.updated_at.empty() || c.id != 0) c.updated_at = now_utc_iso();
        insert_row(db, c);
    });
}

void insert_checkin_as_is(Database& db, CheckIn& checkin) {
    translate_errors(db, "add the check-in", [&] { insert_row(db, checkin); });
}

void overwrite_checkin_by_uuid(Database& db, const std::string& local_uuid, const CheckIn& checkin) {
    translate_errors(db, "replace the check-in", [&] { overwrite_row(db, local_uuid, checkin); });
}

std::optional<CheckIn> find_checkin(Database& db, Day date) {
    return translate_errors(db, "read the check-in", [&]() -> std::optional<CheckIn> {
        RawStatement q(db, std::string(kSelect) + "WHERE date=:date");
        q.bind(":date", format_day(date));
        if (!q.step()) return std::nullopt;
        return read_checkin(q);
    });
}

std::vector<CheckIn> load_checkins(Database& db) {
    return translate_errors(db, "read the check-ins", [&] {
        RawStatement q(db, std::string(kSelect) + "ORDER BY date");
        std::vector<CheckIn> out;
        while (q.step()) out.push_back(read_checkin(q));
        return out;
    });
}

void delete_checkin(Database& db, Day date) {
    translate_errors(db, "delete the check-in", [&] {
        SQLite::Statement q(db.sql(), "DELETE FROM checkins WHERE date=:date");
        q.bind(":date", format_day(date));
        q.exec();
    });
}

std::optional<std::string> get_setting(Database& db, const std::string& key) {
    return translate_errors(db, "read the settings", [&]() -> std::optional<std::string> {
        SQLite::Statement q(db.sql(), "SELECT value FROM settings WHERE key=:key");
        q.bind(":key", key);
        if (!q.executeStep()) return std::nullopt;
        return q.getColumn(0).getString();
    });
}

void set_setting(Database& db, const std::string& key, const std::string& value) {
    translate_errors(db, "save the setting", [&] {
        SQLite::Statement q(db.sql(),
                            "INSERT INTO settings (key, value) VALUES (:key, :value) "
                            "ON CONFLICT(key) DO UPDATE SET value=excluded.value");
        q.bind(":key", key);
        q.bind(":value", value);
        q.exec();
    });
}

void delete_setting(Database& db, const std::string& key) {
    translate_errors(db, "reset the setting", [&] {
        SQLite::Statement q(db.sql(), "DELETE FROM settings WHERE key=:key");
        q.bind(":key", key);
        q.exec();
    });
}

std::vector<std::pair<std::string, std::string>> load_settings(Database& db) {
    return translate_errors(db, "read the settings", [&] {
        SQLite::Statement q(db.sql(), "SELECT key, value FROM settings ORDER BY key");
        std::vector<std::pair<std::string, std::string>> out;
        while (q.executeStep()) out.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getString());
        return out;
    });
}

}  // namespace sw
