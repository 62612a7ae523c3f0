#include "cli/context.hpp"

#include "core/errors.hpp"
#include "core/numbers.hpp"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include <sys/stat.h>

namespace sw::cli {

App& Context::app(Reads reads) {
    if (db_path.empty()) throw InputError("--db needs a file path");
    if (!app_) app_ = std::make_unique<App>(Database::open(db_path, OpenOptions::for_app(today())), today(), origin, reads);
    return *app_;
}

bool Context::opened_writable() const {
    return app_ && app_->read_only_reason().empty() && app_->path() != ":memory:";
}

CLI::App* Context::on(CLI::App* sub, std::function<int()> action) {
    actions.emplace_back(sub, std::move(action));
    return sub;
}

double parse_number(const std::string& what, const std::string& text, DecimalSeparator decimal) {
    NumberParse parsed = parse_number_input(text, decimal);
    if (parsed.value) return *parsed.value;
    throw InputError(what + ": " + parsed.error);
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

namespace {

// Why what is at a path (links followed) cannot be written as a file; "" for a
// regular file. Writing "to" a device, a pipe or a socket would not make a file.
std::string not_a_file(const struct stat& st) {
    if (S_ISREG(st.st_mode)) return "";
    if (S_ISDIR(st.st_mode)) return "is a folder; give a file name";
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) return "is a device, not a file; give a file name";
    if (S_ISFIFO(st.st_mode)) return "is a named pipe, not a file; give a file name";
    if (S_ISSOCK(st.st_mode)) return "is a socket, not a file; give a file name";
    return "is not a regular file; give a file name";
}

// SQLite keeps these beside the database, under its name: overwriting any of them
// damages the database as surely as overwriting the file itself.
struct DatabaseFile {
    const char* suffix;
    const char* what;
};
constexpr DatabaseFile kDatabaseFiles[] = {{"", "the database itself"},
                                           {"-wal", "the database's write-ahead log (-wal)"},
                                           {"-shm", "the database's shared-memory index (-shm)"},
                                           {"-journal", "the database's rollback journal (-journal)"}};

// The same name once "..", "." and links in its folders are resolved: the
// database's -wal may not exist yet, so comparing files alone is not enough.
bool same_name(const std::string& a, const std::string& b) {
    std::error_code ec1, ec2;
    auto ca = std::filesystem::weakly_canonical(a, ec1), cb = std::filesystem::weakly_canonical(b, ec2);
    return !ec1 && !ec2 && ca == cb;
}

}  // namespace

void check_output_file(const std::string& what, const std::string& path, const std::string& db_path) {
    namespace fs = std::filesystem;
    if (path.empty()) throw InputError(what + " needs a file name");
    // stat, never open: opening a FIFO blocks until someone reads it, and opening
    // a device may do things. Nothing at the path is touched here.
    struct stat st {};
    bool exists = ::stat(path.c_str(), &st) == 0;
    if (!exists && errno != ENOENT) throw InputError(what + " " + path + ": " + std::strerror(errno));
    struct stat link {};
    if (!exists && ::lstat(path.c_str(), &link) == 0)
        throw InputError(what + " " + path + " is a symbolic link to nothing; give a file name");
    if (exists)
        if (std::string why = not_a_file(st); !why.empty()) throw InputError(what + " " + path + " " + why);
    std::error_code ec;
    fs::path parent = fs::path(path).parent_path();
    if (!parent.empty() && !fs::is_directory(parent, ec))
        throw InputError(what + ": the folder " + parent.string() + " does not exist");
    if (db_path.empty()) return;
    for (const DatabaseFile& f : kDatabaseFiles) {
        std::string db_file = db_path + f.suffix;
        struct stat db {};
        // The same file by another name: a symbolic or hard link to it.
        bool same_file = exists && ::stat(db_file.c_str(), &db) == 0 && db.st_dev == st.st_dev && db.st_ino == st.st_ino;
        if (same_file || same_name(path, db_file))
            throw InputError(what + " " + path + " is " + f.what + "; choose another file");
    }
}

Day parse_day(const std::string& what, const std::string& text, Day today) {
    try {
        return parse_day_arg(text, today);
    } catch (const InputError& e) {
        throw InputError(what + ": " + e.what());
    }
}

std::string session_uuid_of(const App& app, const Step& step) {
    if (!step.session_id) return {};
    const Session* session = app.find_session(*step.session_id);
    return session ? session->uuid : std::string();
}

}  // namespace sw::cli
