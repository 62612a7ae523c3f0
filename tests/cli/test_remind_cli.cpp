// End to end: `step add/edit --remind`, and `stepwise remind` (DESIGN
// "Reminders"): what a dry run would send, the desktop notifications it sends
// over a real session bus to a stand-in notification server, never twice, and
// the systemd user timer that --install writes and --uninstall removes.
#include "app/app.hpp"
#include "store/reminder_repository.hpp"
#include "support/files.hpp"
#include "support/notification_server.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

#include <sys/wait.h>
#include <unistd.h>

using namespace sw;
using namespace sw::test;
namespace fs = std::filesystem;

namespace {

Day day(const char* text) { return *parse_iso_day(text); }

// A goal with two steps that remind (a habit at 07:30 with an if-then plan, a
// one-off at 09:00), one that does not, and the daily review at 21:00.
struct Reminding {
    CliOnTempDb cli;
    Reminding() {
        REQUIRE(cli("goal add --title 'Health & <energy>' --start 2026-11-01 --due 2027-06-01").exit_code == 0);
        REQUIRE(cli("step add 1 --title 'Run 3 km' --repeat daily --start 2026-11-02 --remind 07:30 "
                    "--if 'it rains' --then 'use the treadmill'").out == "1\n");
        REQUIRE(cli("step add 1 --title 'Book the dentist' --start 2026-11-20 --remind 09:00").out == "2\n");
        REQUIRE(cli("step add 1 --title 'Stretch' --repeat daily --start 2026-11-02").out == "3\n");
        REQUIRE(cli("settings set review_time 21:00").exit_code == 0);
        REQUIRE(cli("step done 1 --date 2026-11-30").exit_code == 0);
    }
    // `stepwise --db … <args>` with these variables set for it alone.
    RunResult run(const std::string& env, const std::string& args) const {
        return run_stepwise("--db " + shell_quote(cli.db) + " " + args, env);
    }
    std::vector<std::string> sent_on(const char* d) const {
        Database db = Database::open(cli.db);
        return reminders_sent_on(db, day(d));
    }
    std::string key_of(int64_t step) const {
        App app(Database::open(cli.db), today_local(), Origin::cli, Reads::records());
        return step_reminder_key(app.find_step(step)->uuid);
    }
    std::optional<int> remind_at(int64_t step) const {
        App app(Database::open(cli.db), today_local(), Origin::cli, Reads::records());
        return app.find_step(step)->remind_at;
    }
};

// No session bus at all, whatever the machine running the tests has.
const std::string kNoBus = "DBUS_SESSION_BUS_ADDRESS= XDG_RUNTIME_DIR=/nonexistent";

std::string bus_env(const TestSessionBus& bus) { return "DBUS_SESSION_BUS_ADDRESS=" + shell_quote(bus.address()); }

}  // namespace

TEST_CASE("step add and step edit take --remind HH:MM, and --remind '' clears it", "[cli][reminders]") {
    Reminding r;
    CHECK(r.remind_at(1) == 7 * 60 + 30);
    CHECK_FALSE(r.remind_at(3));
    auto edit = r.cli("step edit 3 --remind 18:05");
    CHECK(edit.exit_code == 0);
    CHECK(edit.err.empty());
    CHECK(r.remind_at(3) == 18 * 60 + 5);
    REQUIRE(r.cli("step edit 3 --remind ''").exit_code == 0);
    CHECK_FALSE(r.remind_at(3));
    auto history = nlohmann::json::parse(r.cli("history --json --limit 1").out);
    CHECK(history[0]["command"] == "edit_step");
}

