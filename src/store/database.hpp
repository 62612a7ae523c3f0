#pragma once
// The one SQLite file. Owns the connection; every write goes through write(),
// a BEGIN IMMEDIATE transaction that rolls back on any exception.
#include "core/dates.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>

#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

namespace sw {

// Something is wrong with the database file itself (foreign, newer, corrupt, I/O).
struct StoreError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The file failed its integrity check or holds a value that cannot be read: it
// is left as it is, and the newest backup that passes a full check (if any) is
// offered instead. Index-only damage is `repairable` in place (repair_indexes).
struct DamagedDatabaseError : StoreError {
    DamagedDatabaseError(const std::string& message, std::string path, std::optional<std::string> backup,
                         bool repairable = false)
        : StoreError(message), path(std::move(path)), backup(std::move(backup)), repairable(repairable) {}
    std::string path;
    std::optional<std::string> backup;
    bool repairable = false;
};

// How the app's shells open the database (tests use the defaults: no backup).
struct OpenOptions {
    // The shell takes the daily backup (store/maintenance.hpp, after answering);
    // open() itself takes it only before a migration, which must not wait.
    bool auto_backup = false;
    std::string backup_dir;    // "" = backup_dir_for(path); also where a damaged file's
                               // message looks for the newest good backup
    std::optional<Day> today;  // the automatic backup's day (default today_local())
    // A failed automatic backup is reported here and is not fatal (the data is fine).
    std::function<void(const std::string&)> warn;

    // The GUI and CLI: automatic backups, warnings to stderr.
    static OpenOptions for_app(Day today);
};

class Database {
public:
    // Opens (creating if missing, mode 0600 with its -wal/-shm, folders 0700)
    // and migrates under the write lock, so any number of processes may open a
    // new or old file at once. Refuses, untouched, a file that is not SQLite, a
    // SQLite file that is not Stepwise's, one written by a newer Stepwise, and
    // one that fails find_damage_on_open() or whose damage the daily full check
    // remembered (the error names the newest good backup).
    // A file that cannot be written (read-only file, folder or file system) is
    // opened read-only when its schema is current; write() then explains why.
    static Database open(const std::string& path);
    static Database open(const std::string& path, const OpenOptions& options);
    static Database in_memory();

    SQLite::Database& sql() { return *db_; }
    const std::string& path() const { return path_; }
    int schema_version();
    // Why this file cannot be changed ("" when it can): write() throws it.
    const std::string& read_only_reason() const { return read_only_reason_; }

    template <class Fn>
    auto write(Fn&& fn) {
        begin_immediate();
        try {
            if constexpr (std::is_void_v<decltype(fn())>) {
                fn();
                commit();
            } else {
                auto result = fn();
                commit();
                return result;
            }
        } catch (const SQLite::Exception& e) {
            rollback();
            throw_write_error(e);
        } catch (...) {
            rollback();
            throw;
        }
    }

private:
    Database(std::unique_ptr<SQLite::Database> db, std::string path, std::string read_only_reason = {});
    void begin_immediate();
    void commit();
    void rollback();
    // SQLite's own error, as a one-line StoreError that says nothing was changed.
    [[noreturn]] void throw_write_error(const SQLite::Exception& e);

    std::unique_ptr<SQLite::Database> db_;
    std::string path_;
    std::string read_only_reason_;
};

// Creates `dir` and any missing parents, each new one 0700 whatever the umask
// (they hold private data). Existing folders keep their mode. Throws StoreError.
void create_private_directories(const std::string& dir);

// $XDG_DATA_HOME/stepwise/stepwise.db, else ~/.local/share/stepwise/stepwise.db.
std::string default_database_path();
// $XDG_CONFIG_HOME/stepwise, else ~/.config/stepwise (created on demand by callers).
std::string config_directory();

}  // namespace sw
