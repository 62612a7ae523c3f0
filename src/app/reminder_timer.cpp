#include "app/reminder_timer.hpp"

#include "app/atomic_file.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"
#include "store/database.hpp"

#include <array>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace fs = std::filesystem;

namespace sw {
namespace {

using std::chrono::milliseconds;

// systemctl talks to the user manager over a socket: a manager that is hung
// (or a systemctl waiting on a polkit prompt) must not hang `remind --install`.
constexpr milliseconds kSystemctlTimeout{15000};

// ---- running a program without a shell, its output captured ----------------

struct CommandResult {
    bool started = false;    // false: not found or not executable (`error` says which)
    bool timed_out = false;  // killed after the time limit
    int exit_code = -1;      // -1 unless it exited normally
    std::string out, err, error;
};

void close_fd(int& fd) {
    if (fd >= 0) ::close(fd);
    fd = -1;
}

// Runs `argv` (argv[0] looked up in PATH, as posix_spawnp does) with stdin on
// /dev/null and stdout and stderr each read into a string, and waits for it to
// exit, at most `limit`: then it is killed (SIGKILL) and reaped. The pipes are
// close-on-exec, so a program started concurrently by another thread does not
// inherit them and hold them open. platform.cpp's open_folder spawns the same
// way but neither waits nor reads; this is the capturing variant.
CommandResult run_captured(const std::vector<std::string>& argv, milliseconds limit) {
    CommandResult result;
    std::array<int, 2> out_pipe{-1, -1}, err_pipe{-1, -1};
    if (::pipe2(out_pipe.data(), O_CLOEXEC) != 0 || ::pipe2(err_pipe.data(), O_CLOEXEC) != 0) {
        result.error = std::strerror(errno);
        for (int* fd : {&out_pipe[0], &out_pipe[1], &err_pipe[0], &err_pipe[1]}) close_fd(*fd);
        return result;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, out_pipe[1], 1);  // dup2 clears close-on-exec
    posix_spawn_file_actions_adddup2(&actions, err_pipe[1], 2);
    std::vector<char*> args;
    for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    pid_t pid = 0;
    int rc = ::posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close_fd(out_pipe[1]);
    close_fd(err_pipe[1]);
    if (rc != 0) {
        result.error = std::strerror(rc);
        close_fd(out_pipe[0]);
        close_fd(err_pipe[0]);
        return result;
    }
    result.started = true;

    auto deadline = std::chrono::steady_clock::now() + limit;
    std::array<pollfd, 2> fds{pollfd{out_pipe[0], POLLIN, 0}, pollfd{err_pipe[0], POLLIN, 0}};
    std::array<std::string*, 2> sinks{&result.out, &result.err};
    while (fds[0].fd >= 0 || fds[1].fd >= 0) {
        auto left = std::chrono::duration_cast<milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) {
            result.timed_out = true;
            break;
        }
        int n = ::poll(fds.data(), fds.size(), static_cast<int>(left.count()));  // a closed slot (-1) is skipped
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) break;
        for (size_t i = 0; i < fds.size(); ++i) {
            if (fds[i].fd < 0 || fds[i].revents == 0) continue;
            char buffer[4096];
            ssize_t got = ::read(fds[i].fd, buffer, sizeof buffer);
            if (got > 0) {
                sinks[i]->append(buffer, static_cast<size_t>(got));
            } else if (got == 0 || errno != EINTR) {
                ::close(fds[i].fd);
                fds[i].fd = -1;
            }
        }
    }
    for (pollfd& p : fds)
        if (p.fd >= 0) ::close(p.fd);
    // Its output is closed; it may still be running (one that closed its output
    // early), so the wait keeps to the same limit.
    int status = 0;
    pid_t waited = 0;
    while (!result.timed_out) {
        waited = ::waitpid(pid, &status, WNOHANG);
        if (waited != 0 && !(waited < 0 && errno == EINTR)) break;
        if (std::chrono::steady_clock::now() >= deadline) result.timed_out = true;
        else std::this_thread::sleep_for(milliseconds(5));
    }
    if (result.timed_out) {
        ::kill(pid, SIGKILL);
        while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
    } else if (waited == pid && WIFEXITED(status)) {
        result.exit_code = WEXITSTATUS(status);
    }
    return result;
}

