#include "store/session_repository.hpp"

#include "core/uuid.hpp"
#include "store/raw_statement.hpp"
#include "store/row_codec.hpp"
#include "store/sqlite_error.hpp"

namespace sw {
using namespace store_detail;

namespace {

constexpr const char* kSelect =
    "SELECT id, uuid, date, notes, private, next_date, created_at, updated_at FROM sessions ";

Session read_session(const RawStatement& q) {
    Session s;
    s.id = q.int64_at(0);
    s.uuid = q.text_at(1);
    s.date = q.day_at(2);
    s.notes = q.text_at(3);
    s.is_private = q.int64_at(4) != 0;
    s.next_date = q.optional_day_at(5);
    s.created_at = q.text_at(6);
    s.updated_at = q.text_at(7);
    return s;
}

// Every column but id, uuid and created_at: what bind_fields() binds.
constexpr const char* kSetFields =
    "date=:date, notes=:notes, private=:private, next_date=:next_date, updated_at=:updated_at";

void bind_fields(SQLite::Statement& q, const Session& s) {
    q.bind(":date", format_day(s.date));
    q.bind(":notes", s.notes);
    q.bind(":private", s.is_private ? 1 : 0);
    bind_optional_day(q, ":next_date", s.next_date);
    q.bind(":updated_at", s.updated_at);
}

std::optional<Session> first(RawStatement& q) {
    if (!q.step()) return std::nullopt;
    return read_session(q);
}

}  // namespace

void insert_session(Database& db, Session& s) {
    translate_errors(db, "add the session", [&] {
        if (s.uuid.empty()) s.uuid = new_uuid();
        if (s.created_at.empty()) s.created_at = now_utc_iso();
        if (s.updated_at.empty()) s.updated_at = s.created_at;
        SQLite::Statement q(db.sql(),
                            "INSERT INTO sessions (uuid, created_at, date, notes, private, next_date, updated_at) "
                            "VALUES (:uuid, :created_at, :date, :notes, :private, :next_date, :updated_at)");
        bind_fields(q, s);
        q.bind(":uuid", s.uuid);
        q.bind(":created_at", s.created_at);
        q.exec();
        s.id = db.sql().getLastInsertRowid();
    });
}

void update_session(Database& db, Session& s) {
    translate_errors(db, "save the session", [&] {
        s.updated_at = now_utc_iso();
        SQLite::Statement q(db.sql(), std::string("UPDATE sessions SET ") + kSetFields + " WHERE id=:id");
        bind_fields(q, s);
        q.bind(":id", s.id);
        q.exec();
        require_changed(db.sql(), "session", s.id);
    });
}

void overwrite_session_by_uuid(Database& db, const Session& s) {
    translate_errors(db, "replace the session", [&] {
        SQLite::Statement q(db.sql(), std::string("UPDATE sessions SET ") + kSetFields +
                                          ", created_at=:created_at WHERE uuid=:uuid");
        bind_fields(q, s);
        q.bind(":created_at", s.created_at);
        q.bind(":uuid", s.uuid);
        q.exec();
        require_changed(db.sql(), "session", s.uuid);
    });
}

void delete_session(Database& db, int64_t id) {
    translate_errors(db, "delete the session", [&] {
        SQLite::Statement q(db.sql(), "DELETE FROM sessions WHERE id=:id");
        q.bind(":id", id);
        q.exec();
        require_changed(db.sql(), "session", id);
    });
}

std::optional<Session> find_session(Database& db, int64_t id) {
    return translate_errors(db, "read the session", [&] {
        RawStatement q(db, std::string(kSelect) + "WHERE id=:id");
        q.bind(":id", id);
        return first(q);
    });
}

std::optional<Session> find_session_by_uuid(Database& db, const std::string& uuid) {
    return translate_errors(db, "read the session", [&] {
        RawStatement q(db, std::string(kSelect) + "WHERE uuid=:uuid");
        q.bind(":uuid", uuid);
        return first(q);
    });
}

std::vector<Session> load_sessions(Database& db) {
    return translate_errors(db, "read the sessions", [&] {
        RawStatement q(db, std::string(kSelect) + "ORDER BY date, id");
        std::vector<Session> out;
        while (q.step()) out.push_back(read_session(q));
        return out;
    });
}

std::vector<int64_t> commitment_ids(Database& db, int64_t session_id) {
    return translate_errors(db, "read the session's commitments", [&] {
        RawStatement q(db, "SELECT id FROM steps WHERE session_id=:session_id ORDER BY id");
        q.bind(":session_id", session_id);
        std::vector<int64_t> out;
        while (q.step()) out.push_back(q.int64_at(0));
        return out;
    });
}

int relink_commitments(Database& db, int64_t session_id, const std::vector<std::string>& step_uuids) {
    return translate_errors(db, "link the session's commitments", [&] {
        int linked = 0;
        SQLite::Statement q(db.sql(),
                            "UPDATE steps SET session_id=:session_id WHERE uuid=:uuid AND session_id IS NULL");
        for (const auto& uuid : step_uuids) {
            q.reset();
            q.bind(":session_id", session_id);
            q.bind(":uuid", uuid);
            linked += q.exec();
        }
        return linked;
    });
}

}  // namespace sw
