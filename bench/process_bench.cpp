#include "process_bench.hpp"

#include "child_process.hpp"
#include "store/backup.hpp"
#include "ten_year_database.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace sw::bench {
namespace {

// Issue 10's targets.
constexpr double kFirstFramesOneGoal = 1.4, kFirstFramesTenYear = 1.8;  // × the floor's wall time
constexpr double kMemoryTenYear = 1.8;                                   // × the floor's peak RSS
constexpr double kCliMedianMs = 50;
constexpr int kWindowRuns = 7, kCliRuns = 11, kFirstOpenRuns = 3;

const char* verdict(bool met) { return met ? "met" : "NOT met"; }

struct Samples {
    std::vector<double> wall, rss;
    int failures = 0;
    std::string first_error;

    void add(const ChildRun& run) {
        if (run.exit_code != 0) {
            if (failures++ == 0) first_error = run.error;
            return;
        }
        wall.push_back(run.wall_ms);
        rss.push_back(run.peak_rss_mb);
    }
    bool ok() const { return !wall.empty(); }
    double wall_median() const { return median(wall); }
    double rss_median() const { return median(rss); }
    double wall_min() const { return wall.empty() ? 0 : *std::min_element(wall.begin(), wall.end()); }
    double wall_max() const { return wall.empty() ? 0 : *std::max_element(wall.begin(), wall.end()); }
    void report_failures(const char* name) const {
        if (failures)
            std::printf("  %s: %d run(s) failed: %s\n", name, failures,
                        first_error.substr(0, first_error.find('\n')).c_str());
    }
};

struct Programs {
    std::string stepwise, floor;
    std::vector<std::string> env;  // XDG folders in the scratch directory: nothing of the user's is touched
    std::string png;               // where screenshots are written (overwritten each run)

