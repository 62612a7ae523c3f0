#pragma once
// Notices words in a reflection that suggest crisis or distress, so the UI can
// show a calm note pointing to professional help. It never diagnoses: it only
// matches phrases from assets/distress_phrases.txt (see that file for what it
// can and cannot tell).
#include <string>
#include <string_view>
#include <vector>

namespace sw {

struct DistressPhrases {
    std::vector<std::string> phrases;  // lower-case, matched on word boundaries
    std::vector<std::string> benign;   // idioms that contain a phrase but are fine
};

// Parses the data file: one phrase per line, '#' comments, "!phrase" for benign idioms.
DistressPhrases parse_distress_phrases(std::string_view file_text);
// The list compiled into the binary from assets/distress_phrases.txt.
const DistressPhrases& builtin_distress_phrases();

bool suggests_distress(std::string_view text, const DistressPhrases& phrases);

}  // namespace sw
