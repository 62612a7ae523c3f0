#include "store/database.hpp"

#include "store/backup.hpp"
#include "store/integrity.hpp"
#include "store/migrations.hpp"

#include <SQLiteCpp/Statement.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>

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
    std::ifstream in(path, std::ios::binary);
    if (!in) throw StoreError("cannot read " + path + ": " + std::strerror(errno));
    char header[16] = {};
    in.read(header, sizeof header);
    if (in.gcount() < 16 || std::memcmp(header, "SQLite format 3\0", 16) != 0) {
        // A file that has Stepwise backups was ours: its header is damaged.
        if (auto backup = newest_good_backup(backup_dir_for(path)))
            throw DamagedDatabaseError(path + " is damaged (its header is not SQLite's); it was left untouched. "
                                       "Newest good backup: " + *backup, path, backup);
        throw StoreError(path + " is not a Stepwise database (not a SQLite file); it was left untouched");
    }
}

// Create a new file 0600 whatever the umask; SQLite gives -wal/-shm the same
// mode. An existing file keeps its mode: refusing it must leave it untouched.
void create_private_file(const std::string& path) {
    fs::path p(path);
    if (p.has_parent_path()) {
        std::error_code ec;
        fs::create_directories(p.parent_path(), ec);
        if (ec) throw StoreError("cannot create " + p.parent_path().string() + ": " + ec.message());
    }
    int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0 && errno == EEXIST) return;
    if (fd < 0) throw StoreError("cannot open " + path + ": " + std::strerror(errno));
    ::fchmod(fd, 0600);
    ::close(fd);
}

// A SQLite file with tables but no user_version was made by someone else.
void check_is_stepwise(SQLite::Database& db, const std::string& path) {
    if (db.execAndGet("PRAGMA user_version").getInt() != 0) return;
    SQLite::Statement q(db, "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'");
    q.executeStep();
    if (q.getColumn(0).getInt() > 0)
        throw StoreError(path + " is a SQLite database but not a Stepwise one; it was left untouched");
}

void configure(SQLite::Database& db) {
    db.exec("PRAGMA foreign_keys = ON");
    db.exec("PRAGMA busy_timeout = 5000");
    // Read pages through a memory map instead of a read() per page: opening
    // ten years of entries is dominated by reading the file.
    db.exec("PRAGMA mmap_size = 268435456");
}

bool has_content(const std::string& path) {
    std::error_code ec;
    return fs::is_regular_file(path, ec) && fs::file_size(path, ec) > 0;
}

// Runs before anything can write to an existing file (WAL switch, migrations):
// a damaged file is refused as it is, and the daily backup is taken of the
// file as it was before this build migrates it.
void check_and_back_up(const std::string& path, const OpenOptions& options) {
    std::string backups = options.backup_dir.empty() ? backup_dir_for(path) : options.backup_dir;
    require_intact(path, backups);
    if (!options.auto_backup) return;
    try {
        auto_backup(path, backups, options.today.value_or(today_local()));
    } catch (const StoreError& e) {
        if (options.warn) options.warn(std::string("the automatic backup failed: ") + e.what());
    }
}

}  // namespace

OpenOptions OpenOptions::for_app(Day today) {
    OpenOptions o;
    o.auto_backup = true;
    o.today = today;
    o.warn = [](const std::string& message) { std::cerr << "stepwise: warning: " << message << "\n"; };
    return o;
}

Database::Database(std::unique_ptr<SQLite::Database> db, std::string path)
    : db_(std::move(db)), path_(std::move(path)) {}

Database Database::open(const std::string& path) { return open(path, OpenOptions{}); }

Database Database::open(const std::string& path, const OpenOptions& options) {
    if (path.empty()) throw StoreError("the database path is empty");
    check_is_sqlite_or_empty(path);
    std::unique_ptr<SQLite::Database> db;
    try {
        if (has_content(path)) check_and_back_up(path, options);
        create_private_file(path);
        // One connection used by one thread at a time: no per-call mutex (it cost a
        // tenth of loading 200k entries).
        db = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE |
                                                          SQLite::OPEN_NOMUTEX);
        configure(*db);
        check_is_stepwise(*db, path);
        refuse_newer_schema(*db);  // before WAL: switching modes writes the header
        db->exec("PRAGMA journal_mode = WAL");
        migrate(*db);
    } catch (const StoreError&) {
        throw;
    } catch (const SQLite::Exception& e) {
        throw StoreError("cannot open " + path + ": " + e.what());
    }
    return Database(std::move(db), path);
}

Database Database::in_memory() {
    auto db = std::make_unique<SQLite::Database>(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    configure(*db);
    migrate(*db);
    return Database(std::move(db), ":memory:");
}

int Database::schema_version() { return db_->execAndGet("PRAGMA user_version").getInt(); }

void Database::begin_immediate() { db_->exec("BEGIN IMMEDIATE"); }
void Database::commit() { db_->exec("COMMIT"); }
void Database::rollback() {
    try {
        db_->exec("ROLLBACK");
    } catch (const SQLite::Exception&) {
        // SQLite may already have rolled back (e.g. after SQLITE_FULL); nothing left to undo.
    }
}

std::string default_database_path() {
    return env_or_home("XDG_DATA_HOME", "/.local/share") + "/stepwise/stepwise.db";
}

std::string config_directory() { return env_or_home("XDG_CONFIG_HOME", "/.config") + "/stepwise"; }

}  // namespace sw
