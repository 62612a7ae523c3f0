#pragma once
// The `gui` command: the window, wired in by main so the CLI never links it.

namespace CLI {
class App;
}

namespace sw::cli {
struct Context;

// Registers `gui` and returns it: the command to run when none is given.
CLI::App* register_gui_command(CLI::App& root, Context& ctx);
}  // namespace sw::cli