std::string first_line(const std::string& text) {
    std::string line = text.substr(0, text.find('\n'));
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    return line;
}

// What systemctl said, for a message: its error, else its output, else its status.
std::string said(const CommandResult& r) {
    if (!r.started) return "cannot run systemctl (" + r.error + ")";
    if (r.timed_out) return "no answer within " + std::to_string(kSystemctlTimeout.count() / 1000) + " s";
    if (std::string e = first_line(r.err); !e.empty()) return e;
    if (std::string o = first_line(r.out); !o.empty()) return o;
    return "exit status " + std::to_string(r.exit_code);
}

CommandResult systemctl_user(std::vector<std::string> args) {
    args.insert(args.begin(), {"systemctl", "--user"});
    return run_captured(args, kSystemctlTimeout);
}

struct UserManager {
    bool reachable = false;
    std::string why_not;
};

// `is-system-running` prints the manager's state, or "offline" (with "Failed to
// connect to bus" on stderr) when there is none for this user, as inside a
// container, over plain ssh, or from cron.
UserManager user_manager() {
    CommandResult r = systemctl_user({"is-system-running"});
    std::string state = first_line(r.out);
    for (const char* up : {"running", "degraded", "starting", "initializing", "maintenance"})
        if (r.started && !r.timed_out && state == up) return {true, ""};
    return {false, said(r)};
}

// ---- quoting ---------------------------------------------------------------

void check_path_text(const std::string& what, const std::string& path) {
    if (!is_valid_utf8(path))
        throw InputError(what + " " + terminal_safe(path) + " is not UTF-8 text: a systemd unit cannot name it");
    for (unsigned char c : path)
        if (c < 0x20 || c == 0x7f)
            throw InputError(what + " " + terminal_safe(path) + " holds a control character: a systemd unit cannot name it");
}

// One word of a systemd command line (systemd.syntax(7), "Quoting";
// systemd.service(5), "Command lines"): in double quotes, with \ and " escaped
// C-style, % doubled (specifiers are expanded in every word) and, in arguments
// only, $ doubled (variables are expanded in arguments but never in the
// program's path, where $$ would stay two characters).
std::string systemd_word(const std::string& word, bool is_program) {
    std::string out = "\"";
    for (char c : word) {
        if (c == '\\' || c == '"') out += '\\';
        if (c == '%' || (c == '$' && !is_program)) out += c;
        out += c;
    }
    return out + "\"";
}

// One word for the /bin/sh that cron runs a line with: in single quotes, and %
// escaped, since cron turns an unescaped % into a newline (crontab(5)).
std::string cron_word(const std::string& word) {
    std::string out = "'";
    for (char c : word) {
        if (c == '\'') out += "'\\''";
        else if (c == '%') out += "\\%";
        else out += c;
    }
    return out + "'";
}

std::string checked_binary(const std::string& stepwise_binary) {
    if (stepwise_binary.empty() || stepwise_binary[0] != '/')
        throw std::invalid_argument("the stepwise binary must be named by an absolute path, not '" + stepwise_binary + "'");
    check_path_text("the program's path", stepwise_binary);
    // systemd refuses these in the program's path however they are quoted
    // ("Executable name contains special characters"); arguments may hold them.
    if (stepwise_binary.find_first_of("\"'\\") != std::string::npos)
        throw InputError("the program's path " + terminal_safe(stepwise_binary) +
                         " holds a quote or a backslash, which systemd does not accept in ExecStart: "
                         "move stepwise to a folder without them");
    return stepwise_binary;
}

// The database as an absolute path: the timer runs from another folder.
std::optional<std::string> checked_database(const std::optional<std::string>& database_path) {
    if (!database_path) return std::nullopt;
    if (database_path->empty()) throw InputError("the database path is empty");
    std::string absolute = fs::absolute(*database_path).string();
    check_path_text("the database path", absolute);
    return absolute;
}

