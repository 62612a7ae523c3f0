#pragma once
// The one set of rules every record passes before it is written, whoever wrote it:
// the window, the command line or an import. Each throws FieldError (an
// InputError) with a one-line message that names the field, and normalises only
// what nobody sees: the spaces around a title or an entry note, an empty life area.
//
// Text (DESIGN.md "Input and text"); what was typed is refused, never rewritten:
// - every text is well-formed UTF-8;
// - no control character (C0, DEL, C1; see core/text.hpp) in any field, except
//   newline and tab in multi-line fields: the goal's description, resources,
//   obstacles and why; a step's notes; an entry's note; a check-in's win,
//   obstacle, next step and note;
// - a carriage return is refused even in CRLF: lines end with a newline alone,
//   so the file holds what was typed and nothing is converted behind anyone's back;
// - one-line fields (titles, unit, life area, a step's if and then, settings)
//   hold no line break at all (\n, \r, U+2028, U+2029): "the title must be one line".
// Bidirectional marks and overrides are text, not controls, and are kept: Arabic
// and Hebrew writers need them.
#include "core/checkin.hpp"
#include "core/errors.hpp"
#include "core/goal.hpp"
#include "core/progress_entry.hpp"
#include "core/session.hpp"
#include "core/step.hpp"

#include <initializer_list>
#include <string>

namespace sw {

// A rule broken by one field. `field` is the record's key in the export file
// ("title", "if", "next_step") so that an import can name the path
// ("goals[2].title: …"); it is empty when the record as a whole is refused.
struct FieldError : InputError {
    FieldError(std::string field_key, const std::string& message)
        : InputError(message), field(std::move(field_key)) {}
    std::string field;
};

inline constexpr size_t kMaxTitleCharacters = 200;

enum class TextKind { one_line, multi_line };

std::string trim(std::string text);  // spaces, tabs and line breaks around the text
// Throws FieldError(field, "<name> …") when `text` breaks the rules for its kind.
void check_text(const std::string& text, TextKind kind, const char* field, const char* name);
// Everything typed ends up in JSON, HTML and the font atlas: it must be UTF-8.
void require_utf8(std::initializer_list<const std::string*> texts);

void validate_goal(Goal& goal, Day today);  // fields, then the SMART check as of today
void validate_step(Step& step);
// Progress and check-ins are not recorded for days that have not happened yet.
void validate_entry(ProgressEntry& entry, Day today);  // trims the note
void validate_checkin(CheckIn& checkin, Day today);
// The same without the date rule, for an import: a record made on another
// machine carries that machine's "today", which may be ahead of ours.
void validate_entry_fields(ProgressEntry& entry);
void validate_checkin_fields(CheckIn& checkin);
void validate_completion_note(const std::string& note);  // a tick's note: multi-line text
// A session's notes are multi-line text; its next date comes after its date.
void validate_session(Session& session);
// A question is one line of text, not empty (trimmed); it is discussed on or
// after the day it was asked.
void validate_question(Question& question);
inline constexpr size_t kMaxQuestionCharacters = 500;
// A setting's name and value are one-line text.
void validate_setting(const std::string& key, const std::string& value);

}  // namespace sw
