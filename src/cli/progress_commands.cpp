// log GOAL VALUE | log list GOAL | log delete ENTRY
#include "cli/context.hpp"
#include "cli/text_output.hpp"
#include "core/errors.hpp"
#include "report/json_model.hpp"

namespace sw::cli {

void register_progress_commands(CLI::App& root, Context& ctx) {
    auto goal = std::make_shared<std::string>();
    auto value = std::make_shared<std::string>();
    auto date = std::make_shared<std::optional<std::string>>();
    auto note = std::make_shared<std::string>();
    auto* log = root.add_subcommand("log", "Log a progress value for a numeric goal");
    log->add_option("GOAL", *goal, "Goal id");
    log->add_option("VALUE", *value, "A reading (level goals) or an increment (total goals)");
    log->add_option("--date", *date, "Day of the entry (default today)");
    log->add_option("--note", *note, "A note");
    ctx.on(log, [&ctx, goal, value, date, note] {
        if (goal->empty() || value->empty())
            throw InputError("usage: stepwise log GOAL VALUE [--date D] [--note T]");
        int64_t goal_id = parse_id("goal id", *goal);
        parse_number("value", *value, kLenientDecimal);  // before the database opens
        Day day = *date ? parse_day("--date", **date, ctx.today()) : ctx.today();
        App& app = ctx.app(Reads::nothing());  // the command reads its goal from the file
        double v = parse_number("value", *value, app.decimal_separator());
        *ctx.out << app.log_progress(goal_id, day, v, *note) << "\n";
        return 0;
    });
    {
        auto list_goal = std::make_shared<std::string>();
        auto json = std::make_shared<bool>(false);
        auto* list = log->add_subcommand("list", "List a goal's entries, newest first");
        list->add_option("GOAL", *list_goal, "Goal id")->required();
        list->add_flag("--json", *json, "Machine-readable output");
        ctx.on(list, [&ctx, list_goal, json] {
            int64_t goal_id = parse_id("goal id", *list_goal);
            App& app = ctx.app(Reads::records());  // the goal's entries come from the file below
            const Goal* g = app.find_goal(goal_id);
            if (!g) throw NotFoundError("no goal with id " + std::to_string(goal_id));
            auto entries = app.full_entries_of(goal_id);  // with uuids and timestamps
            nlohmann::json arr = nlohmann::json::array();
            for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
                if (*json) arr.push_back(entry_json(*it, g->uuid));
                else
                    print_entry_line(*ctx.out, *it, g->unit, app.decimal_separator());
            }
            if (*json) *ctx.out << arr.dump(2) << "\n";
            else if (entries.empty()) *ctx.out << "No entries yet.\n";
            return 0;
        });
    }
    {
        auto entry = std::make_shared<std::string>();
        auto* del = log->add_subcommand("delete", "Delete one entry");
        del->add_option("ENTRY", *entry, "Entry id")->required();
        ctx.on(del, [&ctx, entry] {
            int64_t entry_id = parse_id("entry id", *entry);
            ctx.app(Reads::nothing()).delete_entry(entry_id);
            return 0;
        });
    }
}

}  // namespace sw::cli