// ---- files -----------------------------------------------------------------

std::string home_directory() {
    const char* home = std::getenv("HOME");
    return home && *home ? home : ".";
}

std::optional<std::string> read_text(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Unit files are not private (systemd's own tools write them 0644); the bytes
// still go through write_file_atomically, which always makes a 0600 file, and
// the finished file is then opened up to 0644.
ReminderTimerLine write_unit(const fs::path& path, const std::string& text) {
    std::error_code ec;
    if (fs::is_regular_file(path, ec) && read_text(path) == text &&
        (fs::status(path, ec).permissions() & fs::perms::mask) == static_cast<fs::perms>(0644))
        return {ReminderTimerLine::Outcome::unchanged, path.string() + " is up to date"};
    write_file_atomically(path.string(), text);
    fs::permissions(path, static_cast<fs::perms>(0644), fs::perm_options::replace, ec);
    if (ec) throw std::runtime_error("cannot make " + path.string() + " readable (0644): " + ec.message());
    return {ReminderTimerLine::Outcome::done, "wrote " + path.string()};
}

ReminderTimerLine remove_file(const fs::path& path, const std::string& what) {
    std::error_code ec;
    if (!fs::is_symlink(path, ec) && !fs::exists(path, ec))
        return {ReminderTimerLine::Outcome::unchanged, path.string() + " was not there"};
    if (!fs::remove(path, ec) && ec) throw std::runtime_error("cannot remove " + path.string() + ": " + ec.message());
    return {ReminderTimerLine::Outcome::done, "removed " + what + path.string()};
}

std::string command_line(const std::string& quoted_binary, const std::optional<std::string>& db,
                         std::string (*quote)(const std::string&)) {
    std::string line = quoted_binary;
    if (db) line += " --db " + quote(*db);
    return line + " remind";
}

}  // namespace

bool ReminderTimerReport::failed() const {
    for (const ReminderTimerLine& line : lines)
        if (line.outcome == ReminderTimerLine::Outcome::failed) return true;
    return false;
}

std::string systemd_user_unit_directory() {
    const char* config = std::getenv("XDG_CONFIG_HOME");
    std::string base = config && *config ? config : home_directory() + "/.config";
    return base + "/systemd/user";
}

std::string running_executable_path() {
    std::error_code ec;
    std::string path = fs::read_symlink("/proc/self/exe", ec).string();
    if (ec) throw std::runtime_error("cannot tell where this program is (/proc/self/exe: " + ec.message() + ")");
    // The file was replaced while running (an upgrade): the new one has the name.
    const std::string deleted = " (deleted)";
    if (path.size() > deleted.size() && path.ends_with(deleted)) {
        path.resize(path.size() - deleted.size());
        if (!fs::exists(path, ec)) throw std::runtime_error("this program's file " + path + " was removed while it ran");
    }
    return path;
}

std::string reminder_service_unit(const std::string& stepwise_binary, const std::optional<std::string>& database_path) {
    std::string binary = systemd_word(checked_binary(stepwise_binary), true);
    std::optional<std::string> db = checked_database(database_path);
    return "# Written by `stepwise remind --install`; `stepwise remind --uninstall` removes it.\n"
           "[Unit]\n"
           "Description=Stepwise reminders: a desktop notification for each step whose time has come\n"
           "\n"
           "[Service]\n"
           "Type=oneshot\n"
           "ExecStart=" +
           command_line(binary, db, [](const std::string& w) { return systemd_word(w, false); }) + "\n";
}

std::string reminder_timer_unit() {
    return "# Written by `stepwise remind --install`; `stepwise remind --uninstall` removes it.\n"
           "[Unit]\n"
           "Description=Stepwise reminders every 5 minutes\n"
           "\n"
           "[Timer]\n"
           "OnCalendar=*:0/5\n"
           "Persistent=true\n"
           "\n"
           "[Install]\n"
           "WantedBy=timers.target\n";
}

std::string reminder_cron_line(const std::string& stepwise_binary, const std::optional<std::string>& database_path) {
    std::string binary = cron_word(checked_binary(stepwise_binary));
    return "*/5 * * * * " + command_line(binary, checked_database(database_path), cron_word);
}

ReminderTimerReport install_reminder_timer(const std::string& stepwise_binary,
                                           const std::optional<std::string>& database_path) {
    // Everything is checked and built before anything is written.
    std::string service = reminder_service_unit(stepwise_binary, database_path);
    std::string timer = reminder_timer_unit();
    std::string cron = reminder_cron_line(stepwise_binary, database_path);

    fs::path dir = systemd_user_unit_directory();
    // New folders 0700, as for all of our folders (and as the XDG base
    // directory spec asks of a missing ~/.config); existing ones keep theirs.
    create_private_directories(dir.string());
    ReminderTimerReport report;
    report.lines.push_back(write_unit(dir / kReminderServiceName, service));
    report.lines.push_back(write_unit(dir / kReminderTimerName, timer));

    using Outcome = ReminderTimerLine::Outcome;
    UserManager manager = user_manager();
    if (!manager.reachable) {
        report.cron_line = cron;
        report.lines.push_back({Outcome::manual,
                                "no systemd user manager is running here (systemctl --user: " + manager.why_not +
                                    "), so the timer is not enabled; to run reminders from cron instead, add this line "
                                    "with `crontab -e`: " +
                                    cron});
        return report;
    }
    if (CommandResult r = systemctl_user({"daemon-reload"}); r.exit_code != 0) {
        report.lines.push_back({Outcome::failed, "systemctl --user daemon-reload failed: " + said(r)});
        return report;
    }
    if (CommandResult r = systemctl_user({"enable", "--now", kReminderTimerName}); r.exit_code != 0) {
        report.lines.push_back(
            {Outcome::failed, std::string("systemctl --user enable --now ") + kReminderTimerName + " failed: " + said(r)});
        return report;
    }
    report.lines.push_back({Outcome::done, std::string("enabled and started ") + kReminderTimerName +
                                               ": reminders are checked every 5 minutes"});
    return report;
}

ReminderTimerReport uninstall_reminder_timer() {
    using Outcome = ReminderTimerLine::Outcome;
    fs::path dir = systemd_user_unit_directory();
    fs::path timer = dir / kReminderTimerName;
    ReminderTimerReport report;
    std::error_code ec;

    UserManager manager = user_manager();
    if (fs::exists(timer, ec)) {
        if (!manager.reachable)
            report.lines.push_back({Outcome::unchanged, "no systemd user manager is running here (systemctl --user: " +
                                                            manager.why_not + "), so there is no timer to stop"});
        else if (CommandResult r = systemctl_user({"disable", "--now", kReminderTimerName}); r.exit_code == 0)
            report.lines.push_back({Outcome::done, std::string("stopped and disabled ") + kReminderTimerName});
        else
            report.lines.push_back({Outcome::failed, std::string("systemctl --user disable --now ") +
                                                         kReminderTimerName + " failed: " + said(r)});
    }

    std::vector<ReminderTimerLine> removals{remove_file(dir / kReminderServiceName, ""), remove_file(timer, "")};
    // `disable` removes this link; without a manager to ask, it would dangle.
    if (fs::path wants = dir / "timers.target.wants" / kReminderTimerName; fs::is_symlink(wants, ec))
        removals.push_back(remove_file(wants, "the link "));
    bool removed = false;
    for (ReminderTimerLine& line : removals) {
        removed = removed || line.outcome == Outcome::done;
        report.lines.push_back(std::move(line));
    }
    if (manager.reachable && removed) {
        if (CommandResult r = systemctl_user({"daemon-reload"}); r.exit_code != 0)
            report.lines.push_back({Outcome::failed, "systemctl --user daemon-reload failed: " + said(r)});
    }
    return report;
}

}  // namespace sw
