#pragma once
// The coach summary as plain text for the body of an e-mail: no Markdown marks
// (no #, *, -, | or backslash escapes); a heading is a line of its own, the
// items under it are indented. User text is printed as written, with only its
// control characters removed (line breaks become spaces, so an item stays one).
#include "report/summary_model.hpp"

#include <string>
#include <string_view>

namespace sw::report {

std::string summary_plain_text(const Summary& summary);

// Control characters dropped; CR, LF and tab become one space.
std::string plain_text_line(std::string_view text);

}  // namespace sw::report
