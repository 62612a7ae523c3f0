#include "app/app.hpp"

#include "app/validate.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"
#include "store/checkin_repository.hpp"
#include "store/entry_repository.hpp"
#include "store/goal_repository.hpp"
#include "store/step_repository.hpp"

#include <algorithm>
#include <cmath>

namespace sw {
namespace {

bool goal_is_live(const Goal* goal) {
    return goal && goal->status == GoalStatus::active && !goal->archived;
}

}  // namespace

const GoalRow* Snapshot::goal(int64_t id) const {
    auto it = std::lower_bound(goals.begin(), goals.end(), id,
                               [](const GoalRow& row, int64_t v) { return row.goal.id < v; });
    return it != goals.end() && it->goal.id == id ? &*it : nullptr;
}

App::App(Database db, Day today) : db_(std::move(db)), today_(today) { reload_all(); }

void App::set_today(Day day) {
    if (day == today_) return;
    today_ = day;
    changed();
}

// ---- loading -------------------------------------------------------------------

void App::reload_all() {
    reload_goals();
    reload_steps();
    entries_ = load_entry_values(db_);
    reload_checkins();
    settings_.clear();
    for (auto& [k, v] : load_settings(db_)) settings_[k] = v;
    changed();
}

void App::reload_goals() { goals_ = load_goals(db_); }

void App::reload_steps() {
    steps_ = load_steps(db_);
    completions_.clear();
    for (const auto& c : load_completions(db_)) completions_[c.step_id].push_back(c.day);
}

void App::reload_entries(int64_t goal_id) {
    auto entries = load_entry_values_for_goal(db_, goal_id);
    if (entries.empty()) entries_.erase(goal_id);
    else entries_[goal_id] = std::move(entries);
}

void App::reload_checkins() { checkins_ = load_checkins(db_); }

// ---- reads ------------------------------------------------------------------------

const Goal* App::find_goal(int64_t id) const {
    auto it = std::lower_bound(goals_.begin(), goals_.end(), id,
                               [](const Goal& g, int64_t v) { return g.id < v; });
    return it != goals_.end() && it->id == id ? &*it : nullptr;
}

const Step* App::find_step(int64_t id) const {
    for (const auto& s : steps_)
        if (s.id == id) return &s;
    return nullptr;
}

const Goal& App::require_goal(int64_t id) const {
    if (const Goal* g = find_goal(id)) return *g;
    throw NotFoundError("no goal with id " + std::to_string(id));
}

const Step& App::require_step(int64_t id) const {
    if (const Step* s = find_step(id)) return *s;
    throw NotFoundError("no step with id " + std::to_string(id));
}

std::vector<Step> App::steps_of(int64_t goal_id) const {
    std::vector<Step> out;
    for (const auto& s : steps_)
        if (s.goal_id == goal_id) out.push_back(s);
    return out;
}

const std::vector<Day>& App::completions_of(int64_t step_id) const {
    static const std::vector<Day> none;
    auto it = completions_.find(step_id);
    return it == completions_.end() ? none : it->second;
}

const std::vector<ProgressEntry>& App::entries_of(int64_t goal_id) const {
    static const std::vector<ProgressEntry> none;
    auto it = entries_.find(goal_id);
    return it == entries_.end() ? none : it->second;
}

std::vector<ProgressEntry> App::full_entries_of(int64_t goal_id) { return load_entries_for_goal(db_, goal_id); }

const CheckIn* App::checkin_on(Day day) const {
    for (const auto& c : checkins_)
        if (c.date == day) return &c;
    return nullptr;
}

std::string App::setting(const std::string& key, const std::string& fallback) const {
    auto it = settings_.find(key);
    return it == settings_.end() ? fallback : it->second;
}

StepRow App::step_row(const Step& step, Day day) const {
    StepRow row;
    row.step = step;
    if (const Goal* g = find_goal(step.goal_id)) row.goal_title = g->title;
    if (step.is_recurring()) {
        const auto& done = completions_of(step.id);
        // Only days up to `day` count, so --on D shows history as it was.
        auto end = std::upper_bound(done.begin(), done.end(), day,
                                    [](Day d, Day v) { return d < v; });
        std::span<const Day> upto(done.data(), static_cast<size_t>(end - done.begin()));
        row.streak = streak_stats(step, upto, day);
        row.done_on_day = std::binary_search(upto.begin(), upto.end(), day);
        Day from = add_days(day, -29);
        for (Day d : upto)
            if (!(d < from)) row.done_dates_30d.push_back(d);
    }
    return row;
}

GoalRow App::goal_row(const Goal& goal, Day day) const {
    GoalRow row;
    row.goal = goal;
    const auto& entries = entries_of(goal.id);
    std::vector<Step> steps = steps_of(goal.id);
    row.analytics = goal.is_numeric() ? analyze_numeric(goal, entries, day)
                                      : analyze_milestone(goal, steps, day);
    row.smart = smart_check(goal, today_);
    row.days_left = days_between(day, goal.due_date);
    // One-off steps only, as milestone progress counts them; habits are not "done".
    for (const auto& s : steps) {
        if (s.is_recurring()) continue;
        if (s.status == StepStatus::open) ++row.steps_open;
        if (s.status == StepStatus::done) ++row.steps_done;
    }
    for (const auto& e : entries) {
        if (day < e.date) break;
        ++row.entry_count;
        row.last_entry = e.date;
    }
    return row;
}

Snapshot App::snapshot_on(Day day) const {
    Snapshot snap;
    snap.day = day;
    snap.goals.reserve(goals_.size());
    for (const auto& g : goals_) snap.goals.push_back(goal_row(g, day));

    TodayModel& t = snap.today;
    t.date = day;
    for (const auto& s : steps_) {
        if (!goal_is_live(find_goal(s.goal_id))) continue;
        if (s.status == StepStatus::done && !s.is_recurring() && s.done_date == day)
            t.done_today.push_back(step_row(s, day));
        if (s.status != StepStatus::open) continue;
        if (s.is_recurring()) {
            if (is_scheduled(s.repeat, s.start_date, day)) t.recurring.push_back(step_row(s, day));
        } else if (s.due_date && *s.due_date < day) {
            t.overdue.push_back(step_row(s, day));
        } else if (s.due_date && *s.due_date == day) {
            t.due.push_back(step_row(s, day));
        }
    }
    auto by_due = [](const StepRow& a, const StepRow& b) { return *a.step.due_date < *b.step.due_date; };
    std::stable_sort(t.overdue.begin(), t.overdue.end(), by_due);
    Day week_ago = add_days(day, -6);
    for (const auto& row : snap.goals) {
        const Goal& g = row.goal;
        if (!goal_is_live(&g) || !g.is_numeric() || day < g.start_date) continue;
        t.numeric_goals.push_back(row);
        if (!row.last_entry || *row.last_entry < week_ago) t.needs_measurement.push_back(row);
    }
    if (const CheckIn* c = checkin_on(day)) t.checkin = *c;
    return snap;
}

const Snapshot& App::snapshot() {
    if (snapshot_revision_ != revision_) {
        snapshot_ = snapshot_on(today_);
        snapshot_revision_ = revision_;
    }
    return snapshot_;
}

// ---- commands -------------------------------------------------------------------

int64_t App::add_goal(Goal goal) {
    validate_goal(goal, today_);
    goal.id = 0;
    db_.write([&] { insert_goal(db_, goal); });
    reload_goals();
    changed();
    return goal.id;
}

void App::update_goal(Goal goal) {
    require_goal(goal.id);
    validate_goal(goal, today_);
    db_.write([&] { sw::update_goal(db_, goal); });
    reload_goals();
    changed();
}

void App::archive_goal(int64_t id, bool archived) {
    Goal goal = require_goal(id);
    goal.archived = archived;
    db_.write([&] { sw::update_goal(db_, goal); });
    reload_goals();
    changed();
}

void App::delete_goal(int64_t id) {
    require_goal(id);
    db_.write([&] { sw::delete_goal(db_, id); });
    reload_goals();
    reload_steps();
    entries_.erase(id);
    changed();
}

int64_t App::add_step(Step step) {
    require_goal(step.goal_id);
    validate_step(step);
    if (!step.start_date.ok()) step.start_date = today_;
    step.id = 0;
    db_.write([&] { insert_step(db_, step); });
    reload_steps();
    changed();
    return step.id;
}

void App::update_step(Step step) {
    require_step(step.id);
    require_goal(step.goal_id);
    validate_step(step);
    db_.write([&] { sw::update_step(db_, step); });
    reload_steps();
    changed();
}

void App::set_step_status(int64_t id, StepStatus status, Day day) {
    Step step = require_step(id);
    step.status = status;
    step.done_date = status == StepStatus::done ? std::optional<Day>(day) : std::nullopt;
    db_.write([&] { sw::update_step(db_, step); });
    reload_steps();
    changed();
}

void App::complete_step(int64_t id, Day day, bool done) {
    const Step& step = require_step(id);
    if (step.status == StepStatus::dropped)
        throw InputError("step " + std::to_string(id) + " was dropped; bring it back before ticking it");
    if (!step.is_recurring()) {
        if (!done && step.status != StepStatus::done)
            throw InputError("step " + std::to_string(id) + " is not done, so there is nothing to undo");
        if (done && today_ < day) throw InputError("cannot complete a step on a future day");
        set_step_status(id, done ? StepStatus::done : StepStatus::open, day);
        return;
    }
    if (done) {
        if (today_ < day) throw InputError("cannot complete a step on a future day (" + format_day(day) + ")");
        if (!is_scheduled(step.repeat, step.start_date, day))
            throw InputError("step " + std::to_string(id) + " is not scheduled on " + format_day(day) +
                             " (" + describe(step.repeat) + " from " + format_day(step.start_date) + ")");
    }
    if (!done && !std::binary_search(completions_of(id).begin(), completions_of(id).end(), day))
        throw InputError("step " + std::to_string(id) + " was not done on " + format_day(day) +
                         ", so there is nothing to undo");
    db_.write([&] {
        if (done) add_completion(db_, id, day);
        else remove_completion(db_, id, day);
    });
    reload_steps();
    changed();
}

void App::move_step(int64_t id, int direction) {
    require_step(id);
    db_.write([&] { sw::move_step(db_, id, direction); });
    reload_steps();
    changed();
}

void App::delete_step(int64_t id) {
    require_step(id);
    db_.write([&] { sw::delete_step(db_, id); });
    reload_steps();
    changed();
}

int64_t App::log_progress(int64_t goal_id, Day day, double value, const std::string& note) {
    const Goal& goal = require_goal(goal_id);
    if (!goal.is_numeric())
        throw InputError("goal " + std::to_string(goal_id) +
                         " is a milestone goal; it is measured by its steps, not by values");
    if (!std::isfinite(value)) throw InputError("the value must be a finite number");
    if (today_ < day) throw InputError("cannot log progress for a future day (" + format_day(day) + ")");
    require_utf8({&note});
    ProgressEntry e;
    e.goal_id = goal_id;
    e.date = day;
    e.value = value;
    e.note = trim(note);
    db_.write([&] { insert_entry(db_, e); });
    reload_entries(goal_id);
    changed();
    return e.id;
}

void App::update_entry(ProgressEntry entry) {
    if (!std::isfinite(entry.value)) throw InputError("the value must be a finite number");
    if (today_ < entry.date) throw InputError("cannot log progress for a future day (" + format_day(entry.date) + ")");
    require_utf8({&entry.note});
    auto existing = find_entry(db_, entry.id);  // entries are not indexed by id in memory
    if (!existing) throw NotFoundError("no entry with id " + std::to_string(entry.id));
    entry.goal_id = existing->goal_id;
    db_.write([&] { sw::update_entry(db_, entry); });
    reload_entries(entry.goal_id);
    changed();
}

void App::delete_entry(int64_t entry_id) {
    auto existing = find_entry(db_, entry_id);
    if (!existing) throw NotFoundError("no entry with id " + std::to_string(entry_id));
    db_.write([&] { sw::delete_entry(db_, entry_id); });
    reload_entries(existing->goal_id);
    changed();
}

void App::save_checkin(CheckIn checkin) {
    if (today_ < checkin.date)
        throw InputError("a check-in looks back on a day; " + format_day(checkin.date) + " has not happened yet");
    require_utf8({&checkin.win, &checkin.obstacle, &checkin.next_step, &checkin.note});
    if (checkin.mood && (*checkin.mood < 1 || *checkin.mood > 5))
        throw InputError("mood must be a whole number from 1 to 5");
    if (checkin.confidence && (*checkin.confidence < 1 || *checkin.confidence > 10))
        throw InputError("confidence must be a whole number from 1 to 10");
    db_.write([&] { upsert_checkin(db_, checkin); });
    reload_checkins();
    changed();
}

void App::set_setting(const std::string& key, const std::string& value) {
    require_utf8({&key, &value});
    db_.write([&] { sw::set_setting(db_, key, value); });
    settings_[key] = value;
    changed();
}

void App::post(std::function<void(App&)> command) { posted_.push_back(std::move(command)); }

std::string App::apply_posted() {
    std::string first_error;
    auto commands = std::move(posted_);
    posted_.clear();
    for (auto& command : commands) {
        try {
            command(*this);
        } catch (const std::exception& e) {
            if (first_error.empty()) first_error = e.what();
        }
    }
    return first_error;
}

}  // namespace sw
