#include "app/app.hpp"

#include "app/record_patch.hpp"
#include "app/records.hpp"
#include "app/validate.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"
#include "store/checkin_repository.hpp"
#include "store/entry_repository.hpp"
#include "store/change_watch.hpp"
#include "store/goal_repository.hpp"
#include "store/journal_repository.hpp"
#include "store/question_repository.hpp"
#include "store/session_repository.hpp"
#include "store/step_repository.hpp"

#include <algorithm>
#include <unordered_set>
#include <atomic>
#include <cmath>
#include <stdexcept>

namespace sw {
namespace {

// Compares a step with a goal id, for equal_range over steps_.
struct StepsByGoal {
    bool operator()(const Step& s, int64_t goal) const { return s.goal_id < goal; }
    bool operator()(int64_t goal, const Step& s) const { return goal < s.goal_id; }
};

bool goal_is_live(const Goal* goal) {
    return goal && goal->status == GoalStatus::active && !goal->archived;
}

// Revisions come from one sequence for the whole process, not a count per App:
// caches keyed on a revision (the window's view-models, SummaryState) can then
// never take one App's data for another's, even when both made the same number
// of changes (a database reopened or restored, two Apps in a test). Atomic, as
// Apps may live on different threads; 64 bits never wrap.
std::atomic<uint64_t> revision_sequence{1};

}  // namespace

const GoalRow* Snapshot::goal(int64_t id) const {
    auto it = std::lower_bound(goals.begin(), goals.end(), id,
                               [](const GoalRow& row, int64_t v) { return row.goal.id < v; });
    return it != goals.end() && it->goal.id == id ? &*it : nullptr;
}

App::App(Database db, Day today, Origin origin, Reads reads)
    : db_(std::move(db)), today_(today), reads_(reads), origin_(origin) {
    reload_all();
}

void App::changed() { revision_ = revision_sequence.fetch_add(1, std::memory_order_relaxed); }

void App::set_today(Day day) {
    if (day == today_) return;
    today_ = day;
    changed();
}

// ---- loading -------------------------------------------------------------------

void App::reload_all() {
    if (reads_.rows) {
        reload_goals();
        reload_steps();
        reload_checkins();
        reload_sessions();
    }
    if (reads_.entries) {
        entries_ = load_entry_values(db_);
        goal_journal_ = load_goal_journal(db_);
    }
    else if (reads_.progress_on) entry_facts_ = load_entry_facts(db_, trend_window_start(*reads_.progress_on), *reads_.progress_on);
    reload_settings();
    note_data_version();
    changed();
}

void App::reload_goals() { goals_ = load_goals(db_); }

void App::reload_steps() {
    steps_ = load_steps(db_);
    completions_.clear();
    completion_notes_.clear();
    skips_.clear();
    // Habit goals are measured by their ticks: a command that shows progress
    // without reading every tick still reads theirs.
    bool habits_only = !reads_.completions && reads_.progress_on;
    if (!reads_.completions && !habits_only) return;
    for (auto& c : load_completions(db_, habits_only)) {
        completions_[c.step_id].push_back(c.day);
        if (!c.note.empty()) completion_notes_[c.step_id][c.day] = std::move(c.note);
    }
    for (const auto& skip : load_skips(db_, habits_only)) skips_[skip.step_id].push_back(skip.day);
}

// A command patches what it changed: ticking one habit re-reads that habit's
// ticks, not ten years of everyone's.
void App::reload_step_rows() {
    steps_ = load_steps(db_);
    std::unordered_set<int64_t> alive;
    for (const auto& s : steps_) alive.insert(s.id);
    auto dead = [&](const auto& kv) { return !alive.count(kv.first); };
    std::erase_if(completions_, dead);
    std::erase_if(completion_notes_, dead);
    std::erase_if(skips_, dead);
}

void App::reload_completions(int64_t step_id) {
    if (!reads_.completions && !reads_.progress_on) return;
    completions_.erase(step_id);
    completion_notes_.erase(step_id);
    skips_.erase(step_id);
    for (auto& c : step_completions(db_, step_id)) {
        completions_[step_id].push_back(c.day);
        if (!c.note.empty()) completion_notes_[step_id][c.day] = std::move(c.note);
    }
    auto skipped = skip_days(db_, step_id);
    if (!skipped.empty()) skips_[step_id] = std::move(skipped);
}

void App::reload_entry_facts(int64_t goal_id) {
    Day day = *reads_.progress_on;
    auto facts = load_entry_facts_for_goal(db_, goal_id, trend_window_start(day), day);
    if (facts.count == 0 && facts.window.empty()) entry_facts_.erase(goal_id);
    else entry_facts_[goal_id] = std::move(facts);
}

void App::reload_entries(int64_t goal_id) {
    if (!reads_.entries) {
        if (reads_.progress_on) reload_entry_facts(goal_id);
        return;
    }
    auto entries = load_entry_values_for_goal(db_, goal_id);
    if (entries.empty()) entries_.erase(goal_id);
    else entries_[goal_id] = std::move(entries);
}

void App::reload_checkins() { checkins_ = load_checkins(db_); }

void App::reload_sessions() {
    sessions_ = load_sessions(db_);
    questions_ = load_questions(db_);
}

void App::reload_settings() {
    settings_.clear();
    for (auto& [k, v] : load_settings(db_)) settings_[k] = v;
    decimal_ = resolve(parse_decimal_choice(setting(kDecimalSetting)).value_or(DecimalChoice::automatic));
}

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

std::span<const Step> App::steps_of(int64_t goal_id) const {
    // steps_ is sorted by goal, position, id (load_steps): one binary search.
    auto [first, last] = std::equal_range(steps_.begin(), steps_.end(), goal_id, StepsByGoal{});
    return {steps_.data() + (first - steps_.begin()), static_cast<size_t>(last - first)};
}

const std::vector<Day>& App::completions_of(int64_t step_id) const {
    static const std::vector<Day> none;
    auto it = completions_.find(step_id);
    return it == completions_.end() ? none : it->second;
}

const std::vector<Day>& App::skips_of(int64_t step_id) const {
    static const std::vector<Day> none;
    auto it = skips_.find(step_id);
    return it == skips_.end() ? none : it->second;
}

DayMark App::mark_of(int64_t step_id, Day day) const {
    const auto& done = completions_of(step_id);
    if (std::binary_search(done.begin(), done.end(), day)) return DayMark::done;
    const auto& skipped = skips_of(step_id);
    return std::binary_search(skipped.begin(), skipped.end(), day) ? DayMark::skipped : DayMark::open;
}

std::string App::completion_note(int64_t step_id, Day day) const {
    auto it = completion_notes_.find(step_id);
    if (it == completion_notes_.end()) return {};
    auto note = it->second.find(day);
    return note == it->second.end() ? std::string() : note->second;
}

const std::vector<ProgressEntry>& App::entries_of(int64_t goal_id) const {
    static const std::vector<ProgressEntry> none;
    auto it = entries_.find(goal_id);
    return it == entries_.end() ? none : it->second;
}

std::vector<ProgressEntry> App::full_entries_of(int64_t goal_id) { return load_entries_for_goal(db_, goal_id); }

const Session* App::find_session(int64_t id) const {
    for (const auto& s : sessions_)
        if (s.id == id) return &s;
    return nullptr;
}

const Session* App::latest_session() const { return sessions_.empty() ? nullptr : &sessions_.back(); }

std::vector<const Step*> App::commitments_of(int64_t session_id) const {
    std::vector<const Step*> out;
    for (const auto& s : steps_)
        if (s.session_id == session_id) out.push_back(&s);
    std::sort(out.begin(), out.end(), [](const Step* a, const Step* b) { return a->id < b->id; });
    return out;
}

const Question* App::find_question(int64_t id) const {
    for (const auto& q : questions_)
        if (q.id == id) return &q;
    return nullptr;
}

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
        row.streak = streak_stats(step, upto, day, skips_of(step.id));
        row.done_on_day = std::binary_search(upto.begin(), upto.end(), day);
        row.mark = mark_of(step.id, day);
        row.note = completion_note(step.id, day);
        Day from = add_days(day, -29);
        for (Day d : upto)
            if (!(d < from)) row.done_dates_30d.push_back(d);
    }
    return row;
}

