// goal add | list | show | edit | archive | delete
#include "cli/context.hpp"
#include "cli/text_output.hpp"
#include "app/record_patch.hpp"
#include "app/records.hpp"
#include "core/errors.hpp"
#include "report/json_model.hpp"

#include <iostream>

namespace sw::cli {
namespace {

// Every SMART field as optional text, so `add` and `edit` share one parser and
// each flag gets the same clear message.
struct GoalFlags {
    std::optional<std::string> title, due, start, description, why, area, unit, baseline, target,
        measure, confidence, resources, obstacles, status, kind, rate;
    bool make_private = false;
    bool make_public = false;

    void add_to(CLI::App* cmd, bool editing) {
        cmd->add_option("--title", title, "Short name of the goal (Specific)");
        cmd->add_option("--due", due, "Due date YYYY-MM-DD (Time-bound)");
        cmd->add_option("--start", start, "Start date (default today)");
        cmd->add_option("--description", description, "What exactly, where, with whom");
        cmd->add_option("--why", why, "Why it matters to you (Relevant)");
        cmd->add_option("--area", area, "Life area: career, health, relationships, finance, growth, fun, environment, other");
        cmd->add_option("--unit", unit, "Unit of a numeric goal (km, kg, pages)");
        cmd->add_option("--baseline", baseline, "Where you start (numeric goals)");
        cmd->add_option("--target", target, "Where you want to be (makes the goal numeric)");
        cmd->add_option("--measure", measure, "level (latest reading) or total (sum of entries)");
        cmd->add_option("--kind", kind, "numeric, milestone (measured by one-off steps) or habit (by recurring steps)");
        cmd->add_option("--rate", rate, "Habit goals: the share of scheduled days you mean to do, e.g. 0.8");
        cmd->add_option("--confidence", confidence, "How sure you are, 1-10 (Achievable)");
        cmd->add_option("--resources", resources, "What will help");
        cmd->add_option("--obstacles", obstacles, "What may get in the way");
        cmd->add_flag("--private", make_private, "Keep out of coach summaries unless included");
        if (editing) {
            cmd->add_flag("--public", make_public, "Share in coach summaries again");
            cmd->add_option("--status", status, "active, paused, achieved or abandoned");
        }
    }

    // The record fields the given flags name (after apply(), which may make a goal
    // numeric): only these are written, so edits of other fields are kept.
    std::vector<std::string> fields(const Goal& before, const Goal& after) const {
        std::vector<std::string> out;
        auto add = [&](bool given, const char* field) {
            if (given) out.push_back(field);
        };
        add(title.has_value(), "title");
        add(description.has_value(), "description");
        add(why.has_value(), "why");
        add(area.has_value(), "life_area");
        add(resources.has_value(), "resources");
        add(obstacles.has_value(), "obstacles");
        add(start.has_value(), "start_date");
        add(due.has_value(), "due_date");
        add(unit.has_value(), "unit");
        add(baseline.has_value(), "baseline");
        add(target.has_value() || after.target != before.target, "target");
        add(after.kind != before.kind || target.has_value() || kind.has_value(), "kind");
        add(rate.has_value(), "target_rate");
        add(measure.has_value(), "measure");
        add(confidence.has_value(), "confidence");
        add(status.has_value(), "status");
        add(make_private || make_public, "private");
        return out;
    }

