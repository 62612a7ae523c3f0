// The systemd user timer behind `stepwise remind --install / --uninstall`
// (app/reminder_timer.hpp): the units' exact text, and what is asked of
// systemctl, answered by a stand-in script that records its arguments and plays
// a reachable or an absent user manager.
#include "app/reminder_timer.hpp"
#include "core/errors.hpp"
#include "support/notification_server.hpp"
#include "support/files.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace sw;
using namespace sw::test;
namespace fs = std::filesystem;

namespace {

using Outcome = ReminderTimerLine::Outcome;

// XDG_CONFIG_HOME in a temporary folder, and a `systemctl` first in PATH that
// appends its arguments to `log` (one call a line) and answers
// is-system-running as a running manager when `reachable` exists, else as
// systemctl does with no user manager. A verb written into `fail` fails.
struct FakeSystemd {
    TempDir dir;
    std::string config = dir.file("config");
    std::string units = config + "/systemd/user";
    std::string log = dir.file("systemctl.log");
    std::string reachable = dir.file("reachable");
    std::string fail = dir.file("fail");
    ScopedEnv xdg{"XDG_CONFIG_HOME", config.c_str()};
    std::string bin = dir.file("bin");
    std::string path_value = bin + ":/usr/bin:/bin";
    ScopedEnv path{"PATH", path_value.c_str()};

    explicit FakeSystemd(bool manager_running) {
        fs::create_directories(bin);
        std::ofstream(bin + "/systemctl")
            << "#!/bin/sh\n"
               "printf '%s\\n' \"$*\" >> " << shell_quote(log) << "\n"
               "if [ \"$2\" = is-system-running ]; then\n"
               "  if [ -e " << shell_quote(reachable) << " ]; then echo running; exit 0; fi\n"
               "  echo offline; echo 'Failed to connect to bus: No medium found' >&2; exit 1\n"
               "fi\n"
               "if [ -e " << shell_quote(fail) << " ] && [ \"$2\" = \"$(cat " << shell_quote(fail) << ")\" ]; then\n"
               "  echo 'Failed to enable unit: Access denied' >&2; exit 1\n"
               "fi\n"
               "exit 0\n";
        fs::permissions(bin + "/systemctl", fs::perms::owner_all);
        set_running(manager_running);
    }
    void set_running(bool running) const {
        if (running) std::ofstream{reachable};
        else fs::remove(reachable);
    }
    std::string calls() const { return read_bytes(log); }
    void forget_calls() const { fs::remove(log); }
    std::string service() const { return units + "/stepwise-remind.service"; }
    std::string timer() const { return units + "/stepwise-remind.timer"; }
};

const std::string kTimerUnit = "# Written by `stepwise remind --install`; `stepwise remind --uninstall` removes it.\n"
                               "[Unit]\n"
                               "Description=Stepwise reminders every 5 minutes\n"
                               "\n"
                               "[Timer]\n"
                               "OnCalendar=*:0/5\n"
                               "Persistent=true\n"
                               "\n"
                               "[Install]\n"
                               "WantedBy=timers.target\n";

std::string service_unit(const std::string& exec_start) {
    return "# Written by `stepwise remind --install`; `stepwise remind --uninstall` removes it.\n"
           "[Unit]\n"
           "Description=Stepwise reminders: a desktop notification for each step whose time has come\n"
           "\n"
           "[Service]\n"
           "Type=oneshot\n"
           "ExecStart=" + exec_start + "\n";
}

std::vector<Outcome> outcomes(const ReminderTimerReport& report) {
    std::vector<Outcome> out;
    for (const auto& line : report.lines) out.push_back(line.outcome);
    return out;
}

}  // namespace

TEST_CASE("The service runs the binary by its quoted path, with --db when one was given", "[notify]") {
    CHECK(reminder_service_unit("/usr/local/bin/stepwise", std::nullopt) ==
          service_unit("\"/usr/local/bin/stepwise\" remind"));
    // systemd expands % everywhere and $ in arguments only; \ and " are escaped C-style.
    CHECK(reminder_service_unit("/home/ana/My Apps/100%/$HOME/stepwise", "/home/ana/Coach \"2025\"/it's 50%$\\x.db") ==
          service_unit("\"/home/ana/My Apps/100%%/$HOME/stepwise\" --db "
                       "\"/home/ana/Coach \\\"2025\\\"/it's 50%%$$\\\\x.db\" remind"));
    CHECK(reminder_timer_unit() == kTimerUnit);
}

