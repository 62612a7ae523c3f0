#pragma once
// Right-to-left text for a renderer that only draws left to right. Dear ImGui
// 1.86 places glyphs one after another from the left and does no shaping, so
// Hebrew and Arabic are handed to it in visual order, Arabic letters already
// joined into their presentation forms (FriBidi does both).
//
// Pure text in, text out (no ImGui); it lives in ui/ because only the window
// needs it and FriBidi is linked to the ui module alone.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace sw::ui {

// UTF-8 to code points; a byte that does not start a well-formed character
// becomes U+FFFD, so text from anywhere can be scanned.
std::u32string decode_utf8(std::string_view text);
std::string encode_utf8(std::u32string_view text);

// True when the text holds a right-to-left letter (Hebrew, Arabic, …) or an
// explicit right-to-left mark: only then does it need reordering.
bool has_rtl(std::string_view text);

// The text as it is drawn left to right: each line ('\n' separates paragraphs)
// reordered by the Unicode Bidirectional Algorithm with its direction taken
// from its first strong character, Arabic joined into presentation forms,
// brackets mirrored, bidi marks dropped. Text without RTL comes back unchanged.
std::string visual_order(std::string_view logical);

// The same, wrapped to `max_width`, with `advance` the width of one (shaped)
// character: lines are broken in logical order first (after a space, or inside
// a word too long for a line) and each line is reordered on its own, as the
// algorithm requires; reordering first and wrapping after would put the end of
// a sentence on its first line.
std::vector<std::string> visual_lines(std::string_view logical, float max_width,
                                      const std::function<float(char32_t)>& advance);

}  // namespace sw::ui
