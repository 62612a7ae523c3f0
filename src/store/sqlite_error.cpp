#include "store/sqlite_error.hpp"

#include "store/backup.hpp"

#include <sqlite3.h>

namespace sw::store_detail {
namespace {

// SQLite's messages are one line nearly always; an error message must be.
std::string one_line(std::string text) {
    for (char& c : text)
        if (c == '\n' || c == '\r') c = ' ';
    return text;
}

}  // namespace

std::string sqlite_reason(const SQLite::Exception& e) {
    switch (e.getErrorCode() & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return "the database stayed busy (another program is using it)";
    case SQLITE_FULL: return "the disk is full";
    case SQLITE_READONLY: return "the database cannot be written";
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return "the database is damaged (" + one_line(e.what()) + ")";
    case SQLITE_CONSTRAINT: return "the database refused it (" + one_line(e.what()) + ")";
    default: return one_line(e.what());
    }
}

void throw_damaged(const Database& db, const std::string& problem, const std::string& context) {
    const std::string& path = db.path();
    if (path.empty() || path == ":memory:") throw StoreError(context + "the database is damaged (" + problem + ")");
    auto backup = newest_good_backup(backup_dir_for(path));
    throw DamagedDatabaseError(context + path + " is damaged (" + problem + "). " +
                                   (backup ? "Newest good backup: " + *backup : "No good backup was found"),
                               path, backup);
}

void throw_translated(const Database& db, const std::string& what, const SQLite::Exception& e) {
    std::string context = "cannot " + what + ": ";
    switch (e.getErrorCode() & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: throw_damaged(db, one_line(e.what()), context);
    case SQLITE_CONSTRAINT: throw RecordRefusedError(context + sqlite_reason(e), one_line(e.what()));
    default: throw StoreError(context + sqlite_reason(e));
    }
}

}  // namespace sw::store_detail
