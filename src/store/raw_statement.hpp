#pragma once
// A bare sqlite3 statement for the bulk loads (entries, completions): reading
// hundreds of thousands of rows through SQLiteCpp's Column objects costs about
// three times the query itself. Owns the statement; named parameters only. Its
// SQLite errors are SQLite::Exception, for the caller's translate_errors().
#include "core/dates.hpp"
#include "core/errors.hpp"
#include "core/step.hpp"
#include "store/database.hpp"
#include "store/sqlite_error.hpp"

#include <sqlite3.h>

#include <optional>
#include <string>

namespace sw::store_detail {

class RawStatement {
public:
    RawStatement(Database& db, const std::string& sql) : database_(db), db_(db.sql().getHandle()) {
        check(sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt_, nullptr));
    }
    ~RawStatement() { sqlite3_finalize(stmt_); }
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;

    // A name the statement does not use is SQLITE_RANGE, as in SQLiteCpp.
    void bind(const char* name, int64_t value) {
        check(sqlite3_bind_int64(stmt_, sqlite3_bind_parameter_index(stmt_, name), value));
    }
    void bind(const char* name, const std::string& value) {
        check(sqlite3_bind_text(stmt_, sqlite3_bind_parameter_index(stmt_, name), value.data(),
                                static_cast<int>(value.size()), SQLITE_TRANSIENT));
    }
    // Ready to run again with new values (the statement is prepared once).
    void reset() {
        sqlite3_reset(stmt_);
        sqlite3_clear_bindings(stmt_);
    }
    bool step() {
        int rc = sqlite3_step(stmt_);
        if (rc == SQLITE_ROW) return true;
        if (rc == SQLITE_DONE) return false;
        throw SQLite::Exception(db_, rc);
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
    // An HH:MM column (minutes after midnight), null when empty.
    std::optional<int> optional_time_at(int column) const {
        if (is_null(column)) return std::nullopt;
        try {
            return parse_time_of_day(text_at(column));
        } catch (const InputError&) {
            throw_unreadable(column);
        }
    }
    bool is_null(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }
    std::optional<Day> optional_day_at(int column) const {
        if (is_null(column)) return std::nullopt;
        return day_at(column);
    }

private:
    void check(int rc) const {
        if (rc != SQLITE_OK) throw SQLite::Exception(db_, rc);
    }

    // Like Database::open()'s check: table, row and column, never the stored bytes.
    [[noreturn]] void throw_unreadable(int column) const {
        const char* table = sqlite3_column_table_name(stmt_, column);
        const char* first = sqlite3_column_origin_name(stmt_, 0);
        std::string where = table ? table : "a table";
        if (first && std::string(first) == "id") where += " row " + std::to_string(int64_at(0));
        throw_damaged(database_, where + " has an unreadable " + sqlite3_column_name(stmt_, column));
    }

    const Database& database_;
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

}  // namespace sw::store_detail
