#include "store/backup.hpp"

#include "store/database.hpp"
#include "store/database_file.hpp"
#include "store/integrity.hpp"
#include "store/migrations.hpp"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <thread>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace sw {
namespace {

constexpr std::string_view kPrefix = "stepwise-";
constexpr std::string_view kSuffix = ".db";
constexpr size_t kDailyKept = 7;
constexpr size_t kWeeklyKept = 4;

StoreError backup_error(const std::string& dest, const std::string& why) {
    return StoreError("cannot back up to " + dest + ": " + why);
}

constexpr std::string_view kTempMarker = ".tmp-";  // ".<dest name>.tmp-XXXXXX", mkstemp's six

// mkstemp gives a fresh 0600 file beside `dest`: the rename into place then stays
// on one file system, and nobody else ever sees the copy's content. The returned
// descriptor holds an flock on it until the backup is over: a temporary whose
// lock can be taken belongs to a backup that was killed half-way.
std::pair<std::string, int> make_temp_beside(const fs::path& dest) {
    fs::path dir = dest.has_parent_path() ? dest.parent_path() : fs::path(".");
    std::string name = ".";  // built by appending: GCC 12 misreports "." + string&& (-Wrestrict)
    name += dest.filename().string();
    name += kTempMarker;
    name += "XXXXXX";
    for (;;) {
        std::string tmp = (dir / name).string();
        int fd = ::mkostemp(tmp.data(), O_CLOEXEC);
        if (fd < 0) throw backup_error(dest.string(), std::strerror(errno));
        ::fchmod(fd, 0600);
        ::flock(fd, LOCK_EX);
        // Another backup's cleanup may have taken it for stale before our lock:
        // it removes a temporary only while holding its lock, so ours is safe
        // once the name still leads to the file we locked.
        struct stat mine {}, named {};
        if (::fstat(fd, &mine) == 0 && ::stat(tmp.c_str(), &named) == 0 && mine.st_ino == named.st_ino &&
            mine.st_dev == named.st_dev)
            return {tmp, fd};
        ::close(fd);
    }
}

void remove_temp(const std::string& tmp) {
    std::error_code ec;
    for (const char* suffix : {"", "-journal", "-wal", "-shm"}) fs::remove(tmp + suffix, ec);
}

// The temporaries a backup to `dest` would leave: of the same file, or, in the
// rotation folder, of any day's backup. Other people's files are never touched.
bool is_our_temp(const std::string& name, const std::string& dest_name) {
    size_t marker = name.rfind(kTempMarker);
    if (!name.starts_with('.') || marker == std::string::npos || name.size() != marker + kTempMarker.size() + 6)
        return false;
    std::string target = name.substr(1, marker - 1);
    return target == dest_name || backup_file_day(target).has_value();
}

// Removes the temporaries of backups that were killed half-way; one still being
// written by a live backup (its flock held) is left alone.
void remove_stale_temps(const fs::path& dir, const std::string& dest_name) {
    std::error_code ec;
    std::vector<std::string> ours;
    for (const auto& entry : fs::directory_iterator(dir, ec))
        if (is_our_temp(entry.path().filename().string(), dest_name)) ours.push_back(entry.path().string());
    for (const auto& tmp : ours) {
        int fd = ::open(tmp.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0) continue;
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0) remove_temp(tmp);  // under the lock: see make_temp_beside
        ::close(fd);
    }
}

void sync_path(const fs::path& path, int flags) {
    int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0) return;  // best effort: SQLite has already synced the copy's pages
    ::fsync(fd);
    ::close(fd);
}

void run_backup(SQLite::Database& dest, SQLite::Database& source) {
    SQLite::Backup backup(dest, source);
    // A writer on a rollback-journal source can hold its lock for a moment.
    for (int attempt = 0; attempt < 50; ++attempt) {
        if (backup.executeStep(-1) == SQLITE_DONE) return;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    throw StoreError("the database stayed busy for 5 seconds");
}

void copy_and_check(SQLite::Database& source, const std::string& tmp) {
    SQLite::Database copy(tmp, SQLite::OPEN_READWRITE);
    run_backup(copy, source);
    // The source is in WAL mode and its header says so; a backup should be one
    // self-contained file that opens without creating -wal/-shm beside it.
    copy.exec("PRAGMA journal_mode = DELETE");
    if (auto problem = integrity_problem(copy, CheckDepth::full); !problem.empty())
        throw StoreError("the copy failed its integrity check (" + problem + ")");
}

// Through SQLite's file layer: the window's own connection is open on this file
// while the daily backup runs, and a plain close() would drop its locks.
bool has_sqlite_header(const std::string& path) {
    try {
        return read_database_start(path, 16) == std::string("SQLite format 3\0", 16);
    } catch (const StoreError&) {
        return false;
    }
}

// Only a database this build understands is worth a backup: an empty new file has
// nothing in it, a foreign one is not ours, and a newer one we must not touch.
bool is_current_stepwise(SQLite::Database& db) {
    int version = db.execAndGet("PRAGMA user_version").getInt();
    if (version < 1 || version > latest_schema_version()) return false;
    SQLite::Statement q(db, "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='goals'");
    q.executeStep();
    return q.getColumn(0).getInt() == 1;
}

// Backups hold the same private data as the database: 0700 like its folder.
void ensure_private_dir(const std::string& dir) {
    try {
        create_private_directories(dir);
    } catch (const StoreError& e) {
        throw StoreError("cannot create the backup folder: " + std::string(e.what()));
    }
}

std::map<Day, fs::path> list_backups(const std::string& dir) {
    std::map<Day, fs::path> found;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        auto day = backup_file_day(entry.path().filename().string());
        if (day && entry.is_regular_file(ec)) found[*day] = entry.path();
    }
    return found;
}

