#pragma once
#include <string>
#include <string_view>

namespace sw {
// A random (version 4) UUID: stable identity across export/import and sync.
std::string new_uuid();
bool looks_like_uuid(const std::string& text);
// The same UUID for the same name, every time (version 8, RFC 9562: two FNV-1a
// 64-bit hashes of the name): what an import from another tool gives a record,
// "loop:habit:<its uuid>", so importing the same file again finds it.
std::string stable_uuid(std::string_view name);
}  // namespace sw
