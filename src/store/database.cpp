#include "store/database.hpp"

#include "store/backup.hpp"
#include "store/database_file.hpp"
#include "store/integrity.hpp"
#include "store/migrations.hpp"
#include "store/sqlite_error.hpp"

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace sw {
namespace {

std::string env_or_home(const char* var, const char* home_suffix) {
    if (const char* v = std::getenv(var); v && *v) return v;
    const char* home = std::getenv("HOME");
    return std::string(home && *home ? home : ".") + home_suffix;
}

// Refuse anything that is not a SQLite file before SQLite gets to touch it.
void check_is_sqlite_or_empty(const std::string& path) {
    std::error_code ec;
    if (!fs::exists(path, ec)) return;
    if (fs::is_directory(path, ec)) throw StoreError(path + " is a directory, not a database file");
    if (fs::file_size(path, ec) == 0) return;
    // Through SQLite's file layer: a plain close() here would drop the locks of
    // any connection this process already has on the file (store/database_file.hpp).
    if (read_database_start(path, 16) != std::string("SQLite format 3\0", 16)) {
        // A file that has Stepwise backups was ours: its header is damaged.
        if (auto backup = newest_good_backup(backup_dir_for(path)))
            throw DamagedDatabaseError(path + " is damaged (its header is not SQLite's); it was left untouched. "
                                       "Newest good backup: " + *backup, path, backup);
        throw StoreError(path + " is not a Stepwise database (not a SQLite file); it was left untouched");
    }
}

// Create a new file 0600 whatever the umask; SQLite gives -wal/-shm the same
// mode. An existing file keeps its mode (refusing it must leave it untouched),
// except an empty one being adopted: it becomes 0600 before anything is written.
void create_private_file(const std::string& path) {
    fs::path p(path);
    if (p.has_parent_path()) create_private_directories(p.parent_path().string());
    int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0 && errno == EEXIST) {
        // By path, never by opening it: closing a descriptor of the file would drop
        // the locks of any connection this process has on it (store/database_file.hpp).
        struct stat st {};
        if (::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && st.st_size == 0) ::chmod(path.c_str(), 0600);
        return;
    }
    if (fd < 0) {
        if (errno == EACCES || errno == EPERM || errno == EROFS)
            throw StoreError("cannot create " + path + ": its folder is read-only");
        throw StoreError("cannot create " + path + ": " + std::strerror(errno));
    }
    ::fchmod(fd, 0600);
    ::close(fd);
}

std::string folder_of(const std::string& path) {
    fs::path parent = fs::path(path).parent_path();
    return parent.empty() ? "." : parent.string();
}

// Why an existing file cannot be changed, or "". access() sees what open() would:
// the mode bits, the immutable attribute (even for root) and a read-only mount.
// Any write needs the folder too: SQLite creates its -wal/-shm or -journal there.
std::string why_read_only(const std::string& path) {
    const std::string can_show = "; Stepwise can show it but not change it";
    std::error_code ec;
    if (!fs::exists(path, ec)) return "";
    if (::access(path.c_str(), W_OK) != 0) {
        if (errno == EROFS) return path + " is on a read-only file system" + can_show;
        return path + " is read-only" + can_show;
    }
    std::string folder = folder_of(path);
    if (::access(folder.c_str(), W_OK | X_OK) != 0) {
        if (errno == EROFS) return path + " is on a read-only file system" + can_show;
        return "the folder " + folder + " is read-only, and changing " + path +
               " needs a new file beside it" + can_show;
    }
    return "";
}

void configure(SQLite::Database& db) {
    // First, so that everything after it waits for a busy file instead of failing.
    db.exec("PRAGMA busy_timeout = 5000");
    db.exec("PRAGMA foreign_keys = ON");
    // No memory map: mapping the file made no load measurably faster, and every
    // page read stayed in the process's memory (40 MB of the window's on ten years).
}

bool has_content(const std::string& path) {
    std::error_code ec;
    return fs::is_regular_file(path, ec) && fs::file_size(path, ec) > 0;
}

std::string backup_folder(const std::string& path, const OpenOptions& options) {
    return options.backup_dir.empty() ? backup_dir_for(path) : options.backup_dir;
}

// An upgrade is the one time the daily backup cannot wait (store/maintenance.hpp
// takes it after the answer otherwise): it must be of the file as it was, and
// only of a file that passes the full check.
void back_up_before_migrating(const std::string& path, const OpenOptions& options) {
    std::string backups = backup_folder(path, options);
    require_intact(path, backups, CheckScope::full);
    try {
        auto_backup(path, backups, options.today.value_or(today_local()));
    } catch (const StoreError& e) {
        if (options.warn) options.warn(std::string("the automatic backup failed: ") + e.what());
    }
}

// journal_mode cannot change inside a transaction, and SQLite answers SQLITE_BUSY
// without waiting when another connection holds a lock it needs, so many
// processes opening a new file at once retry here for up to the busy timeout.
void switch_to_wal(SQLite::Database& db) {
    using namespace std::chrono;
    auto deadline = steady_clock::now() + milliseconds(5000);
    for (int attempt = 0;; ++attempt) {
        try {
            if (db.execAndGet("PRAGMA journal_mode = WAL").getString() == "wal") return;
        } catch (const SQLite::Exception& e) {
            int primary = e.getErrorCode() & 0xff;
            if (primary != SQLITE_BUSY && primary != SQLITE_LOCKED) throw;
        }
        if (steady_clock::now() > deadline) throw StoreError("the database stayed busy for 5 seconds");
        std::this_thread::sleep_for(milliseconds(5 + 5 * std::min(attempt, 9)));
    }
}

// A file that cannot be changed is still worth reading, if this build can read
// it as it is: an older schema would need the migration nobody can write.
std::unique_ptr<SQLite::Database> open_unchangeable(const std::string& path, const std::string& reason) {
    auto db = open_read_only(path);
    configure(*db);
    db->exec("BEGIN");  // one snapshot for the checks
    int version = checked_schema_version(*db, path);
    db->exec("COMMIT");
    if (version < latest_schema_version())
        throw StoreError(reason.substr(0, reason.find(';')) + ", and this Stepwise must upgrade it to schema version " +
                         std::to_string(latest_schema_version()) + " before using it; nothing was changed");
    return db;
}

}  // namespace

