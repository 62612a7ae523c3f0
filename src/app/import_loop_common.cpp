#include "app/import_loop_common.hpp"

#include "app/records.hpp"
#include "app/validate.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"
#include "core/uuid.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <numeric>

namespace sw::loop_import {
namespace {

// How long a goal made from a Loop habit runs after the habit's last recorded day.
constexpr int kDueAfterLastDay = 365;
// Loop has no share of days to aim at: a goal gets Stepwise's default.
constexpr double kTargetRate = 0.8;

std::string midnight(Day d) { return format_day(d) + "T00:00:00Z"; }

// 3, 2.5, 0.125: as short as the number allows, point as the separator.
std::string number_text(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.3f", v);
    std::string s = buf;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
}

// One line, at most 60 characters, for a message that quotes user text.
std::string quote_text(const std::string& text) {
    std::string one;
    for (char c : text) one += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
    size_t n = 0, i = 0;
    while (i < one.size() && n < 60) {
        auto ch = decode_utf8_at(one, i);
        i += ch ? ch->length : 1;
        ++n;
    }
    if (i < one.size()) one = one.substr(0, i) + "…";
    return "'" + one + "'";
}

std::string truncate_characters(const std::string& text, size_t max) {
    size_t n = 0, i = 0;
    while (i < text.size() && n < max) {
        auto ch = decode_utf8_at(text, i);
        i += ch ? ch->length : 1;
        ++n;
    }
    return text.substr(0, i);
}

// Loop's reminder weekdays, bit 0 Saturday, bit 1 Sunday … bit 6 Friday, named
// Monday first.
std::string weekday_list(unsigned mask) {
    static const char* names[7] = {"Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri"};
    std::string out;
    for (int i : {2, 3, 4, 5, 6, 0, 1})
        if (mask & (1u << i)) out += (out.empty() ? "" : ", ") + std::string(names[i]);
    return out.empty() ? "no day" : out;
}

std::string frequency_text(long long num, long long den) {
    if (num == 1 && den == 1) return "once a day";
    if (num == 1) return "once in " + std::to_string(den) + " days";
    return std::to_string(num) + " times in " + std::to_string(den) + (den == 1 ? " day" : " days");
}

// Loop's "num times in den days" as a Stepwise repeat; a loss line when it is
// not the same rule.
Recurrence recurrence_for(const LoopHabit& h, const std::string& label, std::vector<std::string>& losses) {
    Recurrence r;
    long long num = h.freq_num, den = h.freq_den;
    if (num <= 0 || den <= 0) {
        losses.push_back(label + ": its frequency (" + std::to_string(num) + " in " + std::to_string(den) +
                         " days) is not one; it became daily");
        r.kind = Recurrence::Kind::daily;
        return r;
    }
    long long g = std::gcd(num, den);
    num /= g;
    den /= g;
    if (num >= den) {
        if (num > den)
            losses.push_back(label + ": " + frequency_text(h.freq_num, h.freq_den) +
                             " is more than once a day; it became daily");
        r.kind = Recurrence::Kind::daily;
    } else if (den == 7) {
        r.kind = Recurrence::Kind::times_per_week;
        r.times = static_cast<int>(num);
    } else if (num == 1 && den <= 10000) {
        r.kind = Recurrence::Kind::every_n;
        r.every_n = static_cast<int>(den);
        losses.push_back(label + ": " + frequency_text(h.freq_num, h.freq_den) + " became every " +
                         std::to_string(den) +
                         " days, counted from its first day (Loop accepts any day within each " +
                         std::to_string(den) + " days; a done day between the scheduled ones is kept but "
                         "does not count)");
    } else {
        int k = static_cast<int>(std::lround(7.0 * static_cast<double>(num) / static_cast<double>(den)));
        k = std::clamp(k, 1, 7);
        if (k == 7) {
            r.kind = Recurrence::Kind::daily;
        } else {
            r.kind = Recurrence::Kind::times_per_week;
            r.times = k;
        }
        losses.push_back(label + ": " + frequency_text(h.freq_num, h.freq_den) +
                         " has no exact Stepwise repeat; it became " + describe(r));
    }
    return r;
}

int strength(Mark m) {
    switch (m) {
        case Mark::done: return 4;
        case Mark::amount: return 3;
        case Mark::skipped: return 2;
        case Mark::implied: return 1;
        case Mark::not_done: return 0;
    }
    return 0;
}

// Several rows for one day (old backups have no unique index): the strongest
// mark stays, amounts add up, notes are joined.
std::map<Day, LoopDay> merge_days(const std::vector<LoopDay>& days) {
    std::map<Day, LoopDay> out;
    for (const LoopDay& d : days) {
        auto [it, fresh] = out.emplace(d.day, d);
        if (fresh) continue;
        LoopDay& kept = it->second;
        if (d.mark == Mark::amount && kept.mark == Mark::amount) kept.amount += d.amount;
        else if (strength(d.mark) > strength(kept.mark)) {
            kept.mark = d.mark;
            kept.amount = d.amount;
        }
        if (!d.note.empty() && d.note != kept.note) kept.note = kept.note.empty() ? d.note : kept.note + "\n" + d.note;
    }
    return out;
}

std::string mark_words(Mark m) {
    switch (m) {
        case Mark::skipped: return "skipped";
        case Mark::implied: return "implied by the frequency";
        case Mark::not_done: return "not done";
        default: return "done";
    }
}

}  // namespace

std::optional<Day> day_from_millis(long long millis) {
    long long days = millis >= 0 ? millis / 86'400'000 : -((-millis + 86'399'999) / 86'400'000);
    if (days < -25567 || days > 84000) return std::nullopt;  // 1900-01-01 … 2199-12-31
    Day d{date::sys_days{date::days{days}}};
    if (int(d.year()) < kFirstYear || int(d.year()) > kLastYear) return std::nullopt;
    return d;
}

std::string clean_text(const std::string& text, bool one_line, const std::string& what, bool& changed) {
    if (!is_valid_utf8(text)) throw InputError(what + " is not valid UTF-8");
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size();) {
        Utf8Char ch = *decode_utf8_at(text, i);
        std::string_view bytes(text.data() + i, ch.length);
        i += ch.length;
        char32_t c = ch.code;
        if (c == '\r') {
            if (i < text.size() && text[i] == '\n') continue;  // CRLF: the LF follows
            c = '\n';
            changed = true;
        }
        bool line_break = c == '\n' || is_unicode_line_break(c);
        if (line_break && one_line) {
            out += ' ';
            changed = true;
        } else if (line_break || (c == '\t' && !one_line)) {
            if (c == '\n') out += '\n';
            else out += bytes;
        } else if (is_control_character(c)) {
            out += ' ';
            changed = true;
        } else {
            out += bytes;
        }
    }
    return out;
}

