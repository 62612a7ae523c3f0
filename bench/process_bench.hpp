#pragma once
// What a user waits for, measured on the real binaries as child processes:
// the window's first frames against a bare ImGui app (stepwise_floor), and the
// command line's common commands.
#include "core/dates.hpp"

#include <string>

namespace sw::bench {

// `ten_year_db` is copied, never changed; scratch files go in `work_dir`.
void run_process_benchmarks(const std::string& ten_year_db, const std::string& work_dir, Day today);

}  // namespace sw::bench