void prune_backups(const std::string& dir) {
    auto found = list_backups(dir);
    std::vector<Day> days;
    for (const auto& [day, path] : found) days.push_back(day);
    auto keep = backup_days_to_keep(days);
    std::error_code ec;
    for (const auto& [day, path] : found)
        if (std::find(keep.begin(), keep.end(), day) == keep.end()) fs::remove(path, ec);
}

}  // namespace

void backup_database(Database& db, const std::string& dest) { backup_database(db.sql(), dest); }

void backup_database(SQLite::Database& source, const std::string& dest) {
    fs::path target(dest);
    fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::error_code ec;
    if (dest.empty()) throw StoreError("cannot back up to a file with an empty name");
    if (fs::is_directory(target, ec)) throw backup_error(dest, "it is a folder");
    if (!fs::is_directory(dir, ec)) throw backup_error(dest, "the folder " + dir.string() + " does not exist");

    remove_stale_temps(dir, target.filename().string());
    auto [tmp, lock] = make_temp_beside(target);
    try {
        copy_and_check(source, tmp);
        sync_path(tmp, O_RDONLY);
        if (::rename(tmp.c_str(), dest.c_str()) != 0) throw backup_error(dest, std::strerror(errno));
    } catch (const SQLite::Exception& e) {
        remove_temp(tmp);
        ::close(lock);
        throw backup_error(dest, e.what());
    } catch (const StoreError& e) {
        remove_temp(tmp);
        ::close(lock);
        if (std::string_view(e.what()).starts_with("cannot back up")) throw;
        throw backup_error(dest, e.what());
    }
    ::close(lock);
    sync_path(dir, O_RDONLY | O_DIRECTORY);
}

std::string default_backup_dir() {
    return (fs::path(default_database_path()).parent_path() / "backups").string();
}

std::string backup_dir_for(const std::string& db_path) {
    std::error_code ec1, ec2;
    fs::path mine = fs::weakly_canonical(db_path, ec1);
    fs::path standard = fs::weakly_canonical(default_database_path(), ec2);
    if (!ec1 && !ec2 && mine == standard) return default_backup_dir();
    return db_path + "-backups";
}

std::string backup_file_name(Day day) {
    return std::string(kPrefix) + format_day(day) + std::string(kSuffix);
}

std::optional<Day> backup_file_day(const std::string& name) {
    std::string_view n(name);
    if (n.size() != kPrefix.size() + 10 + kSuffix.size() || !n.starts_with(kPrefix) ||
        !n.ends_with(kSuffix))
        return std::nullopt;
    return parse_iso_day(n.substr(kPrefix.size(), 10));
}

std::vector<Day> backup_days_to_keep(std::vector<Day> days) {
    std::sort(days.begin(), days.end(), [](Day a, Day b) { return b < a; });  // newest first
    days.erase(std::unique(days.begin(), days.end()), days.end());
    std::vector<Day> keep;
    std::vector<Day> weeks;  // the Monday of each ISO week that has its weekly copy
    for (size_t i = 0; i < days.size(); ++i) {
        if (i < kDailyKept) {
            keep.push_back(days[i]);
            continue;
        }
        Day monday = add_days(days[i], -weekday_index(days[i]));
        if (weeks.size() < kWeeklyKept && std::find(weeks.begin(), weeks.end(), monday) == weeks.end()) {
            weeks.push_back(monday);  // newest first, so this is the week's newest backup
            keep.push_back(days[i]);
        }
    }
    return keep;
}

std::optional<std::string> auto_backup(const std::string& db_path, const std::string& backup_dir,
                                       Day today, const std::atomic<bool>* cancel) {
    fs::path dest = fs::path(backup_dir) / backup_file_name(today);
    std::error_code ec;
    if (fs::exists(dest, ec)) return std::nullopt;  // at most once a day
    if (!fs::is_regular_file(db_path, ec) || !has_sqlite_header(db_path)) return std::nullopt;
    try {
        auto source = open_read_only(db_path, cancel);
        if (!is_current_stepwise(*source)) return std::nullopt;
        ensure_private_dir(backup_dir);
        backup_database(*source, dest.string());
    } catch (const SQLite::Exception& e) {
        throw StoreError("cannot back up " + db_path + ": " + e.what());
    }
    prune_backups(backup_dir);  // only now that the new backup has passed its check
    return dest.string();
}

std::string daily_backup(Database& db, const std::string& backup_dir, Day today) {
    ensure_private_dir(backup_dir);
    std::string dest = (fs::path(backup_dir) / backup_file_name(today)).string();
    backup_database(db, dest);
    prune_backups(backup_dir);
    return dest;
}

std::optional<std::string> newest_good_backup(const std::string& dir) {
    auto found = list_backups(dir);
    for (auto it = found.rbegin(); it != found.rend(); ++it)
        if (passes_integrity_check(it->second.string())) return it->second.string();
    return std::nullopt;
}

}  // namespace sw
