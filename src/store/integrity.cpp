#include "store/integrity.hpp"

#include "core/dates.hpp"
#include "core/goal.hpp"
#include "core/step.hpp"
#include "store/backup.hpp"
#include "store/database.hpp"
#include "store/database_file.hpp"
#include "store/migrations.hpp"
#include "store/sqlite_error.hpp"

#include <SQLiteCpp/Statement.h>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sw {
namespace {

bool is_damage(const SQLite::Exception& e) {
    int primary = e.getErrorCode() & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

// "*** in database main ***\nPage 11: btreeInitPage() returns error code 11" reads
// better in a one-line message as "page 11: …".
std::string one_line(std::string text) {
    const std::string header = "*** in database main ***\n";
    if (text.starts_with(header)) text.erase(0, header.size());
    for (char& c : text)
        if (c == '\n') c = ' ';
    if (text.starts_with("Page ")) text[0] = 'p';
    return text;
}

// integrity_check's complaints about an index whose entries disagree with its
// table. Everything they describe is rebuilt from the table by REINDEX.
bool is_index_complaint(const std::string& text) {
    auto between = [&](const char* head, const char* middle) {
        return text.starts_with(head) && text.find(middle) != std::string::npos;
    };
    return between("row ", " missing from index ") || between("rowid ", " missing from index ") ||
           text.starts_with("wrong # of entries in index ") || text.starts_with("non-unique entry in index ");
}

// The complaints of one integrity_check statement; nullopt on "ok". More
// complaints than `limit` leave the rest unknown: the damage is then not called
// index-only.
std::optional<Damage> complaints(SQLite::Database& db, const std::string& pragma, int limit) {
    try {
        SQLite::Statement q(db, pragma);
        std::optional<Damage> damage;
        int count = 0;
        bool all_index = true;
        while (q.executeStep()) {
            std::string line = q.getColumn(0).getString();
            if (line == "ok") return std::nullopt;
            if (!damage) damage = Damage{one_line(line), false};
            all_index = all_index && is_index_complaint(line);
            ++count;
        }
        if (!damage) return Damage{"the check returned nothing", false};
        damage->index_only = all_index && count < limit;
        return damage;
    } catch (const SQLite::Exception& e) {
        if (is_damage(e)) return Damage{e.what(), false};
        throw;
    }
}

std::optional<Damage> page_or_index_damage(SQLite::Database& db) {
    // Enough complaints to see them all on any file Stepwise writes (one per
    // row of the largest table would be 200k on the benchmark's 43 MB).
    constexpr int kLimit = 1'000'000;
    return complaints(db, "PRAGMA integrity_check(" + std::to_string(kLimit) + ")", kLimit);
}

// The tables that stay small whatever the file's age (a row per goal, day or
// setting, session or question). Steps, entries, completions and the journal grow without end (five
// thousand tasks brought from Taskwarrior take 4 ms to check): the daily check.
constexpr const char* kSmallTables[] = {"goals", "checkins", "settings", "sessions", "questions"};

bool is_small_table(const char* table) {
    for (const char* t : kSmallTables)
        if (std::strcmp(t, table) == 0) return true;
    return false;
}

// SQL functions over a stored value: 1 when the repositories could not read it.
template <bool (*readable)(const std::string&)>
void unreadable(sqlite3_context* ctx, int, sqlite3_value** argv) {
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return sqlite3_result_int(ctx, 0);  // NOT NULL is the check's
    const unsigned char* text = sqlite3_value_text(argv[0]);
    std::string value(reinterpret_cast<const char*>(text ? text : reinterpret_cast<const unsigned char*>("")),
                      static_cast<size_t>(sqlite3_value_bytes(argv[0])));
    sqlite3_result_int(ctx, readable(value) ? 0 : 1);
}

template <class Parse>
bool parses(Parse parse, const std::string& text) {
    try {
        parse(text);
        return true;
    } catch (...) {
        return false;
    }
}
bool readable_day(const std::string& t) { return parse_iso_day(t).has_value(); }
bool readable_repeat(const std::string& t) { return parses(parse_recurrence, t); }
bool readable_goal_kind(const std::string& t) { return parses(parse_goal_kind, t); }
bool readable_measure(const std::string& t) { return parses(parse_measure, t); }
bool readable_goal_status(const std::string& t) { return parses(parse_goal_status, t); }
bool readable_step_status(const std::string& t) { return parses(parse_step_status, t); }
bool readable_time(const std::string& t) { return parses(parse_time_of_day, t); }

struct Column {
    const char* table;
    const char* row;  // how a row is named in the message
    const char* column;
    const char* test;  // the SQL function that tells an unreadable value
};

// Every value the repositories parse rather than copy (row_codec.hpp, the core parsers).
constexpr Column kParsedColumns[] = {
    {"goals", "id", "start_date", "sw_unreadable_day"},       {"goals", "id", "due_date", "sw_unreadable_day"},
    {"goals", "id", "kind", "sw_unreadable_goal_kind"},      {"goals", "id", "measure", "sw_unreadable_measure"},
    {"goals", "id", "status", "sw_unreadable_goal_status"},  {"steps", "id", "start_date", "sw_unreadable_day"},
    {"steps", "id", "due_date", "sw_unreadable_day"},        {"steps", "id", "done_date", "sw_unreadable_day"},
    {"steps", "id", "repeat", "sw_unreadable_repeat"},       {"steps", "id", "status", "sw_unreadable_step_status"},
    {"step_completions", "step_id", "day", "sw_unreadable_day"}, {"checkins", "id", "date", "sw_unreadable_day"},
    {"progress_entries", "id", "date", "sw_unreadable_day"}, {"steps", "id", "remind_at", "sw_unreadable_time"},
    {"step_skips", "step_id", "day", "sw_unreadable_day"},   {"sessions", "id", "date", "sw_unreadable_day"},
    {"sessions", "id", "next_date", "sw_unreadable_day"},    {"questions", "id", "asked_on", "sw_unreadable_day"},
    {"questions", "id", "discussed_on", "sw_unreadable_day"},
};

void register_value_tests(SQLite::Database& db) {
    struct Fn {
        const char* name;
        void (*fn)(sqlite3_context*, int, sqlite3_value**);
    };
    const Fn fns[] = {{"sw_unreadable_day", unreadable<readable_day>},
                      {"sw_unreadable_repeat", unreadable<readable_repeat>},
                      {"sw_unreadable_goal_kind", unreadable<readable_goal_kind>},
                      {"sw_unreadable_measure", unreadable<readable_measure>},
                      {"sw_unreadable_goal_status", unreadable<readable_goal_status>},
                      {"sw_unreadable_step_status", unreadable<readable_step_status>},
                      {"sw_unreadable_time", unreadable<readable_time>}};
    for (const auto& f : fns)
        sqlite3_create_function_v2(db.getHandle(), f.name, 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, f.fn,
                                   nullptr, nullptr, nullptr);
}

bool has_column(SQLite::Database& db, const char* table, const char* column) {
    SQLite::Statement q(db, "SELECT count(*) FROM pragma_table_info(?) WHERE name = ?");
    q.bind(1, table);
    q.bind(2, column);
    q.executeStep();
    return q.getColumn(0).getInt() > 0;
}

// A value the app would fail to read while loading (a hand-edited date, a
// foreign status): named by table, row and column, never by its bytes.
std::optional<Damage> unreadable_value(SQLite::Database& db, bool small_tables_only = false) {
    register_value_tests(db);
    for (const auto& c : kParsedColumns) {
        if (small_tables_only && !is_small_table(c.table)) continue;
        if (!has_column(db, c.table, c.column)) continue;  // an older schema
        // Only our own constant names are formatted into the query.
        SQLite::Statement q(db, std::string("SELECT ") + c.row + " FROM " + c.table + " WHERE " + c.test + "(" +
                                    c.column + ") LIMIT 1");
        if (!q.executeStep()) continue;
        std::string row = std::to_string(q.getColumn(0).getInt64());
        std::string where = std::string(c.row) == "id" ? std::string(c.table) + " row " + row
                                                       : std::string("a ") + c.table + " row of step " + row;
        return Damage{where + " has an unreadable " + c.column, false};
    }
    return std::nullopt;
}

bool folder_writable(const std::string& path) {
    std::filesystem::path parent = std::filesystem::path(path).parent_path();
    return ::access(parent.empty() ? "." : parent.c_str(), W_OK | X_OK) == 0;
}


[[noreturn]] void throw_damaged(const std::string& path, const Damage& damage, const std::string& backup_dir) {
    auto backup = newest_good_backup(backup_dir);
    std::string what = path + " is damaged (" + damage.problem + ")";
    if (damage.index_only)
        what += " but only in its indexes, which can be rebuilt from the data: run `stepwise repair`"
                " (it keeps a copy of the file first)";
    throw DamagedDatabaseError(what + "; it was left untouched. " +
                                   (backup ? "Newest good backup: " + *backup
                                           : "No good backup was found in " + backup_dir),
                               path, backup, damage.index_only);
}

void set_checkpoint_on_close(SQLite::Database& db, bool on) {
    sqlite3_db_config(db.getHandle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, on ? 0 : 1, nullptr);
}

std::string utc_stamp() {
    std::time_t now = std::time(nullptr);
    std::tm tm {};
    ::gmtime_r(&now, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y%m%d-%H%M%S", &tm);
    return buf;
}

// A byte copy, 0600 whatever the umask; the destination must not exist yet.
void copy_private(const std::string& from, const std::string& to) {
    int in = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
    if (in < 0) throw StoreError("cannot read " + from + ": " + std::strerror(errno));
    int out = ::open(to.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (out < 0) {
        int err = errno;
        ::close(in);
        throw StoreError("cannot keep a copy of " + from + ": " + std::strerror(err));
    }
    ::fchmod(out, 0600);
    char buf[1 << 16];
    ssize_t n;
    bool ok = true;
    while ((n = ::read(in, buf, sizeof buf)) > 0)
        if (::write(out, buf, static_cast<size_t>(n)) != n) ok = false;
    ok = ok && n == 0 && ::fsync(out) == 0;
    ::close(in);
    ::close(out);
    if (!ok) {
        std::remove(to.c_str());
        throw StoreError("cannot keep a copy of " + from + ": " + std::strerror(errno));
    }
}

}  // namespace

std::string integrity_problem(SQLite::Database& db, CheckDepth depth) {
    try {
        // One row "ok", or up to N rows of problems; the first says enough.
        SQLite::Statement q(db, depth == CheckDepth::quick ? "PRAGMA quick_check(1)"
                                                           : "PRAGMA integrity_check(1)");
        if (!q.executeStep()) return "the check returned nothing";
        std::string first = q.getColumn(0).getString();
        return first == "ok" ? std::string() : one_line(first);
    } catch (const SQLite::Exception& e) {
        if (is_damage(e)) return e.what();
        throw;
    }
}

std::optional<Damage> find_damage(SQLite::Database& db) {
    if (auto damage = page_or_index_damage(db)) return damage;
    return unreadable_value(db);
}

std::optional<Damage> find_damage_on_open(SQLite::Database& db) {
    for (const char* table : kSmallTables) {
        SQLite::Statement exists(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?");
        exists.bind(1, table);
        exists.executeStep();
        if (exists.getColumn(0).getInt() == 0) continue;  // an older schema
        // The table form checks that table's pages and indexes only (at most
        // SQLite's default 100 complaints).
        if (auto damage = complaints(db, std::string("PRAGMA integrity_check(") + table + ")", 100)) return damage;
    }
    return unreadable_value(db, true);
}

namespace {

std::string damage_note_path(const std::string& backup_dir) {
    return (std::filesystem::path(backup_dir) / "damage-found").string();
}

// The file's identity: a file put in the database's place is another file.
std::string file_identity(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return "";
    return std::to_string(st.st_dev) + ":" + std::to_string(st.st_ino);
}

}  // namespace

void remember_damage(const std::string& db_path, const std::string& backup_dir, const Damage& damage) {
    std::error_code ec;
    try {
        create_private_directories(backup_dir);  // it names private data's folder
    } catch (const StoreError&) {
        return;  // best effort, as below
    }
    std::string note = damage_note_path(backup_dir);
    std::string tmp = note + ".tmp";
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);  // 0600 from the start
    if (fd < 0) return;
    ::close(fd);
    std::ofstream out(tmp, std::ios::trunc);
    out << file_identity(db_path) << "\n" << (damage.index_only ? "index-only" : "beyond-indexes") << "\n"
        << damage.problem << "\n";
    out.close();
    // Best effort: without the note, the next daily check finds the damage again.
    if (out) std::filesystem::rename(tmp, note, ec);
    if (!out || ec) std::filesystem::remove(tmp, ec);
}

std::optional<Damage> remembered_damage(const std::string& db_path, const std::string& backup_dir) {
    std::ifstream in(damage_note_path(backup_dir));
    std::string identity, kind, problem;
    if (!in || !std::getline(in, identity) || !std::getline(in, kind) || !std::getline(in, problem)) return std::nullopt;
    if (identity.empty() || identity != file_identity(db_path)) return std::nullopt;
    return Damage{problem, kind == "index-only"};
}

void forget_damage(const std::string& backup_dir) {
    std::error_code ec;
    std::filesystem::remove(damage_note_path(backup_dir), ec);
}

namespace {
int stop_when_cancelled(void* cancel) { return static_cast<const std::atomic<bool>*>(cancel)->load() ? 1 : 0; }
}  // namespace

std::unique_ptr<SQLite::Database> open_read_only(const std::string& path, const std::atomic<bool>* cancel) {
    namespace fs = std::filesystem;
    std::error_code ec;
    bool immutable = !folder_writable(path) && !fs::exists(path + "-wal", ec);
    auto db = immutable ? std::make_unique<SQLite::Database>(immutable_file_uri(path),
                                                             SQLite::OPEN_READONLY | SQLite::OPEN_URI, 5000)
                        : std::make_unique<SQLite::Database>(path, SQLite::OPEN_READONLY, 5000);
    set_checkpoint_on_close(*db, false);
    db->exec("PRAGMA mmap_size = 268435456");  // the check reads every page once
    if (cancel)  // every 10,000 virtual-machine steps: well under a millisecond
        sqlite3_progress_handler(db->getHandle(), 10000, stop_when_cancelled,
                                 const_cast<std::atomic<bool>*>(cancel));
    return db;
}

bool passes_integrity_check(const std::string& path) {
    try {
        auto db = open_read_only(path);
        return integrity_problem(*db, CheckDepth::full).empty();
    } catch (const SQLite::Exception&) {
        return false;
    }
}

namespace {
void check_intact(const std::string& path, const std::string& backup_dir, CheckScope scope,
                  const std::atomic<bool>* cancel);
}  // namespace

void require_intact(const std::string& path, const std::string& backup_dir, CheckScope scope,
                    const std::atomic<bool>* cancel) {
    try {
        check_intact(path, backup_dir, scope, cancel);
    } catch (const SQLite::Exception& e) {
        throw StoreError("cannot check " + path + ": " + store_detail::sqlite_reason(e));
    }
}

namespace {

void check_intact(const std::string& path, const std::string& backup_dir, CheckScope scope,
                  const std::atomic<bool>* cancel) {
    std::optional<Damage> damage;
    if (scope == CheckScope::on_open) damage = remembered_damage(path, backup_dir);
    if (!damage) {
        auto db = open_read_only(path, cancel);
        db->exec("BEGIN");  // one snapshot for every check
        damage = scope == CheckScope::full ? page_or_index_damage(*db) : std::nullopt;
        // Only a Stepwise file's values mean anything: a foreign one is refused as such.
        if (!damage) checked_schema_version(*db, path);
        if (!damage) damage = scope == CheckScope::full ? unreadable_value(*db) : find_damage_on_open(*db);
    }  // closed before looking for backups, so the file is released as early as possible
    if (scope == CheckScope::full) {
        if (damage) remember_damage(path, backup_dir, *damage);
        else forget_damage(backup_dir);
    }
    if (damage) throw_damaged(path, *damage, backup_dir);
}

}  // namespace

std::string damaged_copy_name(const std::string& db_path) {
    namespace fs = std::filesystem;
    std::string base = db_path + ".damaged-" + utc_stamp();
    std::string name = base;
    std::error_code ec;
    for (int n = 2; fs::exists(name, ec) || fs::exists(name + "-wal", ec); ++n) name = base + "-" + std::to_string(n);
    return name;
}

namespace {
std::string restore_checked_backup(const std::string& backup_path, const std::string& given_path);
}  // namespace

std::string restore_backup(const std::string& backup_path, const std::string& given_path) {
    try {
        return restore_checked_backup(backup_path, given_path);
    } catch (const SQLite::Exception& e) {
        throw StoreError("cannot restore " + backup_path + ": " + store_detail::sqlite_reason(e));
    }
}

namespace {

std::string restore_checked_backup(const std::string& backup_path, const std::string& given_path) {
    if (!passes_integrity_check(backup_path))
        throw StoreError(backup_path + " does not pass its integrity check; nothing was changed");
    namespace fs = std::filesystem;
    std::error_code ec;
    // Restore where the data really lives when the path is a symbolic link.
    std::string db_path = fs::weakly_canonical(given_path, ec).string();
    if (ec) db_path = given_path;
    std::string aside = damaged_copy_name(db_path);
    // The damaged file's -wal/-shm go aside first: left in place, SQLite would
    // replay them onto the restored file.
    for (const char* suffix : {"-wal", "-shm"}) {
        if (!fs::exists(db_path + suffix, ec)) continue;
        fs::rename(db_path + suffix, aside + suffix, ec);
        if (ec) throw StoreError("cannot move " + db_path + suffix + " aside: " + ec.message());
    }
    // Keep the damaged file under a second name; the backup then replaces
    // db_path by an atomic rename, so at no moment is there no database at all.
    fs::create_hard_link(db_path, aside, ec);
    if (ec) {
        SQLite::Database damaged(db_path, SQLite::OPEN_READONLY);
        copy_database_bytes(damaged, aside);
    }
    ::chmod(aside.c_str(), 0600);
    auto source = open_read_only(backup_path);
    backup_database(*source, db_path);
    return aside;
}

}  // namespace

RepairOutcome repair_indexes(const std::string& db_path, const std::string& given_backup_dir) {
    namespace fs = std::filesystem;
    const std::string backup_dir = given_backup_dir.empty() ? backup_dir_for(db_path) : given_backup_dir;
    std::error_code ec;
    if (!fs::is_regular_file(db_path, ec)) throw StoreError("there is no database file at " + db_path);
    try {
        std::optional<Damage> damage;
        {
            auto db = open_read_only(db_path);
            damage = find_damage(*db);
            // Rebuilding indexes is for Stepwise's own files only.
            if (!damage || damage->index_only) checked_schema_version(*db, db_path);
        }
        if (!damage) {
            forget_damage(backup_dir);  // fixed some other way since the daily check
            return RepairOutcome{true, {}};
        }
        remember_damage(db_path, backup_dir, *damage);  // until the repair below succeeds
        if (!damage->index_only) throw_damaged(db_path, *damage, backup_dir);

        SQLite::Database db(db_path, SQLite::OPEN_READWRITE, 5000);
        set_checkpoint_on_close(db, false);  // until repaired, nothing of the WAL goes into the file
        db.exec("BEGIN IMMEDIATE");  // no Stepwise writes while the copy is taken
        std::string aside = damaged_copy_name(db_path);
        try {
            // Under the write lock the file and its -wal together are one consistent state.
            copy_database_bytes(db, aside);  // copy_private() would drop this lock as it closes
            if (fs::exists(db_path + "-wal", ec)) copy_private(db_path + "-wal", aside + "-wal");
        } catch (...) {
            db.exec("ROLLBACK");
            throw;
        }
        try {
            db.exec("REINDEX");
            if (auto left = find_damage(db))
                throw StoreError("rebuilding the indexes did not help: " + left->problem);
            db.exec("COMMIT");
        } catch (const std::exception& e) {
            try {
                db.exec("ROLLBACK");
            } catch (const SQLite::Exception&) {
                // Already rolled back by SQLite; nothing was committed either way.
            }
            throw_damaged(db_path, Damage{std::string(e.what()) + "; a copy was kept as " + aside, false},
                          backup_dir);
        }
        set_checkpoint_on_close(db, true);
        forget_damage(backup_dir);
        return RepairOutcome{false, aside};
    } catch (const SQLite::Exception& e) {
        throw StoreError("cannot repair " + db_path + ": " + e.what());
    }
}

}  // namespace sw
