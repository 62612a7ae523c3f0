#include "app/platform.hpp"

#include "app/app.hpp"
#include "app/atomic_file.hpp"
#include "store/database.hpp"

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <thread>

#include <spawn.h>
#include <sys/wait.h>

extern char** environ;

namespace fs = std::filesystem;

namespace sw {
namespace {

std::string env(const char* name) {
    const char* v = std::getenv(name);
    return v ? v : "";
}

std::string home_directory() {
    std::string home = env("HOME");
    return home.empty() ? "." : home;
}

// XDG_DOCUMENTS_DIR="$HOME/Documents" or ="/absolute/path" in user-dirs.dirs
// (shell syntax: a backslash escapes the next character); "" when absent.
std::string documents_from_user_dirs() {
    std::string config = env("XDG_CONFIG_HOME");
    if (config.empty()) config = home_directory() + "/.config";
    std::ifstream in(fs::path(config) / "user-dirs.dirs");
    const std::string key = "XDG_DOCUMENTS_DIR=\"";
    for (std::string line; std::getline(in, line);) {
        if (line.rfind(key, 0) != 0 || line.back() != '"') continue;
        std::string value;
        for (size_t i = key.size(); i + 1 < line.size(); ++i) {
            if (line[i] == '\\' && i + 2 < line.size()) ++i;
            value += line[i];
        }
        if (value.rfind("$HOME", 0) == 0 && (value.size() == 5 || value[5] == '/'))
            return home_directory() + value.substr(5);
        if (!value.empty() && value[0] == '/') return value;
    }
    return "";
}

}  // namespace

std::string documents_directory() {
    if (std::string docs = env("XDG_DOCUMENTS_DIR"); !docs.empty()) return docs;
    if (std::string docs = documents_from_user_dirs(); !docs.empty()) return docs;
    return (fs::path(home_directory()) / "Documents").string();
}

std::string default_summary_folder() { return (fs::path(documents_directory()) / "Stepwise").string(); }

std::string summary_folder(const App& app) {
    std::string folder = app.setting(kSummaryFolderSetting);
    if (folder.empty()) return default_summary_folder();
    if (folder[0] == '~' && (folder.size() == 1 || folder[1] == '/'))
        if (std::string home = env("HOME"); !home.empty()) folder = home + folder.substr(1);
    return folder;
}

std::string save_summary_file(const std::string& folder, const std::string& file_name, std::string_view content) {
    if (file_name.empty() || fs::path(file_name).filename() != file_name || file_name == "." || file_name == "..")
        throw std::runtime_error("cannot save a summary as '" + file_name + "': not a file name");
    create_private_directories(folder);
    std::string path = (fs::path(folder) / file_name).string();
    write_file_atomically(path, content);
    return path;
}

void open_folder(const std::string& folder) {
    create_private_directories(folder);
    std::string program = "xdg-open";
    std::string arg = folder;
    char* argv[] = {program.data(), arg.data(), nullptr};
    pid_t pid = 0;
    int rc = posix_spawnp(&pid, program.c_str(), nullptr, nullptr, argv, environ);
    if (rc != 0)
        throw std::runtime_error("cannot run xdg-open (" + std::string(std::strerror(rc)) + "); the folder is " + folder);
    // A detached thread reaps it, so a window left open collects no zombies.
    std::thread([pid] { ::waitpid(pid, nullptr, 0); }).detach();
}

}  // namespace sw
