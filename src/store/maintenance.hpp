#pragma once
// The once-a-day work on a database file: the full integrity check of every
// table (too slow for every open of a ten-year file), then the automatic backup.
// It runs on its own read-only connection, off the path of any answer: the
// window starts it after its first frame on a thread, a CLI command after it has
// answered, in a detached process. WAL lets everyone keep reading and writing
// meanwhile. Only a migration runs it first, in the way (the backup must be of
// the file before this build changes it).
#include "core/dates.hpp"
#include "store/integrity.hpp"

#include <optional>
#include <string>

namespace sw {

struct MaintenanceReport {
    bool ran = false;                   // false: done today already, or running elsewhere
    std::optional<std::string> backup;  // the new backup
    std::optional<Damage> damage;       // remembered: every later open refuses the file
    std::string message;                // the damage, or a failed backup (the data is then fine), in one line
};

// Cheap (one stat): is today's backup still missing?
bool daily_maintenance_due(const std::string& backup_dir, Day today);

// The full check, then the backup when it passes. One process at a time per
// backup folder (the others return at once, ran = false). Never throws.
// Setting *cancel stops it soon, leaving no backup and remembering nothing.
MaintenanceReport run_daily_maintenance(const std::string& db_path, const std::string& backup_dir, Day today,
                                        const std::atomic<bool>* cancel = nullptr);

}  // namespace sw