TEST_CASE("A reminder time that is not HH:MM is refused in one line and nothing is written", "[cli][reminders]") {
    Reminding r;
    std::string before = r.cli("history --json").out;
    for (const char* bad : {"7:30", "24:00", "07:60", "morning", "07:30 "}) {
        auto edit = r.cli(std::string("step edit 1 --remind ") + shell_quote(bad));
        INFO(bad);
        CHECK(edit.exit_code == 2);
        CHECK_THAT(edit.err, Catch::StartsWith(std::string("stepwise: --remind: '") + bad + "' is not a time of day"));
        CHECK(std::count(edit.err.begin(), edit.err.end(), '\n') == 1);
        CHECK(edit.out.empty());
    }
    auto add = r.cli("step add 1 --title 'Swim' --remind 25:00");
    CHECK(add.exit_code == 2);
    CHECK(add.out.empty());
    CHECK(r.cli("history --json").out == before);
    CHECK(r.remind_at(1) == 7 * 60 + 30);
}

TEST_CASE("remind --dry-run prints what it would send at --at and writes nothing", "[cli][reminders]") {
    Reminding r;
    // 30 November: the run is done, the dentist and the review are due.
    auto evening = r.run(kNoBus, "remind --dry-run --at 2026-11-30T21:15");
    CHECK(evening.exit_code == 0);
    CHECK(evening.err.empty());
    CHECK(evening.out == "would send: Stepwise: Book the dentist — Health & <energy>\n"
                         "would send: Stepwise: Daily review — Time for your daily review\n");
    CHECK(r.sent_on("2026-11-30").empty());
    // Nothing was remembered: the same run again says the same.
    CHECK(r.run(kNoBus, "remind --dry-run --at 2026-11-30T21:15").out == evening.out);

    CHECK(r.run(kNoBus, "remind --dry-run --at 2026-12-01T08:59").out ==
          "would send: Stepwise: Run 3 km — Health & <energy> · If it rains, then I will use the treadmill.\n");
    CHECK(r.run(kNoBus, "remind --dry-run --at 2026-12-01T07:29").out.empty());
    CHECK(r.sent_on("2026-12-01").empty());
}

TEST_CASE("remind refuses a bad --at and flags that do not go together, with exit 2", "[cli][reminders]") {
    Reminding r;
    auto bad = r.run(kNoBus, "remind --at 2026-11-31T08:00");
    CHECK(bad.exit_code == 2);
    CHECK(bad.err == "stepwise: '2026-11-31T08:00' is not a local date and time; use YYYY-MM-DDTHH:MM, "
                     "e.g. 2025-03-14T07:30\n");
    for (const char* args : {"remind --install --dry-run", "remind --uninstall --at 2026-11-30T08:00",
                             "remind --install --uninstall"}) {
        auto both = r.run(kNoBus, args);
        INFO(args);
        CHECK(both.exit_code == 2);
        CHECK_THAT(both.err, Catch::StartsWith("stepwise: ") && Catch::Contains("excludes"));
        CHECK(std::count(both.err.begin(), both.err.end(), '\n') == 1);
    }
}

TEST_CASE("remind sends each due reminder over the session bus once, and never twice", "[cli][reminders][notify]") {
    Reminding r;
    TestSessionBus bus(r.cli.dir.path);
    FakeNotificationServer server(bus.address());

    auto first = r.run(bus_env(bus), "remind --at 2026-11-30T21:15");
    INFO(first.err);
    CHECK(first.exit_code == 0);
    CHECK(first.out == "sent: Stepwise: Book the dentist\nsent: Stepwise: Daily review\n");
    auto got = server.received();
    REQUIRE(got.size() == 2);
    CHECK(got[0].app_name == "Stepwise");
    CHECK(got[0].summary == "Stepwise: Book the dentist");
    CHECK(got[0].body == "Health &amp; &lt;energy&gt;");  // the server reads markup: escaped
    CHECK(got[1].summary == "Stepwise: Daily review");
    CHECK(got[1].body == "Time for your daily review");
    CHECK(r.sent_on("2026-11-30") == std::vector<std::string>{"review", r.key_of(2)});

    // Later the same day: nothing new, nothing sent again.
    auto second = r.run(bus_env(bus), "remind --at 2026-11-30T23:00");
    CHECK(second.exit_code == 0);
    CHECK(second.out.empty());
    CHECK(server.received().size() == 2);
    CHECK(r.run(kNoBus, "remind --dry-run --at 2026-11-30T23:00").out.empty());

    // The next morning the habit is due; what the window already showed is not sent.
    {
        Database db = Database::open(r.cli.db);
        db.write([&] { claim_reminder(db, r.key_of(2), day("2026-12-01"), ReminderSender::window); });
    }
    auto morning = r.run(bus_env(bus), "remind --at 2026-12-01T09:30");
    CHECK(morning.exit_code == 0);
    CHECK(morning.out == "sent: Stepwise: Run 3 km\n");
    got = server.received();
    REQUIRE(got.size() == 3);
    CHECK(got[2].summary == "Stepwise: Run 3 km");
    CHECK(got[2].body == "Health &amp; &lt;energy&gt;\nIf it rains, then I will use the treadmill.");
}

