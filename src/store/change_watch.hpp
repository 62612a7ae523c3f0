#pragma once
#include "store/database.hpp"

namespace sw {

// SQLite's PRAGMA data_version: changes whenever another connection (another
// process, a second window, the CLI) commits to the file; this connection's own
// commits leave it alone. Cheap (no file read beyond the shared-memory header),
// so the window can ask whenever it wakes.
int64_t data_version(Database& db);

}  // namespace sw
