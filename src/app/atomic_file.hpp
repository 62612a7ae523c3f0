#pragma once
// Writing user-visible files (exports, summaries) so that a crash, a full disk or
// a failed write never leaves a half-written file behind.
#include <string>
#include <string_view>

namespace sw {

// Writes `content` to `path`, readable by the owner only (0600): the bytes go to
// a temporary file in the same directory, are flushed to disk, and the temporary
// file is renamed over `path` in one step. An existing file at `path` is either
// left as it was or replaced whole, never half-overwritten. The directory must
// exist. Throws std::runtime_error naming the path and the reason.
// A name that exists but is not a regular file (a device, a pipe) is refused.
void write_file_atomically(const std::string& path, std::string_view content);

}  // namespace sw
