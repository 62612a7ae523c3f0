// Text as bytes: what is well-formed UTF-8, what is a control character, and what
// may be written to a terminal.
#include "core/text.hpp"

#include <catch2/catch.hpp>

using namespace sw;

TEST_CASE("Well-formed UTF-8 in every script passes; stray bytes, overlong forms and surrogates do not",
          "[core][text]") {
    for (const char* ok : {"", "Run 5 km", "Café — ✓", "日本語", "עברית", "العربية", "Ελληνικά", "😀"}) {
        INFO(ok);
        CHECK(is_valid_utf8(ok));
    }
    for (const char* bad : {"Caf\xe9", "\xff", "\xc0\x8a", "\xe6\x97", "\xed\xa0\x80", "\xf4\x90\x80\x80"}) {
        INFO(bad);
        CHECK_FALSE(is_valid_utf8(bad));
    }
}

TEST_CASE("C0, DEL and C1 are control characters; letters, spaces and bidi marks are not", "[core][text]") {
    for (char32_t c : {0x00u, 0x07u, 0x09u, 0x0Au, 0x0Du, 0x1Bu, 0x1Fu, 0x7Fu, 0x80u, 0x85u, 0x9Bu, 0x9Fu})
        CHECK(is_control_character(c));
    for (char32_t c : {0x20u, 0x41u, 0x7Eu, 0xA0u, 0xE9u, 0x200Fu, 0x202Bu, 0x202Eu, 0x2066u, 0x2028u})
        CHECK_FALSE(is_control_character(c));
    CHECK(is_unicode_line_break(0x2028));
    CHECK(is_unicode_line_break(0x2029));
    CHECK_FALSE(is_unicode_line_break('\n'));  // a control, handled as such
}

TEST_CASE("Characters are counted as people count them, not as bytes", "[core][text]") {
    CHECK(count_characters("Run") == 3);
    CHECK(count_characters("Café") == 4);
    CHECK(count_characters("日本語") == 3);
    CHECK(count_characters("😀") == 1);
}

TEST_CASE("An escape sequence reaches the terminal as visible text, never as a command", "[core][text]") {
    CHECK(terminal_safe("\x1b[2J") == "\\x1b[2J");
    CHECK(terminal_safe("title\x1b]0;owned\x07") == "title\\x1b]0;owned\\x07");
    CHECK(terminal_safe(std::string("a\0b", 3)) == "a\\x00b");
    CHECK(terminal_safe("del\x7f") == "del\\x7f");
    // C1 as UTF-8: U+009B is a one-character CSI to some terminals.
    CHECK(terminal_safe("\xc2\x9b" "2J") == "\\u009b2J");
    CHECK(terminal_safe("\xc2\x85") == "\\u0085");
}

TEST_CASE("Terminal-safe text stays on one line", "[core][text]") {
    CHECK(terminal_safe("one\ntwo\tthree\rfour") == "one\\ntwo\\tthree\\rfour");
    CHECK(terminal_safe("a\xe2\x80\xa8" "b\xe2\x80\xa9") == "a\\u2028b\\u2029");
}

TEST_CASE("Bytes that are not UTF-8 are shown by their value and the rest is kept", "[core][text]") {
    CHECK(terminal_safe("Caf\xe9 run") == "Caf\\xe9 run");
    CHECK(terminal_safe("\xc0\x8a") == "\\xc0\\x8a");       // an overlong newline is not a newline
    CHECK(terminal_safe("end\xe6\x97") == "end\\xe6\\x97");  // cut short at the end
    CHECK(terminal_safe("\xff\x1b") == "\\xff\\x1b");
}

TEST_CASE("Ordinary text in every script, bidi marks and backslashes pass unchanged", "[core][text]") {
    for (const char* text : {"Run 5 km", "Café — ✓ 😀", "日本語", "עברית \xe2\x80\xae" "abc\xe2\x80\xac",
                             "\xe2\x80\x8f" "العربية", "C:\\Users\\me", "tab\\t is two characters"}) {
        INFO(text);
        CHECK(terminal_safe(text) == text);
        CHECK(terminal_safe_lines(text) == text);
    }
}

TEST_CASE("A multi-line note keeps its newlines and tabs on a terminal, but nothing else", "[core][text]") {
    CHECK(terminal_safe_lines("line one\n\tline two") == "line one\n\tline two");
    CHECK(terminal_safe_lines("a\xe2\x80\xa8" "b") == "a\xe2\x80\xa8" "b");
    CHECK(terminal_safe_lines("x\r\ny") == "x\\r\ny");
    CHECK(terminal_safe_lines("\x1b[2J\n\xc2\x9b\xff") == "\\x1b[2J\n\\u009b\\xff");
}

TEST_CASE("Characters are named by their code point in messages", "[core][text]") {
    CHECK(code_point_name(0x1B) == "U+001B");
    CHECK(code_point_name(0x9B) == "U+009B");
    CHECK(code_point_name(0x1F600) == "U+1F600");
}

TEST_CASE("Display width counts terminal columns: CJK two, accents and marks none", "[core][text]") {
    CHECK(sw::display_width("Run 10 km") == 9);
    CHECK(sw::display_width("Café") == 4);
    CHECK(sw::display_width("e\xCC\x81") == 1);  // e + combining acute
    CHECK(sw::display_width("学习中文") == 8);
    CHECK(sw::display_width("한국어") == 6);
    CHECK(sw::display_width("Ｆｕｌｌ") == 8);
    CHECK(sw::display_width("Привет") == 6);
    CHECK(sw::display_width("مرحبا") == 5);
    CHECK(sw::display_width("\xff") == 1);  // a stray byte still takes its place
}

TEST_CASE("Answers that differ in case, spacing or trailing punctuation share one key", "[core][text]") {
    CHECK(answer_key("  Too   TIRED...?! ") == "too tired");
    CHECK(answer_key("No time in the evening.") == answer_key("no time in the evening"));
    CHECK(answer_key("  No   Time… ") == "no time");
    CHECK(answer_key("Ça va?") == "Ça va");  // only ASCII is case-folded
    CHECK(answer_key("No time, really") != answer_key("No time"));  // inner punctuation stays
    CHECK(answer_key("  \t ") == "");
    CHECK(collapse_whitespace("  a \n\t b  ") == "a b");
}

TEST_CASE("Notes split into lines at each line break, CRLF or LF", "[core][text]") {
    CHECK(split_lines("one\r\ntwo\n\nthree") == std::vector<std::string>{"one", "two", "", "three"});
    CHECK(split_lines("") == std::vector<std::string>{""});
    CHECK(split_lines("end\n") == std::vector<std::string>{"end", ""});
}
