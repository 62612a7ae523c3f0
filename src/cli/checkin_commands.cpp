// checkin [--date D] [--mood N] … | checkin show | today
#include "cli/context.hpp"

#include "app/record_patch.hpp"
#include "app/records.hpp"
#include "cli/text_output.hpp"
#include "core/distress.hpp"
#include "core/errors.hpp"
#include "report/json_model.hpp"

namespace sw::cli {
void register_checkin_commands(CLI::App& root, Context& ctx) {
    struct Flags {
        std::optional<std::string> date, mood, confidence, win, obstacle, next, note;
    };
    auto f = std::make_shared<Flags>();
    auto* checkin = root.add_subcommand("checkin", "Write or update the daily check-in");
    checkin->add_option("--date", f->date, "Day (default today)");
    checkin->add_option("--mood", f->mood, "Mood 1-5");
    checkin->add_option("--confidence", f->confidence, "Confidence in reaching your goals, 1-10");
    checkin->add_option("--win", f->win, "What went well?");
    checkin->add_option("--obstacle", f->obstacle, "What got in the way?");
    checkin->add_option("--next", f->next, "What is my next step?");
    checkin->add_option("--note", f->note, "A free note");
    ctx.on(checkin, [&ctx, f] {
        if (!f->mood && !f->confidence && !f->win && !f->obstacle && !f->next && !f->note)
            throw InputError("nothing to save: give at least one of --mood, --confidence, --win, "
                             "--obstacle, --next, --note");
        // Validate everything before opening the database.
        std::optional<int> mood, confidence;
        if (f->mood) mood = parse_int_in_range("--mood", *f->mood, 1, 5);
        if (f->confidence) confidence = parse_int_in_range("--confidence", *f->confidence, 1, 10);
        Day day = f->date ? parse_day("--date", *f->date, ctx.today()) : ctx.today();
        App& app = ctx.app(Reads::records());
        // Only the answers given are written; the day's other answers stay as they are.
        CheckIn c;
        c.date = day;
        std::vector<std::string> fields;
        if (mood) c.mood = mood, fields.push_back("mood");
        if (confidence) c.confidence = confidence, fields.push_back("confidence");
        if (f->win) c.win = *f->win, fields.push_back("win");
        if (f->obstacle) c.obstacle = *f->obstacle, fields.push_back("obstacle");
        if (f->next) c.next_step = *f->next, fields.push_back("next_step");
        if (f->note) c.note = *f->note, fields.push_back("note");
        app.apply(SaveCheckin{day, patch_of_fields(checkin_record(c), fields)});
        const auto& phrases = builtin_distress_phrases();
        if (suggests_distress(c.win, phrases) || suggests_distress(c.obstacle, phrases) ||
            suggests_distress(c.next_step, phrases) || suggests_distress(c.note, phrases))
            *ctx.err << "Saved. It sounds like things are hard right now. Stepwise is a coaching tool, "
                        "not therapy: a licensed professional can help, and if you are in danger, please "
                        "contact your local emergency services.\n";
        return 0;
    });
    {
        auto date = std::make_shared<std::optional<std::string>>();
        auto json = std::make_shared<bool>(false);
        auto* show = checkin->add_subcommand("show", "Show a day's check-in");
        show->add_option("--date", *date, "Day (default today)");
        show->add_flag("--json", *json, "Machine-readable output");
        ctx.on(show, [&ctx, date, json] {
            Day day = *date ? parse_day("--date", **date, ctx.today()) : ctx.today();
            App& app = ctx.app(Reads::records());
            const CheckIn* c = app.checkin_on(day);
            if (*json) *ctx.out << (c ? checkin_json(*c) : nlohmann::json(nullptr)).dump(2) << "\n";
            else if (c) print_checkin(*ctx.out, *c);
            else *ctx.out << "No check-in on " << format_day(day) << ".\n";
            return 0;
        });
    }
    {
        auto on = std::make_shared<std::optional<std::string>>();
        auto json = std::make_shared<bool>(false);
        auto* today = root.add_subcommand("today", "What is due today, recurring steps, check-in");
        today->add_option("--on", *on, "Another day (default today)");
        today->add_flag("--json", *json, "Machine-readable output");
        ctx.on(today, [&ctx, on, json] {
            Day day = *on ? parse_day("--on", **on, ctx.today()) : ctx.today();
            // Habits' streaks need their ticks; goals only their progress on the day.
            App& app = ctx.app(Reads{.entries = false, .completions = true, .progress_on = day});
            Snapshot snap = app.snapshot_on(day);
            if (*json) *ctx.out << today_json(snap).dump(2) << "\n";
            else print_today(*ctx.out, snap.today);
            return 0;
        });
    }
}

}  // namespace sw::cli
