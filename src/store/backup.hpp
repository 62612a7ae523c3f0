#pragma once
// Backups of the database file, made with SQLite's online backup API (never a
// file copy, which could catch a half-written page or miss the -wal file).
//
// Automatic backups: at most one a day, made by the daily maintenance after the
// first answer (store/maintenance.hpp) and before any migration, named
// stepwise-YYYY-MM-DD.db in the backup folder. Rotation keeps
//   - daily:  the 7 newest backups, and
//   - weekly: of the older ones, the newest backup of each ISO week (Monday to
//             Sunday), for the 4 most recent such weeks.
// Everything else matching the name pattern is deleted; other files in the folder
// are never touched. A new backup must pass PRAGMA integrity_check before it
// replaces anything and before anything older is pruned.
#include "core/dates.hpp"

#include <SQLiteCpp/Database.h>

#include <atomic>
#include <optional>
#include <string>
#include <vector>

namespace sw {

class Database;

// Copies the open database into `dest` (0600): into a temporary file in the same
// folder, integrity-checked, then renamed over `dest`. A failed backup leaves
// `dest` as it was. The folder must exist. Throws StoreError.
void backup_database(Database& db, const std::string& dest);
void backup_database(SQLite::Database& source, const std::string& dest);

// $XDG_DATA_HOME/stepwise/backups, else ~/.local/share/stepwise/backups.
std::string default_backup_dir();
// The default database's backups go to default_backup_dir(); any other database
// (--db PATH) keeps its own in "PATH-backups", so that a scratch or test database
// never takes the day's slot of the real one.
std::string backup_dir_for(const std::string& db_path);

std::string backup_file_name(Day day);                            // stepwise-2026-11-26.db
std::optional<Day> backup_file_day(const std::string& file_name);  // its day, if it is one

// The rotation policy above, on the days that have a backup: the days to keep.
std::vector<Day> backup_days_to_keep(std::vector<Day> days);

// The automatic backup of the database file at `db_path`: does nothing (nullopt)
// when today's backup exists already, or the file is missing, empty, not
// Stepwise's, or from a newer Stepwise. Reads the source read-only. Returns the
// new backup's path. Throws StoreError when the backup fails; then nothing is pruned.
// `cancel`: see open_read_only().
std::optional<std::string> auto_backup(const std::string& db_path, const std::string& backup_dir,
                                       Day today, const std::atomic<bool>* cancel = nullptr);

// A backup made on request into the rotation folder: today's file (replacing one
// made earlier today), then the same pruning. Returns its path.
std::string daily_backup(Database& db, const std::string& backup_dir, Day today);

// The newest backup in `dir` that passes PRAGMA integrity_check.
std::optional<std::string> newest_good_backup(const std::string& dir);

}  // namespace sw
