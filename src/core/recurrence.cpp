// Recurrence syntax and schedules for action steps, plus the step status names
// (the parts of step.hpp that are not plain data).
#include "core/errors.hpp"
#include "core/step.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>

namespace sw {

namespace {

constexpr unsigned kAllWeekdays = 0x7F;

// Index = weekday_index (0 = Monday), as in the bit layout of Recurrence::weekdays.
constexpr std::array<std::string_view, 7> kDayCodes = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
constexpr std::array<std::string_view, 7> kDayNames = {"Mon", "Tue", "Wed", "Thu",
                                                       "Fri", "Sat", "Sun"};

[[noreturn]] void bad_recurrence(std::string_view text) {
    throw InputError("invalid repeat '" + std::string(text) +
                     "' (use daily, weekly:MO,WE,FR (days MO TU WE TH FR SA SU), every:N "
                     "with N from 1 to 365, times:K/week with K from 1 to 7, or none)");
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

// Users type "Weekly:mo,we" as often as the canonical form; compare case-blind.
std::string upper(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

// "MO,WE,FR" → bit mask; nullopt on an unknown code or an empty item/list.
std::optional<unsigned> parse_weekdays(std::string_view list) {
    unsigned mask = 0;
    while (true) {
        size_t comma = list.find(',');
        std::string_view item = trim(list.substr(0, comma));
        bool found = false;
        for (size_t i = 0; i < kDayCodes.size(); ++i) {
            if (item == kDayCodes[i]) {
                mask |= 1u << i;  // duplicates simply set the same bit again
                found = true;
            }
        }
        if (!found) return std::nullopt;
        if (comma == std::string_view::npos) break;
        list.remove_prefix(comma + 1);
    }
    return mask;
}

// Plain decimal digits only (no sign, no spaces inside), 1..kMaxEveryN.
std::optional<int> parse_every_n(std::string_view digits) {
    if (digits.empty()) return std::nullopt;
    int n = 0;
    for (char c : digits) {
        if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
        n = n * 10 + (c - '0');
        if (n > kMaxEveryN) return std::nullopt;  // also keeps long inputs from overflowing
    }
    if (n < 1) return std::nullopt;
    return n;
}

}  // namespace

Recurrence parse_recurrence(std::string_view text) {
    const std::string t = upper(trim(text));
    const std::string_view s = t;
    Recurrence r;
    if (s.empty() || s == "NONE") return r;
    if (s == "DAILY") {
        r.kind = Recurrence::Kind::daily;
        return r;
    }
    if (s.starts_with("WEEKLY:")) {
        if (auto mask = parse_weekdays(s.substr(7))) {
            r.kind = Recurrence::Kind::weekly;
            r.weekdays = *mask;
            return r;
        }
    } else if (s.starts_with("EVERY:")) {
        if (auto n = parse_every_n(trim(s.substr(6)))) {
            r.kind = Recurrence::Kind::every_n;
            r.every_n = *n;
            return r;
        }
    } else if (s.starts_with("TIMES:") && s.ends_with("/WEEK")) {
        std::string_view k = trim(s.substr(6, s.size() - 6 - 5));
        if (k.size() == 1 && k[0] >= '1' && k[0] <= '7') {
            r.kind = Recurrence::Kind::times_per_week;
            r.times = k[0] - '0';
            return r;
        }
    }
    bad_recurrence(text);
}

std::string to_string(const Recurrence& r) {
    switch (r.kind) {
        case Recurrence::Kind::none: return "";
        case Recurrence::Kind::daily: return "daily";
        case Recurrence::Kind::weekly: {
            std::string out = "weekly:";
            bool first = true;
            for (size_t i = 0; i < kDayCodes.size(); ++i) {
                if (!(r.weekdays & (1u << i))) continue;
                if (!first) out += ',';
                out += kDayCodes[i];
                first = false;
            }
            return out;
        }
        case Recurrence::Kind::every_n: return "every:" + std::to_string(r.every_n);
        case Recurrence::Kind::times_per_week: return "times:" + std::to_string(r.times) + "/week";
    }
    return "";
}

std::string describe(const Recurrence& r) {
    switch (r.kind) {
        case Recurrence::Kind::none: return "";
        case Recurrence::Kind::daily: return "every day";
        case Recurrence::Kind::weekly: {
            std::string out;
            for (size_t i = 0; i < kDayNames.size(); ++i) {
                if (!(r.weekdays & (1u << i))) continue;
                if (!out.empty()) out += ", ";
                out += kDayNames[i];
            }
            return out;
        }
        case Recurrence::Kind::every_n:
            // "every 1 days" reads badly; every:1 is the same schedule as daily.
            return r.every_n == 1 ? "every day" : "every " + std::to_string(r.every_n) + " days";
        case Recurrence::Kind::times_per_week:
            return r.times == 1 ? "once a week" : std::to_string(r.times) + " times a week";
    }
    return "";
}

bool is_scheduled(const Recurrence& r, Day start, Day d) {
    const int offset = days_between(start, d);
    if (offset < 0) return false;
    switch (r.kind) {
        case Recurrence::Kind::none: return false;
        case Recurrence::Kind::daily: return true;
        case Recurrence::Kind::weekly:
            return (r.weekdays & kAllWeekdays & (1u << weekday_index(d))) != 0;
        case Recurrence::Kind::every_n:
            // A hand-built Recurrence could carry 0; never divide by it.
            return r.every_n > 0 && offset % r.every_n == 0;
        case Recurrence::Kind::times_per_week: return r.times > 0;
    }
    return false;
}

std::string_view to_string(StepStatus status) {
    switch (status) {
        case StepStatus::open: return "open";
        case StepStatus::done: return "done";
        case StepStatus::dropped: return "dropped";
    }
    return "open";
}

StepStatus parse_step_status(std::string_view text) {
    for (auto s : {StepStatus::open, StepStatus::done, StepStatus::dropped})
        if (to_string(s) == text) return s;
    throw InputError("unknown step status '" + std::string(text) + "' (open, done or dropped)");
}

namespace {
// Does `text` start with `word` (ASCII case-insensitive) followed by a space or the end?
bool starts_with_word(std::string_view text, std::string_view word) {
    if (text.size() < word.size()) return false;
    for (size_t i = 0; i < word.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(text[i])) != std::tolower(static_cast<unsigned char>(word[i])))
            return false;
    return text.size() == word.size() || text[word.size()] == ' ';
}

// Without the spaces around it and the punctuation the sentence adds itself
// (`trailing`: "," after the if-part, "." after the then-part).
std::string_view trimmed(std::string_view t, std::string_view trailing) {
    auto space = [](char c) { return c == ' ' || c == '\t'; };
    while (!t.empty() && space(t.front())) t.remove_prefix(1);
    while (!t.empty() && (space(t.back()) || trailing.find(t.back()) != std::string_view::npos)) t.remove_suffix(1);
    return t;
}
}  // namespace

std::string if_then_sentence(std::string_view if_text, std::string_view then_text) {
    std::string_view when = trimmed(if_text, ",;"), action = trimmed(then_text, ".");
    if (when.empty() && action.empty()) return {};
    if (starts_with_word(when, "if")) when.remove_prefix(std::min<size_t>(3, when.size()));
    if (starts_with_word(action, "then")) action.remove_prefix(std::min<size_t>(5, action.size()));
    bool says_i_will = starts_with_word(action, "I will") || starts_with_word(action, "I'll") ||
                       starts_with_word(action, "I\u2019ll");
    bool ends_itself = !action.empty() && (action.back() == '!' || action.back() == '?');
    return "If " + std::string(when) + ", then " + (says_i_will ? "" : "I will ") + std::string(action) +
           (ends_itself ? "" : ".");
}

std::string_view to_string(DayMark mark) {
    switch (mark) {
        case DayMark::open: return "open";
        case DayMark::done: return "done";
        case DayMark::skipped: return "skipped";
    }
    return "open";
}

DayMark parse_day_mark(std::string_view text) {
    for (auto m : {DayMark::open, DayMark::done, DayMark::skipped})
        if (to_string(m) == text) return m;
    throw InputError("unknown mark '" + std::string(text) + "' (open, done or skipped)");
}

int parse_time_of_day(std::string_view text) {
    auto digit = [&](size_t i) { return std::isdigit(static_cast<unsigned char>(text[i])) != 0; };
    if (text.size() != 5 || text[2] != ':' || !digit(0) || !digit(1) || !digit(3) || !digit(4))
        throw InputError("'" + std::string(text) + "' is not a time of day; use HH:MM, e.g. 07:30");
    int hours = (text[0] - '0') * 10 + (text[1] - '0');
    int minutes = (text[3] - '0') * 10 + (text[4] - '0');
    if (hours > 23 || minutes > 59)
        throw InputError("'" + std::string(text) + "' is not a time of day (00:00 to 23:59)");
    return hours * 60 + minutes;
}

bool is_time_of_day(std::string_view text) {
    try {
        parse_time_of_day(text);
        return true;
    } catch (const InputError&) {
        return false;
    }
}

std::string format_time_of_day(int minutes) {
    char text[8];
    std::snprintf(text, sizeof text, "%02d:%02d", (minutes / 60) % 24, minutes % 60);
    return text;
}

}  // namespace sw
