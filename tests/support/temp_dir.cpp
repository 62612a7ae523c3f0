#include "support/temp_dir.hpp"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <thread>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <sys/wait.h>

namespace sw::test {

TempDir::TempDir() {
    std::random_device rd;
    path = std::filesystem::temp_directory_path() / ("stepwise-test-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(path);
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
}

std::string shell_quote(const std::string& text) {
    std::string out = "'";
    for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

bool wait_for_daily_backup(const std::string& db) {
    namespace fs = std::filesystem;
    std::time_t now = std::time(nullptr);
    std::tm local {};
    ::localtime_r(&now, &local);
    char today[32];
    std::strftime(today, sizeof today, "stepwise-%Y-%m-%d.db", &local);
    fs::path folder = db + "-backups";
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (std::chrono::steady_clock::now() < deadline) {
        std::error_code ec;
        bool done = fs::exists(folder / today, ec);
        for (const auto& e : fs::directory_iterator(folder, ec))
            if (e.path().filename().string().find(".tmp-") != std::string::npos) done = false;
        if (done) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return false;
}

#ifdef STEPWISE_BIN
RunResult run_stepwise(const std::string& args, const std::string& env) {
    TempDir dir;
    std::string out_file = dir.file("out"), err_file = dir.file("err");
    std::string cmd = env + " " + shell_quote(STEPWISE_BIN) + " " + args + " >" + out_file + " 2>" + err_file + " </dev/null";
    int status = std::system(cmd.c_str());
    RunResult r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    auto slurp = [](const std::string& p) {
        std::ifstream in(p);
        std::stringstream ss;
        ss << in.rdbuf();
        return ss.str();
    };
    r.out = slurp(out_file);
    r.err = slurp(err_file);
    return r;
}

RunResult CliOnTempDb::operator()(const std::string& args) const {
    return run_stepwise("--db " + shell_quote(db) + " " + args);
}
#endif

}  // namespace sw::test
