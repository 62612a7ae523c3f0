// summary [--from D --to D | --period week|month] [--format md|html|json|text] [-o FILE | --save] [--include-private]
#include "app/atomic_file.hpp"
#include "app/platform.hpp"
#include "cli/context.hpp"
#include "core/errors.hpp"
#include "report/summary_html.hpp"
#include "report/summary_json.hpp"
#include "report/summary_markdown.hpp"
#include "report/summary_model.hpp"
#include "report/summary_plain.hpp"

#include <ostream>

namespace sw::cli {
namespace {

struct SummaryFlags {
    std::optional<std::string> from, to, period, output;
    std::string format = "md";
    bool include_private = false;
    bool save = false;  // into the summary folder, as the window's "Save" does

    // Everything is checked before the database is opened, so bad input writes nothing.
    report::SummaryOptions options(Day today) const {
        if (period && (from || to)) throw InputError("use either --period or --from/--to, not both");
        if (from.has_value() != to.has_value()) throw InputError("--from and --to go together; give both");
        if (format != "md" && format != "html" && format != "json" && format != "text")
            throw InputError("--format must be md, html, json or text, not '" + format + "'");
        if (output && output->empty()) throw InputError("-o needs a file name");
        if (output && save) throw InputError("use either -o or --save, not both");
        report::SummaryOptions o;
        if (from) {
            o.from = parse_day("--from", *from, today);
            o.to = parse_day("--to", *to, today);
            if (o.to < o.from)
                throw InputError("--from " + format_day(o.from) + " is after --to " + format_day(o.to));
            if (today < o.to)
                throw InputError("--to " + format_day(o.to) + " is in the future; a summary looks back");
        } else {
            report::Period p = report::period_for(period.value_or("week"), today);
            o.from = p.from;
            o.to = p.to;
        }
        // One switch for everything private, so a script cannot half-include it.
        o.include_private_goals = o.include_checkin_text = o.include_entry_notes = include_private;
        o.include_session_notes = o.include_private_questions = include_private;
        return o;
    }
};

std::string render(const report::Summary& summary, const std::string& format) {
    if (format == "html") return report::summary_html(summary);
    if (format == "json") return report::summary_json(summary).dump(2) + "\n";
    if (format == "text") return report::summary_plain_text(summary);
    return report::summary_markdown(summary);
}

// The saved file's extension: plain text is .txt.
std::string extension_of(const std::string& format) { return format == "text" ? "txt" : format; }

}  // namespace

void register_summary_command(CLI::App& root, Context& ctx) {
    auto f = std::make_shared<SummaryFlags>();
    auto* cmd = root.add_subcommand("summary", "A summary of a period to share with your coach");
    cmd->add_option("--from", f->from, "First day of the period (with --to)");
    cmd->add_option("--to", f->to, "Last day of the period (with --from)");
    cmd->add_option("--period", f->period, "week (the last 7 days, default) or month (the last 30 days)");
    cmd->add_option("--format", f->format,
                    "md (Markdown, default), html, json, or text (plain text for an e-mail body; saved as .txt)");
    cmd->add_option("-o,--output", f->output, "Write to this file (0600, replaced atomically) instead of stdout");
    cmd->add_flag("--save", f->save,
                  "Save into the summary folder (the window's; see `settings`) and print the file's path");
    cmd->add_flag("--include-private", f->include_private,
                  "Also include private goals, check-in answers, entry notes, session notes and private questions");
    ctx.on(cmd, [&ctx, f] {
        report::SummaryOptions options = f->options(ctx.today());
        if (f->output) check_output_file("the summary file", *f->output, ctx.db_path);
        App& app = ctx.app();
        report::Summary summary = report::build_summary(app, options);
        std::string content = render(summary, f->format);
        if (f->output) write_file_atomically(*f->output, content);
        else if (f->save)
            *ctx.out << save_summary_file(summary_folder(app), report::summary_file_stem(summary) + "." + extension_of(f->format),
                                     content)
                     << "\n";
        else *ctx.out << content;
        return 0;
    });
}

}  // namespace sw::cli
