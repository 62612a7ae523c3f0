// Loop Habit Tracker's backup (its SQLite file, versions 12 to 25) as a Stepwise
// export document: the rows come from store/loop_backup, their meaning is here,
// the mapping rules in import_loop_common.cpp.
#include "app/foreign_import.hpp"
#include "app/import_loop_common.hpp"
#include "core/errors.hpp"
#include "store/database.hpp"
#include "store/loop_backup.hpp"

#include <unordered_map>

namespace sw {

namespace {
constexpr int kOldestLoopVersion = 12;
constexpr int kNewestLoopVersion = 25;
}  // namespace

ForeignImport read_loop_backup(const std::string& path, const ImportProgress& progress) {
    using namespace loop_import;
    LoopBackupRows rows;
    try {
        rows = load_loop_backup(path, progress);
    } catch (const StoreError& e) {
        throw InputError(e.what());
    }
    if (rows.version < kOldestLoopVersion)
        throw InputError("not a Loop Habit Tracker backup this Stepwise reads: database version " +
                         std::to_string(rows.version) + " (versions " + std::to_string(kOldestLoopVersion) + " to " +
                         std::to_string(kNewestLoopVersion) + " are read)");

    ForeignImport out;
    out.format = "loop";
    out.description = "Loop Habit Tracker backup (database version " + std::to_string(rows.version) + ")";
    if (rows.version > kNewestLoopVersion)
        out.losses.push_back("database version " + std::to_string(rows.version) + " is newer than " +
                             std::to_string(kNewestLoopVersion) +
                             ", the newest this Stepwise knows: only the columns it knows were read");

    std::vector<LoopHabit> habits;
    std::unordered_map<int64_t, size_t> by_id;
    for (const LoopHabitRow& r : rows.habits) {
        LoopHabit h;
        bool has_uuid = r.uuid && !r.uuid->empty();
        h.identity = has_uuid ? *r.uuid : std::to_string(r.id) + ":" + r.name;
        h.name = r.name;
        h.question = r.question.value_or("");
        h.description = r.description;
        h.freq_num = r.freq_num;
        h.freq_den = r.freq_den;
        h.numerical = r.type == 1;
        h.at_most = r.target_type == 1;
        h.target_value = r.target_value;
        h.unit = r.unit;
        h.archived = r.archived;
        if (r.reminder_hour && r.reminder_min && *r.reminder_hour >= 0 && *r.reminder_hour < 24 &&
            *r.reminder_min >= 0 && *r.reminder_min < 60) {
            h.remind_at = static_cast<int>(*r.reminder_hour * 60 + *r.reminder_min);
            if (r.reminder_days && *r.reminder_days != 0) h.remind_days = static_cast<unsigned>(*r.reminder_days);
        } else if (r.reminder_hour && *r.reminder_hour >= 0) {
            out.skipped.push_back("habit '" + r.name + "': its reminder time " + std::to_string(*r.reminder_hour) +
                                  ":" + (r.reminder_min ? std::to_string(*r.reminder_min) : "?") +
                                  " is not a time of day and was left out");
        }
        if (r.type != 0 && r.type != 1)
            out.losses.push_back("habit '" + r.name + "': unknown habit type " + std::to_string(r.type) +
                                 ", read as yes/no");
        by_id.emplace(r.id, habits.size());
        habits.push_back(std::move(h));
    }

    size_t orphans = 0;
    for (const LoopRepetitionRow& r : rows.repetitions) {
        auto it = by_id.find(r.habit);
        if (it == by_id.end()) {
            ++orphans;
            continue;
        }
        LoopHabit& h = habits[it->second];
        auto day = day_from_millis(r.timestamp);
        if (!day) {
            out.skipped.push_back("habit '" + h.name + "': a record with timestamp " + std::to_string(r.timestamp) +
                                  " is not a day from 1900 to 2200 and was left out");
            continue;
        }
        LoopDay d;
        d.day = *day;
        d.note = r.notes;
        if (h.numerical) {
            d.mark = Mark::amount;
            d.amount = static_cast<double>(r.value.value_or(0)) / 1000.0;
            if (!r.value) d.amount = 1;  // cannot happen: numerical habits came with version 17
        } else if (!r.value) {
            d.mark = Mark::done;  // before version 16 every row is a done day
        } else {
            switch (*r.value) {
                case 0: d.mark = Mark::not_done; break;
                case 1: d.mark = Mark::implied; break;
                case 2: d.mark = Mark::done; break;
                case 3: d.mark = Mark::skipped; break;
                default:
                    out.skipped.push_back("habit '" + h.name + "' " + format_day(*day) + ": unknown Loop value " +
                                          std::to_string(*r.value) + ", left out");
                    continue;
            }
        }
        h.days.push_back(std::move(d));
    }
    if (orphans > 0)
        out.skipped.push_back(std::to_string(orphans) + " repetitions of habits that are not in the Habits table");
    build_document(std::move(habits), "loop", out);
    return out;
}

}  // namespace sw
