#include "app/foreign_import.hpp"

#include "app/portable.hpp"
#include "core/errors.hpp"

#include <cstring>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace sw {
namespace {

constexpr const char* kUnknown =
    ": not a Stepwise export, a Loop Habit Tracker backup or CSV export, or a Taskwarrior export "
    "(name the format with --from)";

bool is_habits_csv(const fs::path& p) { return p.filename() == "Habits.csv"; }

}  // namespace

std::optional<ImportFormat> parse_import_format(std::string_view name) {
    if (name == "stepwise") return ImportFormat::stepwise;
    if (name == "loop") return ImportFormat::loop;
    if (name == "loop-csv") return ImportFormat::loop_csv;
    if (name == "taskwarrior") return ImportFormat::taskwarrior;
    return std::nullopt;
}

std::string_view to_string(ImportFormat format) {
    switch (format) {
        case ImportFormat::stepwise: return "stepwise";
        case ImportFormat::loop: return "loop";
        case ImportFormat::loop_csv: return "loop-csv";
        case ImportFormat::taskwarrior: return "taskwarrior";
    }
    return "stepwise";
}

ImportFormat detect_import_format(const std::string& path) {
    std::error_code ec;
    fs::path p(path);
    if (fs::is_directory(p, ec)) {
        if (fs::exists(p / "Habits.csv", ec)) return ImportFormat::loop_csv;
        throw InputError(path + ": a folder without Habits.csv, so not Loop Habit Tracker's CSV export");
    }
    if (!fs::exists(p, ec)) throw InputError("cannot read " + path + ": no such file");
    if (is_habits_csv(p)) return ImportFormat::loop_csv;
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError("cannot read " + path + ": " + std::strerror(errno));
    char head[512] = {};
    in.read(head, sizeof head);
    std::string_view start(head, static_cast<size_t>(in.gcount()));
    if (start.size() >= 16 && start.substr(0, 16) == std::string_view("SQLite format 3\0", 16)) return ImportFormat::loop;
    if (start.substr(0, 3) == "\xEF\xBB\xBF") start.remove_prefix(3);  // a byte-order mark
    size_t first = start.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) throw InputError(path + ": the file is empty" + std::string(kUnknown));
    if (start[first] == '[') return ImportFormat::taskwarrior;
    if (start[first] == '{') return ImportFormat::stepwise;
    throw InputError(path + std::string(kUnknown));
}

nlohmann::json export_document_skeleton(const std::string& exported_at) {
    nlohmann::json doc = nlohmann::json::object();
    doc["format"] = kExportFormat;
    doc["version"] = kExportVersion;
    doc["exported_at"] = exported_at;
    doc["generator"] = std::string("stepwise ") + STEPWISE_VERSION;
    for (const char* records : {"goals", "steps", "completions", "skips", "entries", "checkins", "sessions", "questions"})
        doc[records] = nlohmann::json::array();
    doc["settings"] = nlohmann::json::object();
    return doc;
}

}  // namespace sw
