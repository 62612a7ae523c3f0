#pragma once
// The one set of rules every record passes before it is written, whoever wrote it:
// the window, the command line or an import. Each throws InputError with a
// one-line message and may normalise (trim a title, default the life area).
#include "core/checkin.hpp"
#include "core/goal.hpp"
#include "core/progress_entry.hpp"
#include "core/step.hpp"

#include <initializer_list>
#include <string>

namespace sw {

inline constexpr size_t kMaxTitleBytes = 200;

std::string trim(std::string text);
// Titles are one line: tabs and line breaks become spaces.
std::string one_line_title(std::string text, const char* what);
// Everything typed ends up in JSON, HTML and the font atlas: it must be UTF-8.
void require_utf8(std::initializer_list<const std::string*> texts);
void validate_goal(Goal& goal, Day today);
void validate_step(Step& step);
void validate_entry(ProgressEntry& entry, Day today);  // trims the note
void validate_checkin(CheckIn& checkin, Day today);

}  // namespace sw