    ChildRun floor_window() const { return run_child({floor, png}, env); }
    ChildRun window(const std::string& db) const {
        return run_child({stepwise, "--db", db, "gui", "--screenshot", png, "--frames", "6"}, env);
    }
    ChildRun cli(const std::string& db, std::vector<std::string> args) const {
        args.insert(args.begin(), {stepwise, "--db", db});
        return run_child(args, env);
    }
};

// The daily check and backup run after a command has answered (a detached
// process) or on a thread of the window; it is done when today's backup exists
// and nobody holds the backups folder's lock.
bool daily_maintenance_done(const std::string& db, Day today) {
    fs::path dir = backup_dir_for(db);
    std::error_code ec;
    if (!fs::exists(dir / backup_file_name(today), ec)) return false;
    int fd = ::open((dir / ".maintenance.lock").c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return true;
    bool free = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
    ::close(fd);  // releases it at once
    return free;
}

// Waits for the day's backup the previous command started; returns the seconds
// waited, or -1 when it did not start or never finished (then takes it with
// `stepwise backup`, so that later runs do not start it).
double wait_for_daily_maintenance(const Programs& p, const std::string& db, Day today) {
    auto start = std::chrono::steady_clock::now();
    auto waited = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(); };
    std::error_code ec;
    while (!fs::exists(backup_dir_for(db), ec) && waited() < 2)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    while (fs::exists(backup_dir_for(db), ec) && !daily_maintenance_done(db, today) && waited() < 180)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    if (daily_maintenance_done(db, today)) return waited();
    ChildRun backup = p.cli(db, {"backup"});
    if (backup.exit_code != 0) std::printf("  `stepwise backup` failed: %s", backup.error.c_str());
    return -1;
}

// A normal open: today's backup exists, and the files are in the page cache.
void warm(const Programs& p, const std::string& db, Day today, bool window) {
    ChildRun list = p.cli(db, {"goal", "list"});
    if (list.exit_code != 0) std::printf("  warm-up `goal list` on %s failed: %s", db.c_str(), list.error.c_str());
    wait_for_daily_maintenance(p, db, today);
    if (window) p.window(db);
}

std::string copy_of(const std::string& from, const std::string& to) {
    fs::remove_all(to + "-backups");
    fs::copy_file(from, to, fs::copy_options::overwrite_existing);
    return to;
}

void print_window_row(const char* name, const Samples& s, const Samples& floor, double wall_target,
                      double memory_target) {
    if (!s.ok()) {
        std::printf("%-34s failed\n", name);
        return;
    }
    double wall_ratio = s.wall_median() / floor.wall_median(), rss_ratio = s.rss_median() / floor.rss_median();
    std::printf("%-34s %7.0f ms  %4.0f–%-4.0f %5.2f×", name, s.wall_median(), s.wall_min(), s.wall_max(), wall_ratio);
    if (wall_target > 0) std::printf("  ≤ %.1f× %-7s", wall_target, verdict(wall_ratio <= wall_target));
    else std::printf("  %-14s", "");
    std::printf("  %6.1f MB %5.2f×", s.rss_median(), rss_ratio);
    if (memory_target > 0) std::printf("  ≤ %.1f× %s", memory_target, verdict(rss_ratio <= memory_target));
    std::printf("\n");
}

void window_benchmarks(const Programs& p, const std::string& one_goal, const std::string& ten_year,
                       const std::string& dir, Day today) {
    std::printf("\nwindow: `stepwise --db DB gui --screenshot X.png --frames 6` (1280×820) against the floor,\n"
                "stepwise_floor (GLFW + OpenGL3 + ImGui 1.86, DejaVu Sans 17 px, one window with a line\n"
                "of text and a button, the same 6 frames and PNG). Child processes, %d runs each, alternating.\n",
                kWindowRuns);

    // The first open of a day: a fresh copy whose backups folder is empty, so
    // the window starts the daily full check and backup on its thread.
    Samples first_one, first_ten;
    for (int i = 0; i < kFirstOpenRuns; ++i) {
        std::string one = copy_of(one_goal, dir + "/first-one-" + std::to_string(i) + ".db");
        std::string ten = copy_of(ten_year, dir + "/first-ten-" + std::to_string(i) + ".db");
        first_one.add(p.window(one));
        first_ten.add(p.window(ten));
    }

    warm(p, one_goal, today, true);
    warm(p, ten_year, today, true);
    p.floor_window();  // warm-up, untimed
    Samples floor, one, ten;
    for (int i = 0; i < kWindowRuns; ++i) {
        floor.add(p.floor_window());
        one.add(p.window(one_goal));
        ten.add(p.window(ten_year));
    }
    if (!floor.ok()) {
        std::printf("the floor failed every run: %s\n", floor.first_error.c_str());
        return;
    }
    // Widths by hand: "–" and "×" are one column but several bytes.
    std::printf("\n%-34s %10s  %s %s  %-14s  %9s %s  %s\n", "medians", "wall", "min–max  ", "×floor", "target",
                "peak RSS", "×floor", "target");
    print_window_row("floor (bare ImGui window)", floor, floor, 0, 0);
    print_window_row("stepwise, one-goal database", one, floor, kFirstFramesOneGoal, 0);
    print_window_row("stepwise, ten-year database", ten, floor, kFirstFramesTenYear, kMemoryTenYear);
    std::printf("first open of the day (fresh copy, empty backups folder; %d runs, median):\n", kFirstOpenRuns);
    print_window_row("stepwise, one-goal database", first_one, floor, 0, 0);
    print_window_row("stepwise, ten-year database", first_ten, floor, 0, 0);
    floor.report_failures("floor");
    one.report_failures("one-goal");
    ten.report_failures("ten-year");
    first_one.report_failures("first open, one-goal");
    first_ten.report_failures("first open, ten-year");
}

void cli_benchmarks(const Programs& p, const std::string& ten_year, const std::string& dir, Day today) {
    std::printf("\ncommand line on the ten-year database: child processes, %d runs each, alternating\n", kCliRuns);

    // The first command of a day answers, then starts the daily check and backup
    // in a detached process: its answer is timed; the background work is waited for.
    Samples first;
    std::vector<double> background;
    for (int i = 0; i < kFirstOpenRuns; ++i) {
        std::string fresh = copy_of(ten_year, dir + "/first-cli-" + std::to_string(i) + ".db");
        first.add(p.cli(fresh, {"goal", "list"}));
        background.push_back(wait_for_daily_maintenance(p, fresh, today));
    }

    struct Command {
        std::string name;
        std::vector<std::string> args;  // "%RUN%" is replaced by the run's step id
        bool has_target;
    };
    std::vector<Command> commands = {
        {"--version (process start, no database)", {"--version"}, false},
        {"goal list", {"goal", "list"}, true},
        {"today", {"today"}, true},
        {"log 1 80", {"log", "1", "80"}, true},
        {"step done STEP (a daily habit)", {"step", "done", "%RUN%"}, true},
    };
    std::vector<Samples> samples(commands.size());
    for (int run = 0; run < kCliRuns; ++run)
        for (size_t c = 0; c < commands.size(); ++c) {
            std::vector<std::string> args = commands[c].args;
            for (std::string& a : args)  // a different habit each run: every run writes
                if (a == "%RUN%") a = std::to_string(daily_step_of_goal(run + 1));
            samples[c].add(p.cli(ten_year, args));
        }

    std::printf("\n%-40s %9s  %s  %9s  %s\n", "median", "wall", "min–max     ", "peak RSS", "target");
    for (size_t c = 0; c < commands.size(); ++c) {
        const Samples& s = samples[c];
        if (!s.ok()) {
            std::printf("%-40s failed\n", commands[c].name.c_str());
            continue;
        }
        std::printf("%-40s %6.1f ms  %4.0f–%-4.0f ms  %6.1f MB", commands[c].name.c_str(), s.wall_median(),
                    s.wall_min(), s.wall_max(), s.rss_median());
        if (commands[c].has_target)
            std::printf("  ≤ %.0f ms %s", kCliMedianMs, verdict(s.wall_median() <= kCliMedianMs));
        std::printf("\n");
    }
    if (first.ok()) {
        std::printf("first `goal list` of the day (fresh copy; %d runs, median): %.1f ms", kFirstOpenRuns,
                    first.wall_median());
        if (median(background) >= 0)
            std::printf(" (then the daily check and backup, in the background: done %.1f s later)",
                        median(background));
        std::printf("\n");
    }
    first.report_failures("first goal list");
    for (size_t c = 0; c < commands.size(); ++c) samples[c].report_failures(commands[c].name.c_str());
}

}  // namespace

