#include "cli/context.hpp"

namespace sw::cli {

void register_repair_command(CLI::App&, Context&) {}

}  // namespace sw::cli
