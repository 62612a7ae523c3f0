#include "store/change_watch.hpp"

namespace sw {

int64_t data_version(Database& db) { return db.sql().execAndGet("PRAGMA data_version").getInt64(); }

}  // namespace sw
