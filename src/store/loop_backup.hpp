#pragma once
// Reading a Loop Habit Tracker backup (an SQLite file another program wrote,
// PRAGMA user_version 12 to 25) without ever writing to it: opened read-only
// and immutable, so no -wal or -shm appears beside it. Only the Habits and
// Repetitions tables are read, and in each only the columns that file's version
// has; Loop's derived tables (Checkmarks, Score, Streak) are ignored. What the
// rows mean is the app's business (app/import_loop.cpp).
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace sw {

struct LoopHabitRow {
    int64_t id = 0;
    std::string name;
    std::optional<std::string> question;  // from version 23
    std::string description;
    int64_t freq_num = 1;  // freq_num times in freq_den days
    int64_t freq_den = 1;
    int64_t type = 0;         // 0 yes/no, 1 numerical (version 17 on; 0 before)
    int64_t target_type = 0;  // 0 at least, 1 at most
    double target_value = 0;
    std::string unit;
    bool archived = false;
    int64_t position = 0;
    std::optional<int64_t> reminder_hour, reminder_min;
    std::optional<int64_t> reminder_days;  // bitmask; null when the column is missing or empty
    std::optional<std::string> uuid;       // from version 24
};

struct LoopRepetitionRow {
    int64_t habit = 0;
    int64_t timestamp = 0;         // milliseconds at UTC midnight of the day
    std::optional<int64_t> value;  // nullopt before version 16: every row is a done day
    std::string notes;             // from version 25
};

struct LoopBackupRows {
    int version = 0;  // PRAGMA user_version
    std::vector<LoopHabitRow> habits;            // by position, then id
    std::vector<LoopRepetitionRow> repetitions;  // by habit, then timestamp
};

// Throws StoreError with one line naming what is wrong, without the file's name
// (the caller gives it): "not an SQLite database", "damaged or truncated (…)",
// "not a Loop Habit Tracker backup: no Habits table", "not a Loop Habit Tracker
// backup: the Habits table has no freq_num column". `progress` (may be empty)
// is told the share of repetitions read, 0 to 1.
LoopBackupRows load_loop_backup(const std::string& path, const std::function<void(double)>& progress);

}  // namespace sw
