#pragma once
// Application state: owns the database and the in-memory records, applies
// commands to the store, and keeps cached view-models keyed by a revision
// counter. The UI reads snapshot() and posts commands; it never touches SQLite.
#include "app/view_models.hpp"
#include "store/database.hpp"

#include <functional>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace sw {


class App {
public:
    App(Database db, Day today);

    // ---- reads -------------------------------------------------------------
    Day today() const { return today_; }
    void set_today(Day day);  // the day rolled over while the window was open
    uint64_t revision() const { return revision_; }
    const Snapshot& snapshot();  // for today(); rebuilt when the revision changed
    Snapshot snapshot_on(Day day) const;  // any day (CLI --on)

    const std::vector<Goal>& goals() const { return goals_; }
    const Goal* find_goal(int64_t id) const;
    const Step* find_step(int64_t id) const;
    std::vector<Step> steps_of(int64_t goal_id) const;
    const std::vector<Step>& steps() const { return steps_; }
    const std::vector<Day>& completions_of(int64_t step_id) const;
    // In memory: id, goal, date, value, note (no uuid or timestamps, which would
    // double the cost of opening ten years of entries). Sorted by date, id.
    const std::vector<ProgressEntry>& entries_of(int64_t goal_id) const;
    // Every field, read from the store: for export, import and `log list --json`.
    std::vector<ProgressEntry> full_entries_of(int64_t goal_id);
    const std::vector<CheckIn>& checkins() const { return checkins_; }
    const CheckIn* checkin_on(Day day) const;
    std::string setting(const std::string& key, const std::string& fallback = "") const;
    const std::map<std::string, std::string>& settings() const { return settings_; }

    StepRow step_row(const Step& step, Day day) const;
    GoalRow goal_row(const Goal& goal, Day day) const;

    // ---- commands (each one transaction; throw InputError on bad input) -----
    int64_t add_goal(Goal goal);  // refuses a goal whose SMART check fails
    void update_goal(Goal goal);
    void archive_goal(int64_t id, bool archived = true);
    void delete_goal(int64_t id);

    int64_t add_step(Step step);
    void update_step(Step step);
    void set_step_status(int64_t id, StepStatus status, Day day);  // done/open/dropped
    // Recurring: completion for one occurrence day; one-off: done on `day` / reopened.
    void complete_step(int64_t id, Day day, bool done);
    void move_step(int64_t id, int direction);
    void delete_step(int64_t id);

    int64_t log_progress(int64_t goal_id, Day day, double value, const std::string& note);
    void update_entry(ProgressEntry entry);
    void delete_entry(int64_t entry_id);

    void save_checkin(CheckIn checkin);
    void set_setting(const std::string& key, const std::string& value);

    // ---- deferred commands: the UI posts, the shell applies after the frame --
    void post(std::function<void(App&)> command);
    // Runs posted commands in order; returns the first error message ("" if none).
    std::string apply_posted();
    bool has_posted() const { return !posted_.empty(); }

    Database& database() { return db_; }
    void reload_all();

private:
    void reload_goals();
    void reload_steps();
    void reload_entries(int64_t goal_id);
    void reload_checkins();
    void changed() { ++revision_; }
    const Goal& require_goal(int64_t id) const;
    const Step& require_step(int64_t id) const;

    Database db_;
    Day today_;
    uint64_t revision_ = 1;

    std::vector<Goal> goals_;
    std::vector<Step> steps_;
    std::unordered_map<int64_t, std::vector<Day>> completions_;  // step id -> sorted days
    std::unordered_map<int64_t, std::vector<ProgressEntry>> entries_;  // goal id -> sorted
    std::vector<CheckIn> checkins_;
    std::map<std::string, std::string> settings_;

    Snapshot snapshot_;
    uint64_t snapshot_revision_ = 0;
    std::vector<std::function<void(App&)>> posted_;
};

}  // namespace sw