TEST_CASE("A relative --db is made absolute, and paths systemd cannot hold are refused", "[notify]") {
    std::string here = fs::current_path().string();
    CHECK(reminder_service_unit("/opt/stepwise", "goals.db") ==
          service_unit("\"/opt/stepwise\" --db \"" + here + "/goals.db\" remind"));
    CHECK_THROWS_AS(reminder_service_unit("stepwise", std::nullopt), std::invalid_argument);
    CHECK_THROWS_AS(reminder_service_unit("/opt/it's/stepwise", std::nullopt), InputError);
    CHECK_THROWS_AS(reminder_service_unit("/opt/a\\b/stepwise", std::nullopt), InputError);
    CHECK_THROWS_AS(reminder_service_unit("/opt/stepwise", "/data/line\nbreak.db"), InputError);
    CHECK_THROWS_AS(reminder_service_unit("/opt/stepwise", "/data/caf\xe9.db"), InputError);
    CHECK_THROWS_AS(reminder_service_unit("/opt/stepwise", ""), InputError);
}

TEST_CASE("The crontab line quotes for the shell and escapes %", "[notify]") {
    CHECK(reminder_cron_line("/opt/Step wise/stepwise", std::nullopt) == "*/5 * * * * '/opt/Step wise/stepwise' remind");
    CHECK(reminder_cron_line("/opt/stepwise", "/data/it's 100%.db") ==
          "*/5 * * * * '/opt/stepwise' --db '/data/it'\\''s 100\\%.db' remind");
}

TEST_CASE("With a user manager, install writes both units 0644 and enables the timer", "[notify]") {
    FakeSystemd systemd(true);
    mode_t old_mask = ::umask(0);  // the modes must not depend on the umask
    ReminderTimerReport report = install_reminder_timer("/opt/Step wise/bin/stepwise", "/data/my goals.db");
    ::umask(old_mask);

    CHECK(read_bytes(systemd.service()) ==
          service_unit("\"/opt/Step wise/bin/stepwise\" --db \"/data/my goals.db\" remind"));
    CHECK(read_bytes(systemd.timer()) == kTimerUnit);
    CHECK(mode_of(systemd.service()) == 0644);
    CHECK(mode_of(systemd.timer()) == 0644);
    for (const std::string& folder : {systemd.config, systemd.config + "/systemd", systemd.units})
        CHECK(mode_of(folder) == 0700);
    CHECK(systemd.calls() == "--user is-system-running\n"
                             "--user daemon-reload\n"
                             "--user enable --now stepwise-remind.timer\n");
    CHECK(outcomes(report) == std::vector{Outcome::done, Outcome::done, Outcome::done});
    REQUIRE(report.lines.size() == 3);
    CHECK(report.lines[0].text == "wrote " + systemd.service());
    CHECK(report.lines[1].text == "wrote " + systemd.timer());
    CHECK(report.lines[2].text == "enabled and started stepwise-remind.timer: reminders are checked every 5 minutes");
    CHECK_FALSE(report.failed());
    CHECK(report.cron_line.empty());

    // Again: the units are already so, and the timer is enabled again.
    systemd.forget_calls();
    report = install_reminder_timer("/opt/Step wise/bin/stepwise", "/data/my goals.db");
    CHECK(outcomes(report) == std::vector{Outcome::unchanged, Outcome::unchanged, Outcome::done});
    CHECK(report.lines[0].text == systemd.service() + " is up to date");
    CHECK(systemd.calls() == "--user is-system-running\n"
                             "--user daemon-reload\n"
                             "--user enable --now stepwise-remind.timer\n");
}

TEST_CASE("With no user manager, install writes the units and gives the crontab line instead", "[notify]") {
    FakeSystemd systemd(false);
    ReminderTimerReport report = install_reminder_timer("/opt/Step wise/stepwise", std::nullopt);
    CHECK(read_bytes(systemd.service()) == service_unit("\"/opt/Step wise/stepwise\" remind"));
    CHECK(read_bytes(systemd.timer()) == kTimerUnit);
    CHECK(systemd.calls() == "--user is-system-running\n");
    CHECK(report.cron_line == "*/5 * * * * '/opt/Step wise/stepwise' remind");
    CHECK(outcomes(report) == std::vector{Outcome::done, Outcome::done, Outcome::manual});
    REQUIRE(report.lines.size() == 3);
    CHECK(report.lines[2].text ==
          "no systemd user manager is running here (systemctl --user: Failed to connect to bus: No medium found), "
          "so the timer is not enabled; to run reminders from cron instead, add this line with `crontab -e`: "
          "*/5 * * * * '/opt/Step wise/stepwise' remind");
    CHECK_FALSE(report.failed());
}

TEST_CASE("A systemctl that refuses is reported as a failed line with what it said", "[notify]") {
    FakeSystemd systemd(true);
    std::ofstream(systemd.fail) << "enable";
    ReminderTimerReport report = install_reminder_timer("/opt/stepwise", std::nullopt);
    CHECK(report.failed());
    REQUIRE(report.lines.size() == 3);
    CHECK(report.lines[2].outcome == Outcome::failed);
    CHECK(report.lines[2].text ==
          "systemctl --user enable --now stepwise-remind.timer failed: Failed to enable unit: Access denied");
}

