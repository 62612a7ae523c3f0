#pragma once
// The phrases the Markdown, HTML and plain-text summaries share, so all say the
// same thing in the same words. Plain text: the caller escapes for its format.
#include "report/summary_model.hpp"

#include <optional>
#include <string>

namespace sw::report {

std::string summary_title(const Summary& s);         // "Progress summary: 2026-11-20 to 2026-11-26"
std::string summary_subtitle(const Summary& s);      // "7 days · prepared on 2026-11-26 · 2 goals"
std::string percent_text(double fraction);           // 0.564 → "56%"
// "From 35% to 76% of the way this period, more than in the previous 7 days (from 20% to 35%)."
std::string progress_change_text(const SummaryGoal& g, const Summary& s);
std::string current_text(const SummaryGoal& g);      // "6.5 km" / "3 of 5 steps done"
std::string status_text(const SummaryGoal& g);       // "On track", or "Paused" for a paused goal
std::string pace_text(const SummaryGoal& g);         // "+0.25 km per day over the last 4 weeks"; "" for milestones
std::string projection_text(const SummaryGoal& g);   // "reaches the target around 2027-01-15" or why not; ""
std::string entry_value_text(const SummaryGoal& g, const SummaryEntry& e);  // "5 km", "+5 km" for totals
std::string completed_text(const CompletedStep& s);  // "Buy shoes (2026-11-22)", "Stretch: 5 times"
std::string open_step_text(const OpenStep& s);       // "Book the race — due 2026-11-25, overdue"
// "(every day): done on 5 of 7 scheduled days this period · done on 80% of the
// scheduled days in the last 30 days · done the last 4 times in a row (best 9) ·
// habit strength 64%, growing"
std::string habit_text(const HabitSummary& h);
std::string strength_words(double strength);         // 0.64 → "growing"
std::string average_text(const std::optional<double>& average, int scale, const Summary& s);  // "3.6 / 5", "none"
// "0.4 higher than in the previous 7 days", "the same as in …"; "" without a change
std::string average_change_text(const std::optional<double>& change, const Summary& s);
// Over the covered days (CheckinStats): "5 check-ins in 21 days (3 in the previous
// 30 days)", or "… (the goals started in this period: nothing earlier to compare)".
std::string checkin_count_text(const Summary& s);
// "20 Nov", with the year when it is not the year of `context` ("20 Nov 2025").
std::string readable_day(Day day, Day context);
// "Target changed from 10 km to 8 km on 20 Nov." (`to`: the period's last day, for the year)
std::string goal_change_text(const SummaryGoalChange& change, Day to);
// What follows the answer's own text: " — 3 times, last on 24 Nov"; once: " (22 Nov)"
std::string repeated_answer_suffix(const RepeatedAnswer& answer, const Summary& s);

}  // namespace sw::report