namespace {

// The entries analytics need for a goal's progress on `day`, from its facts: the
// trend window's entries, after what came before the window condensed into one
// entry dated the day before it — the newest one for a level, their sum for a
// total. current_value() and the trend then come out as from every entry.
std::vector<ProgressEntry> entries_for_progress(const Goal& goal, const EntryFacts& facts, Day window_start) {
    std::vector<ProgressEntry> out;
    out.reserve(facts.window.size() + 1);
    if (goal.measure == Measure::total) {
        double in_window = 0;
        for (const auto& e : facts.window) in_window += e.value;
        if (facts.count > static_cast<int>(facts.window.size())) {
            ProgressEntry before;
            before.goal_id = goal.id;
            before.date = add_days(window_start, -1);
            before.value = facts.sum - in_window;
            out.push_back(before);
        }
    } else if (facts.before_window) {
        out.push_back(*facts.before_window);
    }
    out.insert(out.end(), facts.window.begin(), facts.window.end());
    return out;
}

}  // namespace

std::vector<HabitStepDays> App::habit_days(std::span<const Step> steps) const {
    std::vector<HabitStepDays> days;
    days.reserve(steps.size());
    for (const Step& s : steps)
        if (s.is_recurring()) days.push_back({&s, completions_of(s.id), skips_of(s.id)});
    return days;
}

