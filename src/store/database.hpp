#pragma once
// The one SQLite file. Owns the connection; every write goes through write(),
// a BEGIN IMMEDIATE transaction that rolls back on any exception.
#include <SQLiteCpp/Database.h>

#include <memory>
#include <stdexcept>
#include <string>

namespace sw {

// Something is wrong with the database file itself (foreign, newer, corrupt, I/O).
struct StoreError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class Database {
public:
    // Opens (creating if missing, mode 0600 with its -wal/-shm) and migrates.
    // Refuses, untouched, a file that is not SQLite, a SQLite file that is not
    // Stepwise's, and one written by a newer Stepwise.
    static Database open(const std::string& path);
    static Database in_memory();

    SQLite::Database& sql() { return *db_; }
    const std::string& path() const { return path_; }
    int schema_version();

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
        } catch (...) {
            rollback();
            throw;
        }
    }

private:
    Database(std::unique_ptr<SQLite::Database> db, std::string path);
    void begin_immediate();
    void commit();
    void rollback();

    std::unique_ptr<SQLite::Database> db_;
    std::string path_;
};

// $XDG_DATA_HOME/stepwise/stepwise.db, else ~/.local/share/stepwise/stepwise.db.
std::string default_database_path();
// $XDG_CONFIG_HOME/stepwise, else ~/.config/stepwise (created on demand by callers).
std::string config_directory();

}  // namespace sw
