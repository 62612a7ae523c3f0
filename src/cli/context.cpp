#include "cli/context.hpp"

#include "core/errors.hpp"
#include "core/numbers.hpp"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <filesystem>

namespace sw::cli {

App& Context::app() {
    if (db_path.empty()) throw InputError("--db needs a file path");
    if (!app_) app_ = std::make_unique<App>(Database::open(db_path, OpenOptions::for_app(today())), today());
    return *app_;
}

CLI::App* Context::on(CLI::App* sub, std::function<int()> action) {
    actions.emplace_back(sub, std::move(action));
    return sub;
}

double parse_number(const std::string& what, const std::string& text) {
    if (auto v = parse_finite_number(text)) return *v;
    throw InputError(what + " must be a decimal number no larger than 1e12, not '" + text + "'");
}

int parse_int_in_range(const std::string& what, const std::string& text, int lo, int hi) {
    errno = 0;
    char* end = nullptr;
    long v = std::strtol(text.c_str(), &end, 10);
    if (text.empty() || end != text.c_str() + text.size() || errno == ERANGE || v < lo || v > hi)
        throw InputError(what + " must be a whole number from " + std::to_string(lo) + " to " +
                         std::to_string(hi) + ", not '" + text + "'");
    return static_cast<int>(v);
}

int64_t parse_id(const std::string& what, const std::string& text) {
    errno = 0;
    char* end = nullptr;
    long long v = std::strtoll(text.c_str(), &end, 10);
    if (text.empty() || end != text.c_str() + text.size() || errno == ERANGE || v <= 0)
        throw InputError(what + " must be a positive whole number, not '" + text + "'");
    return v;
}

void check_output_file(const std::string& what, const std::string& path, const std::string& db_path) {
    namespace fs = std::filesystem;
    if (path.empty()) throw InputError(what + " needs a file name");
    std::error_code ec;
    if (fs::is_directory(path, ec)) throw InputError(what + " " + path + " is a folder; give a file name");
    fs::path parent = fs::path(path).parent_path();
    if (!parent.empty() && !fs::is_directory(parent, ec))
        throw InputError(what + ": the folder " + parent.string() + " does not exist");
    for (const char* suffix : {"", "-wal", "-shm"}) {
        std::string db_file = db_path + suffix;
        if (fs::exists(path, ec) && fs::exists(db_file, ec) && fs::equivalent(path, db_file, ec))
            throw InputError(what + " " + path + " is the database itself; choose another file");
        if (fs::absolute(path, ec) == fs::absolute(db_file, ec))
            throw InputError(what + " " + path + " is the database itself; choose another file");
    }
}

Day parse_day(const std::string& what, const std::string& text, Day today) {
    try {
        return parse_day_arg(text, today);
    } catch (const InputError& e) {
        throw InputError(what + ": " + e.what());
    }
}

}  // namespace sw::cli
