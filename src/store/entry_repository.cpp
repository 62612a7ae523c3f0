#include "store/entry_repository.hpp"

#include "core/uuid.hpp"
#include "store/raw_statement.hpp"
#include "store/row_codec.hpp"
#include "store/sqlite_error.hpp"

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

// Every column but id, uuid and created_at, each set from the parameter of its
// name: what bind_fields() binds.
constexpr const char* kSetFields =
    "goal_id=:goal_id, date=:date, value=:value, note=:note, updated_at=:updated_at";

void bind_fields(SQLite::Statement& q, const ProgressEntry& e) {
    q.bind(":goal_id", e.goal_id);
    q.bind(":date", format_day(e.date));
    q.bind(":value", e.value);
    q.bind(":note", e.note);
    q.bind(":updated_at", e.updated_at);
}

}  // namespace

void insert_entry(Database& db, ProgressEntry& e) {
    translate_errors(db, "add the entry", [&] {
        if (e.uuid.empty()) e.uuid = new_uuid();
        if (e.created_at.empty()) e.created_at = now_utc_iso();
        if (e.updated_at.empty()) e.updated_at = e.created_at;
        SQLite::Statement q(db.sql(),
                            "INSERT INTO progress_entries (uuid, created_at, goal_id, date, value, note, "
                            "updated_at) VALUES (:uuid, :created_at, :goal_id, :date, :value, :note, :updated_at)");
        bind_fields(q, e);
        q.bind(":uuid", e.uuid);
        q.bind(":created_at", e.created_at);
        q.exec();
        e.id = db.sql().getLastInsertRowid();
    });
}

void update_entry(Database& db, ProgressEntry& e) {
    translate_errors(db, "save the entry", [&] {
        e.updated_at = now_utc_iso();
        SQLite::Statement q(db.sql(), std::string("UPDATE progress_entries SET ") + kSetFields + " WHERE id=:id");
        bind_fields(q, e);
        q.bind(":id", e.id);
        q.exec();
        require_changed(db.sql(), "entry", e.id);
    });
}

void overwrite_entry_by_uuid(Database& db, const ProgressEntry& e) {
    translate_errors(db, "replace the entry", [&] {
        SQLite::Statement q(db.sql(), std::string("UPDATE progress_entries SET ") + kSetFields +
                                          ", created_at=:created_at WHERE uuid=:uuid");
        bind_fields(q, e);
        q.bind(":created_at", e.created_at);
        q.bind(":uuid", e.uuid);
        q.exec();
        require_changed(db.sql(), "entry", e.uuid);
    });
}

void delete_entry(Database& db, int64_t id) {
    translate_errors(db, "delete the entry", [&] {
        SQLite::Statement q(db.sql(), "DELETE FROM progress_entries WHERE id=:id");
        q.bind(":id", id);
        q.exec();
        require_changed(db.sql(), "entry", id);
    });
}

std::optional<ProgressEntry> find_entry(Database& db, int64_t id) {
    return translate_errors(db, "read the entry", [&]() -> std::optional<ProgressEntry> {
        RawStatement q(db, std::string(kSelect) + "WHERE id=:id");
        q.bind(":id", id);
        if (!q.step()) return std::nullopt;
        return read_entry(q);
    });
}

std::vector<ProgressEntry> load_entries(Database& db) {
    return translate_errors(db, "read the entries", [&] {
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
    });
}

std::vector<ProgressEntry> load_entries_for_goal(Database& db, int64_t goal_id) {
    return translate_errors(db, "read the goal's entries", [&] {
        RawStatement q(db, std::string(kSelect) + "WHERE goal_id=:goal_id ORDER BY date, id");
        q.bind(":goal_id", goal_id);
        return read_all(q);
    });
}

std::unordered_map<int64_t, std::vector<ProgressEntry>> load_entry_values(Database& db) {
    return translate_errors(db, "read the entries", [&] {
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
    });
}

std::vector<ProgressEntry> load_entry_values_for_goal(Database& db, int64_t goal_id) {
    return translate_errors(db, "read the goal's entries", [&] {
        RawStatement q(db, std::string(kSelectValues) + "WHERE goal_id=:goal_id ORDER BY date, id");
        q.bind(":goal_id", goal_id);
        std::vector<ProgressEntry> out;
        while (q.step()) out.push_back(read_entry_value(q));
        return out;
    });
}

namespace {

// Four indexed look-ups per goal (entries_by_goal), whatever its history's length.
class EntryFactsReader {
public:
    explicit EntryFactsReader(Database& db)
        : totals_(db, "SELECT entries, total FROM goal_entry_totals WHERE goal_id=:goal_id"),
          later_(db, "SELECT count(*), coalesce(sum(value), 0) FROM progress_entries "
                     "WHERE goal_id=:goal_id AND date>:day"),
          before_(db, std::string(kSelectValues) +
                          "WHERE goal_id=:goal_id AND date<:from ORDER BY date DESC, id DESC LIMIT 1"),
          window_(db, std::string(kSelectValues) +
                          "WHERE goal_id=:goal_id AND date>=:from AND date<=:day ORDER BY date, id") {}

    EntryFacts read(int64_t goal_id, Day window_start, Day day) {
        EntryFacts f;
        const std::string from = format_day(window_start), to = format_day(day);
        totals_.reset();
        totals_.bind(":goal_id", goal_id);
        if (!totals_.step()) return f;
        later_.reset();
        later_.bind(":goal_id", goal_id);
        later_.bind(":day", to);
        later_.step();
        f.count = static_cast<int>(totals_.int64_at(0) - later_.int64_at(0));
        f.sum = totals_.double_at(1) - later_.double_at(1);
        before_.reset();
        before_.bind(":goal_id", goal_id);
        before_.bind(":from", from);
        if (before_.step()) f.before_window = read_entry_value(before_);
        window_.reset();
        window_.bind(":goal_id", goal_id);
        window_.bind(":from", from);
        window_.bind(":day", to);
        while (window_.step()) f.window.push_back(read_entry_value(window_));
        return f;
    }

private:
    RawStatement totals_, later_, before_, window_;
};

}  // namespace

std::unordered_map<int64_t, EntryFacts> load_entry_facts(Database& db, Day window_start, Day day) {
    return translate_errors(db, "read the goals' progress", [&] {
        std::vector<int64_t> goals;
        RawStatement ids(db, "SELECT goal_id FROM goal_entry_totals WHERE entries > 0");
        while (ids.step()) goals.push_back(ids.int64_at(0));
        EntryFactsReader reader(db);
        std::unordered_map<int64_t, EntryFacts> out;
        for (int64_t goal : goals) out[goal] = reader.read(goal, window_start, day);
        return out;
    });
}

EntryFacts load_entry_facts_for_goal(Database& db, int64_t goal_id, Day window_start, Day day) {
    return translate_errors(db, "read the goal's progress",
                            [&] { return EntryFactsReader(db).read(goal_id, window_start, day); });
}

}  // namespace sw
