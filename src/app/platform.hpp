#pragma once
// Where the desktop keeps things, and handing a folder to it: shared by the
// window and the command line, so no view reads XDG variables or spawns a
// process. (The data and config folders are store's — default_database_path()
// and config_directory() in store/database.hpp — because backups follow them.)
#include <string>
#include <string_view>

namespace sw {

class App;

// The setting that names the summary folder; empty means the default one.
inline constexpr const char* kSummaryFolderSetting = "summary_folder";

// $XDG_DOCUMENTS_DIR, else the one in $XDG_CONFIG_HOME/user-dirs.dirs (a
// translated desktop calls it ~/Dokumente, ~/Documents… ), else ~/Documents.
std::string documents_directory();
// Where summaries go unless the setting says otherwise: <documents>/Stepwise.
std::string default_summary_folder();
// The setting ("~/…" expanded: people type it, and no shell is there to expand
// it), else default_summary_folder().
std::string summary_folder(const App& app);

// Writes `content` to `folder`/`file_name` (0600, replaced whole: atomic_file),
// creating the folder and its missing parents 0700 first: summaries hold the
// client's private words. Returns the file's path. Throws with a one-line reason.
std::string save_summary_file(const std::string& folder, const std::string& file_name, std::string_view content);

// Shows `folder` (created 0700 if missing) in the desktop's file manager with
// xdg-open, run without a shell and not waited for. Throws when xdg-open cannot run.
void open_folder(const std::string& folder);

}  // namespace sw
