#pragma once
// Reading back what a test wrote: a file's bytes, and its permission bits.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <string>

#include <sys/stat.h>

namespace sw::test {

// Every byte of the file ("" when it cannot be read).
inline std::string read_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// The file's mode bits (0600 …); the test fails when there is no such file.
inline int mode_of(const std::string& path) {
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    return st.st_mode & 0777;
}

}  // namespace sw::test
