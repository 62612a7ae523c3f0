#include "app/atomic_file.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace sw {
namespace {

[[noreturn]] void fail(const std::string& path, const std::string& why) {
    throw std::runtime_error("cannot write " + path + ": " + why);
}

std::string errno_text() { return std::strerror(errno); }

void write_all(int fd, std::string_view content) {
    while (!content.empty()) {
        ssize_t n = ::write(fd, content.data(), content.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            throw std::runtime_error(errno_text());
        }
        content.remove_prefix(static_cast<size_t>(n));
    }
}

// The rename itself lives in the directory; syncing it makes the new name durable.
void sync_directory(const fs::path& dir) {
    int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;  // best effort: the data itself is already on disk
    ::fsync(fd);
    ::close(fd);
}

}  // namespace

void write_file_atomically(const std::string& path, std::string_view content) {
    if (path.empty()) throw std::runtime_error("cannot write a file with an empty name");
    fs::path target(path);
    fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::error_code ec;
    if (fs::is_directory(target, ec)) fail(path, "it is a directory");
    // rename() would replace a device node, a pipe or a socket with a file: a
    // name that is not a regular file is left alone (links are followed).
    if (fs::exists(target, ec) && !fs::is_regular_file(target, ec)) fail(path, "it is not a regular file");
    if (!fs::is_directory(dir, ec)) fail(path, "the folder " + dir.string() + " does not exist");

    // Same directory as the target, so rename() stays on one file system and is atomic.
    std::string name = ".";  // built by appending: GCC 12 misreports "." + string&& (-Wrestrict)
    name += target.filename().string();
    name += ".tmp-XXXXXX";
    std::string tmp = (dir / name).string();
    int fd = ::mkstemp(tmp.data());  // creates the file 0600
    if (fd < 0) fail(path, errno_text());
    try {
        // 0600 whatever the umask, and whatever mode an old file had: the new
        // file replaces it, mode and all.
        if (::fchmod(fd, 0600) != 0) throw std::runtime_error(errno_text());
        write_all(fd, content);
        if (::fsync(fd) != 0) throw std::runtime_error(errno_text());
        if (::close(fd) != 0) {
            fd = -1;
            throw std::runtime_error(errno_text());
        }
        fd = -1;
        if (::rename(tmp.c_str(), path.c_str()) != 0) throw std::runtime_error(errno_text());
    } catch (const std::runtime_error& e) {
        if (fd >= 0) ::close(fd);
        ::unlink(tmp.c_str());
        fail(path, e.what());
    }
    sync_directory(dir);
}

}  // namespace sw
