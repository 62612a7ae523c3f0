#pragma once
#include "core/step.hpp"
#include "store/database.hpp"

#include <optional>
#include <vector>

namespace sw {

// Callers wrap writes in Database::write(). SQLite's errors arrive as StoreError
// (see goal_repository.hpp).
void insert_step(Database& db, Step& step);  // appends at the end of its goal
// A new step that keeps the position, uuid and timestamps it comes with (the
// import, undo of a delete); fills step.id.
void insert_step_as_is(Database& db, Step& step);
void update_step(Database& db, Step& step);
// The import: every field of the step with this uuid, goal_id, position and
// both timestamps included, as given. NotFoundError when no step has the uuid.
void overwrite_step_by_uuid(Database& db, const Step& step);
void delete_step(Database& db, int64_t id);
std::optional<Step> find_step(Database& db, int64_t id);
std::vector<Step> load_steps(Database& db);  // by goal, then position
// Moves a step one place up (-1) or down (+1) within its goal; no-op at the ends.
void move_step(Database& db, int64_t id, int direction);

// Ticks (completions, with an optional note) and skipped days of recurring steps.
// A day is at most one of them.
void add_completion(Database& db, int64_t step_id, Day day, const std::string& note = "");  // sets the note
void remove_completion(Database& db, int64_t step_id, Day day);  // idempotent
bool has_completion(Database& db, int64_t step_id, Day day);

struct DayState {
    DayMark mark = DayMark::open;
    std::string note;  // done only
};
struct Skip {
    int64_t step_id = 0;
    Day day{};
};
DayState mark_on(Database& db, int64_t step_id, Day day);
void set_mark(Database& db, int64_t step_id, Day day, const DayState& state);  // replaces what was there

std::vector<Day> completion_days(Database& db, int64_t step_id);  // sorted
std::vector<Completion> step_completions(Database& db, int64_t step_id);  // with notes, by day
std::vector<Day> skip_days(Database& db, int64_t step_id);        // sorted
std::vector<Step> steps_of_goal(Database& db, int64_t goal_id);  // by position
// By step, then day; every step's, or only those of habit goals.
std::vector<Completion> load_completions(Database& db, bool habit_goals_only = false);
std::vector<Skip> load_skips(Database& db, bool habit_goals_only = false);

}  // namespace sw
