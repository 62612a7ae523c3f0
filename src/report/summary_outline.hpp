#pragma once
// The Markdown and the plain-text summary are one outline — headings, then
// "Label: text" items, some with items under them — written in two styles, so
// both always say the same things in the same order.
#include "report/summary_model.hpp"

#include <string>
#include <string_view>

namespace sw::report {

struct OutlineStyle {
    std::string (*user_text)(std::string_view);  // makes the client's words safe for the format
    // A heading of level 1 (the title), 2 (a goal, the check-ins) or 3, with the
    // line breaks that follow it.
    std::string (*heading)(int level, const std::string& text);
    const char* marker;  // before each item: "- " or ""
    int indent;          // levels every item is indented by: Markdown 0, plain text 1
    std::string (*agenda)(const Agenda&);
    const char* rule;  // before the closing line: "---\n\n" or ""
};

std::string summary_outline(const Summary& summary, const OutlineStyle& style);

}  // namespace sw::report
