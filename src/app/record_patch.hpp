#pragma once
// Applying a Patch to a record as it is in the file now: the merge (with its
// conflict check) happens on the record's JSON, then the editable fields are
// read back into the record. Validation is the caller's (app/validate.hpp).
#include "app/commands.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace sw {

// The named fields of `record` as changes, with no conflict check: the command
// line, where the user names each new value outright.
Patch patch_of_fields(const nlohmann::json& record, const std::vector<std::string>& fields);

// `current` with the patch's changes. Throws ConflictError when a changed field
// differs now from what the user saw (and from what they typed); `what` names
// the record in the message ("goal 3"). Throws InputError for a field the
// record does not have.
nlohmann::json merge_patch(const nlohmann::json& current, const Patch& patch, const std::string& what);

// {field: their value} of each conflict: what "use theirs" / "keep mine" start from.
nlohmann::json theirs_of(const std::vector<FieldConflict>& conflicts);

// The record with its editable fields taken from `record` (a merged JSON);
// ids, uuid and timestamps stay as in `base`. InputError for a wrong type.
Goal goal_from_record(Goal base, const nlohmann::json& record);
Step step_from_record(Step base, const nlohmann::json& record);
ProgressEntry entry_from_record(ProgressEntry base, const nlohmann::json& record);
CheckIn checkin_from_record(CheckIn base, const nlohmann::json& record);
Session session_from_record(Session base, const nlohmann::json& record);
Question question_from_record(Question base, const nlohmann::json& record);

}  // namespace sw
