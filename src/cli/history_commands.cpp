#include "cli/context.hpp"

namespace sw::cli {

void register_history_commands(CLI::App&, Context&) {}

}  // namespace sw::cli
