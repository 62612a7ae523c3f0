#include "store/integrity.hpp"

#include "core/dates.hpp"
#include "store/backup.hpp"
#include "store/database.hpp"

#include <SQLiteCpp/Statement.h>

#include <filesystem>
#include <sqlite3.h>

namespace sw {
namespace {

bool is_damage(const SQLite::Exception& e) {
    int primary = e.getErrorCode() & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

// "*** in database main ***\nPage 11: btreeInitPage() returns error code 11" reads
// better in a one-line message as "page 11: …".
std::string one_line(std::string text) {
    const std::string header = "*** in database main ***\n";
    if (text.starts_with(header)) text.erase(0, header.size());
    for (char& c : text)
        if (c == '\n') c = ' ';
    if (text.starts_with("Page ")) text[0] = 'p';
    return text;
}

}  // namespace

std::string integrity_problem(SQLite::Database& db, CheckDepth depth) {
    try {
        // One row "ok", or up to N rows of problems; the first says enough.
        SQLite::Statement q(db, depth == CheckDepth::quick ? "PRAGMA quick_check(1)"
                                                           : "PRAGMA integrity_check(1)");
        if (!q.executeStep()) return "the check returned nothing";
        std::string first = q.getColumn(0).getString();
        return first == "ok" ? std::string() : one_line(first);
    } catch (const SQLite::Exception& e) {
        if (is_damage(e)) return e.what();
        throw;
    }
}

std::unique_ptr<SQLite::Database> open_read_only(const std::string& path) {
    auto db = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READONLY, 5000);
    sqlite3_db_config(db->getHandle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    db->exec("PRAGMA mmap_size = 268435456");  // the check reads every page once
    return db;
}

bool passes_integrity_check(const std::string& path) {
    try {
        auto db = open_read_only(path);
        return integrity_problem(*db, CheckDepth::full).empty();
    } catch (const SQLite::Exception&) {
        return false;
    }
}

void require_intact(const std::string& path, const std::string& backup_dir) {
    std::string problem;
    {
        auto db = open_read_only(path);
        problem = integrity_problem(*db, CheckDepth::quick);
    }  // closed before looking for backups, so the file is released as early as possible
    if (problem.empty()) return;
    auto backup = newest_good_backup(backup_dir);
    throw DamagedDatabaseError(path + " is damaged (" + problem + "); it was left untouched. " +
                                   (backup ? "Newest good backup: " + *backup
                                           : "No good backup was found in " + backup_dir),
                               path, backup);
}

std::string restore_backup(const std::string& backup_path, const std::string& given_path) {
    if (!passes_integrity_check(backup_path))
        throw StoreError(backup_path + " does not pass its integrity check; nothing was changed");
    namespace fs = std::filesystem;
    std::error_code ec;
    // Restore where the data really lives when the path is a symbolic link.
    std::string db_path = fs::weakly_canonical(given_path, ec).string();
    if (ec) db_path = given_path;
    std::string stamp = now_utc_iso();
    for (char& c : stamp)
        if (c == ':') c = '-';
    std::string aside = db_path + ".damaged-" + stamp;
    // The damaged file's -wal/-shm go aside first: left in place, SQLite would
    // replay them onto the restored file.
    for (const char* suffix : {"-wal", "-shm"}) {
        if (!fs::exists(db_path + suffix, ec)) continue;
        fs::rename(db_path + suffix, aside + suffix, ec);
        if (ec) throw StoreError("cannot move " + db_path + suffix + " aside: " + ec.message());
    }
    // Keep the damaged file under a second name; the backup then replaces
    // db_path by an atomic rename, so at no moment is there no database at all.
    fs::create_hard_link(db_path, aside, ec);
    if (ec) fs::copy_file(db_path, aside, ec);
    if (ec) throw StoreError("cannot keep a copy of the damaged " + db_path + ": " + ec.message());
    auto source = open_read_only(backup_path);
    backup_database(*source, db_path);
    return aside;
}

}  // namespace sw
