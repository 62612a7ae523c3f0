// remind [--dry-run] [--at YYYY-MM-DDTHH:MM] | remind --install | remind --uninstall
// (DESIGN "Reminders"): a desktop notification for each reminder whose time has
// come today and that nobody (this command, the window) has shown yet.
#include "cli/context.hpp"

#include "app/desktop_notify.hpp"
#include "app/reminder_timer.hpp"
#include "app/reminders.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"

#include <algorithm>
#include <ostream>

namespace sw::cli {
namespace {

struct RemindFlags {
    bool dry_run = false, install = false, uninstall = false;
    std::optional<std::string> at;
};

// What `remind` reads: the rows and every tick and skip (a habit done or skipped
// today is not reminded), never the progress entries.
constexpr Reads kRemindReads{.rows = true, .entries = false, .completions = true, .progress_on = std::nullopt};

int print_report(Context& ctx, const ReminderTimerReport& report) {
    for (const ReminderTimerLine& line : report.lines) {
        std::ostream& to = line.outcome == ReminderTimerLine::Outcome::failed ? *ctx.err : *ctx.out;
        to << (line.outcome == ReminderTimerLine::Outcome::failed ? "stepwise: " : "") << terminal_safe(line.text)
           << "\n";
    }
    return report.failed() ? 1 : 0;
}

// A send that failed: the claim made for it is rolled back with its transaction.
struct NotSent {
    std::string why;
};

int remind(Context& ctx, const RemindFlags& flags) {
    LocalTime now = flags.at ? parse_local_time(*flags.at) : local_now();  // before the database opens
    App& app = ctx.app(kRemindReads);
    Database& db = app.database();
    std::vector<std::string> sent = reminders_sent_on(db, now.day);
    std::vector<DueReminder> waiting;
    for (DueReminder& r : due_reminders(app, now))
        if (!std::binary_search(sent.begin(), sent.end(), r.key)) waiting.push_back(std::move(r));

    if (flags.dry_run) {
        for (const DueReminder& r : waiting) *ctx.out << "would send: " << terminal_safe(reminder_line(r)) << "\n";
        return 0;
    }
    for (size_t i = 0; i < waiting.size(); ++i) {
        const DueReminder& r = waiting[i];
        try {
            // Claimed and sent in one transaction: one that cannot be shown is
            // not remembered as sent, so the next run tries it again; one that
            // someone else showed meanwhile is not sent twice.
            bool shown = db.write([&] {
                if (!claim_reminder(db, r.key, now.day, ReminderSender::remind_command)) return false;
                if (auto error = send_desktop_notification(kNotificationAppName, r.title, r.body)) throw NotSent{*error};
                return true;
            });
            if (shown) *ctx.out << "sent: " << terminal_safe(r.title) << "\n";
        } catch (const NotSent& e) {
            size_t left = waiting.size() - i;
            *ctx.err << "stepwise: " << terminal_safe(e.why) << "; " << left
                     << (left == 1 ? " reminder was" : " reminders were") << " not sent (the next run tries again)\n";
            return 1;
        }
    }
    return 0;
}

}  // namespace

void register_remind_command(CLI::App& root, Context& ctx) {
    auto flags = std::make_shared<RemindFlags>();
    auto* cmd = root.add_subcommand(
        "remind", "Send a desktop notification for each reminder whose time has come (never twice a day)");
    auto* dry = cmd->add_flag("--dry-run", flags->dry_run, "Print what would be sent; send and remember nothing");
    auto* at = cmd->add_option("--at", flags->at, "As if it were this local time, YYYY-MM-DDTHH:MM (default now)");
    auto* install = cmd->add_flag("--install", flags->install,
                                  "Run `remind` every 5 minutes with a systemd user timer (else: how to use cron)");
    auto* uninstall = cmd->add_flag("--uninstall", flags->uninstall, "Stop and remove the timer --install wrote");
    for (CLI::Option* timer_flag : {install, uninstall})
        for (CLI::Option* other : {dry, at}) timer_flag->excludes(other);
    install->excludes(uninstall);
    CLI::Option* db_flag = root.get_option("--db");
    ctx.on(cmd, [&ctx, flags, db_flag] {
        if (flags->install) {
            // The timer runs the --db the client named; without one, the default.
            std::optional<std::string> db;
            if (db_flag->count() > 0) db = ctx.db_path;
            return print_report(ctx, install_reminder_timer(running_executable_path(), db));
        }
        if (flags->uninstall) return print_report(ctx, uninstall_reminder_timer());
        return remind(ctx, *flags);
    });
}

}  // namespace sw::cli
