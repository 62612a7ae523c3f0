// import FILE [--from stepwise|loop|loop-csv|taskwarrior] [--dry-run]: a
// Stepwise export, a Loop Habit Tracker backup or CSV export, or a Taskwarrior
// export, merged in one transaction by UUID (app/portable.hpp,
// app/foreign_import.hpp). The file is read and converted before the database
// is opened; --dry-run rolls the transaction back and says what it would do.
#include "app/foreign_import.hpp"
#include "app/portable.hpp"
#include "app/records.hpp"
#include "cli/context.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

namespace fs = std::filesystem;

namespace sw::cli {
namespace {

std::string read_file(const std::string& path) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) throw InputError("cannot read " + path + ": it is a folder");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError("cannot read " + path + ": " + std::strerror(errno));
    std::stringstream text;
    text << in.rdbuf();
    if (in.bad()) throw InputError("cannot read " + path);
    return text.str();
}

// nlohmann reports how many bytes it read; people look for a line and a column.
std::string describe_parse_error(const std::string& text, const nlohmann::json::parse_error& e) {
    size_t pos = std::min<size_t>(e.byte == 0 ? 0 : e.byte - 1, text.size());  // the offending byte
    auto upto = text.begin() + static_cast<std::ptrdiff_t>(pos);
    size_t line = 1 + static_cast<size_t>(std::count(text.begin(), upto, '\n'));
    size_t newline = pos == 0 ? std::string::npos : text.rfind('\n', pos - 1);
    size_t column = newline == std::string::npos ? pos + 1 : pos - newline;
    std::string reason = e.what();
    // "[json.exception.parse_error.101] parse error at line 1, column 9: syntax error …"
    if (auto colon = reason.find(": "); colon != std::string::npos) reason = reason.substr(colon + 2);
    return "not valid JSON at line " + std::to_string(line) + ", column " + std::to_string(column) + ": " + reason;
}

nlohmann::json parse_export_file(const std::string& path) {
    std::string text = read_file(path);
    try {
        return parse_export_text(text);  // out-of-range numbers named by their path
    } catch (const nlohmann::json::parse_error& e) {
        throw InputError(path + ": " + describe_parse_error(text, e));
    }
}

// "Reading export.json… 42%" on a terminal, redrawn in place as the share
// grows; nothing when stderr is a file or a pipe (scripts, tests).
class ProgressLine {
public:
    ProgressLine(std::ostream& err, std::string what) : err_(err), what_(std::move(what)), on_(::isatty(STDERR_FILENO)) {}
    ~ProgressLine() {
        if (on_ && shown_ >= 0) err_ << "\r\033[K" << std::flush;  // leave the line clean for the report
    }
    ProgressLine(const ProgressLine&) = delete;
    ProgressLine& operator=(const ProgressLine&) = delete;

    ImportProgress callback() {
        if (!on_) return {};
        return [this](double fraction) {
            int percent = static_cast<int>(std::clamp(fraction, 0.0, 1.0) * 100);
            if (percent == shown_) return;
            shown_ = percent;
            err_ << "\rReading " << what_ << "… " << percent << "%" << std::flush;
        };
    }

private:
    std::ostream& err_;
    std::string what_;
    bool on_;
    int shown_ = -1;
};

ForeignImport read_foreign(ImportFormat format, const std::string& path, Context& ctx) {
    ProgressLine progress(*ctx.err, fs::path(path).filename().string());
    try {
        switch (format) {
            case ImportFormat::loop: return read_loop_backup(path, progress.callback());
            case ImportFormat::loop_csv: return read_loop_csv(path, progress.callback());
            case ImportFormat::taskwarrior: return read_taskwarrior_export(path, progress.callback());
            case ImportFormat::stepwise: break;
        }
    } catch (const InputError& e) {
        throw InputError(path + ": " + e.what() + " (nothing was imported)");
    }
    throw InputError("not a format read here");
}