void run_process_benchmarks(const std::string& ten_year_db, const std::string& work_dir, Day today) {
    std::string dir = work_dir + "/processes";
    fs::create_directories(dir + "/config");
    fs::create_directories(dir + "/data");
    Programs p;
    std::string bin = executable_directory();
    p.stepwise = bin + "/stepwise";
    p.floor = bin + "/stepwise_floor";
    p.env = environment_with({"XDG_CONFIG_HOME=" + dir + "/config", "XDG_DATA_HOME=" + dir + "/data"});
    p.png = dir + "/screenshot.png";
    if (!fs::exists(p.stepwise)) {
        std::printf("\nchild processes: skipped — no stepwise binary beside this one (%s)\n", p.stepwise.c_str());
        return;
    }

    std::string one_goal = dir + "/one-goal.db", ten_year = copy_of(ten_year_db, dir + "/ten-year.db");
    build_one_goal_database(one_goal, today);
    const char* display = std::getenv("DISPLAY");
    if (!display || !*display)
        std::printf("\nwindow: skipped — DISPLAY is not set (run the benchmark under `xvfb-run -a`)\n");
    else if (!fs::exists(p.floor))
        std::printf("\nwindow: skipped — no stepwise_floor beside this binary (%s)\n", p.floor.c_str());
    else
        window_benchmarks(p, one_goal, ten_year, dir, today);

    warm(p, ten_year, today, false);  // done already when the window ran
    cli_benchmarks(p, ten_year, dir, today);
}

}  // namespace sw::bench
