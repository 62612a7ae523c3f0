// Stepwise: one binary, a GUI without a command, the command line with one.
#include "cli/cli.hpp"

int main(int argc, char** argv) { return sw::run_cli(argc, argv); }
