#include "core/text.hpp"

#include <cstdio>

namespace sw {

std::optional<Utf8Char> decode_utf8_at(std::string_view text, size_t at) {
    if (at >= text.size()) return std::nullopt;
    unsigned char c = static_cast<unsigned char>(text[at]);
    int extra = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : -1;
    if (extra < 0 || at + static_cast<size_t>(extra) >= text.size()) return std::nullopt;
    char32_t code = extra == 0 ? c : extra == 1 ? (c & 0x1F) : extra == 2 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k <= extra; ++k) {
        unsigned char cc = static_cast<unsigned char>(text[at + static_cast<size_t>(k)]);
        if ((cc & 0xC0) != 0x80) return std::nullopt;
        code = (code << 6) | (cc & 0x3F);
    }
    // Overlong forms would let "\xC0\x8A" pass as a harmless-looking newline.
    static const char32_t kMin[] = {0, 0x80, 0x800, 0x10000};
    if (code < kMin[extra] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return std::nullopt;
    return Utf8Char{code, static_cast<size_t>(extra) + 1};
}

bool is_valid_utf8(std::string_view text) {
    for (size_t i = 0; i < text.size();) {
        auto ch = decode_utf8_at(text, i);
        if (!ch) return false;
        i += ch->length;
    }
    return true;
}

bool is_control_character(char32_t code) { return code < 0x20 || (code >= 0x7F && code <= 0x9F); }

bool is_unicode_line_break(char32_t code) { return code == 0x2028 || code == 0x2029; }

size_t count_characters(std::string_view text) {
    size_t n = 0;
    for (unsigned char c : text) n += (c & 0xC0) != 0x80;  // every byte but continuation bytes
    return n;
}

std::string code_point_name(char32_t code) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(code));
    return buf;
}

namespace {

// The visible form of one character that must not reach a terminal as it is.
std::string escaped(char32_t code) {
    if (code == '\n') return "\\n";
    if (code == '\t') return "\\t";
    if (code == '\r') return "\\r";
    char buf[16];
    if (code < 0x80) std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(code));
    else std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(code));
    return buf;
}

std::string make_terminal_safe(std::string_view text, bool keep_lines) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size();) {
        auto ch = decode_utf8_at(text, i);
        if (!ch) {  // a stray byte: shown by its value, and the next byte tried afresh
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned char>(text[i]));
            out += buf;
            ++i;
            continue;
        }
        bool kept_break = keep_lines && (ch->code == '\n' || ch->code == '\t' || is_unicode_line_break(ch->code));
        if (!kept_break && (is_control_character(ch->code) || is_unicode_line_break(ch->code)))
            out += escaped(ch->code);
        else
            out.append(text.substr(i, ch->length));
        i += ch->length;
    }
    return out;
}

}  // namespace

std::string terminal_safe(std::string_view text) { return make_terminal_safe(text, false); }

std::string terminal_safe_lines(std::string_view text) { return make_terminal_safe(text, true); }

namespace {

struct Range {
    char32_t from, to;
};

bool in(const Range* ranges, size_t n, char32_t c) {
    for (size_t i = 0; i < n; ++i)
        if (c >= ranges[i].from && c <= ranges[i].to) return true;
    return false;
}

// Combining marks (Latin, Greek, Cyrillic, Hebrew, Arabic) and invisible
// formatting: zero width.
constexpr Range kZeroWidth[] = {
    {0x0300, 0x036F}, {0x0483, 0x0489}, {0x0591, 0x05BD}, {0x05BF, 0x05BF}, {0x05C1, 0x05C2},
    {0x05C4, 0x05C5}, {0x05C7, 0x05C7}, {0x0610, 0x061A}, {0x064B, 0x065F}, {0x0670, 0x0670},
    {0x06D6, 0x06DC}, {0x06DF, 0x06E4}, {0x06E7, 0x06E8}, {0x06EA, 0x06ED}, {0x1AB0, 0x1AFF},
    {0x1DC0, 0x1DFF}, {0x200B, 0x200F}, {0x202A, 0x202E}, {0x2060, 0x2064}, {0x20D0, 0x20FF},
    {0xFE00, 0xFE0F}, {0xFE20, 0xFE2F}, {0xFEFF, 0xFEFF},
};

// East Asian Wide and Fullwidth (Unicode's EastAsianWidth W and F), in blocks.
constexpr Range kWide[] = {
    {0x1100, 0x115F}, {0x231A, 0x231B}, {0x2329, 0x232A}, {0x23E9, 0x23EC}, {0x2E80, 0x303E},
    {0x3041, 0x33FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xA000, 0xA4CF}, {0xA960, 0xA97F},
    {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE10, 0xFE19}, {0xFE30, 0xFE6F}, {0xFF00, 0xFF60},
    {0xFFE0, 0xFFE6}, {0x1F300, 0x1F64F}, {0x1F900, 0x1F9FF}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
};

}  // namespace

size_t display_width(std::string_view text) {
    size_t width = 0;
    for (size_t i = 0; i < text.size();) {
        unsigned char b = static_cast<unsigned char>(text[i]);
        size_t len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 1;
        if (i + len > text.size()) len = 1;
        char32_t c = len == 1 ? b : static_cast<char32_t>(b & (0xFF >> (len + 1)));
        for (size_t k = 1; k < len; ++k) {
            unsigned char cont = static_cast<unsigned char>(text[i + k]);
            if ((cont & 0xC0) != 0x80) {  // a stray lead byte: count it alone
                len = 1;
                c = b;
                break;
            }
            c = (c << 6) | (cont & 0x3F);
        }
        i += len;
        if (in(kZeroWidth, std::size(kZeroWidth), c)) continue;
        width += in(kWide, std::size(kWide), c) ? 2 : 1;
    }
    return width;
}

std::string counted(size_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

std::string collapse_whitespace(std::string_view text) {
    std::string out;
    bool pending_space = false;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        out += c;
    }
    return out;
}

std::string answer_key(std::string_view text) {
    std::string s = collapse_whitespace(text);
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    static constexpr std::string_view kEllipsis = "\xE2\x80\xA6";
    for (;;) {
        if (!s.empty() && std::string_view(".!?,;: ").find(s.back()) != std::string_view::npos) s.pop_back();
        else if (std::string_view(s).ends_with(kEllipsis)) s.resize(s.size() - kEllipsis.size());
        else break;
    }
    return s;
}

std::vector<std::string> split_lines(std::string_view text) {
    std::vector<std::string> lines;
    for (size_t start = 0;;) {
        size_t end = text.find('\n', start);
        std::string_view line = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        lines.emplace_back(line);
        if (end == std::string_view::npos) return lines;
        start = end + 1;
    }
}

}  // namespace sw
