// Right-to-left text put in visual order for ImGui, which draws left to right.
#include "ui/bidi_text.hpp"

#include <catch2/catch.hpp>

using namespace sw::ui;

namespace {
bool is_presentation_form(char32_t c) { return (c >= 0xFE70 && c <= 0xFEFF) || (c >= 0xFB50 && c <= 0xFDFF); }
}  // namespace

TEST_CASE("Text without right-to-left letters comes back unchanged", "[bidi]") {
    for (const char* text : {"Run a 10 km race", "Ελληνικά", "Привет, мир", "学习中文", "Café — ✓", ""}) {
        INFO(text);
        CHECK_FALSE(has_rtl(text));
        CHECK(visual_order(text) == text);
    }
}

TEST_CASE("Arabic letters come out joined into presentation forms, last letter first", "[bidi]") {
    std::string logical = "مرحبا";  // meem reh hah beh alef
    REQUIRE(has_rtl(logical));
    std::u32string visual = decode_utf8(visual_order(logical));
    REQUIRE(visual.size() == 5);
    for (char32_t c : visual) CHECK(is_presentation_form(c));
    CHECK(visual.front() == 0xFE8E);  // alef, final form: drawn leftmost
    CHECK(visual.back() == 0xFEE3);   // meem, initial form: drawn rightmost
}

TEST_CASE("Digits inside Arabic keep their left-to-right order", "[bidi]") {
    std::u32string visual = decode_utf8(visual_order("مرحبا 2026"));
    // A right-to-left line: the number, read first after the word, is drawn on its left.
    REQUIRE(visual.size() == 10);
    CHECK(visual.substr(0, 5) == U"2026 ");
    CHECK(is_presentation_form(visual[5]));
    // In a left-to-right sentence the Arabic run is reversed, and a number after
    // Arabic letters belongs to that run (rule W2), as a browser shows it too.
    std::u32string mixed = decode_utf8(visual_order("Learn مرحبا 2026 today"));
    CHECK(mixed.substr(0, 11) == U"Learn 2026 ");
    CHECK(mixed[11] == 0xFE8E);
    CHECK(mixed.substr(16) == U" today");
}

TEST_CASE("Hebrew is reversed and brackets are mirrored in a right-to-left line", "[bidi]") {
    // Logical: shin lamed vav final-mem, then "(1)"; the line is right to left.
    std::u32string visual = decode_utf8(visual_order("שלום (1)"));
    CHECK(visual == U"(1) םולש");
}

TEST_CASE("Lam and alef become one ligature and no invisible filler is left", "[bidi]") {
    std::u32string visual = decode_utf8(visual_order("لا"));
    CHECK(visual == U"\uFEFB");
}

TEST_CASE("Each line of a note is ordered on its own", "[bidi]") {
    std::string visual = visual_order("שלום\nabc 12");
    CHECK(visual == "םולש\nabc 12");
}

TEST_CASE("Wrapped right-to-left text starts with its first words", "[bidi]") {
    // Five words of four letters, each letter one unit wide; lines of ten units
    // hold two words. Breaking in logical order keeps the first words on line one.
    std::string logical = "אבגד הוזח טיכל מנסע פצקר";
    auto lines = visual_lines(logical, 10, [](char32_t) { return 1.0f; });
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == visual_order("אבגד הוזח"));
    CHECK(lines[1] == visual_order("טיכל מנסע"));
    CHECK(lines[2] == visual_order("פצקר"));
    // A word longer than the line is cut rather than lost.
    auto cut = visual_lines("abcdefghijkl", 5, [](char32_t) { return 1.0f; });
    CHECK(cut == std::vector<std::string>{"abcde", "fghij", "kl"});
}

TEST_CASE("Malformed UTF-8 decodes to U+FFFD instead of being dropped", "[bidi]") {
    CHECK(decode_utf8("a\xff" "b") == U"a\uFFFDb");
    CHECK(decode_utf8("\xc0\xaf") == U"\uFFFD\uFFFD");  // an overlong '/'
    CHECK(encode_utf8(decode_utf8("Ωmega 学")) == "Ωmega 学");
}

TEST_CASE("Right-to-left words isolated inside an English sentence keep the sentence left to right", "[ui][bidi]") {
    // As the agenda writes a commitment: “<title>”: still open, the title isolated (FSI … PDI).
    std::string line = "\u201c\u2068\u0627\u0642\u0631\u0623\u2069\u201d: still open";
    std::string shown = visual_order(line);
    CHECK(shown.rfind("\u201c", 0) == 0);  // the opening quote stays first
    CHECK(shown.ends_with("\u201d: still open"));  // and the English last, after the closing quote
    CHECK(shown.find("\u2068") == std::string::npos);  // no isolate mark is drawn
    CHECK(shown.find("\u2069") == std::string::npos);
}
