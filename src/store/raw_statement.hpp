#pragma once
// A bare sqlite3 statement for the bulk loads (entries, completions): reading
// hundreds of thousands of rows through SQLiteCpp's Column objects costs about
// three times the query itself. Owns the statement; bind parameters only.
#include "core/dates.hpp"
#include "store/backup.hpp"
#include "store/database.hpp"

#include <sqlite3.h>

#include <string>

namespace sw::store_detail {

class RawStatement {
public:
    RawStatement(Database& db, const char* sql) : db_(db.sql().getHandle()) {
        if (sqlite3_prepare_v2(db_, sql, -1, &stmt_, nullptr) != SQLITE_OK)
            throw StoreError(std::string("cannot prepare a query: ") + sqlite3_errmsg(db_));
    }
    ~RawStatement() { sqlite3_finalize(stmt_); }
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;

    void bind(int index, int64_t value) { sqlite3_bind_int64(stmt_, index, value); }
    bool step() {
        int rc = sqlite3_step(stmt_);
        if (rc == SQLITE_ROW) return true;
        if (rc == SQLITE_DONE) return false;
        throw StoreError(std::string("cannot read the database: ") + sqlite3_errmsg(db_));
    }
    int64_t int64_at(int column) const { return sqlite3_column_int64(stmt_, column); }
    double double_at(int column) const { return sqlite3_column_double(stmt_, column); }
    std::string text_at(int column) const {
        const unsigned char* text = sqlite3_column_text(stmt_, column);
        return text ? std::string(reinterpret_cast<const char*>(text),
                                  static_cast<size_t>(sqlite3_column_bytes(stmt_, column)))
                    : std::string();
    }

    // A YYYY-MM-DD column; a malformed one means the file was edited by hand.
    Day day_at(int column) const {
        auto day = parse_iso_day(text_at(column));
        if (!day) throw_unreadable(column);
        return *day;
    }

private:
    // Like Database::open()'s check: table, row and column, never the stored bytes.
    [[noreturn]] void throw_unreadable(int column) const {
        const char* table = sqlite3_column_table_name(stmt_, column);
        const char* first = sqlite3_column_origin_name(stmt_, 0);
        std::string where = table ? table : "a table";
        if (first && std::string(first) == "id") where += " row " + std::to_string(int64_at(0));
        std::string path = sqlite3_db_filename(db_, "main") ? sqlite3_db_filename(db_, "main") : "";
        std::string problem = where + " has an unreadable " + sqlite3_column_name(stmt_, column);
        if (path.empty()) throw StoreError("the database is damaged: " + problem);
        auto backup = newest_good_backup(backup_dir_for(path));
        throw DamagedDatabaseError(path + " is damaged (" + problem + "). " +
                                       (backup ? "Newest good backup: " + *backup : "No good backup was found"),
                                   path, backup);
    }

    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

}  // namespace sw::store_detail
