// summary — being written (issue 5); registers nothing yet.
#include "cli/context.hpp"

namespace sw::cli {
void register_summary_command(CLI::App&, Context&) {}
}  // namespace sw::cli