TEST_CASE("With no systemctl at all, install falls back to the crontab line", "[notify]") {
    TempDir dir;
    fs::create_directories(dir.file("empty"));
    ScopedEnv xdg("XDG_CONFIG_HOME", dir.file("config").c_str()), path("PATH", dir.file("empty").c_str());
    ReminderTimerReport report = install_reminder_timer("/opt/stepwise", std::nullopt);
    CHECK(report.cron_line == "*/5 * * * * '/opt/stepwise' remind");
    REQUIRE(report.lines.size() == 3);
    CHECK_THAT(report.lines[2].text, Catch::StartsWith("no systemd user manager is running here (systemctl --user: "
                                                       "cannot run systemctl (No such file or directory))"));
}

TEST_CASE("Uninstall disables the timer, removes both units and reloads, and a second one finds nothing", "[notify]") {
    FakeSystemd systemd(true);
    install_reminder_timer("/opt/stepwise", std::nullopt);
    systemd.forget_calls();

    ReminderTimerReport report = uninstall_reminder_timer();
    CHECK(systemd.calls() == "--user is-system-running\n"
                             "--user disable --now stepwise-remind.timer\n"
                             "--user daemon-reload\n");
    CHECK_FALSE(fs::exists(systemd.service()));
    CHECK_FALSE(fs::exists(systemd.timer()));
    CHECK(outcomes(report) == std::vector{Outcome::done, Outcome::done, Outcome::done});
    REQUIRE(report.lines.size() == 3);
    CHECK(report.lines[0].text == "stopped and disabled stepwise-remind.timer");
    CHECK(report.lines[1].text == "removed " + systemd.service());
    CHECK(report.lines[2].text == "removed " + systemd.timer());

    systemd.forget_calls();
    report = uninstall_reminder_timer();
    CHECK(systemd.calls() == "--user is-system-running\n");
    CHECK(outcomes(report) == std::vector{Outcome::unchanged, Outcome::unchanged});
    REQUIRE(report.lines.size() == 2);
    CHECK(report.lines[0].text == systemd.service() + " was not there");
    CHECK(report.lines[1].text == systemd.timer() + " was not there");
    CHECK_FALSE(report.failed());
}

TEST_CASE("Uninstall with no user manager removes the units and the link enabling left behind", "[notify]") {
    FakeSystemd systemd(false);
    install_reminder_timer("/opt/stepwise", std::nullopt);
    // As `systemctl --user enable` left it in a session that had a manager.
    std::string wants = systemd.units + "/timers.target.wants/stepwise-remind.timer";
    fs::create_directories(fs::path(wants).parent_path());
    fs::create_symlink(systemd.timer(), wants);
    systemd.forget_calls();

    ReminderTimerReport report = uninstall_reminder_timer();
    CHECK(systemd.calls() == "--user is-system-running\n");
    CHECK_FALSE(fs::exists(systemd.service()));
    CHECK_FALSE(fs::exists(systemd.timer()));
    CHECK_FALSE(fs::is_symlink(wants));
    CHECK(outcomes(report) == std::vector{Outcome::unchanged, Outcome::done, Outcome::done, Outcome::done});
    REQUIRE(report.lines.size() == 4);
    CHECK(report.lines[0].text == "no systemd user manager is running here (systemctl --user: Failed to connect to "
                                  "bus: No medium found), so there is no timer to stop");
    CHECK(report.lines[3].text == "removed the link " + wants);
}

TEST_CASE("systemd-analyze accepts the units, finding the program behind a path with a space, % and $", "[notify]") {
    if (::access("/usr/bin/systemd-analyze", X_OK) != 0) {
        WARN("systemd-analyze is not installed: the units' syntax is checked only by the tests above");
        return;
    }
    TempDir dir;
    std::string folder = dir.file("My Apps 100% $HOME");
    fs::create_directories(folder);
    fs::copy_file("/bin/true", folder + "/stepwise");
    std::string units = dir.file("units");
    fs::create_directories(units);
    std::ofstream(units + "/stepwise-remind.service")
        << reminder_service_unit(folder + "/stepwise", dir.file("Coach \"notes\" 50%$.db"));
    std::ofstream(units + "/stepwise-remind.timer") << reminder_timer_unit();
    std::string out = dir.file("verify.out");
    std::string cmd = "cd " + shell_quote(units) +
                      " && systemd-analyze verify --man=no ./stepwise-remind.service ./stepwise-remind.timer >" +
                      shell_quote(out) + " 2>&1";
    int status = std::system(cmd.c_str());
    INFO(read_bytes(out));
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    // Other units on the machine may draw warnings; ours must draw none.
    CHECK(read_bytes(out).find("stepwise") == std::string::npos);
}
