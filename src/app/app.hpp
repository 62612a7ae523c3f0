#pragma once
// Application state: owns the database and the in-memory records, applies
// commands to the store, and keeps cached view-models keyed by a revision
// counter. The UI reads snapshot() and posts commands; it never touches SQLite.
#include "app/commands.hpp"
#include "app/view_models.hpp"
#include "core/numbers.hpp"
#include "store/database.hpp"
#include "store/entry_repository.hpp"

#include <functional>
#include <map>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace sw {


// Settings with a meaning to the app (others, like the theme, belong to a shell).
inline constexpr const char* kDecimalSetting = "decimal_separator";
// The daily review's reminder, HH:MM ("" = none; DESIGN "Reminders").
inline constexpr const char* kReviewTimeSetting = "review_time";
// The day of the weekly review in Today: monday … sunday ("" = none).
inline constexpr const char* kReviewWeekdaySetting = "review_weekday";
// Set by the schema migration that made recurring-only goals habit goals: their
// titles as a JSON array, until the window has said so once ("" then).
inline constexpr const char* kHabitNoticeSetting = "notice.habit_goals";

// What an App reads into memory when it opens. The window reads everything, so
// that no frame ever waits for SQLite; a CLI command reads what it shows, so
// that it answers in milliseconds on a ten-year file (DESIGN "Architecture").
// The settings are always read (the decimal separator); commands read the rows
// they change from the file, so an App that read nothing else can apply any.
struct Reads {
    bool rows = true;         // goals, steps and check-ins (a row per goal, step or day)
    bool entries = true;      // every progress entry: charts, summaries, export;
                              // and the goals' changes (goal_journal())
    bool completions = true;  // every tick and skip of every habit: streaks, heatmaps
                              // (with progress_on, the habit goals' ones are read anyway)
    // Without `entries`: each goal's progress on this day, from the per-goal
    // totals and the entries of the trend window only (store/entry_repository).
    std::optional<Day> progress_on;

    static Reads everything() { return {}; }
    // Only the settings: enough to apply a command and print its id.
    static Reads nothing() { return {false, false, false, std::nullopt}; }
    // Goals, steps, check-ins and settings: enough to show or change any of them.
    static Reads records() { return {true, false, false, std::nullopt}; }
    // And every goal's progress on `day` (goal rows), without its history.
    static Reads progress(Day day) { return {true, false, false, day}; }
};

class App {
public:
    App(Database db, Day today, Origin origin = Origin::cli, Reads reads = Reads::everything());

    // ---- reads -------------------------------------------------------------
    Day today() const { return today_; }
    void set_today(Day day);  // the day rolled over while the window was open
    // Changes whenever the data or the day does; unique across the Apps of the
    // process (never 0), so a view-model cached under it cannot be another App's.
    uint64_t revision() const { return revision_; }
    const Snapshot& snapshot();  // for today(); rebuilt when the revision changed
    int snapshot_builds() const { return snapshot_builds_; }  // tests: not every frame
    Snapshot snapshot_on(Day day) const;  // any day (CLI --on)

    const std::vector<Goal>& goals() const { return goals_; }
    const Goal* find_goal(int64_t id) const;
    const Step* find_step(int64_t id) const;
    // Valid until the steps change (a command, a reload).
    std::span<const Step> steps_of(int64_t goal_id) const;
    const std::vector<Step>& steps() const { return steps_; }
    const std::vector<Day>& completions_of(int64_t step_id) const;
    const std::vector<Day>& skips_of(int64_t step_id) const;  // sorted
    DayMark mark_of(int64_t step_id, Day day) const;          // done, skipped or open
    std::string completion_note(int64_t step_id, Day day) const;  // "" when none
    // In memory: id, goal, date, value, note (no uuid or timestamps, which would
    // double the cost of opening ten years of entries). Sorted by date, id.
    // Empty unless the App reads entries.
    const std::vector<ProgressEntry>& entries_of(int64_t goal_id) const;
    // The journal rows that changed a goal (not its create or delete), oldest
    // first: the goals' histories (app/goal_history.hpp) and their chart markers.
    // Read with the entries (the window); empty otherwise.
    const std::vector<JournalRow>& goal_journal() const { return goal_journal_; }
    // Every field, read from the store: for export, import and `log list --json`.
    std::vector<ProgressEntry> full_entries_of(int64_t goal_id);
    const std::vector<CheckIn>& checkins() const { return checkins_; }
    // Coaching sessions, by date then id (oldest first), and questions for the
    // coach, by asked_on then id; read with the rows (Reads::rows).
    const std::vector<Session>& sessions() const { return sessions_; }
    const Session* find_session(int64_t id) const;
    const Session* latest_session() const;  // by date; nullptr when there is none
    // The steps linked to a session (its commitments), by id.
    std::vector<const Step*> commitments_of(int64_t session_id) const;
    const std::vector<Question>& questions() const { return questions_; }
    const Question* find_question(int64_t id) const;
    const CheckIn* checkin_on(Day day) const;
    std::string setting(const std::string& key, const std::string& fallback = "") const;
    const std::map<std::string, std::string>& settings() const { return settings_; }
    // The decimal separator for every number shown and typed: the setting
    // kDecimalSetting (automatic = the locale's, point, comma).
    DecimalSeparator decimal_separator() const { return decimal_; }

