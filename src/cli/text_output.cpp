#include "cli/text_output.hpp"

#include <cmath>
#include <cstdio>
#include <iomanip>

namespace sw::cli {

std::string format_number(double value) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f", value);
    std::string s = buf;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s == "-0" ? "0" : s;
}

namespace {

// Shortens to at most `max_bytes`, never splitting a UTF-8 character.
std::string shorten(const std::string& text, size_t max_bytes) {
    if (text.size() <= max_bytes) return text;
    size_t cut = max_bytes - 3;  // room for "…"
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return text.substr(0, cut) + "…";
}

// Pads to `width` columns counting characters, not bytes, so accents align.
std::string pad(const std::string& text, size_t width) {
    size_t chars = 0;
    for (unsigned char c : text) chars += (c & 0xC0) != 0x80;
    return chars >= width ? text + " " : text + std::string(width - chars, ' ');
}

std::string percent(double fraction) { return std::to_string(static_cast<int>(std::lround(fraction * 100))) + "%"; }

std::string days_left_text(int days) {
    if (days == 0) return "due today";
    if (days < 0) return std::to_string(-days) + " d over";
    return std::to_string(days) + " d left";
}

}  // namespace

void print_goal_table(std::ostream& out, const std::vector<const GoalRow*>& rows) {
    if (rows.empty()) {
        out << "No goals yet. Add one with: stepwise goal add --title \"…\" --due YYYY-MM-DD\n";
        return;
    }
    out << std::left << std::setw(5) << "ID" << std::setw(34) << "TITLE" << std::setw(14) << "AREA"
        << std::setw(12) << "STATUS" << std::setw(9) << "PROGRESS" << std::setw(12) << "DUE"
        << "LEFT\n";
    for (const GoalRow* r : rows) {
        std::string title = shorten(r->goal.title, 32);
        std::string status = r->goal.archived ? "archived"
                             : r->goal.status == GoalStatus::active
                                 ? std::string(to_string(r->analytics.status))
                                 : std::string(to_string(r->goal.status));
        out << std::left << std::setw(5) << r->goal.id << pad(title, 34) << pad(r->goal.life_area, 14) << std::setw(12) << status << std::setw(9)
            << percent(r->analytics.progress) << std::setw(12) << format_day(r->goal.due_date)
            << days_left_text(r->days_left) << "\n";
    }
}

void print_step_line(std::ostream& out, const StepRow& row) {
    const Step& s = row.step;
    bool done = s.is_recurring() ? row.done_on_day : s.status == StepStatus::done;
    out << "  [" << (s.status == StepStatus::dropped ? "-" : done ? "x" : " ") << "] #" << s.id
        << " " << s.title;
    if (s.is_recurring()) {
        out << "  (" << describe(s.repeat) << ", streak " << row.streak.streak << ", best "
            << row.streak.best_streak;
        if (row.streak.consistency_30d) out << ", " << percent(*row.streak.consistency_30d) << " of 30 days";
        out << ")";
    } else if (s.due_date) {
        out << "  (due " << format_day(*s.due_date) << ")";
    }
    out << "\n";
    if (!s.if_text.empty() || !s.then_text.empty())
        out << "      If " << s.if_text << ", then I will " << s.then_text << ".\n";
}

void print_goal_details(std::ostream& out, const GoalRow& row, const std::vector<StepRow>& steps) {
    const Goal& g = row.goal;
    const GoalAnalytics& a = row.analytics;
    out << "#" << g.id << "  " << g.title << (g.is_private ? "  (private)" : "") << "\n";
    if (!g.description.empty()) out << "   " << g.description << "\n";
    out << "   Area: " << g.life_area << "   Lifecycle: " << to_string(g.status)
        << (g.archived ? " (archived)" : "") << "\n";
    out << "   " << format_day(g.start_date) << " → " << format_day(g.due_date) << " ("
        << days_left_text(row.days_left) << ")\n";
    if (g.is_numeric()) {
        out << "   " << format_number(g.baseline) << " → " << format_number(g.target) << " " << g.unit
            << " (" << to_string(g.measure) << ")   now " << format_number(a.current) << " " << g.unit
            << "\n";
    }
    out << "   Progress " << percent(a.progress) << " (expected " << percent(a.expected) << "): "
        << status_label(a.status) << "\n";
    if (a.trend_per_day) out << "   Trend " << format_number(*a.trend_per_day) << " " << g.unit << "/day";
    if (a.projected_date) out << ", reaches the target around " << format_day(*a.projected_date);
    if (a.trend_per_day) out << "\n";
    if (!g.why.empty()) out << "   Why: " << g.why << "\n";
    for (const auto& p : row.smart.problems(CheckLevel::warn)) out << "   SMART advice — " << p << "\n";
    if (!steps.empty()) {
        out << "   Steps:\n";
        for (const auto& s : steps) print_step_line(out, s);
    }
}

}  // namespace sw::cli
