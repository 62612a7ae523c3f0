#pragma once
#include <functional>

namespace CLI {
class App;
}

namespace sw {
namespace cli {
struct Context;
}

// Commands that live outside the CLI module: main adds `gui` this way, so the
// CLI (and every test that links it) never links the window, ImGui or OpenGL.
// Called where the first command is registered; returns the command to run when
// none is given (nullptr: print the help).
using ExtraCommands = std::function<CLI::App*(CLI::App& root, cli::Context& ctx)>;

// What happens after a command that opened the database has answered: the real
// binary starts the day's full check and backup in a detached process
// (app/daily_maintenance.hpp); tests running commands in-process do not.
enum class AfterAnswer { nothing, daily_maintenance };

// The whole command line (DESIGN.md "Command line"). No command runs the one
// `extra` names (the GUI, from main). Returns the process exit code: 0 ok,
// 1 runtime error, 2 bad usage or input.
int run_cli(int argc, char** argv, const ExtraCommands& extra = {}, AfterAnswer after = AfterAnswer::nothing);
}  // namespace sw
