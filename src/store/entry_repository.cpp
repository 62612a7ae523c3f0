#include "store/entry_repository.hpp"

#include "core/uuid.hpp"
#include "store/raw_statement.hpp"
#include "store/row_codec.hpp"

#include <algorithm>

namespace sw {
using namespace store_detail;

namespace {

// The lean columns come first in both selects, so one reader serves both.
constexpr const char* kSelectValues = "SELECT id, goal_id, date, value, note FROM progress_entries ";
constexpr const char* kSelect =
    "SELECT id, goal_id, date, value, note, uuid, created_at, updated_at FROM progress_entries ";

// Entries are the bulk of the data, so rows are read through RawStatement.
ProgressEntry read_entry_value(const RawStatement& q) {
    ProgressEntry e;
    e.id = q.int64_at(0);
    e.goal_id = q.int64_at(1);
    e.date = q.day_at(2);
    e.value = q.double_at(3);
    e.note = q.text_at(4);
    return e;
}

ProgressEntry read_entry(const RawStatement& q) {
    ProgressEntry e = read_entry_value(q);
    e.uuid = q.text_at(5);
    e.created_at = q.text_at(6);
    e.updated_at = q.text_at(7);
    return e;
}

bool by_date_then_id(const ProgressEntry& a, const ProgressEntry& b) {
    return a.date != b.date ? a.date < b.date : a.id < b.id;
}

std::vector<ProgressEntry> read_all(RawStatement& q) {
    std::vector<ProgressEntry> out;
    while (q.step()) out.push_back(read_entry(q));
    return out;
}

}  // namespace

void insert_entry(Database& db, ProgressEntry& e) {
    if (e.uuid.empty()) e.uuid = new_uuid();
    if (e.created_at.empty()) e.created_at = now_utc_iso();
    if (e.updated_at.empty()) e.updated_at = e.created_at;
    SQLite::Statement q(db.sql(),
                        "INSERT INTO progress_entries (goal_id, date, value, note, updated_at, uuid, "
                        "created_at) VALUES (?,?,?,?,?,?,?)");
    q.bind(1, e.goal_id);
    q.bind(2, format_day(e.date));
    q.bind(3, e.value);
    q.bind(4, e.note);
    q.bind(5, e.updated_at);
    q.bind(6, e.uuid);
    q.bind(7, e.created_at);
    q.exec();
    e.id = db.sql().getLastInsertRowid();
}

void update_entry(Database& db, ProgressEntry& e) {
    e.updated_at = now_utc_iso();
    SQLite::Statement q(db.sql(),
                        "UPDATE progress_entries SET date=?, value=?, note=?, updated_at=? WHERE id=?");
    q.bind(1, format_day(e.date));
    q.bind(2, e.value);
    q.bind(3, e.note);
    q.bind(4, e.updated_at);
    q.bind(5, e.id);
    q.exec();
    require_changed(db.sql(), "entry", e.id);
}

void delete_entry(Database& db, int64_t id) {
    SQLite::Statement q(db.sql(), "DELETE FROM progress_entries WHERE id=?");
    q.bind(1, id);
    q.exec();
    require_changed(db.sql(), "entry", id);
}

std::optional<ProgressEntry> find_entry(Database& db, int64_t id) {
    RawStatement q(db, (std::string(kSelect) + "WHERE id=?").c_str());
    q.bind(1, id);
    if (!q.step()) return std::nullopt;
    return read_entry(q);
}

std::vector<ProgressEntry> load_entries(Database& db) {
    // A table scan (and a sort only when needed) beats walking the (goal, date, id)
    // index, which visits the table in index order.
    RawStatement count(db, "SELECT count(*) FROM progress_entries");
    count.step();
    RawStatement q(db, kSelect);
    std::vector<ProgressEntry> out;
    out.reserve(static_cast<size_t>(count.int64_at(0)));
    while (q.step()) out.push_back(read_entry(q));
    auto by_goal_date_id = [](const ProgressEntry& a, const ProgressEntry& b) {
        return a.goal_id != b.goal_id ? a.goal_id < b.goal_id : by_date_then_id(a, b);
    };
    // Entries logged day by day usually come back in order already.
    if (!std::is_sorted(out.begin(), out.end(), by_goal_date_id))
        std::stable_sort(out.begin(), out.end(), by_goal_date_id);
    return out;
}

std::vector<ProgressEntry> load_entries_for_goal(Database& db, int64_t goal_id) {
    RawStatement q(db, (std::string(kSelect) + "WHERE goal_id=? ORDER BY date, id").c_str());
    q.bind(1, goal_id);
    return read_all(q);
}

std::unordered_map<int64_t, std::vector<ProgressEntry>> load_entry_values(Database& db) {
    RawStatement q(db, kSelectValues);  // a table scan; each goal is sorted below if needed
    std::unordered_map<int64_t, std::vector<ProgressEntry>> by_goal;
    while (q.step()) {
        ProgressEntry e = read_entry_value(q);
        by_goal[e.goal_id].push_back(std::move(e));
    }
    for (auto& [goal, entries] : by_goal)
        if (!std::is_sorted(entries.begin(), entries.end(), by_date_then_id))
            std::stable_sort(entries.begin(), entries.end(), by_date_then_id);
    return by_goal;
}

std::vector<ProgressEntry> load_entry_values_for_goal(Database& db, int64_t goal_id) {
    RawStatement q(db, (std::string(kSelectValues) + "WHERE goal_id=? ORDER BY date, id").c_str());
    q.bind(1, goal_id);
    std::vector<ProgressEntry> out;
    while (q.step()) out.push_back(read_entry_value(q));
    return out;
}

}  // namespace sw
