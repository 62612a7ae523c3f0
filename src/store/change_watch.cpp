#include "store/change_watch.hpp"

#include "store/sqlite_error.hpp"

namespace sw {

int64_t data_version(Database& db) {
    return store_detail::translate_errors(db, "check for changes made elsewhere",
                                          [&] { return db.sql().execAndGet("PRAGMA data_version").getInt64(); });
}

}  // namespace sw