TEST_CASE("Without a session bus remind says so in one line, exits 1 and a later run sends them", "[cli][reminders][notify]") {
    Reminding r;
    auto failed = r.run(kNoBus, "remind --at 2026-11-30T21:15");
    CHECK(failed.exit_code == 1);
    CHECK(failed.out.empty());
    CHECK(failed.err == "stepwise: no desktop session bus (DBUS_SESSION_BUS_ADDRESS is not set): cannot show "
                        "notifications; 2 reminders were not sent (the next run tries again)\n");
    CHECK(r.sent_on("2026-11-30").empty());  // not remembered as sent

    TestSessionBus bus(r.cli.dir.path);
    FakeNotificationServer server(bus.address());
    auto later = r.run(bus_env(bus), "remind --at 2026-11-30T21:20");
    CHECK(later.exit_code == 0);
    CHECK(server.received().size() == 2);
    CHECK(r.sent_on("2026-11-30").size() == 2);
}

namespace {

// XDG_CONFIG_HOME in a temporary folder and a `systemctl` first in PATH that
// logs its arguments and plays a user manager that runs (when `running`) or
// none, so the test never touches the machine's own systemd.
struct FakeUserSystemd {
    TempDir dir;
    std::string config = dir.file("config");
    std::string units = config + "/systemd/user";
    std::string log = dir.file("systemctl.log");
    std::string bin = dir.file("bin");

    explicit FakeUserSystemd(bool running) {
        fs::create_directories(bin);
        std::ofstream(bin + "/systemctl")
            << "#!/bin/sh\n"
               "printf '%s\\n' \"$*\" >> " << shell_quote(log) << "\n"
               "if [ \"$2\" = is-system-running ]; then\n"
            << (running ? "  echo running; exit 0\n" : "  echo offline; echo 'Failed to connect to bus' >&2; exit 1\n")
            << "fi\n"
               "exit 0\n";
        fs::permissions(bin + "/systemctl", fs::perms::owner_all);
    }
    std::string env() const {
        return "XDG_CONFIG_HOME=" + shell_quote(config) + " PATH=" + shell_quote(bin + ":/usr/bin:/bin");
    }
    std::string service() const { return read_bytes(units + "/stepwise-remind.service"); }
    std::string timer() const { return read_bytes(units + "/stepwise-remind.timer"); }
};

}  // namespace

