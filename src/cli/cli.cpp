#include "cli/cli.hpp"

#include "app/daily_maintenance.hpp"
#include "cli/context.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"
#include "store/database.hpp"

#include <iostream>

namespace sw {

namespace {
// Messages may quote what the user typed or what a file holds: the edge prints
// exactly one line, with every control character and stray byte shown as an
// escape ("\x1b", "\n", "\xff") rather than acted on by the terminal.
std::string one_line(const std::string& message) { return terminal_safe(message); }
}  // namespace

namespace {
int run_command(CLI::App& root, cli::Context& ctx, CLI::App* default_command);
}  // namespace

int run_cli(int argc, char** argv, const ExtraCommands& extra, AfterAnswer after) {
    cli::Context ctx;
    ctx.out = &std::cout;
    ctx.err = &std::cerr;
    ctx.db_path = default_database_path();

    CLI::App root{"Stepwise — SMART goals, action steps and progress, with your coach.", "stepwise"};
    root.set_version_flag("--version", std::string("stepwise ") + STEPWISE_VERSION);
    root.add_option("--db", ctx.db_path, "Database file (default: " + default_database_path() + ")");
    root.require_subcommand(0, 1);
    CLI::App* default_command = extra ? extra(root, ctx) : nullptr;
    cli::register_goal_commands(root, ctx);
    cli::register_step_commands(root, ctx);
    cli::register_progress_commands(root, ctx);
    cli::register_checkin_commands(root, ctx);
    cli::register_summary_command(root, ctx);
    cli::register_backup_command(root, ctx);
    cli::register_export_command(root, ctx);
    cli::register_import_command(root, ctx);
    cli::register_history_commands(root, ctx);
    cli::register_repair_command(root, ctx);
    cli::register_settings_command(root, ctx);
    cli::register_remind_command(root, ctx);
    cli::register_session_commands(root, ctx);
    cli::register_agenda_command(root, ctx);

    try {
        root.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return root.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return root.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return root.exit(e);
    } catch (const CLI::ParseError& e) {
        std::cerr << "stepwise: " << one_line(e.what()) << " (see stepwise --help)\n";
        return 2;
    }

    int code = run_command(root, ctx, default_command);
    if (after == AfterAnswer::daily_maintenance && ctx.opened_writable()) {
        std::string db_path = ctx.db_path;
        ctx.close();  // the detached process opens its own connection
        start_detached_maintenance(db_path, ctx.today());
    }
    return code;
}

namespace {

int run_command(CLI::App& root, cli::Context& ctx, CLI::App* default_command) {
    try {
        // The deepest subcommand that was given decides what runs.
        for (auto it = ctx.actions.rbegin(); it != ctx.actions.rend(); ++it)
            if (it->first->parsed()) return it->second();
        // No command: the default one (main's `gui`: a desktop app opens its window).
        for (auto& [sub, action] : ctx.actions)
            if (sub == default_command) return action();
        *ctx.out << root.help();
        return 0;
    } catch (const InputError& e) {
        std::cerr << "stepwise: " << one_line(e.what()) << "\n";
        return 2;
    } catch (const StoreError& e) {
        std::cerr << "stepwise: " << one_line(e.what()) << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "stepwise: " << one_line(e.what()) << "\n";
        return 1;
    }
}

}  // namespace

}  // namespace sw
