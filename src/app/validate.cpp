#include "app/validate.hpp"

#include "core/numbers.hpp"
#include "core/smart_check.hpp"
#include "core/text.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace sw {

std::string trim(std::string text) {
    auto not_space = [](unsigned char c) { return !std::isspace(c); };
    text.erase(text.begin(), std::find_if(text.begin(), text.end(), not_space));
    text.erase(std::find_if(text.rbegin(), text.rend(), not_space).base(), text.end());
    return text;
}

namespace {

// "U+001B, escape": the code alone is hard to act on for the common ones.
std::string describe_control(char32_t code) {
    std::string name = code_point_name(code);
    switch (code) {
        case 0x00: return name + ", NUL";
        case 0x09: return name + ", a tab";
        case 0x0B: return name + ", a vertical tab";
        case 0x0C: return name + ", a form feed";
        case 0x1B: return name + ", escape";
        case 0x7F: return name + ", delete";
        default: return name;
    }
}

[[noreturn]] void refuse(const char* field, const char* name, const std::string& problem) {
    throw FieldError(field, std::string(name) + " " + problem);
}

// Titles are one line and short, so tables, lists and one-line messages stay intact.
std::string checked_title(const std::string& title, const char* field, const char* name) {
    check_text(title, TextKind::one_line, field, name);
    std::string trimmed = trim(title);
    if (count_characters(trimmed) > kMaxTitleCharacters)
        refuse(field, name,
               "is too long: keep it under " + std::to_string(kMaxTitleCharacters) +
                   " characters and put details in the description or notes");
    return trimmed;
}

// The limit the command line puts on typed numbers (core/numbers.hpp), for
// every way in: sums and spans of values stay finite.
void check_magnitude(double value, const char* field, const char* name) {
    if (!std::isfinite(value) || std::fabs(value) > kMaxMagnitude)
        refuse(field, name, "must be a number from -1e12 to 1e12");
}

struct Text {
    const std::string& text;
    TextKind kind;
    const char* field;
    const char* name;
};

void check_texts(std::initializer_list<Text> texts) {
    for (const Text& t : texts) check_text(t.text, t.kind, t.field, t.name);
}

constexpr TextKind one_line = TextKind::one_line;
constexpr TextKind multi_line = TextKind::multi_line;

}  // namespace

void check_text(const std::string& text, TextKind kind, const char* field, const char* name) {
    if (!is_valid_utf8(text)) refuse(field, name, "is not valid UTF-8; please check your terminal's encoding");
    for (size_t i = 0; i < text.size();) {
        Utf8Char ch = *decode_utf8_at(text, i);  // valid, checked above
        char32_t code = ch.code;
        i += ch.length;
        bool line_break = code == '\n' || code == '\r' || is_unicode_line_break(code);
        if (kind == TextKind::one_line && line_break) refuse(field, name, "must be one line");
        if (kind == TextKind::multi_line && (code == '\n' || code == '\t' || is_unicode_line_break(code))) continue;
        if (code == '\r')
            refuse(field, name, "contains a carriage return (U+000D); end lines with a newline alone");
        if (is_control_character(code))
            refuse(field, name, "contains a control character (" + describe_control(code) + "); remove it");
    }
}

void require_utf8(std::initializer_list<const std::string*> texts) {
    for (const std::string* t : texts)
        if (!is_valid_utf8(*t))
            throw InputError("the text is not valid UTF-8; please check your terminal's encoding");
}

