#pragma once

namespace sw {
// The whole command line (DESIGN.md "Command line"). No command opens the GUI.
// Returns the process exit code: 0 ok, 1 runtime error, 2 bad usage or input.
int run_cli(int argc, char** argv);
}  // namespace sw
