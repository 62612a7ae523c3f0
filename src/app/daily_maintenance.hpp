#pragma once
// Where the daily full check and backup (store/maintenance.hpp) run so that no
// answer waits for them: on a thread of the window, started after its first
// frame, or in a detached process after a CLI command has printed its answer.
#include "store/maintenance.hpp"

#include <atomic>
#include <optional>
#include <string>
#include <thread>

namespace sw {

// The window's: one run on a thread of its own, with its own read-only
// connection. Destroying it (the window closing) cancels the run and waits the
// few milliseconds SQLite takes to stop.
class MaintenanceThread {
public:
    MaintenanceThread() = default;
    ~MaintenanceThread();
    MaintenanceThread(const MaintenanceThread&) = delete;
    MaintenanceThread& operator=(const MaintenanceThread&) = delete;

    // Starts today's run unless it was started today already, is still running,
    // or today's backup exists (one stat). Cheap enough to call after every frame.
    void start(const std::string& db_path, Day today);
    // The report once the run has finished (once; nullopt before and after).
    std::optional<MaintenanceReport> take_report();

private:
    std::thread thread_;
    std::optional<Day> day_;  // of the last run started
    std::atomic<bool> cancel_{false};
    std::atomic<bool> done_{false};
    bool taken_ = false;
    MaintenanceReport report_;  // written by the thread before done_, read after
};

// The command line's: when today's work is due, runs it in a detached process
// (its own session, no terminal, stdin/stdout/stderr on /dev/null) and returns
// at once, so the shell gets its prompt back. False when it could not start.
// Call it with no database connection open in this process.
bool start_detached_maintenance(const std::string& db_path, Day today);

}  // namespace sw