void validate_goal(Goal& goal, Day today) {
    goal.title = checked_title(goal.title, "title", "the title");
    check_texts({{goal.description, multi_line, "description", "the description"},
                 {goal.unit, one_line, "unit", "the unit"},
                 {goal.resources, multi_line, "resources", "the resources field"},
                 {goal.obstacles, multi_line, "obstacles", "the obstacles field"},
                 {goal.why, multi_line, "why", "the why field"},
                 {goal.life_area, one_line, "life_area", "the life area"}});
    goal.life_area = trim(goal.life_area);
    if (goal.life_area.empty()) goal.life_area = "other";
    check_magnitude(goal.baseline, "baseline", "the baseline");
    check_magnitude(goal.target, "target", "the target");
    if (goal.confidence < 1 || goal.confidence > 10)
        refuse("confidence", "confidence", "must be a whole number from 1 to 10");
    if (!(goal.target_rate > 0 && goal.target_rate <= 1))
        refuse("target_rate", "target_rate", "must be more than 0 and at most 1 (0.8 = 80 % of the days)");
    // The app never saves a goal whose SMART check fails, whoever asks.
    SmartReport report = smart_check(goal, today);
    if (report.has_failure()) throw FieldError("", report.problems(CheckLevel::fail).front());
}

void validate_step(Step& step) {
    step.title = checked_title(step.title, "title", "the step title");
    check_texts({{step.notes, multi_line, "notes", "the notes field"},
                 {step.if_text, one_line, "if", "the if-part"},
                 {step.then_text, one_line, "then", "the then-part"}});
    if (step.title.empty()) throw FieldError("title", "a step needs a title");
    if (step.is_recurring() && step.due_date)
        throw FieldError("due_date", "a recurring step has no due date; it is scheduled from its start date");
}

void validate_entry_fields(ProgressEntry& entry) {
    check_magnitude(entry.value, "value", "the value");
    check_text(entry.note, multi_line, "note", "the note");
    entry.note = trim(entry.note);
}

void validate_entry(ProgressEntry& entry, Day today) {
    validate_entry_fields(entry);
    if (today < entry.date)
        throw FieldError("date", "cannot log progress for a future day (" + format_day(entry.date) + ")");
}

void validate_checkin_fields(CheckIn& checkin) {
    check_texts({{checkin.win, multi_line, "win", "the win"},
                 {checkin.obstacle, multi_line, "obstacle", "the obstacle"},
                 {checkin.next_step, multi_line, "next_step", "the next step"},
                 {checkin.note, multi_line, "note", "the note"},
                 {checkin.next_week, multi_line, "next_week", "the answer for next week"}});
    if (checkin.mood && (*checkin.mood < 1 || *checkin.mood > 5))
        refuse("mood", "mood", "must be a whole number from 1 to 5");
    if (checkin.confidence && (*checkin.confidence < 1 || *checkin.confidence > 10))
        refuse("confidence", "confidence", "must be a whole number from 1 to 10");
}

void validate_completion_note(const std::string& note) { check_text(note, multi_line, "note", "the note"); }

void validate_checkin(CheckIn& checkin, Day today) {
    if (today < checkin.date)
        throw FieldError("date", "a check-in looks back on a day; " + format_day(checkin.date) +
                                     " has not happened yet");
    validate_checkin_fields(checkin);
}

void validate_session(Session& session) {
    check_text(session.notes, multi_line, "notes", "the notes");
    if (session.next_date && !(session.date < *session.next_date))
        throw FieldError("next_date", "the next session (" + format_day(*session.next_date) +
                                          ") must come after this one (" + format_day(session.date) + ")");
}

void validate_question(Question& question) {
    check_text(question.text, one_line, "text", "the question");
    question.text = trim(question.text);
    if (question.text.empty()) throw FieldError("text", "the question must not be empty");
    if (count_characters(question.text) > kMaxQuestionCharacters)
        refuse("text", "the question", "is too long: keep it under " + std::to_string(kMaxQuestionCharacters) +
                                           " characters");
    if (question.discussed_on && *question.discussed_on < question.asked_on)
        throw FieldError("discussed_on", "a question cannot be discussed (" + format_day(*question.discussed_on) +
                                             ") before it was asked (" + format_day(question.asked_on) + ")");
}

void validate_setting(const std::string& key, const std::string& value) {
    check_text(key, one_line, "", "the setting's name");
    if (key.empty()) throw FieldError("", "a setting needs a name");
    check_text(value, one_line, "", ("the setting '" + key + "'").c_str());
}

}  // namespace sw