    StepRow step_row(const Step& step, Day day) const;
    // The ticks and skips of the recurring ones among `steps`, for habit analytics.
    // Valid while the App's data does not change.
    std::vector<HabitStepDays> habit_days(std::span<const Step> steps) const;
    // Throws std::logic_error when the App read neither the entries nor the
    // goals' progress on `day` (a command that forgot to say what it reads).
    GoalRow goal_row(const Goal& goal, Day day) const;

    // ---- commands ------------------------------------------------------------
    // Applies one command in one write transaction, to the rows as they are in
    // the file now, with its journal row. Returns the id of the record created
    // or changed. Throws InputError (ConflictError, NotFoundError) or StoreError;
    // then nothing was written.
    int64_t apply(const Command& command);
    // Where this App's commands come from, for the journal (window, cli, import).
    Origin origin() const { return origin_; }

    // Shorthands for apply() that tests and the CLI read well with.
    int64_t add_goal(Goal goal) { return apply(AddGoal{std::move(goal)}); }
    void edit_goal(int64_t id, Patch patch) { apply(EditGoal{id, std::move(patch)}); }
    void archive_goal(int64_t id, bool archived = true);
    void delete_goal(int64_t id) { apply(DeleteGoal{id}); }
    int64_t add_step(Step step) { return apply(AddStep{std::move(step)}); }
    void edit_step(int64_t id, Patch patch) { apply(EditStep{id, std::move(patch)}); }
    void set_step_status(int64_t id, StepStatus status, Day day);  // done/open/dropped
    void complete_step(int64_t id, Day day, bool done) { apply(CompleteStep{id, day, done}); }
    void mark_day(int64_t id, Day day, DayMark mark, std::string note = "") {
        apply(MarkDay{id, day, mark, std::move(note), std::nullopt});
    }
    void move_step(int64_t id, int direction) { apply(MoveStep{id, direction}); }
    void delete_step(int64_t id) { apply(DeleteStep{id}); }
    int64_t log_progress(int64_t goal_id, Day day, double value, const std::string& note) {
        return apply(LogProgress{goal_id, day, value, note});
    }
    void delete_entry(int64_t entry_id) { apply(DeleteEntry{entry_id}); }
    void save_checkin(const CheckIn& checkin);  // every answer of the form
    void set_setting(const std::string& key, const std::string& value) { apply(SetSetting{key, value}); }
    int64_t add_session(Session session) { return apply(AddSession{std::move(session)}); }
    void edit_session(int64_t id, Patch patch) { apply(EditSession{id, std::move(patch)}); }
    void delete_session(int64_t id) { apply(DeleteSession{id}); }
    int64_t add_question(Question question) { return apply(AddQuestion{std::move(question)}); }
    void edit_question(int64_t id, Patch patch) { apply(EditQuestion{id, std::move(patch)}); }
    // Discussed on `day`, or open again (nullopt).
    void set_question_discussed(int64_t id, std::optional<Day> day);
    void delete_question(int64_t id) { apply(DeleteQuestion{id}); }

    // The journal, newest first.
    std::vector<JournalRow> journal(int limit);
    // Undo the newest change not yet undone / redo the newest undo; each is
    // journalled. Returns what was reversed, in words ("goal “Run”: why …").
    // Throws InputError when there is nothing to reverse, or when a later change
    // depends on it (then nothing is written).
    std::string undo();
    std::string redo();

    // ---- the window: commands posted during a frame run after it -------------
    // Returns a ticket; outcome(ticket) answers on a later frame. When the caller
    // does not read the outcome, a failure goes to apply_posted()'s message.
    uint64_t post(Command command, bool caller_reads_outcome = false);
    // Runs what was posted, in order; returns the first unread error ("" if none).
    std::string apply_posted();
    bool has_posted() const { return !posted_.empty(); }
    const Outcome* outcome(uint64_t ticket) const;
    // The outcomes of the last apply_posted(), in order (the toast reads them).
    const std::vector<Outcome>& last_batch() const { return last_batch_; }

    // Another process (the CLI, a second window) committed to the file since we
    // last looked: reload everything. True when it did. Cheap when nothing changed.
    bool refresh_if_changed();