OpenOptions OpenOptions::for_app(Day today) {
    OpenOptions o;
    o.auto_backup = true;
    o.today = today;
    o.warn = [](const std::string& message) { std::cerr << "stepwise: warning: " << message << "\n"; };
    return o;
}

Database::Database(std::unique_ptr<SQLite::Database> db, std::string path, std::string read_only_reason)
    : db_(std::move(db)), path_(std::move(path)), read_only_reason_(std::move(read_only_reason)) {}

Database Database::open(const std::string& path) { return open(path, OpenOptions{}); }

Database Database::open(const std::string& path, const OpenOptions& options) {
    if (path.empty()) throw StoreError("the database path is empty");
    check_is_sqlite_or_empty(path);
    try {
        std::string read_only = why_read_only(path);
        bool fresh = !has_content(path);
        // Before anything can write to an existing file (a migration, the WAL
        // switch): a damaged or foreign file is refused as it is.
        if (!fresh) require_intact(path, backup_folder(path, options), CheckScope::on_open);
        if (!read_only.empty()) return Database(open_unchangeable(path, read_only), path, read_only);
        create_private_file(path);
        // One connection used by one thread at a time: no per-call mutex (it cost a
        // tenth of loading 200k entries).
        auto db = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE |
                                                               SQLite::OPEN_NOMUTEX);
        configure(*db);
        // A new file goes to WAL before its first migration: one killed half-way
        // then leaves a -wal that any reader replays, never a hot journal that only
        // a writer may roll back (require_intact reads read-only). An existing file
        // (Stepwise's are WAL already) keeps its header until its migration has
        // succeeded: a failed one must leave it exactly as it was.
        if (fresh) switch_to_wal(*db);
        // Under the write lock; refuses foreign and newer files. A file already at
        // this build's version had its shape checked by require_intact() just
        // now, and no process makes a file older: no lock to wait for.
        if (fresh || db->execAndGet("PRAGMA user_version").getInt() != latest_schema_version()) {
            if (!fresh && options.auto_backup) back_up_before_migrating(path, options);
            migrate(*db, path);
        }
        switch_to_wal(*db);
        return Database(std::move(db), path);
    } catch (const StoreError&) {
        throw;
    } catch (const SQLite::Exception& e) {
        throw StoreError("cannot open " + path + ": " + store_detail::sqlite_reason(e));
    }
}

Database Database::in_memory() {
    auto db = std::make_unique<SQLite::Database>(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    configure(*db);
    migrate(*db);
    return Database(std::move(db), ":memory:");
}

int Database::schema_version() {
    try {
        return db_->execAndGet("PRAGMA user_version").getInt();
    } catch (const SQLite::Exception& e) {
        throw StoreError("cannot read the schema version: " + store_detail::sqlite_reason(e));
    }
}

void Database::begin_immediate() {
    if (!read_only_reason_.empty()) throw StoreError(read_only_reason_);
    try {
        db_->exec("BEGIN IMMEDIATE");
    } catch (const SQLite::Exception& e) {
        throw_write_error(e);
    }
}
void Database::commit() {
    try {
        db_->exec("COMMIT");
    } catch (const SQLite::Exception& e) {
        throw_write_error(e);
    }
}

void Database::throw_write_error(const SQLite::Exception& e) {
    throw StoreError(store_detail::sqlite_reason(e) + "; nothing was changed");
}
void Database::rollback() {
    try {
        db_->exec("ROLLBACK");
    } catch (const SQLite::Exception&) {
        // SQLite may already have rolled back (e.g. after SQLITE_FULL); nothing left to undo.
    }
}

void create_private_directories(const std::string& dir) {
    fs::path target = fs::path(dir).lexically_normal();
    fs::path built;
    for (const auto& part : target) {
        built /= part;
        if (::mkdir(built.c_str(), 0700) == 0) {
            ::chmod(built.c_str(), 0700);  // the umask may have taken bits off
            continue;
        }
        int err = errno;
        std::error_code ec;
        if (err == EEXIST && fs::is_directory(built, ec)) continue;
        if (err == EEXIST) throw StoreError("cannot create the folder " + dir + ": " + built.string() + " is a file");
        if (err == EACCES || err == EPERM || err == EROFS)
            throw StoreError("cannot create the folder " + dir + ": " + built.parent_path().string() + " is read-only");
        throw StoreError("cannot create the folder " + dir + ": " + std::strerror(err));
    }
}

std::string default_database_path() {
    return env_or_home("XDG_DATA_HOME", "/.local/share") + "/stepwise/stepwise.db";
}

std::string config_directory() { return env_or_home("XDG_CONFIG_HOME", "/.config") + "/stepwise"; }

}  // namespace sw
