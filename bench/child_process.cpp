#include "child_process.hpp"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace sw::bench {
namespace {

// The launcher's end of the pipes, from the benchmark's side.
int to_launcher = -1, from_launcher = -1;

struct Result {  // what the launcher sends back
    double wall_ms;
    long peak_rss_kb;
    int exit_code;
};

void write_all(int fd, const void* data, size_t size) {
    const char* p = static_cast<const char*>(data);
    while (size > 0) {
        ssize_t n = ::write(fd, p, size);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) throw std::runtime_error("the launcher's pipe closed");
        p += n;
        size -= static_cast<size_t>(n);
    }
}

// False at the end of the stream (before anything was read).
bool read_all(int fd, void* data, size_t size) {
    char* p = static_cast<char*>(data);
    size_t got = 0;
    while (got < size) {
        ssize_t n = ::read(fd, p + got, size - got);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            if (got == 0) return false;
            throw std::runtime_error("the launcher's pipe closed");
        }
        got += static_cast<size_t>(n);
    }
    return true;
}

void write_strings(int fd, const std::vector<std::string>& strings) {
    uint32_t count = static_cast<uint32_t>(strings.size());
    write_all(fd, &count, sizeof count);
    for (const std::string& s : strings) {
        uint32_t size = static_cast<uint32_t>(s.size());
        write_all(fd, &size, sizeof size);
        write_all(fd, s.data(), size);
    }
}

bool read_strings(int fd, std::vector<std::string>& strings) {
    uint32_t count = 0;
    if (!read_all(fd, &count, sizeof count)) return false;
    strings.assign(count, "");
    for (std::string& s : strings) {
        uint32_t size = 0;
        read_all(fd, &size, sizeof size);
        s.resize(size);
        read_all(fd, s.data(), size);
    }
    return true;
}

std::vector<char*> c_strings(std::vector<std::string>& strings) {
    std::vector<char*> out;
    for (std::string& s : strings) out.push_back(s.data());
    out.push_back(nullptr);
    return out;
}

// Runs one request: fork (not vfork: the child's memory starts as a copy of
// this small process's, not the benchmark's), exec, wait4.
Result launch(std::vector<std::string>& argv, std::vector<std::string>& env, const std::string& stderr_path) {
    std::vector<char*> args = c_strings(argv), envp = c_strings(env);
    auto start = std::chrono::steady_clock::now();
    pid_t pid = ::fork();
    if (pid == 0) {
        int in = ::open("/dev/null", O_RDONLY), out = ::open("/dev/null", O_WRONLY),
            err = ::open(stderr_path.c_str(), O_WRONLY | O_TRUNC);
        if (in < 0 || out < 0 || err < 0 || ::dup2(in, 0) < 0 || ::dup2(out, 1) < 0 || ::dup2(err, 2) < 0) _exit(126);
        ::execve(args[0], args.data(), envp.data());
        _exit(127);
    }
    if (pid < 0) return {0, 0, -1};
    int status = 0;
    rusage usage{};
    while (::wait4(pid, &status, 0, &usage) < 0)
        if (errno != EINTR) return {0, 0, -1};
    double wall = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return {wall, usage.ru_maxrss, code};
}

[[noreturn]] void serve(int requests, int results) {
    std::vector<std::string> argv, env, stderr_path;
    while (read_strings(requests, argv) && read_strings(requests, env) && read_strings(requests, stderr_path)) {
        Result r = launch(argv, env, stderr_path.at(0));
        write_all(results, &r, sizeof r);
    }
    _exit(0);  // the benchmark closed the pipe
}

}  // namespace

void start_launcher() {
    int requests[2], results[2];
    if (::pipe2(requests, O_CLOEXEC) != 0 || ::pipe2(results, O_CLOEXEC) != 0)
        throw std::runtime_error("cannot create the launcher's pipes");
    pid_t pid = ::fork();
    if (pid < 0) throw std::runtime_error("cannot fork the launcher");
    if (pid == 0) {
        ::close(requests[1]);
        ::close(results[0]);
        serve(requests[0], results[1]);
    }
    ::close(requests[0]);
    ::close(results[1]);
    to_launcher = requests[1];
    from_launcher = results[0];
}

ChildRun run_child(const std::vector<std::string>& argv, const std::vector<std::string>& env) {
    if (to_launcher < 0) throw std::logic_error("start_launcher() first");
    // The child's stderr goes to a file, read only when it failed.
    char err_path[] = "/tmp/stepwise-bench-stderr-XXXXXX";
    int err_fd = ::mkstemp(err_path);
    if (err_fd < 0) throw std::runtime_error("cannot create a temporary file");
    ::close(err_fd);
    write_strings(to_launcher, argv);
    write_strings(to_launcher, env);
    write_strings(to_launcher, {err_path});
    Result r{};
    if (!read_all(from_launcher, &r, sizeof r)) throw std::runtime_error("the launcher exited");

    ChildRun run;
    run.wall_ms = r.wall_ms;
    run.peak_rss_mb = static_cast<double>(r.peak_rss_kb) / 1024.0;  // Linux reports KiB
    run.exit_code = r.exit_code;
    if (run.exit_code != 0) {
        std::ifstream in(err_path);
        run.error.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        if (run.error.empty()) run.error = "exit code " + std::to_string(run.exit_code) + " from " + argv[0];
    }
    ::unlink(err_path);
    return run;
}

std::vector<std::string> environment_with(const std::vector<std::string>& overrides) {
    std::vector<std::string> env;
    for (char** e = environ; *e; ++e) {
        std::string entry = *e;
        std::string key = entry.substr(0, entry.find('=') + 1);
        bool replaced = std::any_of(overrides.begin(), overrides.end(),
                                    [&](const std::string& o) { return o.rfind(key, 0) == 0; });
        if (!replaced) env.push_back(entry);
    }
    env.insert(env.end(), overrides.begin(), overrides.end());
    return env;
}

std::string executable_directory() {
    return std::filesystem::read_symlink("/proc/self/exe").parent_path().string();
}

double median(std::vector<double> values) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

}  // namespace sw::bench
