// agenda [--json | --format md|text] [--on D] [--include-checkin-answers]
// (DESIGN "Agenda for the next coaching session"). Reads only.
#include "app/agenda_facts.hpp"
#include "cli/context.hpp"
#include "core/errors.hpp"
#include "report/agenda_render.hpp"

#include <ostream>

namespace sw::cli {
namespace {

struct AgendaFlags {
    bool json = false;
    std::optional<std::string> format, on;
    bool include_checkin_answers = false;

    // "json", "md" or "text"; checked before the database opens.
    std::string output_format() const {
        if (json && format) throw InputError("use either --json or --format, not both");
        if (json) return "json";
        std::string f = format.value_or("text");
        if (f != "md" && f != "text") throw InputError("--format must be md or text, not '" + f + "'");
        return f;
    }
};

}  // namespace

void register_agenda_command(CLI::App& root, Context& ctx) {
    auto f = std::make_shared<AgendaFlags>();
    auto* cmd = root.add_subcommand("agenda", "What to talk about in the next coaching session");
    cmd->add_flag("--json", f->json, "Machine-readable output");
    cmd->add_option("--format", f->format, "text (default) or md");
    cmd->add_option("--on", f->on, "The agenda as it was on this day (default today)");
    cmd->add_flag("--include-checkin-answers", f->include_checkin_answers,
                  "Also list the obstacles from your check-ins (private otherwise)");
    ctx.on(cmd, [&ctx, f] {
        std::string format = f->output_format();
        Day day = f->on ? parse_day("--on", *f->on, ctx.today()) : ctx.today();
        AgendaScope scope;  // the client's own view: private goals and questions are theirs
        scope.include_checkin_answers = f->include_checkin_answers;
        // The goals' progress on two days (d and the day before the period): every entry.
        Agenda agenda = agenda_for(ctx.app(), day, scope);
        if (format == "json") *ctx.out << report::agenda_json(agenda).dump(2) << "\n";
        else if (format == "md") *ctx.out << report::agenda_markdown(agenda);
        else *ctx.out << report::agenda_plain_text(agenda);
        return 0;
    });
}

}  // namespace sw::cli