void build_document(std::vector<LoopHabit> habits, const std::string& prefix, ForeignImport& out) {
    std::vector<std::map<Day, LoopDay>> merged;
    std::optional<Day> newest;
    for (const LoopHabit& h : habits) {
        merged.push_back(merge_days(h.days));
        if (!merged.back().empty() && (!newest || *newest < merged.back().rbegin()->first))
            newest = merged.back().rbegin()->first;
    }
    Day fallback_start = newest.value_or(Day{date::year{1970}, date::month{1}, date::day{1}});
    out.document = export_document_skeleton(midnight(fallback_start));
    json& goals = out.document["goals"];
    json& steps = out.document["steps"];
    json& completions = out.document["completions"];
    json& skips = out.document["skips"];
    json& entries = out.document["entries"];
    if (!skips.is_array()) skips = json::array();

    if (!habits.empty()) {
        out.losses.push_back("Loop habits have no end date: each goal starts on its habit's first recorded day and is "
                             "due " + std::to_string(kDueAfterLastDay) +
                             " days after its last (a habit with no records starts on the newest day in the file, " +
                             format_day(fallback_start) + ")");
        out.losses.push_back("Loop habits have no share of days to aim at: each habit goal aims at 80 % of its "
                             "scheduled days, Stepwise's default");
        out.losses.push_back("Loop's colours and the order of habits are not imported");
    }
    size_t open_days = 0;

    for (size_t i = 0; i < habits.size(); ++i) {
        const LoopHabit& h = habits[i];
        const auto& days = merged[i];
        bool changed = false;
        std::string title = trim(clean_text(h.name, true, "the name of habit " + std::to_string(i + 1), changed));
        std::string label = "habit " + quote_text(title.empty() ? h.name : title);
        if (changed) out.losses.push_back(label + ": line breaks and control characters in its name became spaces");
        if (title.empty()) {
            title = "Loop habit " + std::to_string(i + 1);
            out.losses.push_back("a habit with no name became '" + title + "'");
            label = "habit '" + title + "'";
        }
        if (count_characters(title) > kMaxTitleCharacters) {
            out.losses.push_back(label + ": its name was cut to " + std::to_string(kMaxTitleCharacters) +
                                 " characters; the whole name is in the description");
        }
        changed = false;
        std::string question = trim(clean_text(h.question, false, label + ": the question", changed));
        std::string description = trim(clean_text(h.description, false, label + ": the description", changed));
        std::string text = question;
        if (!description.empty() && description != question) text += (text.empty() ? "" : "\n\n") + description;
        if (count_characters(title) > kMaxTitleCharacters) {
            text = title + (text.empty() ? "" : "\n\n" + text);
            title = trim(truncate_characters(title, kMaxTitleCharacters));
        }
        if (changed) out.losses.push_back(label + ": control characters in its question or description became spaces");

        Day start = days.empty() ? fallback_start : days.begin()->first;
        Day last = days.empty() ? start : days.rbegin()->first;
        std::string identity = prefix + ":habit:" + h.identity;

        Goal g;
        g.uuid = stable_uuid(identity);
        g.title = title;
        g.description = text;
        g.start_date = start;
        g.due_date = add_days(last, kDueAfterLastDay);
        g.archived = h.archived;
        g.created_at = midnight(start);
        g.updated_at = midnight(last);

        if (!h.numerical) {
            g.kind = GoalKind::habit;
            g.target_rate = kTargetRate;
            goals.push_back(goal_record(g));
            Step s;
            s.uuid = stable_uuid(prefix + ":habit-step:" + h.identity);
            s.title = title;
            s.start_date = start;
            s.repeat = recurrence_for(h, label, out.losses);
            s.remind_at = h.remind_at;
            s.created_at = g.created_at;
            s.updated_at = g.updated_at;
            if (h.remind_at && h.remind_days && (*h.remind_days & 0x7f) != 0x7f)
                out.losses.push_back(label + ": its reminder at " + format_time_of_day(*h.remind_at) + " was on " +
                                     weekday_list(*h.remind_days & 0x7f) + " only; Stepwise reminds every day");
            steps.push_back(step_record(s, g.uuid));
            for (const auto& [day, d] : days) {
                bool note_changed = false;
                std::string note = trim(clean_text(d.note, false, label + " " + format_day(day) + ": the note",
                                                   note_changed));
                switch (d.mark) {
                    case Mark::done:
                    case Mark::amount:  // a yes/no habit has no amounts; a row with one is a done day
                        completions.push_back(completion_record(s.uuid, day, note));
                        continue;
                    case Mark::skipped: skips.push_back(skip_record(s.uuid, day)); break;
                    case Mark::implied:
                    case Mark::not_done: ++open_days; break;
                }
                if (!note.empty())
                    out.skipped.push_back(label + " " + format_day(day) + ": the note on a day marked " +
                                          mark_words(d.mark) + " was left out (Stepwise keeps notes on done days): " +
                                          quote_text(note));
            }
        } else {
            g.kind = GoalKind::numeric;
            g.measure = Measure::total;
            changed = false;
            g.unit = trim(clean_text(h.unit, true, label + ": the unit", changed));
            g.baseline = 0;
            long long den = h.freq_den > 0 ? h.freq_den : 1;
            double span = static_cast<double>(days_between(start, g.due_date) + 1);
            double total = 0;
            for (const auto& [day, d] : days) total += d.amount;
            double target = std::round(h.target_value * span / static_cast<double>(den) * 100.0) / 100.0;
            std::string unit = g.unit.empty() ? "" : " " + g.unit;
            std::string rule = (h.at_most ? "at most " : "at least ") + number_text(h.target_value) + unit + " per " +
                               (den == 1 ? std::string("day") : std::to_string(den) + " days");
            if (!(target > 0)) {
                target = total > 0 ? total : 1;
                out.losses.push_back(label + ": a numerical habit with no target (" + rule +
                                     ") became a numeric goal counting the total; its target is " +
                                     number_text(target) + unit + ", " +
                                     (total > 0 ? "the total recorded" : "a placeholder"));
            } else {
                out.losses.push_back(label + ": a numerical habit (" + rule +
                                     ") became a numeric goal counting the total from 0, with target " +
                                     number_text(target) + unit + " over its " + number_text(span) +
                                     " days; each recorded day is one progress entry");
            }
            if (h.at_most)
                out.losses.push_back(label + ": Stepwise has no 'at most' goal; its target is the most allowed, and "
                                     "going over it shows as progress");
            g.target = target;
            goals.push_back(goal_record(g));
            if (h.remind_at)
                out.skipped.push_back(label + ": its reminder at " + format_time_of_day(*h.remind_at) +
                                      " was left out (a numeric goal has no step to remind of)");
            for (const auto& [day, d] : days) {
                bool note_changed = false;
                std::string note = trim(clean_text(d.note, false, label + " " + format_day(day) + ": the note",
                                                   note_changed));
                if (d.mark != Mark::amount) {
                    out.skipped.push_back(label + " " + format_day(day) + ": a day marked " + mark_words(d.mark) +
                                          " on a numerical habit was left out" +
                                          (note.empty() ? "" : " with its note " + quote_text(note)));
                    continue;
                }
                ProgressEntry e;
                e.uuid = stable_uuid(prefix + ":habit-entry:" + h.identity + ":" + format_day(day));
                e.date = day;
                e.value = d.amount;
                e.note = note;
                e.created_at = midnight(day);
                e.updated_at = midnight(day);
                entries.push_back(entry_record(e, g.uuid));
            }
        }
    }
    if (open_days > 0)
        out.losses.push_back(std::to_string(open_days) + (open_days == 1 ? " day" : " days") +
                             " marked not done, or implied by the frequency, in Loop " +
                             (open_days == 1 ? "stays" : "stay") +
                             " open: Stepwise counts a day as done only when it was ticked");
}

}  // namespace sw::loop_import
