#pragma once
#include <string>

namespace sw {
// A random (version 4) UUID: stable identity across export/import and sync.
std::string new_uuid();
bool looks_like_uuid(const std::string& text);
}  // namespace sw
