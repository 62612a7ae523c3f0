#pragma once
#include "core/checkin.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace sw {

// SQLite's errors arrive as StoreError (see goal_repository.hpp).
// One check-in per day: inserts, or updates the day's existing one (keeping its uuid).
void upsert_checkin(Database& db, CheckIn& checkin);
// The import: a new check-in as it arrives, uuid and timestamps included; its
// date must be free. Fills checkin.id.
void insert_checkin_as_is(Database& db, CheckIn& checkin);
// The import: the check-in found by `local_uuid` takes every field of `checkin`,
// its uuid included: two check-ins of one day made on two machines converge on
// one. NotFoundError when no check-in has `local_uuid`.
void overwrite_checkin_by_uuid(Database& db, const std::string& local_uuid, const CheckIn& checkin);
std::optional<CheckIn> find_checkin(Database& db, Day date);
std::vector<CheckIn> load_checkins(Database& db);  // by date
void delete_checkin(Database& db, Day date);  // undoing the day's first check-in

// Key/value settings (theme, summary folder …).
std::optional<std::string> get_setting(Database& db, const std::string& key);
void set_setting(Database& db, const std::string& key, const std::string& value);
void delete_setting(Database& db, const std::string& key);  // back to its default
std::vector<std::pair<std::string, std::string>> load_settings(Database& db);

}  // namespace sw
