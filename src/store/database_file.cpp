#include "store/database_file.hpp"

#include "store/database.hpp"
#include "store/sqlite_error.hpp"

#include <cerrno>
#include <filesystem>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <algorithm>
#include <vector>

#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

namespace sw {
namespace {

sqlite3_file* main_file_of(sqlite3* db) {
    sqlite3_file* file = nullptr;
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file || !file->pMethods)
        return nullptr;
    return file;
}

std::int64_t size_of(sqlite3_file* file) {
    sqlite3_int64 size = 0;
    if (file->pMethods->xFileSize(file, &size) != SQLITE_OK) return -1;
    return size;
}

// xRead fills a short read with zeros and says SQLITE_IOERR_SHORT_READ; the
// callers below never ask past the size they just read.
bool read_at(sqlite3_file* file, char* into, int n, std::int64_t offset) {
    return file->pMethods->xRead(file, into, n, offset) == SQLITE_OK;
}

}  // namespace

std::string read_database_start(const std::string& path, std::size_t n) try {
    // Opening reads the header and nothing else; no lock is taken, nothing written.
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    sqlite3_file* file = main_file_of(db.getHandle());
    std::int64_t size = file ? size_of(file) : -1;
    if (size < 0) throw StoreError("cannot read " + path);
    std::string bytes(static_cast<std::size_t>(std::min<std::int64_t>(size, static_cast<std::int64_t>(n))), '\0');
    if (!bytes.empty() && !read_at(file, bytes.data(), static_cast<int>(bytes.size()), 0))
        throw StoreError("cannot read " + path);
    return bytes;
} catch (const SQLite::Exception& e) {
    throw StoreError("cannot read " + path + ": " + store_detail::sqlite_reason(e));
}

void copy_database_bytes(SQLite::Database& db, const std::string& to) {
    sqlite3_file* file = main_file_of(db.getHandle());
    std::int64_t size = file ? size_of(file) : -1;
    if (size < 0) throw StoreError("cannot read " + db.getFilename());
    int out = ::open(to.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (out < 0) throw StoreError("cannot keep a copy of " + db.getFilename() + ": " + std::strerror(errno));
    std::vector<char> buffer(1 << 16);
    bool ok = true;
    for (std::int64_t offset = 0; ok && offset < size;) {
        int n = static_cast<int>(std::min<std::int64_t>(size - offset, static_cast<std::int64_t>(buffer.size())));
        ok = read_at(file, buffer.data(), n, offset);
        for (int written = 0; ok && written < n;) {
            ssize_t w = ::write(out, buffer.data() + written, static_cast<std::size_t>(n - written));
            if (w < 0 && errno == EINTR) continue;
            ok = w > 0;
            if (ok) written += static_cast<int>(w);
        }
        offset += n;
    }
    ok = ok && ::fsync(out) == 0;
    if (::close(out) != 0) ok = false;
    if (!ok) {
        ::unlink(to.c_str());
        throw StoreError("cannot keep a copy of " + db.getFilename());
    }
}

std::string immutable_file_uri(const std::string& path) {
    std::error_code ec;
    std::string absolute = std::filesystem::absolute(path, ec).string();
    std::string uri = "file:";
    const char* hex = "0123456789ABCDEF";
    for (unsigned char c : ec ? path : absolute) {
        if (std::isalnum(c) || std::strchr("/-._~", c)) {
            uri += static_cast<char>(c);
        } else {
            uri += '%';
            uri += hex[c >> 4];
            uri += hex[c & 15];
        }
    }
    return uri + "?immutable=1";
}

}  // namespace sw