// "3 goals, 3 steps, 1204 completions" in the document's order of kinds.
std::string added_text(const ImportReport& report) {
    static constexpr std::pair<const char*, const char*> kKinds[] = {
        {"goals", "goal"},       {"sessions", "session"}, {"questions", "question"}, {"steps", "step"},
        {"completions", "tick"}, {"skips", "skipped day"}, {"entries", "entry"},      {"checkins", "check-in"},
        {"settings", "setting"}};
    std::string text;
    for (const auto& [kind, one] : kKinds) {
        auto it = report.added_by_kind.find(kind);
        if (it == report.added_by_kind.end() || it->second == 0) continue;
        std::string many = std::string(kind) == "completions" ? "ticks"
                           : std::string(kind) == "skips"     ? "skipped days"
                           : std::string(kind) == "checkins"  ? "check-ins"
                           : std::string(kind) == "entries"   ? "entries"
                                                               : kind;
        text += (text.empty() ? "" : ", ") + counted(static_cast<size_t>(it->second), one, many);
    }
    return text.empty() ? "nothing new" : text;
}

void print_lines(std::ostream& out, const char* heading, const std::vector<std::string>& lines) {
    if (lines.empty()) return;
    out << heading << "\n";
    for (const auto& line : lines) out << "  - " << terminal_safe(line) << "\n";
}

}  // namespace

void register_import_command(CLI::App& root, Context& ctx) {
    struct Flags {
        std::string file;
        std::optional<std::string> from;
        bool dry_run = false;
    };
    auto f = std::make_shared<Flags>();
    auto* cmd = root.add_subcommand(
        "import", "Merge a Stepwise export, a Loop Habit Tracker backup or CSV export, or a Taskwarrior export");
    cmd->add_option("file", f->file, "The file (or Loop's CSV folder) to import")->required();
    cmd->add_option("--from", f->from, "stepwise, loop, loop-csv or taskwarrior (default: from the content)");
    cmd->add_flag("--dry-run", f->dry_run, "Say what would be imported, and change nothing");
    ctx.on(cmd, [&ctx, f] {
        // Everything is read and converted before the database is opened.
        ImportFormat format;
        if (f->from) {
            auto given = parse_import_format(*f->from);
            if (!given) throw InputError("--from must be stepwise, loop, loop-csv or taskwarrior, not '" + *f->from + "'");
            format = *given;
        } else {
            format = detect_import_format(f->file);
        }
        std::optional<ForeignImport> foreign;
        nlohmann::json doc;
        if (format == ImportFormat::stepwise) {
            doc = parse_export_file(f->file);
        } else {
            foreign = read_foreign(format, f->file, ctx);
            doc = std::move(foreign->document);
        }
        ImportReport report;
        try {
            report = import_all(ctx.app(), doc, f->dry_run);
        } catch (const InputError& e) {
            throw InputError(f->file + ": " + e.what() + " (nothing was imported)");
        }
        for (const auto& c : report.conflicts)
            *ctx.err << "conflict: " << c.path << ", " << terminal_safe(c.record) << ": "
                     << (c.took_file ? "took the file's newer version" : "kept the local version") << "\n";
        std::ostream& out = *ctx.out;
        std::string what = terminal_safe(f->file) + (foreign ? " — " + foreign->description : "");
        if (!foreign) {
            out << (f->dry_run ? "Would import " : "Imported ") << what << ": " << report.summary()
                << (f->dry_run ? " (--dry-run: nothing was changed)" : "") << "\n";
            return 0;
        }
        out << (f->dry_run ? "Would import " : "Imported ") << what << ": " << added_text(report) << "; "
            << report.skipped << " already here" << (f->dry_run ? " (--dry-run: nothing was changed)" : "") << "\n";
        print_lines(out, "Changed to fit Stepwise:", foreign->losses);
        print_lines(out, "Left out:", foreign->skipped);
        return 0;
    });
}

}  // namespace sw::cli
