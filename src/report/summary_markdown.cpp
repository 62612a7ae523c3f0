#include "report/summary_markdown.hpp"

#include <cctype>

#include "report/summary_text.hpp"

#include <string_view>

namespace sw::report {

std::string markdown_escape(std::string_view text) {
    static constexpr std::string_view kSpecial = "\\`*_[]<>#|~&";
    std::string out;
    out.reserve(text.size() + 8);
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        auto u = static_cast<unsigned char>(c);
        if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;  // CRLF: one break
        if (c == '\n' || c == '\r' || c == '\t') {
            out += ' ';
        } else if (u < 0x20 || u == 0x7f) {
            continue;
        } else {
            if (kSpecial.find(c) != std::string_view::npos) out += '\\';
            out += c;
        }
    }
    // Text that opens a line must not read as a list item or a rule ("- ", "1. ", "---").
    auto ends_marker = [&](size_t i) { return i >= out.size() || out[i] == ' '; };
    if (!out.empty() && (out[0] == '-' || out[0] == '+') && (ends_marker(1) || out.rfind("--", 0) == 0))
        out.insert(0, "\\");
    size_t digits = 0;
    while (digits < out.size() && std::isdigit(static_cast<unsigned char>(out[digits]))) ++digits;
    if (digits > 0 && digits < out.size() && (out[digits] == '.' || out[digits] == ')') && ends_marker(digits + 1))
        out.insert(digits, "\\");
    return out;
}

namespace {

using Lines = std::string;

void item(Lines& out, std::string_view label, const std::string& text, int depth = 0) {
    out.append(static_cast<size_t>(depth) * 2, ' ');
    out += "- ";
    out += label;
    if (!label.empty()) out += text.empty() ? ":" : ": ";
    out += text;
    out += '\n';
}

void goal_section(Lines& out, const Summary& s, const SummaryGoal& g) {
    const GoalAnalytics& a = g.at_end;
    out += "## " + markdown_escape(g.goal.title) + "\n\n";
    item(out, "Goal", markdown_escape(g.plan));
    item(out, "Now", markdown_escape(current_text(g)) + " · " + percent_text(a.progress) + " of the way");
    item(out, "This period", progress_change_text(g, s));
    item(out, "Status", status_text(g) + " (expected " + percent_text(a.expected) + " by now)");
    if (std::string pace = pace_text(g); !pace.empty()) {
        std::string projection = projection_text(g);
        item(out, "Pace", markdown_escape(pace) + (projection.empty() ? "" : " · " + projection));
    }
    if (g.goal.is_numeric()) {
        item(out, "Logged this period", g.entries.empty() ? "nothing" : std::to_string(g.entries.size()) +
                                                                            (g.entries.size() == 1 ? " entry" : " entries"));
        for (const SummaryEntry& e : g.entries) {
            std::string line = format_day(e.date) + ": " + markdown_escape(entry_value_text(g, e));
            if (e.note && !e.note->empty()) line += " — " + markdown_escape(*e.note);
            item(out, "", line, 1);
        }
    }
    item(out, "Done this period", g.completed_steps.empty() ? "no steps" : "");
    for (const CompletedStep& s : g.completed_steps) item(out, "", markdown_escape(completed_text(s)), 1);
    if (!g.open_steps.empty()) {
        item(out, "Still open", "");
        for (const OpenStep& s : g.open_steps) item(out, "", markdown_escape(open_step_text(s)), 1);
    }
    if (!g.habits.empty()) {
        item(out, "Habits", "");
        for (const HabitSummary& h : g.habits)
            item(out, "", markdown_escape(h.title) + " " + markdown_escape(habit_text(h)), 1);
    }
    out += '\n';
}

void checkin_section(Lines& out, const Summary& s) {
    const CheckinStats& c = s.checkins;
    out += "## Check-ins\n\n";
    item(out, "", checkin_count_text(s));
    auto average = [&](const char* label, const std::optional<double>& value, int scale,
                       const std::optional<double>& delta) {
        std::string change = average_change_text(delta, s);
        item(out, label, average_text(value, scale, s) + (change.empty() ? "" : " (" + change + ")"));
    };
    average("Average mood", c.average_mood, 5, c.mood_change);
    average("Average confidence", c.average_confidence, 10, c.confidence_change);
    out += '\n';
    if (s.answers.empty()) return;
    out += "### Reflections\n\n";
    for (const CheckinAnswers& a : s.answers) {
        item(out, "", format_day(a.date));
        auto answer = [&](const char* label, const std::string& text) {
            if (!text.empty()) item(out, label, markdown_escape(text), 1);
        };
        answer("What went well", a.win);
        answer("What got in the way", a.obstacle);
        answer("Next step", a.next_step);
        answer("Note", a.note);
    }
    out += '\n';
}

}  // namespace

std::string summary_markdown(const Summary& s) {
    Lines out;
    out += "# " + summary_title(s) + "\n\n";
    out += summary_subtitle(s) + "\n\n";
    if (s.goals.empty()) out += "No goals are shared in this summary.\n\n";
    for (const SummaryGoal& g : s.goals) goal_section(out, s, g);
    checkin_section(out, s);
    out += "---\n\nMade with Stepwise, a coaching companion. Shared by the client, who chose what to include.\n";
    return out;
}

}  // namespace sw::report
