#pragma once
// The change journal in words and as JSON, for `stepwise history` (and later a
// goal's history in the window).
#include "core/journal.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace sw {

// "goal “Run a 10 km race”: why “Feel strong” → “Sleep better”" — the record's
// name and each field that changed, with old and new values shortened.
std::string describe_change(const JournalRow& row);

// {id, at, origin, command, entity, uuid, before, after, undoes}; before/after
// are the records' JSON (null when absent).
nlohmann::json journal_json(const JournalRow& row);

}  // namespace sw
