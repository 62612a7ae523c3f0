#include "report/summary_markdown.hpp"

#include "report/agenda_render.hpp"
#include "report/summary_outline.hpp"

#include <cctype>
#include <string_view>

namespace sw::report {

std::string markdown_escape(std::string_view text) {
    static constexpr std::string_view kSpecial = "\\`*_[]<>#|~&";
    std::string out;
    out.reserve(text.size() + 8);
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        auto u = static_cast<unsigned char>(c);
        if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;  // CRLF: one break
        if (c == '\n' || c == '\r' || c == '\t') {
            out += ' ';
        } else if (u < 0x20 || u == 0x7f) {
            continue;
        } else {
            if (kSpecial.find(c) != std::string_view::npos) out += '\\';
            out += c;
        }
    }
    // Text that opens a line must not read as a list item or a rule ("- ", "1. ", "---").
    auto ends_marker = [&](size_t i) { return i >= out.size() || out[i] == ' '; };
    if (!out.empty() && (out[0] == '-' || out[0] == '+') && (ends_marker(1) || out.rfind("--", 0) == 0))
        out.insert(out.begin(), '\\');
    size_t digits = 0;
    while (digits < out.size() && std::isdigit(static_cast<unsigned char>(out[digits]))) ++digits;
    if (digits > 0 && digits < out.size() && (out[digits] == '.' || out[digits] == ')') && ends_marker(digits + 1))
        out.insert(out.begin() + static_cast<std::ptrdiff_t>(digits), '\\');
    return out;
}

namespace {

std::string markdown_heading(int level, const std::string& text) {
    return std::string(static_cast<size_t>(level), '#') + " " + text + "\n\n";
}

}  // namespace

std::string summary_markdown(const Summary& s) {
    static const OutlineStyle kMarkdown{markdown_escape, markdown_heading, "- ", 0, agenda_markdown, "---\n\n"};
    return summary_outline(s, kMarkdown);
}

}  // namespace sw::report
