// Where summaries go and how a folder is shown: the functions the window and the
// command line share (app/platform.hpp).
#include "app/app.hpp"
#include "app/platform.hpp"
#include "support/files.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <thread>

#include <sys/stat.h>

using namespace sw;
using namespace sw::test;
namespace fs = std::filesystem;

namespace {

// Sets (or with nullptr unsets) an environment variable for one scope.
struct ScopedEnv {
    std::string name;
    std::optional<std::string> saved;
    ScopedEnv(const char* n, const char* value) : name(n) {
        if (const char* old = std::getenv(n)) saved = old;
        if (value) ::setenv(n, value, 1);
        else ::unsetenv(n);
    }
    ~ScopedEnv() {
        if (saved) ::setenv(name.c_str(), saved->c_str(), 1);
        else ::unsetenv(name.c_str());
    }
};

void write_text(const std::string& path, const std::string& text) {
    fs::create_directories(fs::path(path).parent_path());
    std::ofstream(path) << text;
}

Day day(const char* iso) { return *parse_iso_day(iso); }

}  // namespace

TEST_CASE("A summary is saved 0600 into a new folder whose every new level is 0700", "[app][platform]") {
    TempDir dir;
    std::string folder = dir.file("Documents/Stepwise");
    mode_t old_mask = ::umask(0);  // the modes must not depend on the umask
    std::string path = save_summary_file(folder, "stepwise-summary-2025-03-08-to-2025-03-14.html", "<p>Run</p>\n");
    ::umask(old_mask);
    CHECK(path == folder + "/stepwise-summary-2025-03-08-to-2025-03-14.html");
    CHECK(read_bytes(path) == "<p>Run</p>\n");
    CHECK(mode_of(path) == 0600);
    CHECK(mode_of(dir.file("Documents")) == 0700);
    CHECK(mode_of(folder) == 0700);
}

TEST_CASE("Saving a summary again replaces it whole; a name that is not a file name is refused", "[app][platform]") {
    TempDir dir;
    std::string folder = dir.file("out");
    save_summary_file(folder, "s.json", "{\"old\": true}\n");
    std::string path = save_summary_file(folder, "s.json", "{}\n");
    CHECK(read_bytes(path) == "{}\n");
    for (const char* name : {"", ".", "..", "../escape.html", "sub/s.html"})
        CHECK_THROWS_AS(save_summary_file(folder, name, "x"), std::runtime_error);
    CHECK_FALSE(fs::exists(dir.file("escape.html")));
    CHECK(std::distance(fs::directory_iterator(folder), fs::directory_iterator()) == 1);
}

TEST_CASE("The documents folder is XDG_DOCUMENTS_DIR, else user-dirs.dirs, else ~/Documents", "[app][platform]") {
    TempDir dir;
    std::string home = dir.file("home"), config = dir.file("config");
    ScopedEnv h("HOME", home.c_str()), c("XDG_CONFIG_HOME", config.c_str()), d("XDG_DOCUMENTS_DIR", nullptr);

    CHECK(documents_directory() == home + "/Documents");
    CHECK(default_summary_folder() == home + "/Documents/Stepwise");

    // A translated desktop names it in user-dirs.dirs, in shell syntax.
    write_text(config + "/user-dirs.dirs", "# written by xdg-user-dirs-update\n"
                                           "XDG_DESKTOP_DIR=\"$HOME/Schreibtisch\"\n"
                                           "XDG_DOCUMENTS_DIR=\"$HOME/Dokumente \\\"neu\\\"\"\n");
    CHECK(documents_directory() == home + "/Dokumente \"neu\"");
    write_text(config + "/user-dirs.dirs", "XDG_DOCUMENTS_DIR=\"/srv/papers\"\n");
    CHECK(default_summary_folder() == "/srv/papers/Stepwise");

    ScopedEnv set("XDG_DOCUMENTS_DIR", dir.file("docs").c_str());
    CHECK(documents_directory() == dir.file("docs"));
    CHECK(default_summary_folder() == dir.file("docs") + "/Stepwise");
}

TEST_CASE("The summary folder is the setting, with ~ expanded, else the default", "[app][platform]") {
    TempDir dir;
    std::string home = dir.file("home");
    ScopedEnv h("HOME", home.c_str()), d("XDG_DOCUMENTS_DIR", dir.file("docs").c_str());
    App app(Database::in_memory(), day("2025-03-14"));
    CHECK(summary_folder(app) == dir.file("docs") + "/Stepwise");
    app.set_setting(kSummaryFolderSetting, "~/Coach notes");
    CHECK(summary_folder(app) == home + "/Coach notes");
    app.set_setting(kSummaryFolderSetting, "/srv/coach");
    CHECK(summary_folder(app) == "/srv/coach");
    app.set_setting(kSummaryFolderSetting, "~ana/notes");  // another user's home is not guessed
    CHECK(summary_folder(app) == "~ana/notes");
}

TEST_CASE("Opening a folder creates it and hands it to xdg-open as one argument, with no shell", "[app][platform]") {
    TempDir dir;
    std::string bin = dir.file("bin"), seen = dir.file("seen");
    write_text(bin + "/xdg-open", "#!/bin/sh\nprintf '%s' \"$1\" > '" + seen + ".tmp' && mv '" + seen + ".tmp' '" +
                                      seen + "'\n");
    fs::permissions(bin + "/xdg-open", fs::perms::owner_all);
    ScopedEnv path("PATH", (bin + ":/usr/bin:/bin").c_str());
    std::string folder = dir.file("Coach $HOME $(id); 'notes'");  // a shell would expand or split this
    open_folder(folder);
    CHECK(mode_of(folder) == 0700);
    for (int i = 0; i < 500 && !fs::exists(seen); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    CHECK(read_bytes(seen) == folder);
}

TEST_CASE("Opening a folder says why when xdg-open cannot run", "[app][platform]") {
    TempDir dir;
    fs::create_directories(dir.file("empty"));
    ScopedEnv path("PATH", dir.file("empty").c_str());
    std::string folder = dir.file("summaries");
    try {
        open_folder(folder);
        FAIL("no error");
    } catch (const std::runtime_error& e) {
        std::string message = e.what();
        CHECK(message.find("cannot run xdg-open") != std::string::npos);
        CHECK(message.find(folder) != std::string::npos);
    }
}