GoalRow App::goal_row(const Goal& goal, Day day) const {
    GoalRow row;
    row.goal = goal;
    std::vector<ProgressEntry> condensed;
    const EntryFacts* facts = nullptr;
    if (!reads_.entries) {
        if (reads_.progress_on != day)
            throw std::logic_error("this command did not read the entries it needs for " + format_day(day));
        static const EntryFacts none;
        auto it = entry_facts_.find(goal.id);
        facts = it == entry_facts_.end() ? &none : &it->second;
        condensed = entries_for_progress(goal, *facts, trend_window_start(day));
    }
    const auto& entries = facts ? condensed : entries_of(goal.id);
    std::span<const Step> steps = steps_of(goal.id);
    if (goal.is_numeric()) row.analytics = analyze_numeric(goal, entries, day);
    else if (goal.is_habit()) row.analytics = analyze_habit(goal, habit_days(steps), day);
    else row.analytics = analyze_milestone(goal, steps, day);
    row.smart = smart_check(goal, today_);
    row.days_left = days_between(day, goal.due_date);
    // One-off steps only, as milestone progress counts them; habits are not "done".
    for (const auto& s : steps) {
        if (s.is_recurring()) continue;
        if (s.status == StepStatus::open) ++row.steps_open;
        if (s.status == StepStatus::done) ++row.steps_done;
    }
    if (facts) {
        row.entry_count = facts->count;
        if (!facts->window.empty()) row.last_entry = facts->window.back().date;
        else if (facts->before_window) row.last_entry = facts->before_window->date;
        return row;
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
            if (!is_scheduled(s.repeat, s.start_date, day)) continue;
            StepRow row = step_row(s, day);
            // Some days a week: shown until the week has its K, and on the day it was done.
            if (row.streak.in_weeks && row.streak.week_done >= row.streak.week_needed && !row.done_on_day) continue;
            t.recurring.push_back(std::move(row));
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
    // The weekly review compares with a week ago, which needs every entry (an App
    // reading one day's progress has only that day's).
    auto review_day = parse_weekday_name(setting(kReviewWeekdaySetting));
    if (review_day && *review_day == weekday_index(day) && reads_.entries) {
        WeeklyReview review;
        review.from = add_days(day, -7);
        for (const auto& row : snap.goals) {
            if (!goal_is_live(&row.goal) || day < row.goal.start_date) continue;
            review.goals.push_back({row, goal_row(row.goal, review.from).analytics});
        }
        t.review = std::move(review);
    }
    return snap;
}

const Snapshot& App::snapshot() {
    if (snapshot_revision_ != revision_) {
        snapshot_ = snapshot_on(today_);
        snapshot_revision_ = revision_;
        ++snapshot_builds_;
    }
    return snapshot_;
}

// ---- commands -------------------------------------------------------------------

namespace {

std::string goal_name(int64_t id) { return "goal " + std::to_string(id); }
std::string step_name(int64_t id) { return "step " + std::to_string(id); }

// A row the command names by id, as it is in the file now; NotFoundError when gone.
template <class T>
T found(std::optional<T> row, const char* what, int64_t id) {
    if (!row) throw NotFoundError(std::string("no ") + what + " with id " + std::to_string(id));
    return std::move(*row);
}

Goal current_goal(Database& db, int64_t id) { return found(find_goal(db, id), "goal", id); }

Step current_step(Database& db, int64_t id) { return found(find_step(db, id), "step", id); }

ProgressEntry current_entry(Database& db, int64_t id) { return found(find_entry(db, id), "entry", id); }

json step_json(Database& db, const Step& s) {
    auto goal = find_goal(db, s.goal_id);
    std::optional<Session> session;
    if (s.session_id) session = find_session(db, *s.session_id);
    return step_record(s, goal ? goal->uuid : std::string(), session ? session->uuid : std::string());
}

Session current_session(Database& db, int64_t id) { return found(find_session(db, id), "session", id); }

Question current_question(Database& db, int64_t id) { return found(find_question(db, id), "question", id); }

// A session's record in the journal when it is deleted: with the uuids of its
// commitments, which the delete unlinks, so that an undo links them again.
json session_with_commitments(Database& db, const Session& s) {
    json j = session_record(s);
    j["commitments"] = json::array();
    for (int64_t id : commitment_ids(db, s.id))
        if (auto step = find_step(db, id)) j["commitments"].push_back(step->uuid);
    return j;
}

// A step with its completions: everything a delete removes, so that an undo can
// bring it back.
json step_with_completions(Database& db, const Step& s) {
    json j = step_json(db, s);
    json days = json::array(), notes = json::object(), skipped = json::array();
    for (const Completion& c : step_completions(db, s.id)) {
        days.push_back(format_day(c.day));
        if (!c.note.empty()) notes[format_day(c.day)] = c.note;
    }
    for (Day d : skip_days(db, s.id)) skipped.push_back(format_day(d));
    j["completions"] = days;
    if (!notes.empty()) j["completion_notes"] = notes;
    if (!skipped.empty()) j["skips"] = skipped;
    return j;
}

json entry_json(Database& db, const ProgressEntry& e) {
    auto goal = find_goal(db, e.goal_id);
    return entry_record(e, goal ? goal->uuid : std::string());
}

void require_not_future(Day day, Day today, const std::string& what) {
    if (today < day) throw InputError("cannot " + what + " on a future day (" + format_day(day) + ")");
}

}  // namespace

int64_t App::apply(const Command& command) {
    command_ = command_name(command);
    touched_ = {};
    undoes_.reset();
    reversed_.clear();
    int64_t id = db_.write([&] { return std::visit([&](const auto& c) { return run(c); }, command); });
    reload(touched_);
    return id;
}

void App::journal(const char* entity, const std::string& uuid, const json& before, const json& after) {
    JournalRow row;
    row.origin = origin_;
    row.command = command_;
    row.entity = entity;
    row.entity_uuid = uuid;
    row.before = before.is_null() ? "" : before.dump();
    row.after = after.is_null() ? "" : after.dump();
    row.undoes = undoes_;
    append_journal(db_, row);
    ++journalled_;
}

void App::reload(const Touched& t) {
    if (t.goals && reads_.rows) reload_goals();
    if (t.goals && reads_.entries) {  // the journal only grows: read its new rows
        auto more = load_goal_journal(db_, goal_journal_.empty() ? 0 : goal_journal_.back().id);
        goal_journal_.insert(goal_journal_.end(), std::make_move_iterator(more.begin()),
                             std::make_move_iterator(more.end()));
    }
    if (t.steps && reads_.rows) reload_step_rows();
    for (int64_t step : t.completion_steps) reload_completions(step);
    for (int64_t goal : t.entry_goals) reload_entries(goal);
    if (t.checkins && reads_.rows) reload_checkins();
    if (t.sessions && reads_.rows) reload_sessions();
    if (t.settings) reload_settings();
    if (t.goals || t.steps || t.checkins || t.settings || t.sessions || !t.entry_goals.empty() || !t.completion_steps.empty())
        changed();
}

int64_t App::run(const AddGoal& c) {
    Goal goal = c.goal;
    validate_goal(goal, today_);
    goal.id = 0;
    insert_goal(db_, goal);
    journal("goal", goal.uuid, nullptr, goal_record(goal));
    touched_.goals = true;
    return goal.id;
}

int64_t App::run(const EditGoal& c) {
    Goal current = current_goal(db_, c.id);
    json before = goal_record(current);
    Goal goal = goal_from_record(current, merge_patch(before, c.patch, goal_name(c.id)));
    validate_goal(goal, today_);
    if (goal_record(goal) == before) return goal.id;  // nothing changed: nothing to journal
    sw::update_goal(db_, goal);
    journal("goal", goal.uuid, before, goal_record(goal));
    touched_.goals = true;
    return goal.id;
}

int64_t App::run(const DeleteGoal& c) {
    Goal current = current_goal(db_, c.id);
    json before = goal_record(current);  // with what cascades, for an undo
    before["steps"] = json::array();
    for (const Step& s : steps_of_goal(db_, c.id)) before["steps"].push_back(step_with_completions(db_, s));
    before["entries"] = json::array();
    for (const auto& e : load_entries_for_goal(db_, c.id)) before["entries"].push_back(entry_record(e, current.uuid));
    sw::delete_goal(db_, c.id);
    journal("goal", current.uuid, before, nullptr);
    touched_.goals = touched_.steps = true;
    touched_.entry_goals.push_back(c.id);  // reloading finds none and forgets them
    return c.id;
}

int64_t App::run(const AddStep& c) {
    Step step = c.step;
    current_goal(db_, step.goal_id);
    if (step.session_id) current_session(db_, *step.session_id);
    validate_step(step);
    if (!step.start_date.ok()) step.start_date = today_;
    step.id = 0;
    insert_step(db_, step);
    journal("step", step.uuid, nullptr, step_json(db_, step));
    touched_.steps = true;
    return step.id;
}

int64_t App::run(const EditStep& c) {
    Step current = current_step(db_, c.id);
    json before = step_json(db_, current);
    Step step = step_from_record(current, merge_patch(before, c.patch, step_name(c.id)));
    validate_step(step);
    if (step.status == StepStatus::done && !step.is_recurring()) {
        if (!step.done_date) step.done_date = today_;
        require_not_future(*step.done_date, today_, "complete a step");
    } else {
        step.done_date.reset();  // only a done one-off step has a done day
    }
    json after = step_json(db_, step);
    if (after == before) return step.id;
    sw::update_step(db_, step);
    journal("step", step.uuid, before, step_json(db_, step));
    touched_.steps = true;
    return step.id;
}

int64_t App::run(const CompleteStep& c) {
    Step step = current_step(db_, c.id);
    std::string id = std::to_string(c.id);
    if (step.status == StepStatus::dropped)
        throw InputError("step " + id + " was dropped; bring it back before ticking it");
    if (c.done) require_not_future(c.day, today_, "complete a step");
    if (!step.is_recurring()) {
        if (!c.done && step.status != StepStatus::done)
            throw InputError("step " + id + " is not done, so there is nothing to undo");
        json before = step_json(db_, step);
        step.status = c.done ? StepStatus::done : StepStatus::open;
        step.done_date = c.done ? std::optional<Day>(c.day) : std::nullopt;
        sw::update_step(db_, step);
        journal("step", step.uuid, before, step_json(db_, step));
        touched_.steps = true;
        return step.id;
    }
    bool was_done = has_completion(db_, c.id, c.day);
    if (!c.done && !was_done)
        throw InputError("step " + id + " was not done on " + format_day(c.day) + ", so there is nothing to undo");
    if (c.done && was_done) return step.id;  // ticked twice: already so (and its note kept)
    return run(MarkDay{c.id, c.day, c.done ? DayMark::done : DayMark::open, "", std::nullopt});
}

int64_t App::run(const MarkDay& c) {
    Step step = current_step(db_, c.id);
    std::string id = std::to_string(c.id);
    if (!step.is_recurring())
        throw InputError("step " + id + " is a one-off step; only a recurring step has days to mark");
    if (step.status == StepStatus::dropped)
        throw InputError("step " + id + " was dropped; bring it back before marking its days");
    const char* verb = c.mark == DayMark::skipped ? "skip a step" : c.mark == DayMark::done ? "complete a step"
                                                                                             : "reopen a day";
    require_not_future(c.day, today_, verb);
    if (c.mark != DayMark::open && !is_scheduled(step.repeat, step.start_date, c.day))
        throw InputError("step " + id + " is not scheduled on " + format_day(c.day) + " (" + describe(step.repeat) +
                         " from " + format_day(step.start_date) + ")");
    std::string note = trim(c.note);
    if (c.mark != DayMark::done && !note.empty())
        throw InputError("only a day that was done carries a note");
    try {
        validate_completion_note(note);
    } catch (const FieldError& e) {
        throw InputError(e.what());
    }
    DayState before = mark_on(db_, c.id, c.day);
    if (c.expected && before.mark != *c.expected) {
        if (*c.expected == DayMark::skipped && c.mark == DayMark::open)
            throw InputError("step " + id + " was not skipped on " + format_day(c.day) + ", so there is nothing to undo");
        throw InputError("step " + id + " is " + std::string(to_string(before.mark)) + " on " + format_day(c.day) +
                         " now, not " + std::string(to_string(*c.expected)) + " (changed elsewhere); nothing was changed");
    }
    DayState after{c.mark, note};
    if (before.mark == after.mark && before.note == after.note) return step.id;  // already so
    set_mark(db_, c.id, c.day, after);
    journal("occurrence", step.uuid, occurrence_record(step.uuid, c.day, before.mark, before.note),
            occurrence_record(step.uuid, c.day, after.mark, after.note));
    touched_.completion_steps.push_back(step.id);
    return step.id;
}

int64_t App::run(const MoveStep& c) {
    Step before = current_step(db_, c.id);
    sw::move_step(db_, c.id, c.direction);
    Step after = current_step(db_, c.id);
    if (after.position == before.position) return c.id;  // already at the end
    journal("step", before.uuid, json{{"position", before.position}}, json{{"position", after.position}});
    touched_.steps = true;
    return c.id;
}

int64_t App::run(const DeleteStep& c) {
    Step current = current_step(db_, c.id);
    json before = step_with_completions(db_, current);
    sw::delete_step(db_, c.id);
    journal("step", current.uuid, before, nullptr);
    touched_.steps = true;
    return c.id;
}

int64_t App::run(const LogProgress& c) {
    Goal goal = current_goal(db_, c.goal_id);
    if (!goal.is_numeric())
        throw InputError("goal " + std::to_string(c.goal_id) +
                         " is a milestone goal; it is measured by its steps, not by values");
    ProgressEntry e;
    e.goal_id = c.goal_id;
    e.date = c.day;
    e.value = c.value;
    e.note = c.note;
    validate_entry(e, today_);
    insert_entry(db_, e);
    journal("entry", e.uuid, nullptr, entry_record(e, goal.uuid));
    touched_.entry_goals.push_back(c.goal_id);
    return e.id;
}

int64_t App::run(const EditEntry& c) {
    ProgressEntry current = current_entry(db_, c.id);
    json before = entry_json(db_, current);
    ProgressEntry entry = entry_from_record(current, merge_patch(before, c.patch, "entry " + std::to_string(c.id)));
    validate_entry(entry, today_);
    if (entry_json(db_, entry) == before) return entry.id;
    sw::update_entry(db_, entry);
    journal("entry", entry.uuid, before, entry_json(db_, entry));
    touched_.entry_goals.push_back(entry.goal_id);
    return entry.id;
}

int64_t App::run(const DeleteEntry& c) {
    ProgressEntry current = current_entry(db_, c.id);
    json before = entry_json(db_, current);
    sw::delete_entry(db_, c.id);
    journal("entry", current.uuid, before, nullptr);
    touched_.entry_goals.push_back(current.goal_id);
    return c.id;
}

int64_t App::run(const SaveCheckin& c) {
    auto existing = find_checkin(db_, c.date);
    CheckIn current = existing.value_or(CheckIn{});
    current.date = c.date;
    json before = existing ? checkin_record(*existing) : json(nullptr);
    json base = checkin_record(current);
    CheckIn checkin = checkin_from_record(current, merge_patch(base, c.patch, "the check-in of " + format_day(c.date)));
    validate_checkin(checkin, today_);
    if (existing && checkin_record(checkin) == before) return existing->id;
    upsert_checkin(db_, checkin);
    journal("checkin", checkin.uuid, before, checkin_record(checkin));
    touched_.checkins = true;
    return checkin.id;
}

int64_t App::run(const SetSetting& c) {
    validate_setting(c.key, c.value);
    if (c.key == kDecimalSetting && !parse_decimal_choice(c.value))
        throw InputError("the decimal separator is automatic, point or comma, not '" + c.value + "'");
    auto old = get_setting(db_, c.key);
    if (old && *old == c.value) return 0;
    sw::set_setting(db_, c.key, c.value);
    journal("setting", c.key, old ? json{{"key", c.key}, {"value", *old}} : json(nullptr),
            json{{"key", c.key}, {"value", c.value}});
    touched_.settings = true;
    return 0;
}

int64_t App::run(const AddSession& c) {
    Session session = c.session;
    validate_session(session);
    session.id = 0;
    insert_session(db_, session);
    journal("session", session.uuid, nullptr, session_record(session));
    touched_.sessions = true;
    return session.id;
}

int64_t App::run(const EditSession& c) {
    Session current = current_session(db_, c.id);
    json before = session_record(current);
    Session session = session_from_record(current, merge_patch(before, c.patch, "session " + std::to_string(c.id)));
    validate_session(session);
    if (session_record(session) == before) return session.id;
    sw::update_session(db_, session);
    journal("session", session.uuid, before, session_record(session));
    touched_.sessions = true;
    return session.id;
}

int64_t App::run(const DeleteSession& c) {
    Session current = current_session(db_, c.id);
    json before = session_with_commitments(db_, current);
    sw::delete_session(db_, c.id);  // its commitments stay, unlinked
    journal("session", current.uuid, before, nullptr);
    touched_.sessions = touched_.steps = true;
    return c.id;
}

int64_t App::run(const AddQuestion& c) {
    Question question = c.question;
    if (!question.asked_on.ok()) question.asked_on = today_;
    validate_question(question);
    question.id = 0;
    insert_question(db_, question);
    journal("question", question.uuid, nullptr, question_record(question));
    touched_.sessions = true;
    return question.id;
}

int64_t App::run(const EditQuestion& c) {
    Question current = current_question(db_, c.id);
    json before = question_record(current);
    Question question =
        question_from_record(current, merge_patch(before, c.patch, "question " + std::to_string(c.id)));
    validate_question(question);
    if (question_record(question) == before) return question.id;
    sw::update_question(db_, question);
    journal("question", question.uuid, before, question_record(question));
    touched_.sessions = true;
    return question.id;
}

int64_t App::run(const DeleteQuestion& c) {
    Question current = current_question(db_, c.id);
    json before = question_record(current);
    sw::delete_question(db_, c.id);
    journal("question", current.uuid, before, nullptr);
    touched_.sessions = true;
    return c.id;
}

void App::set_question_discussed(int64_t id, std::optional<Day> day) {
    apply(EditQuestion{id, set_field("discussed_on", day ? json(format_day(*day)) : json(nullptr))});
}

void App::archive_goal(int64_t id, bool archived) { apply(archive_command(id, archived)); }

void App::set_step_status(int64_t id, StepStatus status, Day day) { apply(step_status_command(id, status, day)); }

void App::save_checkin(const CheckIn& checkin) {
    CheckIn blank;
    blank.date = checkin.date;
    apply(SaveCheckin{checkin.date, patch_between(checkin_record(blank), checkin_record(checkin), false)});
}

std::vector<JournalRow> App::journal(int limit) { return load_journal(db_, limit); }

// ---- the window's queue ------------------------------------------------------------

uint64_t App::post(Command command, bool caller_reads_outcome) {
    uint64_t ticket = next_ticket_++;
    posted_.push_back({ticket, std::move(command), caller_reads_outcome});
    return ticket;
}

std::string App::apply_posted() {
    constexpr size_t kKeptOutcomes = 64;
    std::string first_error;
    auto posted = std::move(posted_);
    posted_.clear();
    last_batch_.clear();
    for (auto& p : posted) {
        Outcome o;
        o.ticket = p.ticket;
        o.command = command_name(p.command);
        try {
            o.id = apply(p.command);
            o.ok = true;
            o.done = reversed_;
        } catch (const ConflictError& e) {
            o.error = e.what();
            o.conflicts = e.conflicts;
        } catch (const std::exception& e) {
            o.error = e.what();
        }
        if (!o.ok && !p.caller_reads_outcome && first_error.empty()) first_error = o.error;
        last_batch_.push_back(o);
        outcomes_.push_back(std::move(o));
    }
    if (outcomes_.size() > kKeptOutcomes)
        outcomes_.erase(outcomes_.begin(), outcomes_.end() - kKeptOutcomes);
    return first_error;
}

const Outcome* App::outcome(uint64_t ticket) const {
    for (const auto& o : outcomes_)
        if (o.ticket == ticket) return &o;
    return nullptr;
}

// ---- other writers ---------------------------------------------------------------

void App::note_data_version() { data_version_ = data_version(db_); }

bool App::refresh_if_changed() {
    int64_t now = data_version(db_);
    if (now == data_version_) return false;
    reload_all();
    return true;
}

}  // namespace sw
