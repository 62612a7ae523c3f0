#include "ui/bidi_text.hpp"

#include <fribidi.h>

namespace sw::ui {
namespace {

// Mirroring, Arabic presentation forms and the lam-alef ligatures.
constexpr FriBidiFlags kFlags = FRIBIDI_FLAGS_DEFAULT | FRIBIDI_FLAGS_ARABIC;

// Characters that steer the algorithm or joining but have no glyph of their
// own: left in, ImGui would draw each as a placeholder box. U+FEFF is also what
// FriBidi leaves where a lam-alef ligature swallowed the alef.
bool invisible(char32_t c) {
    return c == 0xFEFF || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0x061C;
}

// One paragraph in logical order with Arabic already shaped (shaping needs the
// neighbours in logical order), and what reordering a line of it needs.
struct Paragraph {
    std::vector<FriBidiChar> text;
    std::vector<FriBidiCharType> types;
    std::vector<FriBidiLevel> levels;
    FriBidiParType direction = FRIBIDI_PAR_ON;  // from the first strong character
};

Paragraph shape(std::u32string_view line) {
    Paragraph p;
    p.text.assign(line.begin(), line.end());
    auto n = static_cast<FriBidiStrIndex>(p.text.size());
    p.types.resize(n);
    p.levels.resize(n);
    std::vector<FriBidiBracketType> brackets(n);
    std::vector<FriBidiArabicProp> joining(n);
    fribidi_get_bidi_types(p.text.data(), n, p.types.data());
    fribidi_get_bracket_types(p.text.data(), n, p.types.data(), brackets.data());
    if (!fribidi_get_par_embedding_levels_ex(p.types.data(), brackets.data(), n, &p.direction, p.levels.data()))
        return p;  // out of memory: levels stay 0, the line shows in logical order
    fribidi_get_joining_types(p.text.data(), n, joining.data());
    fribidi_join_arabic(p.types.data(), n, p.levels.data(), joining.data());
    fribidi_shape(kFlags, p.levels.data(), n, joining.data(), p.text.data());
    return p;
}

// Characters [from, to) of a shaped paragraph, as one line in visual order.
std::u32string reorder(const Paragraph& p, size_t from, size_t to) {
    // fribidi_reorder_line works in place on the whole paragraph and rewrites the
    // levels of the line's trailing spaces (rule L1), so it gets copies.
    std::vector<FriBidiChar> visual = p.text;
    std::vector<FriBidiLevel> levels = p.levels;
    if (!fribidi_reorder_line(kFlags, p.types.data(), static_cast<FriBidiStrIndex>(to - from),
                              static_cast<FriBidiStrIndex>(from), p.direction, levels.data(), visual.data(), nullptr))
        visual = p.text;  // out of memory: the line shows in logical order
    std::u32string out;
    out.reserve(to - from);
    for (size_t i = from; i < to; ++i)
        if (!invisible(visual[i])) out.push_back(visual[i]);
    return out;
}

template <typename Line>
void for_each_line(std::u32string_view text, Line line) {
    size_t start = 0;
    while (true) {
        size_t end = text.find(U'\n', start);
        line(text.substr(start, end == std::u32string_view::npos ? std::u32string_view::npos : end - start));
        if (end == std::u32string_view::npos) return;
        start = end + 1;
    }
}

}  // namespace

std::u32string decode_utf8(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        auto b = static_cast<unsigned char>(s[i]);
        int len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
        char32_t c = len == 1 ? b : len == 2 ? b & 0x1F : len == 3 ? b & 0x0F : b & 0x07;
        bool ok = len > 0 && i + len <= s.size();
        for (int k = 1; ok && k < len; ++k) {
            auto cont = static_cast<unsigned char>(s[i + k]);
            ok = (cont & 0xC0) == 0x80;
            c = (c << 6) | (cont & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not characters.
        static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
        ok = ok && c >= kMin[len] && c <= 0x10FFFF && (c < 0xD800 || c > 0xDFFF);
        out.push_back(ok ? c : 0xFFFD);
        i += ok ? len : 1;
    }
    return out;
}

std::string encode_utf8(std::u32string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char32_t c : text) {
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (c < 0x800) {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (c >> 18));
            out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return out;
}

bool has_rtl(std::string_view text) {
    // Every right-to-left character is outside ASCII: most titles end the test
    // in one pass over bytes.
    size_t i = 0;
    while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80) ++i;
    if (i == text.size()) return false;
    for (char32_t c : decode_utf8(text.substr(i)))
        if (c >= 0x80 && FRIBIDI_IS_RTL(fribidi_get_bidi_type(c))) return true;
    return false;
}

std::string visual_order(std::string_view logical) {
    if (!has_rtl(logical)) return std::string(logical);
    std::u32string out;
    bool first = true;
    for_each_line(decode_utf8(logical), [&](std::u32string_view line) {
        if (!first) out += U'\n';
        first = false;
        out += reorder(shape(line), 0, line.size());
    });
    return encode_utf8(out);
}

std::vector<std::string> visual_lines(std::string_view logical, float max_width,
                                      const std::function<float(char32_t)>& advance) {
    std::vector<std::string> lines;
    for_each_line(decode_utf8(logical), [&](std::u32string_view line) {
        Paragraph p = shape(line);
        size_t n = p.text.size(), start = 0;
        if (n == 0) lines.emplace_back();
        while (start < n) {
            // Fill the line with whole words; a word wider than the line is cut.
            float width = 0;
            size_t i = start, after_space = start;
            for (; i < n; ++i) {
                float a = advance(p.text[i]);
                if (width + a > max_width && i > start) break;
                width += a;
                if (p.text[i] == U' ') after_space = i + 1;
            }
            size_t end = i == n || after_space == start ? i : after_space;
            size_t shown_end = end;
            while (shown_end > start && p.text[shown_end - 1] == U' ') --shown_end;  // no space at a line's edge
            lines.push_back(encode_utf8(reorder(p, start, shown_end)));
            start = end;
        }
    });
    return lines;
}

}  // namespace sw::ui
