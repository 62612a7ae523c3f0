#pragma once
// The coach summary as Markdown that reads well as plain text and
// renders cleanly where Markdown is understood.
#include "report/summary_model.hpp"

#include <string>
#include <string_view>

namespace sw::report {

std::string summary_markdown(const Summary& summary);

// User text made inert for Markdown: line breaks become spaces (one list item
// stays one item), control characters are dropped, and \ ` * _ [ ] < > # | ~
// are backslash-escaped so titles and notes cannot start emphasis, links,
// HTML, headings, tables or code.
std::string markdown_escape(std::string_view text);

}  // namespace sw::report
