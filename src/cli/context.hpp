#pragma once
// What every command needs: the database path, the App opened on demand, and
// the list of actions registered per subcommand.
#include "app/app.hpp"

#include <CLI/CLI.hpp>

#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace sw::cli {

struct Context {
    std::string db_path;
    std::ostream* out = nullptr;
    std::ostream* err = nullptr;
    Origin origin = Origin::cli;  // for the change journal
    std::vector<std::pair<CLI::App*, std::function<int()>>> actions;

    // Opens (and migrates) the database on first use, reading `reads` into
    // memory: a command asks for what it shows (app/app.hpp). Later calls
    // return the same App.
    App& app(Reads reads = Reads::everything());
    // Whether app() opened a file this process may change (for the daily backup).
    bool opened_writable() const;
    void close() { app_.reset(); }
    Day today() const { return today_local(); }
    // Registers what runs when `sub` is the command given; returns `sub`.
    CLI::App* on(CLI::App* sub, std::function<int()> action);

private:
    std::unique_ptr<App> app_;
};

// Parsers for user text; each throws InputError with a one-line message.
// Numbers as people type them (core/numbers.hpp). Before the database is open,
// parse with kLenientDecimal to refuse what can never be a number; once it is
// open, parse again with the client's separator (Settings or the locale).
inline constexpr DecimalSeparator kLenientDecimal = DecimalSeparator::comma;
double parse_number(const std::string& what, const std::string& text, DecimalSeparator decimal);
int parse_int_in_range(const std::string& what, const std::string& text, int lo, int hi);
int64_t parse_id(const std::string& what, const std::string& text);
Day parse_day(const std::string& what, const std::string& text, Day today);
// The uuid of the session a step is a commitment of ("" when none).
std::string session_uuid_of(const App& app, const Step& step);
// A file the command will write: a new name in a folder that exists, or an
// existing regular file (a device, pipe, socket, folder or dangling link is
// refused and left untouched), and never the database or its -wal, -shm or
// -journal, by any name or link. Checked before the database opens.
void check_output_file(const std::string& what, const std::string& path, const std::string& db_path);

void register_goal_commands(CLI::App& root, Context& ctx);
void register_step_commands(CLI::App& root, Context& ctx);
void register_progress_commands(CLI::App& root, Context& ctx);
void register_checkin_commands(CLI::App& root, Context& ctx);
void register_backup_command(CLI::App& root, Context& ctx);    // backup
void register_export_command(CLI::App& root, Context& ctx);    // export (json, csv, ics)
void register_import_command(CLI::App& root, Context& ctx);    // import (Stepwise, Loop, Taskwarrior)
void register_summary_command(CLI::App& root, Context& ctx);   // summary
void register_history_commands(CLI::App& root, Context& ctx);  // history (undo/redo later)
void register_repair_command(CLI::App& root, Context& ctx);    // check, repair
void register_settings_command(CLI::App& root, Context& ctx);  // settings
void register_remind_command(CLI::App& root, Context& ctx);    // remind (desktop notifications)
void register_session_commands(CLI::App& root, Context& ctx);  // session, question
void register_agenda_command(CLI::App& root, Context& ctx);    // agenda

}  // namespace sw::cli
