#pragma once
// The store's error for a record the schema refuses. StoreError and
// DamagedDatabaseError are still declared in store/database.hpp.
#include "store/database.hpp"

#include <string>

namespace sw {

// A write the schema refused (a UNIQUE uuid or date, a goal that does not exist,
// a value outside a CHECK): the record is at fault, not the file. `reason` is
// SQLite's own one-line words ("UNIQUE constraint failed: steps.uuid"), for a
// caller that names the record itself (the import: "steps[3]: …").
struct RecordRefusedError : StoreError {
    RecordRefusedError(const std::string& message, std::string reason)
        : StoreError(message), reason(std::move(reason)) {}
    std::string reason;
};

}  // namespace sw
