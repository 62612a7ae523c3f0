#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>
#include <string_view>

namespace sw {
// Well-formed UTF-8 (no stray bytes, overlong forms or surrogates): what JSON,
// HTML and the fonts need. Text from a terminal in another encoding is refused.
bool is_valid_utf8(std::string_view text);

// One character decoded from well-formed UTF-8 at a position, or nullopt where
// the bytes there are not one (a stray byte, an overlong form, a surrogate).
struct Utf8Char {
    char32_t code = 0;
    size_t length = 0;  // bytes, 1 to 4
};
std::optional<Utf8Char> decode_utf8_at(std::string_view text, size_t at);

// Control characters: C0 (U+0000–U+001F), DEL (U+007F) and C1 (U+0080–U+009F).
// Terminals act on them (ESC starts an escape sequence; U+009B is a one-character
// CSI), fonts have no glyph for them, and they hide in copied text.
bool is_control_character(char32_t code);

// U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR: not controls, but line
// breaks to anything that reads Unicode, so a one-line text may not hold them.
bool is_unicode_line_break(char32_t code);

// The number of characters (code points) in valid UTF-8: what a person counts.
size_t count_characters(std::string_view text);

// "U+001B": how messages name a character, whatever the terminal shows.
std::string code_point_name(char32_t code);

// Text as it may be written to a terminal: every control character and every byte
// that is not part of well-formed UTF-8 is shown as a visible escape instead of
// reaching the terminal — "\n", "\t", "\r", "\x1b" for C0 and DEL, "\u009b" for C1,
// "\u2028"/"\u2029" for the Unicode line breaks, "\xff" for a stray byte. The text
// thus stays one line (a table row, an error message) and cannot move the cursor,
// clear the screen or change the window title. A backslash is left as it is:
// this is for people reading, and the JSON output is the exact form.
std::string terminal_safe(std::string_view text);

// The same for a multi-line note printed as several lines: newline, tab and the
// Unicode line breaks are kept (they only move to the next line or column),
// everything else is shown as above.
std::string terminal_safe_lines(std::string_view text);
// Columns a terminal gives the text: 0 for combining marks and invisible
// formatting characters, 2 for East Asian wide and fullwidth characters (CJK,
// Hangul, fullwidth forms, most emoji), 1 otherwise. Stray bytes count 1.
size_t display_width(std::string_view text);

// "1 goal", "3 goals": a count with its noun in the right number (English).
std::string counted(size_t n, std::string_view one, std::string_view many);

// Runs of whitespace as one space, none at either end.
std::string collapse_whitespace(std::string_view text);

// The key under which repeated answers are grouped ("No time." and "no  time!!"
// and "No time…" are one): whitespace collapsed, ASCII case-folded, trailing
// . ! ? , ; : and … dropped. Other scripts are compared as written.
std::string answer_key(std::string_view text);

// The lines of a multi-line text (notes): split at \n, a \r before it dropped.
std::vector<std::string> split_lines(std::string_view text);

}  // namespace sw
