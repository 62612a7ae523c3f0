// step add | done | undo | edit | drop | list
#include "cli/context.hpp"
#include "cli/text_output.hpp"
#include "app/record_patch.hpp"
#include "app/records.hpp"
#include "core/errors.hpp"
#include "report/json_model.hpp"

namespace sw::cli {
namespace {

// --remind HH:MM, checked with the flag's name in the message.
int parse_remind_time(const std::string& text) {
    try {
        return parse_time_of_day(text);
    } catch (const InputError& e) {
        throw InputError(std::string("--remind: ") + e.what());
    }
}

struct StepFlags {
    std::optional<std::string> title, due, start, repeat, if_text, then_text, notes, remind;

    void add_to(CLI::App* cmd) {
        cmd->add_option("--title", title, "What you will do");
        cmd->add_option("--due", due, "Due date of a one-off step");
        cmd->add_option("--start", start, "First day of a recurring step (default today)");
        cmd->add_option("--repeat", repeat, "daily, weekly:MO,WE,FR, every:N or times:K/week (any K days of each week)");
        cmd->add_option("--if", if_text, "If <obstacle> …");
        cmd->add_option("--then", then_text, "… then I will <response>");
        cmd->add_option("--notes", notes, "Notes");
        cmd->add_option("--remind", remind, "A reminder at HH:MM on each day the step is planned, until done ('' for none)");
    }

    // The record fields the given flags name: only these are written.
    std::vector<std::string> fields() const {
        std::vector<std::string> out;
        auto add = [&](bool given, const char* field) {
            if (given) out.push_back(field);
        };
        add(title.has_value(), "title");
        add(notes.has_value(), "notes");
        add(due.has_value(), "due_date");
        add(start.has_value(), "start_date");
        add(repeat.has_value(), "repeat");
        add(if_text.has_value(), "if");
        add(then_text.has_value(), "then");
        add(remind.has_value(), "remind_at");
        return out;
    }

