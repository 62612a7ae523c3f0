#pragma once
// The writes an import needs beyond the everyday repositories: records that keep
// exactly the uuid, timestamps and position they arrive with, so that an export
// imported elsewhere reads back the same. Callers wrap them in Database::write().
#include "core/checkin.hpp"
#include "core/goal.hpp"
#include "core/progress_entry.hpp"
#include "core/step.hpp"
#include "store/database.hpp"

#include <string>

namespace sw {

// A new step at step.position (insert_step would append it); fills step.id.
void insert_step_as_is(Database& db, Step& step);
// A new check-in; its date must be free. Fills checkin.id.
void insert_checkin_as_is(Database& db, CheckIn& checkin);

// Replace every field of the record with this uuid (created_at and updated_at
// included, as given). Throw NotFoundError when no record has the uuid.
void overwrite_goal_by_uuid(Database& db, const Goal& goal);
void overwrite_step_by_uuid(Database& db, const Step& step);  // goal_id and position too
void overwrite_entry_by_uuid(Database& db, const ProgressEntry& entry);
// The check-in found by `local_uuid` takes every field of `checkin`, its uuid
// included: two check-ins of one day made on two machines converge on one.
void overwrite_checkin_by_uuid(Database& db, const std::string& local_uuid, const CheckIn& checkin);

}  // namespace sw
