// export [--format json|csv|ics] -o PATH [--include-private]
//   json (default): the full export, one file (app/portable.hpp);
//   csv: one RFC 4180 file per table in the folder PATH (app/export_csv.hpp);
//   ics: an RFC 5545 calendar of due dates and recurring steps (app/export_ics.hpp).
#include "app/atomic_file.hpp"
#include "app/export_csv.hpp"
#include "app/export_ics.hpp"
#include "app/portable.hpp"
#include "cli/context.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <ostream>

#include <sys/stat.h>

namespace fs = std::filesystem;

namespace sw::cli {
namespace {

struct ExportFlags {
    std::string format = "json";
    std::string output;
    bool include_private = false;
};

// The CSV folder: an existing folder, or a new name in a folder that exists
// (created 0700 once the export is ready). A file, a dangling link, or a name
// in the folder that is not a plain file (or is the database) is refused, all
// before the database opens.
bool check_output_folder(const std::string& dir, const std::string& db_path) {
    if (dir.empty()) throw InputError("the export folder needs a name");
    struct stat st {};
    if (::stat(dir.c_str(), &st) == 0) {
        if (!S_ISDIR(st.st_mode)) throw InputError("the export folder " + dir + " is not a folder; CSV export writes one file per table into a folder");
        for (const char* name : {"goals.csv", "steps.csv", "completions.csv", "skips.csv", "entries.csv", "checkins.csv",
                                 "sessions.csv", "questions.csv"})
            check_output_file("the export file", (fs::path(dir) / name).string(), db_path);
        return true;
    }
    if (errno != ENOENT) throw InputError("the export folder " + dir + ": " + std::strerror(errno));
    struct stat link {};
    if (::lstat(dir.c_str(), &link) == 0)
        throw InputError("the export folder " + dir + " is a symbolic link to nothing; give a folder");
    std::error_code ec;
    fs::path parent = fs::path(dir).parent_path();
    if (!parent.empty() && !fs::is_directory(parent, ec))
        throw InputError("the export folder " + dir + ": the folder " + parent.string() + " does not exist");
    return false;
}

// Writes every table, each file atomically; a folder this call created is
// removed again, with what was written into it, if a write fails.
void write_tables(const std::string& dir, bool existed, const std::vector<CsvTable>& tables) {
    if (!existed && ::mkdir(dir.c_str(), 0700) != 0)
        throw std::runtime_error("cannot create the folder " + dir + ": " + std::strerror(errno));
    std::vector<std::string> written;
    try {
        for (const auto& t : tables) {
            std::string path = (fs::path(dir) / t.file_name).string();
            write_file_atomically(path, t.text);
            written.push_back(path);
        }
    } catch (...) {
        if (!existed) {
            std::error_code ec;
            for (const auto& path : written) fs::remove(path, ec);
            fs::remove(dir, ec);
        }
        throw;
    }
}

int export_json(Context& ctx, const std::string& out) {
    check_output_file("the export file", out, ctx.db_path);
    App& app = ctx.app();
    ExportCounts counts;
    write_file_atomically(out, export_text(app, counts) + "\n");
    *ctx.out << "Exported " << counted(counts.goals, "goal", "goals") << ", " << counted(counts.steps, "step", "steps")
             << ", " << counted(counts.entries, "entry", "entries") << ", "
             << counted(counts.checkins, "check-in", "check-ins") << ", "
             << counted(counts.sessions, "session", "sessions") << " and "
             << counted(counts.questions, "question", "questions") << " to " << out << "\n";
    return 0;
}

int export_csv(Context& ctx, const std::string& dir) {
    bool existed = check_output_folder(dir, ctx.db_path);
    std::vector<CsvTable> tables = export_csv_tables(ctx.app());
    write_tables(dir, existed, tables);
    std::string rows;
    for (const auto& t : tables) {
        rows += rows.empty() ? "" : ", ";
        rows += t.file_name + " " + std::to_string(t.rows);
    }
    *ctx.out << "Exported " << tables.size() << " CSV files to " << dir << " (rows: " << rows << ")\n";
    return 0;
}

int export_ics(Context& ctx, const std::string& out, bool include_private) {
    check_output_file("the calendar file", out, ctx.db_path);
    IcsCounts counts;
    std::string text = sw::export_ics(ctx.app(), include_private, counts);
    write_file_atomically(out, text);
    *ctx.out << "Exported " << counted(counts.todos, "to-do", "to-dos") << " and "
             << counted(counts.events, "event", "events") << " to " << out << "\n";
    if (counts.private_goals_left_out > 0)
        *ctx.err << "note: left out " << counted(counts.private_goals_left_out, "private goal", "private goals")
                 << " and their steps (--include-private includes them)\n";
    return 0;
}

}  // namespace

void register_export_command(CLI::App& root, Context& ctx) {
    auto flags = std::make_shared<ExportFlags>();
    auto* cmd = root.add_subcommand(
        "export",
        "Write everything to a JSON file, the tables as CSV files (--format csv) or the dates as a calendar "
        "(--format ics)");
    cmd->add_option("--format", flags->format,
                    "json (default): everything in one file; csv: one file per table in a folder; "
                    "ics: due dates and recurring steps as a calendar")
        ->check(CLI::IsMember({"json", "csv", "ics"}));
    cmd->add_option("-o,--output", flags->output,
                    "The file to write (json, ics; created 0600), or for csv the folder (created 0700) to write "
                    "goals.csv, steps.csv, completions.csv, skips.csv, entries.csv, checkins.csv, sessions.csv and "
                    "questions.csv into")
        ->required();
    cmd->add_flag("--include-private", flags->include_private, "ics: also private goals and their steps");
    ctx.on(cmd, [&ctx, flags] {
        if (flags->include_private && flags->format != "ics")
            throw InputError("--include-private is for --format ics; json and csv exports hold everything");
        if (flags->format == "csv") return export_csv(ctx, flags->output);
        if (flags->format == "ics") return export_ics(ctx, flags->output, flags->include_private);
        return export_json(ctx, flags->output);
    });
}

}  // namespace sw::cli
