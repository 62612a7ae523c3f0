#include "store/loop_backup.hpp"

#include "store/database.hpp"
#include "store/database_file.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <cctype>
#include <cstring>
#include <filesystem>
#include <set>

namespace sw {
namespace {

std::string first_line(std::string text) {
    auto nl = text.find_first_of("\r\n");
    if (nl != std::string::npos) text.resize(nl);
    return text;
}

// SQLite's words for the usual ways a file is not a readable database.
std::string reason_of(const SQLite::Exception& e) {
    int code = e.getErrorCode() & 0xff;
    if (code == SQLITE_NOTADB) return "not an SQLite database";
    if (code == SQLITE_CORRUPT) return "damaged or truncated (" + first_line(e.what()) + ")";
    if (code == SQLITE_CANTOPEN) return "cannot open the file (" + first_line(e.what()) + ")";
    return "cannot read the file (" + first_line(e.what()) + ")";
}

std::set<std::string> columns_of(SQLite::Database& db, const char* table) {
    std::set<std::string> out;
    SQLite::Statement q(db, "SELECT lower(name) FROM pragma_table_info(?)");
    q.bind(1, table);
    while (q.executeStep()) out.insert(q.getColumn(0).getString());
    return out;
}

bool has_table(SQLite::Database& db, const char* table) {
    SQLite::Statement q(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ? COLLATE NOCASE");
    q.bind(1, table);
    return q.executeStep();
}

// "name" when the table has the column, else "NULL": one SELECT for every version.
std::string select_list(const std::set<std::string>& have, std::initializer_list<const char*> wanted) {
    std::string out;
    for (const char* column : wanted) {
        if (!out.empty()) out += ", ";
        out += have.count(column) ? std::string(column) : std::string("NULL");
    }
    return out;
}

void require_columns(const std::set<std::string>& have, const char* table,
                     std::initializer_list<const char*> required) {
    for (const char* column : required)
        if (!have.count(column))
            throw StoreError(std::string("not a Loop Habit Tracker backup: the ") + table + " table has no " +
                             column + " column");
}

std::optional<int64_t> optional_int(const SQLite::Column& c) {
    if (c.isNull()) return std::nullopt;
    return c.getInt64();
}
std::optional<std::string> optional_text(const SQLite::Column& c) {
    if (c.isNull()) return std::nullopt;
    return c.getString();
}

LoopBackupRows read_rows(SQLite::Database& db, const std::function<void(double)>& progress) {
    LoopBackupRows out;
    {
        // A truncated or overwritten file often still opens; the page check finds it.
        SQLite::Statement check(db, "PRAGMA quick_check(1)");
        if (check.executeStep()) {
            std::string verdict = check.getColumn(0).getString();
            if (verdict != "ok") throw StoreError("damaged or truncated (" + first_line(verdict) + ")");
        }
    }
    out.version = db.execAndGet("PRAGMA user_version").getInt();
    for (const char* table : {"Habits", "Repetitions"})
        if (!has_table(db, table))
            throw StoreError(std::string("not a Loop Habit Tracker backup: no ") + table + " table");

    auto habit_columns = columns_of(db, "Habits");
    require_columns(habit_columns, "Habits", {"id", "name", "freq_num", "freq_den"});
    SQLite::Statement habits(
        db, "SELECT " +
                select_list(habit_columns, {"id", "name", "question", "description", "freq_num", "freq_den", "type",
                                            "target_type", "target_value", "unit", "archived", "position",
                                            "reminder_hour", "reminder_min", "reminder_days", "uuid"}) +
                " FROM Habits ORDER BY " + (habit_columns.count("position") ? "position, " : "") + "id");
    while (habits.executeStep()) {
        LoopHabitRow h;
        h.id = habits.getColumn(0).getInt64();
        h.name = habits.getColumn(1).getString();
        h.question = optional_text(habits.getColumn(2));
        h.description = habits.getColumn(3).getString();
        h.freq_num = habits.getColumn(4).isNull() ? 1 : habits.getColumn(4).getInt64();
        h.freq_den = habits.getColumn(5).isNull() ? 1 : habits.getColumn(5).getInt64();
        h.type = habits.getColumn(6).getInt64();
        h.target_type = habits.getColumn(7).getInt64();
        h.target_value = habits.getColumn(8).getDouble();
        h.unit = habits.getColumn(9).getString();
        h.archived = habits.getColumn(10).getInt64() != 0;
        h.position = habits.getColumn(11).getInt64();
        h.reminder_hour = optional_int(habits.getColumn(12));
        h.reminder_min = optional_int(habits.getColumn(13));
        h.reminder_days = optional_int(habits.getColumn(14));
        h.uuid = optional_text(habits.getColumn(15));
        out.habits.push_back(std::move(h));
    }

    auto repetition_columns = columns_of(db, "Repetitions");
    require_columns(repetition_columns, "Repetitions", {"habit", "timestamp"});
    int64_t total = db.execAndGet("SELECT count(*) FROM Repetitions").getInt64();
    out.repetitions.reserve(static_cast<size_t>(total));
    SQLite::Statement reps(db, "SELECT " + select_list(repetition_columns, {"habit", "timestamp", "value", "notes"}) +
                                   " FROM Repetitions ORDER BY habit, timestamp");
    int64_t done = 0;
    if (progress) progress(0.0);
    while (reps.executeStep()) {
        LoopRepetitionRow r;
        r.habit = reps.getColumn(0).getInt64();
        r.timestamp = reps.getColumn(1).getInt64();
        if (repetition_columns.count("value")) r.value = reps.getColumn(2).getInt64();  // NULL reads as 0
        r.notes = reps.getColumn(3).getString();
        out.repetitions.push_back(std::move(r));
        if (progress && ++done % 2000 == 0 && total > 0) progress(static_cast<double>(done) / static_cast<double>(total));
    }
    if (progress) progress(1.0);
    return out;
}

}  // namespace

LoopBackupRows load_loop_backup(const std::string& path, const std::function<void(double)>& progress) {
    // The caller names the file; the messages say what is wrong with it.
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) throw StoreError("no such file");
    if (std::filesystem::is_directory(path, ec)) throw StoreError("a folder, not a Loop Habit Tracker backup file");
    try {
        SQLite::Database db(immutable_file_uri(path), SQLite::OPEN_READONLY | SQLite::OPEN_URI);
        return read_rows(db, progress);
    } catch (const SQLite::Exception& e) {
        throw StoreError(reason_of(e));
    }
}

}  // namespace sw
