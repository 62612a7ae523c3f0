#pragma once
// Damaged database files, made the ways real ones get damaged, for the store and
// CLI tests. Raw SQL here stands for another program or a faulty disk.
#include "core/dates.hpp"
#include "store/database.hpp"
#include "store/entry_repository.hpp"
#include "store/goal_repository.hpp"
#include "support/files.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <string>
#include <sys/stat.h>

namespace sw::test {

// A closed Stepwise database: goal 1 (numeric) with `entries` progress entries.
inline void make_goal_with_entries(const std::string& path, int entries) {
    Database db = Database::open(path);
    db.write([&] {
        Goal g;
        g.title = "Run 100 km";
        g.kind = GoalKind::numeric;
        g.target = 100;
        g.measure = Measure::total;
        g.start_date = *parse_iso_day("2026-01-01");
        g.due_date = *parse_iso_day("2026-12-31");
        insert_goal(db, g);
        for (int i = 0; i < entries; ++i) {
            ProgressEntry e;
            e.goal_id = g.id;
            e.date = add_days(g.start_date, i % 300);
            e.value = i + 1;
            insert_entry(db, e);
        }
    });
}

inline void set_index_sql(const std::string& path, const std::string& index, const std::string& sql) {
    SQLite::Database raw(path, SQLite::OPEN_READWRITE);
    raw.exec("PRAGMA writable_schema = ON");
    SQLite::Statement q(raw, "UPDATE sqlite_master SET sql = ? WHERE type = 'index' AND name = ?");
    q.bind(1, sql);
    q.bind(2, index);
    REQUIRE(q.exec() == 1);
}

// Index-only damage, as a faulty disk or a buggy tool leaves it: `rows` entries
// of goal 1 that the index entries_by_goal does not know about. The index is made
// blind (a partial index WHERE 0) while they are added, then restored as it was.
inline void hide_rows_from_index(const std::string& path, int rows) {
    const std::string real = "CREATE INDEX entries_by_goal ON progress_entries (goal_id, date, id)";
    set_index_sql(path, "entries_by_goal", real + " WHERE 0");
    {
        SQLite::Database raw(path, SQLite::OPEN_READWRITE);
        for (int i = 0; i < rows; ++i)
            raw.exec("INSERT INTO progress_entries (uuid, goal_id, date, value, created_at, updated_at) VALUES "
                     "('hidden-" + std::to_string(i) + "', 1, '2026-06-01', 1000, 'x', 'x')");
    }
    set_index_sql(path, "entries_by_goal", real);
}

// Rows in a table, counted from the table itself (an index may be damaged).
inline int table_rows(const std::string& path, const std::string& table) {
    SQLite::Database raw(path, SQLite::OPEN_READONLY);
    return raw.execAndGet("SELECT count(*) FROM " + table + " NOT INDEXED").getInt();
}

// Overwrites the b-tree page headers of a table's root page and the page after
// it, as a disk fault would. In the goals table it is damage every open's light
// check finds (the goals are read by every command).
inline void damage_pages(const std::string& path, const std::string& table = "goals") {
    int root = 0;
    {
        SQLite::Database raw(path, SQLite::OPEN_READONLY);
        SQLite::Statement q(raw, "SELECT rootpage FROM sqlite_master WHERE name = ?");
        q.bind(1, table);
        REQUIRE(q.executeStep());
        root = q.getColumn(0).getInt();
    }
    std::string bytes = read_bytes(path);
    REQUIRE(bytes.size() > 100);
    size_t page = (static_cast<unsigned char>(bytes[16]) << 8) | static_cast<unsigned char>(bytes[17]);
    REQUIRE(root >= 2);
    REQUIRE(bytes.size() >= (static_cast<size_t>(root) + 1) * page);
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    for (size_t p = static_cast<size_t>(root) - 1; p < static_cast<size_t>(root) + 1; ++p) {
        f.seekp(static_cast<std::streamoff>(p * page));
        f.write(std::string(16, '\xff').data(), 16);
    }
}

}  // namespace sw::test
