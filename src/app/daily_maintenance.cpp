#include "app/daily_maintenance.hpp"

#include "store/backup.hpp"

#include <cstdio>
#include <iostream>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace sw {

MaintenanceThread::~MaintenanceThread() {
    cancel_ = true;
    if (thread_.joinable()) thread_.join();
}

void MaintenanceThread::start(const std::string& db_path, Day today) {
    if (day_ == today || (thread_.joinable() && !done_)) return;
    day_ = today;
    if (thread_.joinable()) thread_.join();  // yesterday's, finished
    done_ = false;
    taken_ = false;
    std::string backup_dir = backup_dir_for(db_path);
    if (!daily_maintenance_due(backup_dir, today)) return;
    thread_ = std::thread([this, db_path, backup_dir, today] {
        report_ = run_daily_maintenance(db_path, backup_dir, today, &cancel_);
        done_ = true;
    });
}

std::optional<MaintenanceReport> MaintenanceThread::take_report() {
    if (taken_ || !done_) return std::nullopt;
    taken_ = true;
    return report_;
}

bool start_detached_maintenance(const std::string& db_path, Day today) {
    std::string backup_dir = backup_dir_for(db_path);
    if (!daily_maintenance_due(backup_dir, today)) return true;
    // What this process has printed must not be printed again by the child.
    std::cout.flush();
    std::cerr.flush();
    std::fflush(nullptr);
    pid_t child = ::fork();
    if (child < 0) return false;
    if (child == 0) {
        // The classic daemon steps: a new session, then a second fork so that
        // the worker is nobody's child (init reaps it) and has no terminal.
        ::setsid();
        if (::fork() != 0) ::_exit(0);
        int null = ::open("/dev/null", O_RDWR | O_CLOEXEC);
        if (null >= 0) {
            ::dup2(null, STDIN_FILENO);
            ::dup2(null, STDOUT_FILENO);  // a `$(stepwise …)` must not wait for this process
            ::dup2(null, STDERR_FILENO);
        }
        run_daily_maintenance(db_path, backup_dir, today);  // never throws; remembers damage itself
        ::_exit(0);
    }
    int status = 0;
    ::waitpid(child, &status, 0);  // the first child exits at once
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

}  // namespace sw