    void apply(Step& s, Day today) const {
        if (title) s.title = *title;
        if (notes) s.notes = *notes;
        if (due) s.due_date = due->empty() ? std::nullopt : std::optional(parse_day("--due", *due, today));
        if (start) s.start_date = parse_day("--start", *start, today);
        if (repeat) s.repeat = parse_recurrence(*repeat);
        if (if_text) s.if_text = *if_text;
        if (then_text) s.then_text = *then_text;
        if (remind) s.remind_at = remind->empty() ? std::nullopt : std::optional(parse_remind_time(*remind));
        if (s.if_text.empty() != s.then_text.empty())
            throw InputError("an if-then plan needs both --if and --then");
    }
};

// `step done|undo STEP [--date D]`
void register_completion(CLI::App* parent, Context& ctx, const char* name, const char* help, bool done) {
    auto id = std::make_shared<std::string>();
    auto date = std::make_shared<std::optional<std::string>>();
    auto* cmd = parent->add_subcommand(name, help);
    cmd->add_option("STEP", *id, "Step id")->required();
    cmd->add_option("--date", *date, "Occurrence day (default today)");
    ctx.on(cmd, [&ctx, id, date, done] {
        int64_t step_id = parse_id("step id", *id);
        Day day = *date ? parse_day("--date", **date, ctx.today()) : ctx.today();
        ctx.app(Reads::nothing()).complete_step(step_id, day, done);
        return 0;
    });
}

// `step skip STEP --date D [--undo]`: an occurrence skipped (ill, travelling) is
// neither scheduled nor missed; --undo opens the day again.
void register_skip(CLI::App* parent, Context& ctx) {
    auto id = std::make_shared<std::string>();
    auto date = std::make_shared<std::string>();
    auto undo = std::make_shared<bool>(false);
    auto* cmd = parent->add_subcommand("skip", "Skip one day of a recurring step (it will not count as missed)");
    cmd->add_option("STEP", *id, "Step id")->required();
    cmd->add_option("--date", *date, "The day to skip (YYYY-MM-DD, today, yesterday)")->required();
    cmd->add_flag("--undo", *undo, "Open the day again (no longer skipped)");
    ctx.on(cmd, [&ctx, id, date, undo] {
        int64_t step_id = parse_id("step id", *id);
        Day day = parse_day("--date", *date, ctx.today());
        MarkDay mark{step_id, day, DayMark::skipped, "", std::nullopt};
        if (*undo) {
            mark.mark = DayMark::open;
            mark.expected = DayMark::skipped;
        }
        ctx.app(Reads::nothing()).apply(mark);
        return 0;
    });
}

}  // namespace

void register_step_commands(CLI::App& root, Context& ctx) {
    auto* step = root.add_subcommand("step", "Action steps: one-off or recurring");
    step->require_subcommand(1);
    {
        auto flags = std::make_shared<StepFlags>();
        auto goal = std::make_shared<std::string>();
        auto session = std::make_shared<std::optional<std::string>>();
        auto* add = step->add_subcommand("add", "Add a step to a goal; prints its id");
        add->add_option("GOAL", *goal, "Goal id")->required();
        flags->add_to(add);
        add->add_option("--session", *session, "A commitment made in this coaching session (session id)");
        add->get_option("--title")->required();
        ctx.on(add, [&ctx, flags, goal, session] {
            Step s;  // parsed before the database is opened: bad input writes nothing
            s.goal_id = parse_id("goal id", *goal);
            if (*session) s.session_id = parse_id("session id", **session);
            s.start_date = ctx.today();
            flags->apply(s, ctx.today());
            *ctx.out << ctx.app(Reads::nothing()).add_step(s) << "\n";
            return 0;
        });
    }
    register_completion(step, ctx, "done", "Mark a step done (recurring: for one day)", true);
    register_completion(step, ctx, "undo", "Undo a completion", false);
    register_skip(step, ctx);
    {
        auto flags = std::make_shared<StepFlags>();
        auto id = std::make_shared<std::string>();
        auto* edit = step->add_subcommand("edit", "Change a step");
        edit->add_option("STEP", *id, "Step id")->required();
        flags->add_to(edit);
        ctx.on(edit, [&ctx, flags, id] {
            int64_t step_id = parse_id("step id", *id);
            Step probe;  // every flag is parsed before the database is opened
            probe.if_text = probe.then_text = "-";
            flags->apply(probe, ctx.today());
            App& app = ctx.app(Reads::records());
            const Step* s = app.find_step(step_id);
            if (!s) throw NotFoundError("no step with id " + std::to_string(step_id));
            Step changed = *s;
            flags->apply(changed, app.today());
            app.edit_step(step_id, patch_of_fields(step_record(changed, ""), flags->fields()));
            return 0;
        });
    }
    {
        auto id = std::make_shared<std::string>();
        auto* drop = step->add_subcommand("drop", "Drop a step you no longer plan to do");
        drop->add_option("STEP", *id, "Step id")->required();
        ctx.on(drop, [&ctx, id] {
            int64_t step_id = parse_id("step id", *id);
            App& app = ctx.app(Reads::records());
            app.set_step_status(step_id, StepStatus::dropped, app.today());
            return 0;
        });
    }
    {
        auto goal = std::make_shared<std::optional<std::string>>();
        auto json = std::make_shared<bool>(false);
        auto* list = step->add_subcommand("list", "List steps, of one goal or all");
        list->add_option("GOAL", *goal, "Goal id");
        list->add_flag("--json", *json, "Machine-readable output");
        ctx.on(list, [&ctx, goal, json] {
            std::optional<int64_t> goal_id;
            if (*goal) goal_id = parse_id("goal id", **goal);
            App& app = ctx.app(Reads{.entries = false, .completions = true, .progress_on = {}});  // streaks, no entries
            if (goal_id && !app.find_goal(*goal_id)) throw NotFoundError("no goal with id " + **goal);
            nlohmann::json arr = nlohmann::json::array();
            for (const auto& s : app.steps()) {
                if (goal_id && s.goal_id != *goal_id) continue;
                StepRow row = app.step_row(s, app.today());
                if (*json) arr.push_back(step_json(row, app.find_goal(s.goal_id)->uuid, session_uuid_of(app, s)));
                else print_step_line(*ctx.out, row);
            }
            if (*json) *ctx.out << arr.dump(2) << "\n";
            return 0;
        });
    }
}

}  // namespace sw::cli
