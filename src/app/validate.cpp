#include "app/validate.hpp"

#include "core/errors.hpp"
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

// Titles are one line: tabs and line breaks become spaces, so tables, lists and
// one-line messages stay intact.
std::string one_line_title(std::string text, const char* what) {
    for (char& c : text)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    text = trim(std::move(text));
    if (text.size() > kMaxTitleBytes)
        throw InputError(std::string(what) + " is too long: keep it under " + std::to_string(kMaxTitleBytes) +
                         " characters and put details in the description or notes");
    return text;
}

// Everything typed ends up in JSON, HTML and the font atlas: it must be UTF-8.
void require_utf8(std::initializer_list<const std::string*> texts) {
    for (const std::string* t : texts)
        if (!is_valid_utf8(*t))
            throw InputError("the text is not valid UTF-8; please check your terminal's encoding");
}

void validate_goal(Goal& goal, Day today) {
    require_utf8({&goal.title, &goal.description, &goal.unit, &goal.resources, &goal.obstacles, &goal.why,
                  &goal.life_area});
    goal.title = one_line_title(goal.title, "the title");
    goal.life_area = trim(goal.life_area);
    if (goal.life_area.empty()) goal.life_area = "other";
    if (goal.confidence < 1 || goal.confidence > 10)
        throw InputError("confidence must be a whole number from 1 to 10");
    SmartReport report = smart_check(goal, today);
    if (report.has_failure()) throw InputError(report.problems(CheckLevel::fail).front());
}

void validate_step(Step& step) {
    require_utf8({&step.title, &step.notes, &step.if_text, &step.then_text});
    step.title = one_line_title(step.title, "the step title");
    if (step.title.empty()) throw InputError("a step needs a title");
    if (step.is_recurring() && step.due_date)
        throw InputError("a recurring step has no due date; it is scheduled from its start date");
}

void validate_entry(ProgressEntry& entry, Day today) {
    if (!std::isfinite(entry.value)) throw InputError("the value must be a finite number");
    if (today < entry.date) throw InputError("cannot log progress for a future day (" + format_day(entry.date) + ")");
    require_utf8({&entry.note});
    entry.note = trim(entry.note);
}

void validate_checkin(CheckIn& checkin, Day today) {
    if (today < checkin.date)
        throw InputError("a check-in looks back on a day; " + format_day(checkin.date) + " has not happened yet");
    require_utf8({&checkin.win, &checkin.obstacle, &checkin.next_step, &checkin.note});
    if (checkin.mood && (*checkin.mood < 1 || *checkin.mood > 5))
        throw InputError("mood must be a whole number from 1 to 5");
    if (checkin.confidence && (*checkin.confidence < 1 || *checkin.confidence > 10))
        throw InputError("confidence must be a whole number from 1 to 10");
}

}  // namespace sw
