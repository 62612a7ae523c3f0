#pragma once
// `stepwise remind --install / --uninstall`: a systemd user service and timer
// that run `stepwise [--db PATH] remind` every 5 minutes (and once at login for
// a run missed while the machine was off), or, where no systemd user manager
// runs, the crontab line that does the same.
#include <optional>
#include <string>
#include <vector>

namespace sw {

inline constexpr const char* kReminderServiceName = "stepwise-remind.service";
inline constexpr const char* kReminderTimerName = "stepwise-remind.timer";

// $XDG_CONFIG_HOME/systemd/user, else ~/.config/systemd/user: where
// `systemctl --user` looks for the client's own units.
std::string systemd_user_unit_directory();

// The path of the running program (/proc/self/exe), for ExecStart and the
// crontab line. Throws std::runtime_error when it cannot be read.
std::string running_executable_path();

// The units' text. `stepwise_binary` must be absolute; `database_path` is the
// `--db` the client gave (nullopt: none, the default database), made absolute
// here. Each word of ExecStart is quoted for systemd (spaces, quotes,
// backslashes, % and $ survive as typed). Throws std::invalid_argument for a
// relative binary path, and InputError (core/errors.hpp) for a path that is not
// UTF-8 or holds a control character, or a program path with a quote or a
// backslash (systemd refuses all of these).
std::string reminder_service_unit(const std::string& stepwise_binary, const std::optional<std::string>& database_path);
std::string reminder_timer_unit();
// `*/5 * * * * '/path/to/stepwise' [--db '/path/to/db'] remind`, quoted for
// the shell cron runs it with (and % escaped, which cron turns into newlines).
std::string reminder_cron_line(const std::string& stepwise_binary, const std::optional<std::string>& database_path);

// One line for the client per thing that happened, in order.
struct ReminderTimerLine {
    enum class Outcome {
        done,       // written, removed, enabled, disabled
        unchanged,  // already so: a unit with the same text, a file not there to remove
        manual,     // the client has to act: no systemd user manager, use cron
        failed,     // systemctl said no; the text says what it said
    };
    Outcome outcome;
    std::string text;
};

struct ReminderTimerReport {
    std::vector<ReminderTimerLine> lines;
    // Install only: set when no systemd user manager was reachable, so the
    // timer was written but not enabled. The line to add with `crontab -e`
    // (also quoted in the `manual` line's text).
    std::string cron_line;
    // A line failed: the CLI prints the lines and exits non-zero.
    bool failed() const;
};

// Writes both units (0644, atomically; the folder and missing parents created
// 0700, as XDG asks for config folders) and, when `systemctl --user` reaches a
// user manager, runs daemon-reload and `enable --now stepwise-remind.timer`.
// Otherwise the report's `manual` line gives the crontab line. Running it again
// rewrites the units for a moved binary or another --db and enables again.
// Throws std::runtime_error (one line) when a unit cannot be written; then
// systemctl is not run.
ReminderTimerReport install_reminder_timer(const std::string& stepwise_binary,
                                           const std::optional<std::string>& database_path);

// `systemctl --user disable --now stepwise-remind.timer` (when a user manager
// is reachable and the timer is there), removes both units and a leftover
// timers.target.wants link, then daemon-reload. Units that are not there are
// reported as `unchanged`. Throws std::runtime_error when a unit cannot be removed.
ReminderTimerReport uninstall_reminder_timer();

}  // namespace sw
