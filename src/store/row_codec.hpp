#pragma once
// Small conversions between SQLite columns and domain values, shared by the
// repositories. Internal to src/store.
#include "core/dates.hpp"
#include "core/errors.hpp"
#include "core/checkin.hpp"
#include "core/goal.hpp"
#include "core/step.hpp"
#include "store/database.hpp"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <optional>
#include <string>

namespace sw::store_detail {

// Database::open() has already refused a file with an unreadable date (naming
// its table, row and backup); this is for one changed behind the app's back
// since. The message names the column only: the stored bytes could be anything.
inline Day day_column(const SQLite::Column& c) {
    auto day = parse_iso_day(c.getString());
    if (!day) throw StoreError(std::string("the database is damaged: a stored ") + c.getName() + " cannot be read");
    return *day;
}

inline std::optional<Day> optional_day_column(const SQLite::Column& c) {
    if (c.isNull()) return std::nullopt;
    return day_column(c);
}

inline void bind_optional_day(SQLite::Statement& s, int index, const std::optional<Day>& day) {
    if (day) s.bind(index, format_day(*day));
    else s.bind(index);  // NULL
}

inline void bind_optional_int(SQLite::Statement& s, int index, const std::optional<int>& v) {
    if (v) s.bind(index, *v);
    else s.bind(index);  // NULL
}

// Shared by the repositories and the import: every column but id, uuid and
// created_at, from parameter 1, updated_at last (goal: 18, step: 12).
void bind_goal_fields(SQLite::Statement& q, const Goal& g);   // goal_repository.cpp
void bind_step_fields(SQLite::Statement& q, const Step& s);   // step_repository.cpp
// Check-ins: date … note, created_at (8), updated_at (9).
void bind_checkin_fields(SQLite::Statement& q, const CheckIn& c);  // checkin_repository.cpp

// The row id of the statement just run; for "UPDATE … WHERE id = ?" that changed nothing
// the caller learns the id does not exist.
inline void require_changed(SQLite::Database& db, const char* what, int64_t id) {
    if (db.getChanges() == 0)
        throw NotFoundError(std::string("no ") + what + " with id " + std::to_string(id));
}

}  // namespace sw::store_detail
