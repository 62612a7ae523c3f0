// export, import, backup — being written (issue 5); registers nothing yet.
#include "cli/context.hpp"

namespace sw::cli {
void register_data_commands(CLI::App&, Context&) {}
}  // namespace sw::cli
