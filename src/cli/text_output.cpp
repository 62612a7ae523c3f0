#include "cli/text_output.hpp"

#include "core/text.hpp"

#include <cmath>
#include <cstdio>
#include <iomanip>

namespace sw::cli {

namespace {

// Shortens to at most `max_columns` terminal columns, never splitting a character.
std::string shorten(const std::string& text, size_t max_columns) {
    if (display_width(text) <= max_columns) return text;
    std::string out;
    for (size_t i = 0; i < text.size();) {
        size_t len = 1;
        while (i + len < text.size() && (static_cast<unsigned char>(text[i + len]) & 0xC0) == 0x80) ++len;
        std::string ch = text.substr(i, len);
        if (display_width(out + ch) + 1 > max_columns) break;  // room for "…"
        out += ch;
        i += len;
    }
    return out + "\u2026";
}

// Pads to `width` terminal columns: accents take none, CJK characters two.
std::string pad(const std::string& text, size_t width) {
    size_t columns = display_width(text);
    return columns >= width ? text + " " : text + std::string(width - columns, ' ');
}

// A multi-line note under a heading: every line indented like the first, so a
// note cannot break out of the layout; made safe for the terminal first.
std::string indented(const std::string& text, const std::string& indent) {
    std::string out;
    for (char c : terminal_safe_lines(text)) {
        out += c;
        if (c == '\n') out += indent;
    }
    return out;
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
        << std::setw(16) << "STATUS" << std::setw(9) << "PROGRESS" << std::setw(12) << "DUE"
        << "LEFT\n";
    for (const GoalRow* r : rows) {
        // Made safe before shortening, so the visible escapes count towards the width.
        std::string title = shorten(terminal_safe(r->goal.title), 32);
        std::string status = r->goal.archived ? "archived"
                             : r->goal.status == GoalStatus::active
                                 ? std::string(to_string(r->analytics.status))
                                 : std::string(to_string(r->goal.status));
        out << std::left << std::setw(5) << r->goal.id << pad(title, 34) << pad(terminal_safe(r->goal.life_area), 14) << std::setw(16) << status << std::setw(9)
            << percent(r->analytics.progress) << std::setw(12) << format_day(r->goal.due_date)
            << days_left_text(r->days_left) << "\n";
    }
}

void print_step_line(std::ostream& out, const StepRow& row) {
    const Step& s = row.step;
    bool done = s.is_recurring() ? row.done_on_day : s.status == StepStatus::done;
    bool skipped = s.is_recurring() && row.mark == DayMark::skipped;
    out << "  [" << (s.status == StepStatus::dropped ? "-" : done ? "x" : skipped ? "s" : " ") << "] #" << s.id
        << " " << terminal_safe(s.title) << (skipped ? "  (skipped)" : "");
    if (s.is_recurring()) {
        out << "  (" << describe(s.repeat);
        if (row.streak.in_weeks)  // some days a week: the week's count, streaks in weeks
            out << ", " << row.streak.week_done << " of " << row.streak.week_needed << " this week, streak "
                << row.streak.streak << (row.streak.streak == 1 ? " week" : " weeks") << ", best " << row.streak.best_streak;
        else
            out << ", streak " << row.streak.streak << ", best " << row.streak.best_streak;
        if (row.streak.consistency_30d) out << ", " << percent(*row.streak.consistency_30d) << " of 30 days";
        out << ")";
    } else if (s.due_date) {
        out << "  (due " << format_day(*s.due_date) << ")";
    }
    out << "\n";
    if (!s.if_text.empty() || !s.then_text.empty())
        out << "      " << terminal_safe(if_then_sentence(s.if_text, s.then_text)) << "\n";
}

void print_goal_details(std::ostream& out, const GoalRow& row, const std::vector<StepRow>& steps,
                        DecimalSeparator decimal) {
    const Goal& g = row.goal;
    const GoalAnalytics& a = row.analytics;
    const std::string unit = terminal_safe(g.unit);
    out << "#" << g.id << "  " << terminal_safe(g.title) << (g.is_private ? "  (private)" : "") << "\n";
    if (!g.description.empty()) out << "   " << indented(g.description, "   ") << "\n";
    out << "   Area: " << terminal_safe(g.life_area) << "   Lifecycle: " << to_string(g.status)
        << (g.archived ? " (archived)" : "") << "\n";
    out << "   " << format_day(g.start_date) << " → " << format_day(g.due_date) << " ("
        << days_left_text(row.days_left) << ")\n";
    if (g.is_numeric()) {
        out << "   " << format_number(g.baseline, decimal) << " → " << format_quantity(g.target, unit, decimal)
            << " (" << to_string(g.measure) << ")   now " << format_quantity(a.current, unit, decimal) << "\n";
    }
    if (g.is_habit())
        out << "   Habit: " << a.done << " of " << a.scheduled << " scheduled days done so far, aiming at "
            << percent(g.target_rate) << " of " << a.planned << " by the due date"
            << (a.strength ? ", strength " + percent(*a.strength) : std::string()) << "\n";
    out << "   Progress " << percent(a.progress) << " (expected " << percent(a.expected) << "): "
        << status_label(a.status) << "\n";
    if (a.trend_per_day) out << "   Trend " << format_signed_quantity(*a.trend_per_day, unit, decimal) << "/day";
    if (a.projected_date) out << ", reaches the target around " << format_day(*a.projected_date);
    if (a.trend_per_day) out << "\n";
    if (!g.why.empty()) out << "   Why: " << indented(g.why, "        ") << "\n";
    // Advice may quote the title.
    for (const auto& p : row.smart.problems(CheckLevel::warn)) out << "   SMART advice — " << terminal_safe(p) << "\n";
    if (!steps.empty()) {
        out << "   Steps:\n";
        for (const auto& s : steps) print_step_line(out, s);
    }
}

void print_checkin(std::ostream& out, const CheckIn& c) {
    out << "Check-in " << format_day(c.date) << "\n";
    if (c.mood) out << "  Mood " << *c.mood << "/5\n";
    if (c.confidence) out << "  Confidence " << *c.confidence << "/10\n";
    auto answer = [&](const char* label, const std::string& text) {
        if (!text.empty()) out << "  " << label << ": " << indented(text, "    ") << "\n";
    };
    answer("What went well", c.win);
    answer("What got in the way", c.obstacle);
    answer("Next step", c.next_step);
    answer("Note", c.note);
}

void print_today(std::ostream& out, const TodayModel& t) {
    out << format_day_long(t.date) << "\n";
    auto section = [&](const char* title, const std::vector<StepRow>& rows) {
        if (rows.empty()) return;
        out << "\n" << title << "\n";
        for (const auto& r : rows) print_step_line(out, r);
    };
    section("Overdue", t.overdue);
    section("Due today", t.due);
    section("Recurring today", t.recurring);
    if (!t.needs_measurement.empty()) {
        out << "\nWaiting for a measurement\n";
        for (const auto& g : t.needs_measurement)
            out << "  #" << g.goal.id << " " << terminal_safe(g.goal.title) << "  (stepwise log " << g.goal.id
                << " VALUE)\n";
    }
    if (t.overdue.empty() && t.due.empty() && t.recurring.empty() && t.needs_measurement.empty())
        out << "\nNothing due today.\n";
    out << "\n" << (t.checkin ? "Check-in done." : "No check-in yet: stepwise checkin --mood 1-5 \u2026") << "\n";
}

void print_entry_line(std::ostream& out, const ProgressEntry& e, const std::string& unit, DecimalSeparator decimal) {
    out << "#" << e.id << "  " << format_day(e.date) << "  " << format_quantity(e.value, terminal_safe(unit), decimal);
    if (!e.note.empty()) out << "  \u2014 " << indented(e.note, "    ");
    out << "\n";
}

}  // namespace sw::cli
