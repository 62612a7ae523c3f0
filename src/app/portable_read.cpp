// The import reader (portable_read.hpp): the file's layout, each record through
// its reader in app/records, uniqueness, and settings by the same rules as a
// setting changed in the window or the CLI.
#include "app/portable_read.hpp"

#include "app/portable.hpp"
#include "app/validate.hpp"
#include "core/errors.hpp"

#include <unordered_map>

namespace sw {
namespace {

template <class T, class Read>
std::vector<At<T>> read_list(const json& doc, const char* key, Read read) {
    std::vector<At<T>> out;
    auto it = doc.find(key);
    if (it == doc.end() || it->is_null()) return out;  // a file may leave a kind out
    if (!it->is_array()) bad(key, std::string("expected an array, found ") + it->type_name());
    for (size_t i = 0; i < it->size(); ++i) {
        std::string path = std::string(key) + "[" + std::to_string(i) + "]";
        out.push_back({read(Fields((*it)[i], path)), path});
    }
    return out;
}

// Two records of one kind with one uuid would make the merge ambiguous.
template <class T, class Uuid>
void require_unique(const std::vector<At<T>>& records, Uuid uuid_of, const char* key = "uuid") {
    std::unordered_map<std::string, const std::string*> seen;
    for (const auto& r : records) {
        auto [it, fresh] = seen.emplace(uuid_of(r.value), &r.path);
        if (!fresh) bad(r.path + "." + key, "the same as " + *it->second + " ('" + it->first + "')");
    }
}

void require_supported(const json& doc) {
    if (!doc.is_object()) bad("(top level)", "expected a Stepwise export object, found " + std::string(doc.type_name()));
    auto format = doc.find("format");
    if (format == doc.end() || *format != kExportFormat)
        bad("format", "not a Stepwise export (expected \"format\": \"" + std::string(kExportFormat) + "\")");
    auto version = doc.find("version");
    if (version == doc.end() || !version->is_number_integer())
        bad("version", "missing or not a whole number");
    if (*version < kOldestExportVersion || *version > kExportVersion)
        bad("version", "unsupported export version " + version->dump() + " (this Stepwise reads version " +
                           std::to_string(kExportVersion) + "; a newer Stepwise may have written it)");
}

std::vector<std::pair<std::string, std::string>> read_settings(const json& doc) {
    std::vector<std::pair<std::string, std::string>> out;
    auto it = doc.find("settings");
    if (it == doc.end() || it->is_null()) return out;
    if (!it->is_object()) bad("settings", std::string("expected an object, found ") + it->type_name());
    for (const auto& [key, value] : it->items()) {
        if (!value.is_string())
            bad("settings." + key, std::string("expected a string, found ") + value.type_name());
        try {  // the same rules as a setting changed in the window or the CLI
            validate_setting(key, value.get<std::string>());
        } catch (const InputError& e) {
            bad("settings." + key, e.what());
        }
        out.emplace_back(key, value.get<std::string>());
    }
    return out;
}

}  // namespace

ExportFile read_export(const json& doc, Day today) {
    require_supported(doc);
    ExportFile file;
    file.goals = read_list<Goal>(doc, "goals", [&](const Fields& f) { return read_goal(f, today); });
    file.steps = read_list<FileStep>(doc, "steps", read_step);
    file.completions = read_list<FileCompletion>(doc, "completions", read_completion);
    file.skips = read_list<FileCompletion>(doc, "skips", read_skip);
    file.entries = read_list<FileEntry>(doc, "entries", read_entry);
    file.checkins = read_list<CheckIn>(doc, "checkins", read_checkin);
    file.sessions = read_list<Session>(doc, "sessions", read_session);
    file.questions = read_list<Question>(doc, "questions", read_question);
    require_unique(file.goals, [](const Goal& g) { return g.uuid; });
    require_unique(file.steps, [](const FileStep& s) { return s.step.uuid; });
    require_unique(file.entries, [](const FileEntry& e) { return e.entry.uuid; });
    require_unique(file.checkins, [](const CheckIn& c) { return c.uuid; });
    require_unique(file.sessions, [](const Session& s) { return s.uuid; });
    require_unique(file.questions, [](const Question& q) { return q.uuid; });
    require_unique(file.checkins, [](const CheckIn& c) { return format_day(c.date); }, "date");
    file.settings = read_settings(doc);
    return file;
}

}  // namespace sw
