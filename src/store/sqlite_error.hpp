#pragma once
// SQLite's errors as the store's own, so that no SQLite::Exception leaves
// src/store. Internal to src/store: every public function of a repository runs
// its body inside translate_errors().
#include "store/database.hpp"
#include "store/store_errors.hpp"

#include <SQLiteCpp/Exception.h>

#include <string>

namespace sw::store_detail {

// What went wrong, in one line, without saying what was being done: "the disk is
// full", "the database stayed busy (another program is using it)". Worded as
// Database::open() and write() word theirs.
std::string sqlite_reason(const SQLite::Exception& e);

// "<path> is damaged (<problem>). Newest good backup: <file>" (or "No good backup
// was found"), prefixed by `context` ("cannot read the entries: "). A database in
// memory has no path and no backups: a plain StoreError.
[[noreturn]] void throw_damaged(const Database& db, const std::string& problem, const std::string& context = "");

// "cannot <what>: <reason>": DamagedDatabaseError for a damaged file,
// RecordRefusedError for a constraint, StoreError for anything else.
[[noreturn]] void throw_translated(const Database& db, const std::string& what, const SQLite::Exception& e);

// Runs `body`, translating any SQLite::Exception it throws. `what` is what the
// caller was doing, as a verb phrase: "save the goal", "read the entries".
template <class Body>
auto translate_errors(const Database& db, const char* what, Body&& body) -> decltype(body()) {
    try {
        return body();
    } catch (const SQLite::Exception& e) {
        throw_translated(db, what, e);
    }
}

}  // namespace sw::store_detail
