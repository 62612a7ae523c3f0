// Stepwise: one binary, a GUI without a command, the command line with one.
// The window is linked here only: the CLI module and its tests never link ImGui or GL.
#include "cli/cli.hpp"
#include "gui_command.hpp"

int main(int argc, char** argv) {
    return sw::run_cli(argc, argv, sw::cli::register_gui_command, sw::AfterAnswer::daily_maintenance);
}
