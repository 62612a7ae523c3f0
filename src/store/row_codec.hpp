#pragma once
// Small conversions between SQLite columns and domain values, shared by the
// repositories. Internal to src/store. Statements use named parameters only
// (":title"): each repository binds a record's fields by name, so a statement
// mentions the names it needs in any order, and one it forgets is an error
// (SQLITE_RANGE) rather than a shifted column.
#include "core/dates.hpp"
#include "core/errors.hpp"
#include "store/database.hpp"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <optional>
#include <string>

namespace sw::store_detail {

inline void bind_optional_day(SQLite::Statement& s, const char* name, const std::optional<Day>& day) {
    if (day) s.bind(name, format_day(*day));
    else s.bind(name);  // NULL
}

inline void bind_optional_int(SQLite::Statement& s, const char* name, const std::optional<int>& v) {
    if (v) s.bind(name, *v);
    else s.bind(name);  // NULL
}

// After "UPDATE … WHERE id = :id" (or uuid): a statement that changed nothing
// tells the caller the record does not exist.
inline void require_changed(SQLite::Database& db, const char* what, int64_t id) {
    if (db.getChanges() == 0)
        throw NotFoundError(std::string("no ") + what + " with id " + std::to_string(id));
}

inline void require_changed(SQLite::Database& db, const char* what, const std::string& uuid) {
    if (db.getChanges() == 0) throw NotFoundError(std::string("no ") + what + " with uuid " + uuid);
}

}  // namespace sw::store_detail
