#pragma once
// A temporary directory removed at scope end, and a way to run the real binary.
#include <filesystem>
#include <string>

namespace sw::test {

struct TempDir {
    std::filesystem::path path;
    TempDir();
    ~TempDir();
    std::string file(const std::string& name) const { return (path / name).string(); }
};

struct RunResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

// Runs `stepwise` with the given argument string (shell-quoted by the caller).
RunResult run_stepwise(const std::string& args, const std::string& env = "");

// The real binary on a database of its own in a temporary folder.
struct CliOnTempDb {
    TempDir dir;
    std::string db = dir.file("s.db");
    RunResult operator()(const std::string& args) const;
};
std::string shell_quote(const std::string& text);

// The real binary takes the day's backup of `db` in a detached process after
// answering: waits (up to 20 s) until `<db>-backups` holds today's backup and no
// backup is being written. False when it never settled.
bool wait_for_daily_backup(const std::string& db);

}  // namespace sw::test
