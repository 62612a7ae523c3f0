#include "core/uuid.hpp"

#include <cstdint>
#include <cstdio>
#include <random>

namespace sw {

namespace {

std::string format_uuid(unsigned char (&b)[16]) {
    char out[37];
    std::snprintf(out, sizeof out,
                  "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0],
                  b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13],
                  b[14], b[15]);
    return out;
}

uint64_t fnv1a(std::string_view text, uint64_t seed) {
    uint64_t h = seed;
    for (unsigned char c : text) {
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    return h;
}

}  // namespace

std::string stable_uuid(std::string_view name) {
    // Two differently seeded hashes (the standard offset basis, and it run over
    // a tag first), so the 122 free bits do not repeat one 64-bit value.
    uint64_t halves[2] = {fnv1a(name, 0xcbf29ce484222325ULL), fnv1a(name, fnv1a("stepwise", 0xcbf29ce484222325ULL))};
    unsigned char b[16];
    for (int i = 0; i < 16; ++i) b[i] = static_cast<unsigned char>(halves[i / 8] >> (8 * (i % 8)));
    b[6] = static_cast<unsigned char>((b[6] & 0x0F) | 0x80);  // version 8: custom
    b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80);  // RFC 4122 variant
    return format_uuid(b);
}

std::string new_uuid() {
    thread_local std::mt19937_64 rng{std::random_device{}()};
    unsigned char b[16];
    for (int i = 0; i < 16; i += 8) {
        uint64_t r = rng();
        for (int j = 0; j < 8; ++j) b[i + j] = static_cast<unsigned char>(r >> (8 * j));
    }
    b[6] = static_cast<unsigned char>((b[6] & 0x0F) | 0x40);  // version 4
    b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80);  // RFC 4122 variant
    return format_uuid(b);
}

bool looks_like_uuid(const std::string& text) {
    if (text.size() != 36) return false;
    for (size_t i = 0; i < text.size(); ++i) {
        bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? text[i] != '-' : !std::isxdigit(static_cast<unsigned char>(text[i]))) return false;
    }
    return true;
}

}  // namespace sw
