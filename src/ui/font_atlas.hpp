#pragma once
// The font atlas holds the glyphs in use, not whole Unicode blocks: the UI's
// own characters, and those of the data, of what is typed and of shaped
// right-to-left text (ui.text.wanted). DejaVu Sans (Bold for titles and
// headings) comes first with Font Awesome's icons; fonts fontconfig finds for
// what DejaVu lacks are merged behind it. A character no installed font has is
// drawn as a box (U+25A1), never as '?'.
#include "ui/ui_state.hpp"

#include <string>
#include <string_view>

namespace sw::ui {

// Builds the atlas for ui.text.wanted at ui.scale and sets ui.fonts. Falls back
// to ImGui's default font when DejaVu Sans is not installed. Outside a frame.
void load_fonts(UiState& ui);

// Adds the characters of text that is (or may soon be) drawn to the wanted set;
// the atlas gains them at the next refresh_fonts. ASCII returns at once.
void note_text(TextState& text, std::string_view utf8);

// Between frames (after Render, before the next NewFrame): notes what the
// field being edited holds (typed, pasted, composed) and, when characters the
// atlas lacks were seen, rebuilds it. True when it did: the renderer must upload
// the new texture, and the frame just rendered (drawn with placeholders) is
// better not shown.
bool refresh_fonts(UiState& ui);

// What the atlas holds, as JSON: its glyph count, the fallback fonts and the
// code points drawn as placeholders ("U+10000"). For `gui --screenshot-info`.
std::string font_report_json(const UiState& ui);

}  // namespace sw::ui