    void apply(Goal& g, Day today, DecimalSeparator decimal) const {
        if (title) g.title = *title;
        if (description) g.description = *description;
        if (why) g.why = *why;
        if (area) g.life_area = *area;
        if (resources) g.resources = *resources;
        if (obstacles) g.obstacles = *obstacles;
        if (start) g.start_date = parse_day("--start", *start, today);
        if (due) g.due_date = parse_day("--due", *due, today);
        if (unit) g.unit = *unit;
        if (baseline) g.baseline = parse_number("--baseline", *baseline, decimal);
        std::optional<GoalKind> named_kind;
        if (kind) named_kind = parse_goal_kind(*kind);
        if (named_kind && named_kind != GoalKind::numeric && (target || unit || baseline || measure))
            throw InputError("--target, --unit, --baseline and --measure belong to numeric goals, not " +
                             std::string(to_string(*named_kind)) + " goals");
        if (named_kind) g.kind = *named_kind;
        if (rate) {
            if (!g.is_habit()) throw InputError("--rate belongs to habit goals (add --kind habit)");
            g.target_rate = parse_number("--rate", *rate, decimal);
            if (!(g.target_rate > 0 && g.target_rate <= 1))
                throw InputError("--rate must be more than 0 and at most 1 (0.8 = 80 % of the scheduled days)");
        }
        if (target) {
            g.target = parse_number("--target", *target, decimal);
            g.kind = GoalKind::numeric;
        } else if ((unit || baseline || measure) && !g.is_numeric()) {
            // A unit or baseline without a target is a numeric goal missing its
            // target: let the SMART check say so rather than silently ignoring it.
            g.kind = GoalKind::numeric;
            g.target = g.baseline;
        }
        if (measure) g.measure = parse_measure(*measure);
        if (confidence) g.confidence = parse_int_in_range("--confidence", *confidence, 1, 10);
        if (status) g.status = parse_goal_status(*status);
        if (make_private && make_public) throw InputError("--private and --public exclude each other");
        if (make_private) g.is_private = true;
        if (make_public) g.is_private = false;
    }
};

void print_warnings(std::ostream& err, const SmartReport& report) {
    for (const auto& p : report.problems(CheckLevel::warn)) err << "SMART advice — " << p << "\n";
}

}  // namespace

void register_goal_history_command(CLI::App& goal, Context& ctx);  // history_commands.cpp

void register_goal_commands(CLI::App& root, Context& ctx) {
    auto* goal = root.add_subcommand("goal", "Add, list, show, edit, archive or delete goals");
    goal->require_subcommand(1);
    register_goal_history_command(*goal, ctx);

    {
        auto flags = std::make_shared<GoalFlags>();
        auto* add = goal->add_subcommand("add", "Add a SMART goal; prints its id");
        flags->add_to(add, false);
        add->get_option("--title")->required();
        add->get_option("--due")->required();
        ctx.on(add, [&ctx, flags] {
            Goal probe;  // parsed before the database is opened: bad input writes nothing
            probe.start_date = ctx.today();
            flags->apply(probe, ctx.today(), kLenientDecimal);
            App& app = ctx.app(Reads::records());
            Goal g;  // again, with the client's decimal separator
            g.start_date = ctx.today();
            flags->apply(g, ctx.today(), app.decimal_separator());
            int64_t id = app.add_goal(g);
            print_warnings(*ctx.err, smart_check(*app.find_goal(id), app.today()));
            *ctx.out << id << "\n";
            return 0;
        });
    }
    {
        auto all = std::make_shared<bool>(false);
        auto json = std::make_shared<bool>(false);
        auto* list = goal->add_subcommand("list", "List goals (archived ones with --all)");
        list->add_flag("--all", *all, "Include archived goals");
        list->add_flag("--json", *json, "Machine-readable output");
        ctx.on(list, [&ctx, all, json] {
            App& app = ctx.app(Reads::progress(ctx.today()));
            const Snapshot& snap = app.snapshot();
            std::vector<const GoalRow*> rows;
            for (const auto& r : snap.goals)
                if (*all || !r.goal.archived) rows.push_back(&r);
            if (*json) {
                nlohmann::json arr = nlohmann::json::array();
                for (auto* r : rows) {
                    arr.push_back(goal_json(*r));
                    arr.back().erase("steps");  // listed by `goal show` and `step list`
                }
                *ctx.out << arr.dump(2) << "\n";
            } else {
                print_goal_table(*ctx.out, rows);
            }
            return 0;
        });
    }
    {
        auto id = std::make_shared<std::string>();
        auto on = std::make_shared<std::optional<std::string>>();
        auto json = std::make_shared<bool>(false);
        auto* show = goal->add_subcommand("show", "Show one goal with its analytics and steps");
        show->add_option("ID", *id, "Goal id")->required();
        show->add_option("--on", *on, "Compute for this day (default today)");
        show->add_flag("--json", *json, "Machine-readable output");
        ctx.on(show, [&ctx, id, on, json] {
            int64_t goal_id = parse_id("goal id", *id);
            Day day = *on ? parse_day("--on", **on, ctx.today()) : ctx.today();
            App& app = ctx.app();
            const Goal* g = app.find_goal(goal_id);
            if (!g) throw NotFoundError("no goal with id " + std::to_string(goal_id));
            GoalRow row = app.goal_row(*g, day);
            std::vector<StepRow> steps;
            for (const auto& s : app.steps_of(goal_id)) steps.push_back(app.step_row(s, day));
            if (*json) {
                auto j = goal_json(row);
                for (const auto& s : steps) j["steps"].push_back(step_json(s, g->uuid, session_uuid_of(app, s.step)));
                *ctx.out << j.dump(2) << "\n";
            } else {
                print_goal_details(*ctx.out, row, steps, app.decimal_separator());
            }
            return 0;
        });
    }
    {
        auto flags = std::make_shared<GoalFlags>();
        auto id = std::make_shared<std::string>();
        auto* edit = goal->add_subcommand("edit", "Change any field of a goal");
        edit->add_option("ID", *id, "Goal id")->required();
        flags->add_to(edit, true);
        ctx.on(edit, [&ctx, flags, id] {
            int64_t goal_id = parse_id("goal id", *id);
            Goal probe;  // every flag is parsed before the database is opened
            if (flags->rate && !flags->kind) probe.kind = GoalKind::habit;  // the goal's own kind is checked below
            flags->apply(probe, ctx.today(), kLenientDecimal);
            App& app = ctx.app(Reads::records());
            const Goal* g = app.find_goal(goal_id);
            if (!g) throw NotFoundError("no goal with id " + std::to_string(goal_id));
            Goal changed = *g;
            flags->apply(changed, app.today(), app.decimal_separator());
            app.edit_goal(goal_id, patch_of_fields(goal_record(changed), flags->fields(*g, changed)));
            print_warnings(*ctx.err, smart_check(*app.find_goal(goal_id), app.today()));
            return 0;
        });
    }
    {
        auto id = std::make_shared<std::string>();
        auto undo = std::make_shared<bool>(false);
        auto* archive = goal->add_subcommand("archive", "Archive a goal (hidden from lists, kept)");
        archive->add_option("ID", *id, "Goal id")->required();
        archive->add_flag("--undo", *undo, "Bring an archived goal back");
        ctx.on(archive, [&ctx, id, undo] {
            int64_t goal_id = parse_id("goal id", *id);
            ctx.app(Reads::records()).archive_goal(goal_id, !*undo);
            return 0;
        });
    }
    {
        auto id = std::make_shared<std::string>();
        auto yes = std::make_shared<bool>(false);
        auto* del = goal->add_subcommand("delete", "Delete a goal with its steps and entries");
        del->add_option("ID", *id, "Goal id")->required();
        del->add_flag("--yes", *yes, "Confirm: this cannot be undone");
        ctx.on(del, [&ctx, id, yes] {
            int64_t goal_id = parse_id("goal id", *id);
            if (!*yes)
                throw InputError("deleting goal " + std::to_string(goal_id) +
                                 " removes its steps and entries; add --yes to confirm");
            ctx.app(Reads::records()).delete_goal(goal_id);
            return 0;
        });
    }
}

}  // namespace sw::cli
