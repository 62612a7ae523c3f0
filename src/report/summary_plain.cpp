#include "report/summary_plain.hpp"

#include "report/agenda_render.hpp"
#include "report/summary_outline.hpp"

namespace sw::report {

std::string plain_text_line(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        auto u = static_cast<unsigned char>(c);
        if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;  // CRLF: one break
        if (c == '\n' || c == '\r' || c == '\t') out += ' ';
        else if (u >= 0x20 && u != 0x7f) out += c;
    }
    return out;
}

namespace {

// A heading is a line of its own at every level; the items under it are indented.
std::string plain_heading(int, const std::string& text) { return text + "\n"; }

}  // namespace

std::string summary_plain_text(const Summary& s) {
    static const OutlineStyle kPlain{plain_text_line, plain_heading, "", 1, agenda_plain_text, ""};
    return summary_outline(s, kPlain);
}

}  // namespace sw::report
