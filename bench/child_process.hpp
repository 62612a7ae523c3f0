#pragma once
// Runs a program as a child process and measures what a user would: wall time
// from start to exit, and the peak resident memory the kernel reports for it.
//
// Children are started by a launcher process forked at the very start of the
// benchmark, while it is still small: Linux counts in a child's ru_maxrss the
// memory of the process it was spawned from (at exec), so spawning from the
// benchmark itself, after it has built the databases, would add its own
// hundred-odd megabytes to every figure.
#include <string>
#include <vector>

namespace sw::bench {

struct ChildRun {
    double wall_ms = 0;
    double peak_rss_mb = 0;  // ru_maxrss from wait4
    int exit_code = -1;      // 128 + signal when killed
    std::string error;       // the child's stderr when it failed
};

// Forks the launcher; call first thing in main. Without it run_child refuses.
void start_launcher();

// stdin and stdout are /dev/null; `env` is the whole environment ("KEY=VALUE").
ChildRun run_child(const std::vector<std::string>& argv, const std::vector<std::string>& env);

// This process's environment with some variables set (or replaced).
std::vector<std::string> environment_with(const std::vector<std::string>& overrides);

// The directory of the running executable (/proc/self/exe), where the build
// puts stepwise and stepwise_floor beside stepwise_bench.
std::string executable_directory();

double median(std::vector<double> values);

}  // namespace sw::bench
