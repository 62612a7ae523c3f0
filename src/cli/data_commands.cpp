// export -o FILE.json | import FILE.json | backup [-o FILE]
#include "app/atomic_file.hpp"
#include "app/portable.hpp"
#include "cli/context.hpp"

#include "app/records.hpp"
#include "core/text.hpp"
#include "core/errors.hpp"
#include "store/backup.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace fs = std::filesystem;

namespace sw::cli {
namespace {

// Writing an export or a backup over the live database would destroy it.
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

void register_export(CLI::App& root, Context& ctx) {
    auto out = std::make_shared<std::string>();
    auto* cmd = root.add_subcommand(
        "export", "Write everything (goals, steps, entries, check-ins, sessions, questions, settings) to a JSON file");
    cmd->add_option("-o,--output", *out, "The JSON file to write (created 0600)")->required();
    ctx.on(cmd, [&ctx, out] {
        check_output_file("the export file", *out, ctx.db_path);
        App& app = ctx.app();
        ExportCounts counts;
        write_file_atomically(*out, export_text(app, counts) + "\n");
        *ctx.out << "Exported " << counted(counts.goals, "goal", "goals") << ", "
                 << counted(counts.steps, "step", "steps") << ", " << counted(counts.entries, "entry", "entries") << ", "
                 << counted(counts.checkins, "check-in", "check-ins") << ", "
                 << counted(counts.sessions, "session", "sessions") << " and "
                 << counted(counts.questions, "question", "questions") << " to " << *out << "\n";
        return 0;
    });
}

void register_import(CLI::App& root, Context& ctx) {
    auto file = std::make_shared<std::string>();
    auto* cmd = root.add_subcommand("import", "Merge a JSON export into the database, by UUID");
    cmd->add_option("file", *file, "A file written by `stepwise export`")->required();
    ctx.on(cmd, [&ctx, file] {
        // The file is read and parsed before the database is even opened.
        nlohmann::json doc = parse_export_file(*file);
        ImportReport report;
        try {
            report = import_all(ctx.app(), doc);
        } catch (const InputError& e) {
            throw InputError(*file + ": " + e.what() + " (nothing was imported)");
        }
        for (const auto& c : report.conflicts)
            *ctx.err << "conflict: " << c.path << ", " << terminal_safe(c.record) << ": "
                     << (c.took_file ? "took the file's newer version" : "kept the local version") << "\n";
        *ctx.out << "Imported " << *file << ": " << report.summary() << "\n";
        return 0;
    });
}

void register_backup(CLI::App& root, Context& ctx) {
    auto out = std::make_shared<std::string>();
    auto* cmd = root.add_subcommand("backup", "Back up the database with SQLite's online backup (default: into the backups folder)");
    cmd->add_option("-o,--output", *out, "The backup file to write (default: today's file in the backups folder)");
    ctx.on(cmd, [&ctx, out] {
        std::string path;
        if (out->empty()) {
            path = daily_backup(ctx.app(Reads::nothing()).database(), backup_dir_for(ctx.db_path), ctx.today());
        } else {
            check_output_file("the backup file", *out, ctx.db_path);
            backup_database(ctx.app(Reads::nothing()).database(), *out);
            path = *out;
        }
        *ctx.out << path << "\n";
        return 0;
    });
}

}  // namespace

void register_data_commands(CLI::App& root, Context& ctx) {
    register_export(root, ctx);
    register_import(root, ctx);
    register_backup(root, ctx);
}

}  // namespace sw::cli
