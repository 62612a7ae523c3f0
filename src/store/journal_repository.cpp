#include "store/journal_repository.hpp"

#include <SQLiteCpp/Statement.h>

namespace sw {
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

void bind_json(SQLite::Statement& q, const char* name, const std::string& text) {
    if (text.empty()) q.bind(name);  // NULL: the record did not exist on that side
    else q.bind(name, text);
}

}  // namespace

void append_journal(Database& db, JournalRow& row) {
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
}

std::vector<JournalRow> load_journal(Database& db, int limit) {
    SQLite::Statement q(db.sql(), std::string("SELECT ") + kColumns + " FROM journal ORDER BY id DESC LIMIT :limit");
    q.bind(":limit", limit);
    std::vector<JournalRow> rows;
    while (q.executeStep()) rows.push_back(read_row(q));
    return rows;
}

std::vector<JournalRow> journal_of(Database& db, const std::string& entity_uuid) {
    SQLite::Statement q(db.sql(),
                        std::string("SELECT ") + kColumns + " FROM journal WHERE entity_uuid = :uuid ORDER BY id");
    q.bind(":uuid", entity_uuid);
    std::vector<JournalRow> rows;
    while (q.executeStep()) rows.push_back(read_row(q));
    return rows;
}

}  // namespace sw
