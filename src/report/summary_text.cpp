#include "report/summary_text.hpp"

#include "chart/bullet_bar.hpp"
#include "chart/format.hpp"
#include "core/numbers.hpp"

#include <cctype>
#include <cmath>

namespace sw::report {
namespace {

std::string plural(int n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

// One decimal, rounded half away from zero as people do (6.25 → 6.3), not as
// printf's binary rounding would.
std::string one_decimal(double v, DecimalSeparator d) { return format_number(std::round(v * 10) / 10, d, 1); }

std::string previous_period_text(const Summary& s) { return "previous " + plural(s.days(), "day", "days"); }

}  // namespace

std::string summary_title(const Summary& s) {
    return "Progress summary: " + format_day(s.from) + " to " + format_day(s.to);
}

std::string summary_subtitle(const Summary& s) {
    return plural(s.days(), "day", "days") + " · prepared on " + format_day(s.generated_on) + " · " +
           plural(static_cast<int>(s.goals.size()), "goal", "goals") + " shared";
}

std::string percent_text(double fraction) {
    return std::to_string(std::lround(fraction * 100)) + "%";
}

std::string progress_change_text(const SummaryGoal& g, const Summary& s) {
    // Compared as shown (whole percents), so the words never contradict the numbers.
    long start = std::lround(g.progress_at_start * 100), end = std::lround(g.at_end.progress * 100);
    std::string text = start == end ? "Still " + percent_text(g.at_end.progress) + " of the way, no change this period"
                                    : "From " + percent_text(g.progress_at_start) + " to " +
                                          percent_text(g.at_end.progress) + " of the way this period";
    if (!g.previous_progress_at_start) {
        if (!(g.goal.start_date < s.from)) text += " (the goal started on " + format_day(g.goal.start_date) + ")";
        return text + ".";
    }
    long before = std::lround(*g.previous_progress_at_start * 100);
    long now_moved = end - start, then_moved = start - before;
    std::string previous = "the " + previous_period_text(s);
    std::string then = before == start ? "it stayed at " + percent_text(g.progress_at_start)
                                       : "from " + percent_text(*g.previous_progress_at_start) + " to " +
                                             percent_text(g.progress_at_start);
    if (now_moved == then_moved) text += ", the same as in " + previous + " (" + then + ")";
    else text += std::string(now_moved > then_moved ? ", more than" : ", less than") + " in " + previous + " (" + then + ")";
    return text + ".";
}

std::string current_text(const SummaryGoal& g) {
    if (g.goal.is_numeric()) return format_quantity(g.at_end.current, g.goal.unit, g.decimal);
    if (g.goal.is_habit()) {
        std::string text = std::to_string(g.at_end.done) + " of " + std::to_string(g.at_end.scheduled) +
                           (g.at_end.scheduled == 1 ? " scheduled day done" : " scheduled days done");
        if (g.at_end.strength) text += ", habit strength " + percent_text(*g.at_end.strength);
        return text;
    }
    return format_number(g.at_end.current, g.decimal, 0) + " of " + std::to_string(g.steps_total) + " steps done";
}

std::string status_text(const SummaryGoal& g) {
    return std::string(chart::goal_status_caption(g.goal.status, g.at_end.status));  // the words of its bar
}

std::string pace_text(const SummaryGoal& g) {
    if (!g.goal.is_numeric()) return "";
    if (!g.at_end.trend_per_day) return "not enough entries in the last 4 weeks to show a pace";
    return format_signed_quantity(*g.at_end.trend_per_day, g.goal.unit, g.decimal) + " per day over the last 4 weeks";
}

std::string projection_text(const SummaryGoal& g) {
    if (!g.goal.is_numeric() || !g.at_end.trend_per_day) return "";
    if (g.at_end.projected_date) return "reaches the target around " + format_day(*g.at_end.projected_date);
    if (g.at_end.status == ProgressStatus::achieved) return "";
    return "not heading toward the target yet";
}

std::string entry_value_text(const SummaryGoal& g, const SummaryEntry& e) {
    // Total goals log increments, so show them signed; level goals log readings.
    if (g.goal.measure == Measure::total) return format_signed_quantity(e.value, g.goal.unit, g.decimal);
    return format_quantity(e.value, g.goal.unit, g.decimal);
}

std::string completed_text(const CompletedStep& s) {
    if (!s.recurring) return s.title + " (" + format_day(s.days.front()) + ")";
    return s.title + ": " + plural(static_cast<int>(s.days.size()), "time", "times");
}

std::string open_step_text(const OpenStep& s) {
    std::string text = s.title;
    if (s.due_date) text += " — due " + format_day(*s.due_date);
    if (s.overdue) text += ", overdue";
    return text;
}

std::string strength_words(double strength) {
    if (strength < 0.3) return "just starting to form";
    if (strength < 0.6) return "growing";
    if (strength < 0.85) return "getting strong";
    return "strong";
}

std::string habit_text(const HabitSummary& h) {
    std::string text = "(" + h.schedule + "): done on " + std::to_string(h.completed_in_period) + " of " +
                       plural(h.scheduled_in_period, "scheduled day", "scheduled days") + " this period";
    if (h.consistency_30d)
        text += " · done on " + percent_text(*h.consistency_30d) + " of the scheduled days in the last 30 days";
    // times:K/week habits count their runs in weeks that met the goal.
    bool weeks = h.repeat.rfind("times:", 0) == 0;
    if (h.streak == 0) text += " · not done the last scheduled time";
    else if (weeks) text += " · " + plural(h.streak, "week", "weeks") + " in a row met";
    else if (h.streak == 1) text += " · done the last scheduled time";
    else text += " · done the last " + std::to_string(h.streak) + " times in a row";
    if (h.best_streak > h.streak) text += " (best " + std::to_string(h.best_streak) + ")";
    if (h.strength) text += " · habit strength " + percent_text(*h.strength) + ", " + strength_words(*h.strength);
    return text;
}

std::string average_text(const std::optional<double>& average, int scale, const Summary& s) {
    if (!average) return "none recorded";
    return one_decimal(*average, s.decimal) + " / " + std::to_string(scale);
}

std::string average_change_text(const std::optional<double>& change, const Summary& s) {
    if (!change) return "";
    std::string previous = "the previous " + plural(s.checkins.previous_days, "day", "days");
    std::string number = one_decimal(std::fabs(*change), s.decimal);
    if (number == "0") return "the same as in " + previous;
    return number + (*change > 0 ? " higher than in " : " lower than in ") + previous;
}

std::string checkin_count_text(const Summary& s) {
    const CheckinStats& c = s.checkins;
    std::string text = plural(c.count, "check-in", "check-ins") + " in " + plural(c.days, "day", "days");
    if (c.previous_days == 0) return text + " (the goals started in this period: nothing earlier to compare)";
    return text + " (" + std::to_string(c.previous_count) + " in the previous " +
           plural(c.previous_days, "day", "days") + ")";
}

std::string readable_day(Day day, Day context) {
    std::string text = std::to_string(static_cast<unsigned>(day.day()));
    text += ' ';
    text += chart::month_short_name(static_cast<unsigned>(day.month()));
    if (day.year() != context.year()) {
        text += ' ';
        text += std::to_string(static_cast<int>(day.year()));
    }
    return text;
}

std::string goal_change_text(const SummaryGoalChange& c, Day to) {
    std::string label = c.field == "start_date" ? "Start date" : c.field == "due_date" ? "Due date" : c.field;
    if (!label.empty()) label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
    std::string when = " on " + readable_day(c.date, to) + ".";
    if (c.from_text == "none") return label + " set to " + c.to_text + when;
    if (c.to_text == "none") return label + " removed (was " + c.from_text + ")" + when;
    return label + " changed from " + c.from_text + " to " + c.to_text + when;
}

std::string repeated_answer_suffix(const RepeatedAnswer& a, const Summary& s) {
    if (a.times == 1) return " (" + readable_day(a.last, s.to) + ")";
    return " — " + std::to_string(a.times) + " times, last on " + readable_day(a.last, s.to);
}

}  // namespace sw::report
