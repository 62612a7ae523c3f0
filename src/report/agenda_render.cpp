#include "report/agenda_render.hpp"

#include "core/text.hpp"
#include "report/summary_markdown.hpp"
#include "report/summary_text.hpp"

namespace sw::report {
namespace {

std::string raw(std::string_view text) { return std::string(text); }
std::string plain(std::string_view text) { return terminal_safe(text); }

std::string quoted(std::string_view text, EscapeText escape) { return "“" + escape(text) + "”"; }

std::string times_text(int n) {
    if (n == 1) return "once";
    if (n == 2) return "twice";
    return std::to_string(n) + " times";
}

std::string status_words(ProgressStatus s) {
    switch (s) {
    case ProgressStatus::behind: return "behind";
    case ProgressStatus::at_risk: return "at risk";
    case ProgressStatus::overdue: return "overdue";
    case ProgressStatus::ahead: return "ahead";
    case ProgressStatus::on_track: return "on track";
    default: break;
    }
    std::string label(status_label(s));
    for (char& c : label)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return label;
}

// "an 8-day streak", "an 18-day streak", "a 9-day streak": as the number is said.
std::string a_or_an(int n) {
    std::string digits = std::to_string(n);
    bool vowel = digits.front() == '8' || n == 11 || n == 18 || (n >= 11000 && n < 12000) || (n >= 18000 && n < 19000);
    return vowel ? "an " : "a ";
}

std::string streak_words(const AgendaWin& w) {
    if (w.streak_in_weeks) return a_or_an(w.streak) + std::to_string(w.streak) + "-week streak";
    if (w.streak_daily) return a_or_an(w.streak) + std::to_string(w.streak) + "-day streak";
    return std::to_string(w.streak) + " in a row";
}

using Section = AgendaSection;

// The sections in reading order, each line already escaped; empty ones dropped.
std::vector<Section> sections(const Agenda& a, EscapeText escape) {
    std::vector<Section> out;
    auto add = [&](std::string heading, std::vector<std::string> lines) {
        if (!lines.empty()) out.push_back({std::move(heading), std::move(lines)});
    };
    std::vector<std::string> lines;
    for (const auto& w : a.wins) lines.push_back(win_text(w, escape));
    add("Wins", std::move(lines));
    lines = {};
    for (const auto& s : a.stuck) lines.push_back(stuck_text(s, a, escape));
    add("Stuck", std::move(lines));
    lines = {};
    for (const auto& c : a.commitments) lines.push_back(commitment_text(c, escape));
    Day session_day = a.last_session ? a.last_session->date : a.from;
    add("Commitments from " + format_day(session_day), std::move(lines));
    lines = {};
    for (const auto& f : a.flags) lines.push_back(flag_text(f, escape));
    add("Pace and confidence", std::move(lines));
    lines = {};
    for (const auto& q : a.questions) lines.push_back(escape(q.text));
    add("Questions", std::move(lines));
    lines = {};
    for (const auto& o : a.obstacles) lines.push_back(obstacle_text(o, escape));
    add("Obstacles", std::move(lines));
    return out;
}

constexpr const char* kTitle = "For our next session";
constexpr const char* kNothing =
    "Nothing to talk about yet: no wins, stuck points, commitments or open questions in this period.";

nlohmann::json ids(std::string_view kind, int64_t goal_id, int64_t step_id, std::string text) {
    return {{"kind", kind}, {"goal_id", goal_id}, {"step_id", step_id}, {"text", std::move(text)}};
}

nlohmann::json day_or_null(const std::optional<Day>& d) {
    return d ? nlohmann::json(format_day(*d)) : nlohmann::json(nullptr);
}

}  // namespace

std::vector<AgendaSection> agenda_sections(const Agenda& agenda, EscapeText escape) { return sections(agenda, escape); }
std::string_view agenda_title() { return kTitle; }
std::string_view agenda_empty_text() { return kNothing; }

std::string win_text(const AgendaWin& w, EscapeText escape) {
    switch (w.kind) {
    case AgendaWin::Kind::step_done:
        return "Finished " + quoted(w.step_title, escape) + (w.done_on ? " (" + format_day(*w.done_on) + ")" : "");
    case AgendaWin::Kind::goal_achieved: return "Achieved " + quoted(w.goal_title, escape);
    case AgendaWin::Kind::progress_rose:
        return escape(w.goal_title) + ": from " + percent_text(w.progress_from) + " to " +
               percent_text(w.progress_to) + " of the way";
    case AgendaWin::Kind::streak: return escape(w.step_title) + ": " + streak_words(w);
    }
    return "";
}

std::string stuck_text(const AgendaStuck& s, const Agenda& a, EscapeText escape) {
    switch (s.kind) {
    case AgendaStuck::Kind::goal_behind:
        if (s.status == ProgressStatus::overdue)
            return escape(s.goal_title) + " is overdue (due " + (s.due ? format_day(*s.due) : "?") + ", at " +
                   percent_text(s.progress) + ")";
        return escape(s.goal_title) + " is " + status_words(s.status) + " (expected " + percent_text(s.expected) +
               " by now, at " + percent_text(s.progress) + ")";
    case AgendaStuck::Kind::step_overdue:
        return quoted(s.step_title, escape) + " was due " + (s.due ? format_day(*s.due) : "?");
    case AgendaStuck::Kind::habit_slipping:
        return escape(s.step_title) + ": done " + std::to_string(s.done) + " of " + std::to_string(s.scheduled) +
               " times since " + format_day(a.from);
    }
    return "";
}

std::string commitment_text(const AgendaCommitment& c, EscapeText escape) {
    std::string state = c.dropped ? "dropped" : c.kept ? "kept" : "still open";
    if (c.recurring)
        return escape(c.step_title) + ": done " + std::to_string(c.done) + " of " + std::to_string(c.scheduled) +
               " times — " + state;
    std::string text = quoted(c.step_title, escape) + ": " + state;
    if (c.kept && c.done_on) text += " (" + format_day(*c.done_on) + ")";
    return text;
}

std::string flag_text(const AgendaFlag& f, EscapeText escape) {
    return escape(f.goal_title) + " (confidence " + std::to_string(f.confidence) + "/10, " + status_words(f.status) +
           "): " + std::string(pace_flag_words(f.flag));
}

std::string obstacle_text(const AgendaObstacle& o, EscapeText escape) {
    return quoted(o.text, escape) + " — " + times_text(o.count);
}

std::string agenda_period_text(const Agenda& a) {
    std::string text = a.since_session && a.last_session
                           ? "Since the session on " + format_day(a.last_session->date) + " (to " +
                                 format_day(a.to) + ")"
                           : "The last 14 days (" + format_day(a.from) + " to " + format_day(a.to) + ")";
    if (a.next_session) text += " · next session " + format_day(*a.next_session);
    return text;
}

std::string agenda_markdown(const Agenda& agenda) {
    std::string out = std::string("## ") + kTitle + "\n\n" + agenda_period_text(agenda) + "\n";
    std::vector<Section> parts = sections(agenda, markdown_escape);
    if (parts.empty()) return out + "\n" + kNothing + "\n";
    for (const Section& s : parts) {
        out += "\n### " + s.heading + "\n\n";
        for (const std::string& line : s.lines) out += "- " + line + "\n";
    }
    return out;
}

std::string agenda_plain_text(const Agenda& agenda) {
    std::string out = std::string(kTitle) + "\n" + agenda_period_text(agenda) + "\n";
    std::vector<Section> parts = sections(agenda, plain);
    if (parts.empty()) return out + "\n" + kNothing + "\n";
    for (const Section& s : parts) {
        out += "\n" + s.heading + "\n";
        for (const std::string& line : s.lines) out += "  • " + line + "\n";
    }
    return out;
}

nlohmann::json agenda_json(const Agenda& a) {
    using nlohmann::json;
    json j;
    j["from"] = format_day(a.from);
    j["to"] = format_day(a.to);
    j["since_session"] = a.since_session;
    j["last_session"] = a.last_session ? json{{"id", a.last_session->id}, {"date", format_day(a.last_session->date)}}
                                       : json(nullptr);
    j["next_session"] = day_or_null(a.next_session);
    j["wins"] = json::array();
    for (const auto& w : a.wins) {
        json item = ids(to_string(w.kind), w.goal_id, w.step_id, win_text(w, raw));
        if (w.kind == AgendaWin::Kind::step_done) item["done_on"] = day_or_null(w.done_on);
        if (w.kind == AgendaWin::Kind::goal_achieved || w.kind == AgendaWin::Kind::progress_rose) {
            item["progress_from"] = w.progress_from;
            item["progress_to"] = w.progress_to;
        }
        if (w.kind == AgendaWin::Kind::streak) {
            item["streak"] = w.streak;
            item["streak_unit"] = w.streak_in_weeks ? "weeks" : "occurrences";
        }
        j["wins"].push_back(std::move(item));
    }
    j["stuck"] = json::array();
    for (const auto& s : a.stuck) {
        json item = ids(to_string(s.kind), s.goal_id, s.step_id, stuck_text(s, a, raw));
        if (s.kind == AgendaStuck::Kind::goal_behind) {
            item["status"] = to_string(s.status);
            item["expected"] = s.expected;
            item["progress"] = s.progress;
        }
        if (s.kind != AgendaStuck::Kind::habit_slipping) item["due"] = day_or_null(s.due);
        if (s.kind == AgendaStuck::Kind::habit_slipping) {
            item["done"] = s.done;
            item["scheduled"] = s.scheduled;
        }
        j["stuck"].push_back(std::move(item));
    }
    j["commitments"] = json::array();
    for (const auto& c : a.commitments) {
        json item = ids("commitment", c.goal_id, c.step_id, commitment_text(c, raw));
        item["state"] = c.dropped ? "dropped" : c.kept ? "kept" : "open";
        item["kept"] = c.kept;
        item["recurring"] = c.recurring;
        if (c.recurring) {
            item["done"] = c.done;
            item["scheduled"] = c.scheduled;
        } else {
            item["done_on"] = day_or_null(c.done_on);
        }
        j["commitments"].push_back(std::move(item));
    }
    j["flags"] = json::array();
    for (const auto& f : a.flags) {
        json item = ids(to_string(f.flag), f.goal_id, 0, flag_text(f, raw));
        item.erase("step_id");
        item["confidence"] = f.confidence;
        item["status"] = to_string(f.status);
        j["flags"].push_back(std::move(item));
    }
    j["questions"] = json::array();
    for (const auto& q : a.questions)
        j["questions"].push_back({{"kind", "question"},
                                  {"question_id", q.question_id},
                                  {"text", q.text},
                                  {"asked_on", format_day(q.asked_on)}});
    j["obstacles"] = json::array();
    for (const auto& o : a.obstacles)
        j["obstacles"].push_back({{"kind", "obstacle"},
                                  {"text", o.text},
                                  {"count", o.count},
                                  {"first", format_day(o.first)},
                                  {"last", format_day(o.last)}});
    j["obstacles_included"] = a.obstacles_included;
    return j;
}

}  // namespace sw::report
