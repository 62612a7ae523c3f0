#include "core/distress.hpp"

#include <algorithm>
#include <cctype>

namespace sw {
namespace {

// Lower-case ASCII letters; everything else that is not a letter or an apostrophe
// becomes a single space, so phrases match on word boundaries.
std::string normalise(std::string_view raw) {
    // A typographic apostrophe (U+2019) counts as a plain one: "can’t" = "can't".
    std::string text(raw);
    for (size_t pos; (pos = text.find("\xe2\x80\x99")) != std::string::npos;) text.replace(pos, 3, "'");
    std::string out = " ";
    for (char ch : text) {
        unsigned char c = static_cast<unsigned char>(ch);
        if (std::isalpha(c) || c >= 0x80) out += static_cast<char>(std::tolower(c));
        else if (c == '\'') out += '\'';
        else if (out.back() != ' ') out += ' ';
    }
    if (out.back() != ' ') out += ' ';
    return out;
}

void remove_all(std::string& text, const std::string& pattern) {
    for (size_t pos; (pos = text.find(pattern)) != std::string::npos;) text.replace(pos, pattern.size(), " ");
}

}  // namespace

DistressPhrases parse_distress_phrases(std::string_view file_text) {
    DistressPhrases out;
    size_t start = 0;
    while (start <= file_text.size()) {
        size_t end = file_text.find('\n', start);
        if (end == std::string_view::npos) end = file_text.size();
        std::string_view line = file_text.substr(start, end - start);
        start = end + 1;
        while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back()))) line.remove_suffix(1);
        while (!line.empty() && std::isspace(static_cast<unsigned char>(line.front()))) line.remove_prefix(1);
        if (line.empty() || line.front() == '#') continue;
        bool benign = line.front() == '!';
        if (benign) line.remove_prefix(1);
        std::string phrase = normalise(line);
        if (phrase.size() <= 2) continue;
        (benign ? out.benign : out.phrases).push_back(phrase);
        if (end == file_text.size()) break;
    }
    return out;
}

bool suggests_distress(std::string_view text, const DistressPhrases& phrases) {
    std::string normal = normalise(text);
    // Benign idioms ("killed it at the gym") are taken out before matching.
    for (const auto& b : phrases.benign) remove_all(normal, b);
    return std::any_of(phrases.phrases.begin(), phrases.phrases.end(),
                       [&](const std::string& p) { return normal.find(p) != std::string::npos; });
}

}  // namespace sw