TEST_CASE("remind --install writes the user service and timer, enables them, and --uninstall removes them",
          "[cli][reminders]") {
    Reminding r;
    FakeUserSystemd systemd(true);
    auto install = r.run(systemd.env(), "remind --install");
    INFO(install.err);
    CHECK(install.exit_code == 0);
    std::string binary = fs::canonical(STEPWISE_BIN).string();
    std::string db = fs::absolute(r.cli.db).string();
    CHECK_THAT(systemd.service(), Catch::Contains("ExecStart=\"" + binary + "\" --db \"" + db + "\" remind\n") &&
                                     Catch::Contains("Type=oneshot\n"));
    CHECK_THAT(systemd.timer(), Catch::Contains("OnCalendar=*:0/5\n") && Catch::Contains("Persistent=true\n") &&
                                    Catch::Contains("WantedBy=timers.target\n"));
    CHECK(mode_of(systemd.units + "/stepwise-remind.timer") == 0644);
    CHECK_THAT(install.out, Catch::Contains("wrote " + systemd.units + "/stepwise-remind.service\n") &&
                                Catch::Contains("enabled and started stepwise-remind.timer"));
    CHECK_THAT(read_bytes(systemd.log), Catch::Contains("--user daemon-reload\n--user enable --now stepwise-remind.timer\n"));

    auto uninstall = r.run(systemd.env(), "remind --uninstall");
    CHECK(uninstall.exit_code == 0);
    CHECK_THAT(uninstall.out, Catch::Contains("stopped and disabled stepwise-remind.timer") &&
                                  Catch::Contains("removed " + systemd.units + "/stepwise-remind.timer"));
    CHECK_FALSE(fs::exists(systemd.units + "/stepwise-remind.service"));
    CHECK_FALSE(fs::exists(systemd.units + "/stepwise-remind.timer"));
    CHECK_THAT(read_bytes(systemd.log), Catch::Contains("--user disable --now stepwise-remind.timer\n"));
}

TEST_CASE("Without a user systemd, remind --install writes the units and says how to use cron instead",
          "[cli][reminders]") {
    FakeUserSystemd systemd(false);
    // No --db: the timer runs the default database, so the unit names none.
    auto install = run_stepwise("remind --install", systemd.env());
    CHECK(install.exit_code == 0);
    std::string binary = fs::canonical(STEPWISE_BIN).string();
    CHECK_THAT(systemd.service(), Catch::Contains("ExecStart=\"" + binary + "\" remind\n"));
    CHECK_THAT(install.out, Catch::Contains("so the timer is not enabled; to run reminders from cron instead, add "
                                            "this line with `crontab -e`: */5 * * * * '" + binary + "' remind\n"));
    CHECK(read_bytes(systemd.log).find("enable") == std::string::npos);
}

TEST_CASE("systemd-analyze verify accepts the units remind --install writes", "[cli][reminders]") {
    Reminding r;
    FakeUserSystemd systemd(false);
    REQUIRE(r.run(systemd.env(), "remind --install").exit_code == 0);
    if (::access("/usr/bin/systemd-analyze", X_OK) != 0) {
        WARN("systemd-analyze is not installed: the written units are checked by their text only");
        return;
    }
    std::string out = systemd.dir.file("verify.out");
    std::string cmd = "cd " + shell_quote(systemd.units) +
                      " && systemd-analyze verify --man=no ./stepwise-remind.service ./stepwise-remind.timer >" +
                      shell_quote(out) + " 2>&1";
    int status = std::system(cmd.c_str());
    INFO(read_bytes(out));
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    CHECK(read_bytes(out).find("stepwise") == std::string::npos);  // other units may draw warnings; ours none
}

TEST_CASE("A screenshot of the window shows reminders without recording them as shown", "[cli][reminders][gui]") {
    REQUIRE(std::system("command -v xvfb-run >/dev/null 2>&1") == 0);  // installed by scripts/setup.sh
    Reminding r;
    // 00:00 has come whenever the test runs.
    REQUIRE(r.cli("step add 1 --title 'Water the plants' --repeat daily --start 2026-11-02 --remind 00:00").out == "4\n");
    std::string png = r.cli.dir.file("shot.png");
    std::string cmd = "XDG_CONFIG_HOME=" + shell_quote(r.cli.dir.file("config")) +
                      " xvfb-run -a -s '-screen 0 1280x1024x24' " + shell_quote(STEPWISE_BIN) + " --db " +
                      shell_quote(r.cli.db) + " gui --screenshot " + shell_quote(png) + " --view today >/dev/null 2>&1";
    REQUIRE(std::system(cmd.c_str()) == 0);
    CHECK(fs::exists(png));
    CHECK(r.sent_on(format_day(today_local()).c_str()).empty());
    CHECK_THAT(r.run(kNoBus, "remind --dry-run").out, Catch::Contains("would send: Stepwise: Water the plants"));
}
