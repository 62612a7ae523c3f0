#include "report/summary_text.hpp"

#include "chart/bullet_bar.hpp"
#include "core/numbers.hpp"

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

std::string habit_text(const HabitSummary& h) {
    std::string text = "(" + h.schedule + "): " + std::to_string(h.completed_in_period) + " of " +
                       std::to_string(h.scheduled_in_period) + " this period";
    if (h.consistency_30d) text += " · " + percent_text(*h.consistency_30d) + " over 30 days";
    text += " · streak " + std::to_string(h.streak);
    return text;
}

std::string average_text(const std::optional<double>& average, int scale, const Summary& s) {
    if (!average) return "none recorded";
    return one_decimal(*average, s.decimal) + " / " + std::to_string(scale);
}

std::string average_change_text(const std::optional<double>& change, const Summary& s) {
    if (!change) return "";
    std::string number = one_decimal(*change, s.decimal);
    std::string text = number == "0" ? "±" : number.front() == '-' ? "" : "+";
    text += number;
    text += " vs " + previous_period_text(s);
    return text;
}

std::string checkin_count_text(const Summary& s) {
    return plural(s.checkins.count, "check-in", "check-ins") + " in " + plural(s.days(), "day", "days") + " (" +
           previous_period_text(s) + ": " + std::to_string(s.checkins.previous_count) + ")";
}

}  // namespace sw::report
