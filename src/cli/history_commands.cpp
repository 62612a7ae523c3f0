// history [--limit N] [--json]: the change journal, newest first; undo and redo on it;
// goal history ID [--json]: one goal's changes, oldest first.
#include "cli/context.hpp"

#include "app/goal_history.hpp"
#include "app/journal_text.hpp"
#include "core/errors.hpp"
#include "store/journal_repository.hpp"
#include "core/text.hpp"

#include <ctime>
#include <ostream>

namespace sw::cli {
namespace {

// The journal keeps UTC; people read their own clock: "2026-12-01 23:40".
std::string local_time(const std::string& utc_iso) {
    std::tm tm{};
    if (!strptime(utc_iso.c_str(), "%Y-%m-%dT%H:%M:%SZ", &tm)) return utc_iso;
    std::time_t t = timegm(&tm);
    std::tm local{};
    localtime_r(&t, &local);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", &local);
    return buf;
}

}  // namespace

void register_history_commands(CLI::App& root, Context& ctx) {
    auto limit = std::make_shared<std::string>("20");
    auto json = std::make_shared<bool>(false);
    auto* history = root.add_subcommand("history", "What changed, newest first (the change journal)");
    history->add_option("--limit", *limit, "How many changes (default 20)");
    history->add_flag("--json", *json, "Machine-readable output");
    ctx.on(history, [&ctx, limit, json] {
        int n = parse_int_in_range("--limit", *limit, 1, 1'000'000);
        auto rows = ctx.app(Reads::records()).journal(n);
        if (*json) {
            nlohmann::json arr = nlohmann::json::array();
            for (const auto& r : rows) arr.push_back(journal_json(r));
            *ctx.out << arr.dump(2) << "\n";
            return 0;
        }
        if (rows.empty()) *ctx.out << "No changes recorded yet.\n";
        for (const auto& r : rows)
            *ctx.out << "#" << r.id << "  " << local_time(r.at) << "  " << to_string(r.origin) << "  "
                     << (r.command.rfind("undo:", 0) == 0 ? "(undo) " : r.command.rfind("redo:", 0) == 0 ? "(redo) " : "") << terminal_safe(describe_change(r)) << "\n";
        return 0;
    });
    // undo / redo: the newest change, and the newest undo, reversed (each journalled).
    for (bool redo : {false, true}) {
        auto* cmd = root.add_subcommand(redo ? "redo" : "undo",
                                        redo ? "Redo the last undone change" : "Undo the last change (from the window or the command line)");
        ctx.on(cmd, [&ctx, redo] {
            App& app = ctx.app(Reads::records());
            std::string what = redo ? app.redo() : app.undo();
            *ctx.out << (redo ? "Redone: " : "Undone: ") << terminal_safe(what) << "\n";
            return 0;
        });
    }
}

// Registered by goal_commands.cpp under `goal`.
void register_goal_history_command(CLI::App& goal, Context& ctx) {
    auto id = std::make_shared<std::string>();
    auto json = std::make_shared<bool>(false);
    auto* cmd = goal.add_subcommand("history", "What changed in a goal: title, target, baseline, unit, dates");
    cmd->add_option("ID", *id, "Goal id")->required();
    cmd->add_flag("--json", *json, "Machine-readable output");
    ctx.on(cmd, [&ctx, id, json] {
        int64_t goal_id = parse_id("goal id", *id);
        App& app = ctx.app(Reads::records());
        const Goal* g = app.find_goal(goal_id);
        if (!g) throw NotFoundError("no goal with id " + std::to_string(goal_id));
        auto rows = journal_of(app.database(), g->uuid);
        auto changes = goal_history(rows, g->uuid, app.decimal_separator());
        if (*json) {
            nlohmann::json arr = nlohmann::json::array();
            for (const auto& c : changes) arr.push_back(goal_change_json(c));
            *ctx.out << arr.dump(2) << "\n";
            return 0;
        }
        if (changes.empty()) *ctx.out << "No changes since it was created.\n";
        for (const auto& c : changes) {
            std::string how(to_string(c.origin));
            if (c.command.rfind("undo:", 0) == 0) how += ", undo";
            else if (c.command.rfind("redo:", 0) == 0) how += ", redo";
            *ctx.out << format_day(c.date) << "  " << c.field << "  " << terminal_safe(c.from_text) << " → "
                     << terminal_safe(c.to_text) << "  (" << how << ")\n";
        }
        return 0;
    });
}

}  // namespace sw::cli
