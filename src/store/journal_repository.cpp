#include "store/journal_repository.hpp"

#include "store/sqlite_error.hpp"

#include <SQLiteCpp/Statement.h>

namespace sw {
using namespace store_detail;

namespace {

constexpr const char* kColumns = "id, at, origin, command, entity, entity_uuid, before, after, undoes";

JournalRow read_row(SQLite::Statement& q) {
    JournalRow r;
    r.id = q.getColumn(0).getInt64();
    r.at = q.getColumn(1).getString();
    r.origin = parse_origin(q.getColumn(2).getString());
    r.command = q.getColumn(3).getString();
    r.entity = q.getColumn(4).getString();
    r.entity_uuid = q.getColumn(5).getString();
    r.before = q.getColumn(6).getString();  // NULL reads as ""
    r.after = q.getColumn(7).getString();
    if (!q.getColumn(8).isNull()) r.undoes = q.getColumn(8).getInt64();
    return r;
}

std::vector<JournalRow> read_rows(SQLite::Statement& q) {
    std::vector<JournalRow> rows;
    while (q.executeStep()) rows.push_back(read_row(q));
    return rows;
}

void bind_json(SQLite::Statement& q, const char* name, const std::string& text) {
    if (text.empty()) q.bind(name);  // NULL: the record did not exist on that side
    else q.bind(name, text);
}

}  // namespace

void append_journal(Database& db, JournalRow& row) {
    translate_errors(db, "record the change in the history", [&] {
        if (row.at.empty()) row.at = now_utc_iso();
        SQLite::Statement q(db.sql(),
                            "INSERT INTO journal (at, origin, command, entity, entity_uuid, before, after, undoes) "
                            "VALUES (:at, :origin, :command, :entity, :uuid, :before, :after, :undoes)");
        q.bind(":at", row.at);
        q.bind(":origin", std::string(to_string(row.origin)));
        q.bind(":command", row.command);
        q.bind(":entity", row.entity);
        q.bind(":uuid", row.entity_uuid);
        bind_json(q, ":before", row.before);
        bind_json(q, ":after", row.after);
        if (row.undoes) q.bind(":undoes", *row.undoes);
        else q.bind(":undoes");
        q.exec();
        row.id = db.sql().getLastInsertRowid();
    });
}

std::vector<JournalRow> load_journal(Database& db, int limit) {
    return translate_errors(db, "read the history", [&] {
        SQLite::Statement q(db.sql(), std::string("SELECT ") + kColumns + " FROM journal ORDER BY id DESC LIMIT :limit");
        q.bind(":limit", limit);
        return read_rows(q);
    });
}

std::vector<JournalRow> journal_of(Database& db, const std::string& entity_uuid) {
    return translate_errors(db, "read the record's history", [&] {
        SQLite::Statement q(db.sql(),
                            std::string("SELECT ") + kColumns + " FROM journal WHERE entity_uuid = :uuid ORDER BY id");
        q.bind(":uuid", entity_uuid);
        return read_rows(q);
    });
}

std::vector<JournalRow> load_goal_journal(Database& db, int64_t after_id) {
    return translate_errors(db, "read the goals' history", [&] {
        SQLite::Statement q(db.sql(), std::string("SELECT ") + kColumns +
                                          " FROM journal WHERE id > :after AND entity = 'goal'"
                                          " AND before IS NOT NULL AND after IS NOT NULL ORDER BY id");
        q.bind(":after", after_id);
        return read_rows(q);
    });
}

std::optional<JournalRow> journal_row(Database& db, int64_t id) {
    return translate_errors(db, "read the history", [&]() -> std::optional<JournalRow> {
        SQLite::Statement q(db.sql(), std::string("SELECT ") + kColumns + " FROM journal WHERE id = :id");
        q.bind(":id", id);
        if (!q.executeStep()) return std::nullopt;
        return read_row(q);
    });
}

namespace {
std::optional<int64_t> first_id(SQLite::Statement& q) {
    if (!q.executeStep()) return std::nullopt;
    return q.getColumn(0).getInt64();
}
}  // namespace

std::optional<int64_t> next_to_undo(Database& db) {
    return translate_errors(db, "find what to undo", [&] {
        SQLite::Statement q(db.sql(),
                            "SELECT id FROM journal j WHERE j.command NOT LIKE 'undo%' AND "
                            "NOT EXISTS (SELECT 1 FROM journal r WHERE r.undoes = j.id) ORDER BY id DESC LIMIT 1");
        return first_id(q);
    });
}

std::optional<int64_t> next_to_redo(Database& db) {
    return translate_errors(db, "find what to redo", [&] {
        SQLite::Statement q(db.sql(),
                            "SELECT id FROM journal u WHERE u.command LIKE 'undo%' AND "
                            "NOT EXISTS (SELECT 1 FROM journal r WHERE r.undoes = u.id) AND "
                            "NOT EXISTS (SELECT 1 FROM journal d WHERE d.id > u.id AND d.command NOT LIKE 'undo%' "
                            "AND d.command NOT LIKE 'redo%') ORDER BY id DESC LIMIT 1");
        return first_id(q);
    });
}

std::optional<int64_t> id_of_uuid(Database& db, RecordTable table, const std::string& uuid) {
    return translate_errors(db, "look up the record", [&] {
        // The table comes from the enum, never from text: only these three statements exist.
        const char* sql = table == RecordTable::goals   ? "SELECT id FROM goals WHERE uuid = :uuid"
                          : table == RecordTable::steps ? "SELECT id FROM steps WHERE uuid = :uuid"
                                                        : "SELECT id FROM progress_entries WHERE uuid = :uuid";
        SQLite::Statement q(db.sql(), sql);
        q.bind(":uuid", uuid);
        return first_id(q);
    });
}

}  // namespace sw