    Database& database() { return db_; }
    const std::string& path() const { return db_.path(); }
    // Why the file cannot be changed ("" when it can): commands then fail with it.
    const std::string& read_only_reason() const { return db_.read_only_reason(); }
    void reload_all();

private:
    void reload_goals();
    void reload_steps();            // steps and every completion (opening)
    void reload_step_rows();        // the steps table only; forgets completions of removed steps
    void reload_completions(int64_t step_id);  // one step's ticks
    void reload_entries(int64_t goal_id);
    void reload_entry_facts(int64_t goal_id);  // without entries: one goal's progress facts
    void reload_checkins();
    void reload_sessions();   // sessions and questions
    void reload_settings();
    void changed();  // a new revision
    void note_data_version();

    // One per command type; each runs inside the transaction apply() opened.
    int64_t run(const AddGoal& c);
    int64_t run(const EditGoal& c);
    int64_t run(const DeleteGoal& c);
    int64_t run(const AddStep& c);
    int64_t run(const EditStep& c);
    int64_t run(const CompleteStep& c);
    int64_t run(const MarkDay& c);
    int64_t run(const MoveStep& c);
    int64_t run(const DeleteStep& c);
    int64_t run(const LogProgress& c);
    int64_t run(const EditEntry& c);
    int64_t run(const DeleteEntry& c);
    int64_t run(const SaveCheckin& c);
    int64_t run(const SetSetting& c);
    int64_t run(const AddSession& c);
    int64_t run(const EditSession& c);
    int64_t run(const DeleteSession& c);
    int64_t run(const AddQuestion& c);
    int64_t run(const EditQuestion& c);
    int64_t run(const DeleteQuestion& c);
    int64_t run(const Undo& c);
    int64_t run(const Redo& c);
    // Reverses one journal row as the command `verb` ("undo"/"redo"); app/undo.cpp.
    int64_t reverse(const JournalRow& row, const char* verb);
    int64_t reverse_change(const JournalRow& row, const char* verb);
    int64_t restore_goal(const nlohmann::json& record);
    int64_t restore_step(const nlohmann::json& record);
    int64_t restore_entry(const nlohmann::json& record);
    int64_t restore_session(const nlohmann::json& record);
    int64_t restore_question(const nlohmann::json& record);
    // The journal row of the command being applied.
    void journal(const char* entity, const std::string& uuid, const nlohmann::json& before,
                 const nlohmann::json& after);
    // What the command being applied touched, reloaded after its commit.
    struct Touched {
        bool goals = false, steps = false, checkins = false, settings = false, sessions = false;
        std::vector<int64_t> completion_steps;  // steps whose ticks changed (not the steps table)
        std::vector<int64_t> entry_goals;
    };
    void reload(const Touched& touched);
    const Goal& require_goal(int64_t id) const;
    const Step& require_step(int64_t id) const;

    Database db_;
    Day today_;
    uint64_t revision_ = 0;  // set by the constructor's reload_all()

    std::vector<Goal> goals_;
    std::vector<Step> steps_;
    std::unordered_map<int64_t, std::vector<Day>> completions_;  // step id -> sorted days
    std::unordered_map<int64_t, std::map<Day, std::string>> completion_notes_;  // the non-empty notes
    std::unordered_map<int64_t, std::vector<Day>> skips_;        // step id -> sorted days
    std::unordered_map<int64_t, std::vector<ProgressEntry>> entries_;  // goal id -> sorted
    Reads reads_;
    std::unordered_map<int64_t, EntryFacts> entry_facts_;  // goal id -> on reads_.progress_on
    std::vector<CheckIn> checkins_;
    std::vector<JournalRow> goal_journal_;  // with reads_.entries; see goal_journal()
    std::vector<Session> sessions_;
    std::vector<Question> questions_;
    std::map<std::string, std::string> settings_;

    Snapshot snapshot_;
    uint64_t snapshot_revision_ = 0;
    int snapshot_builds_ = 0;
    Origin origin_;
    DecimalSeparator decimal_ = DecimalSeparator::point;
    std::string command_;  // the command being applied, for its journal row
    std::optional<int64_t> undoes_;  // the row an undo/redo being applied reverses
    std::string reversed_;           // what it reversed, in words (for the outcome)
    int journalled_ = 0;             // journal rows written by this App (one per change)
    Touched touched_;
    int64_t data_version_ = 0;

    struct Posted {
        uint64_t ticket = 0;
        Command command;
        bool caller_reads_outcome = false;
    };
    std::vector<Posted> posted_;
    uint64_t next_ticket_ = 1;
    std::vector<Outcome> outcomes_;  // the most recent ones, oldest first
    std::vector<Outcome> last_batch_;
};

}  // namespace sw
