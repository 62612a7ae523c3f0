#include "ui/today_words.hpp"

#include <algorithm>
#include <cmath>

namespace sw::ui {
namespace {

std::string percent(double fraction, DecimalSeparator decimal) {
    return format_quantity(std::round(fraction * 100), "%", decimal, 0);
}

}  // namespace

std::string count_of(long n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

std::string day_name(Day day, Day today) {
    int ago = days_between(day, today);
    if (ago == 0) return "today";
    if (ago == 1) return "yesterday";
    if (ago > 1 && ago < 7) {
        std::string long_name = format_day_long(day);  // "Tuesday, 1 December 2026"
        return long_name.substr(0, long_name.find(','));
    }
    return format_day_short(day);
}

std::string day_title(Day day, Day today) {
    std::string name = day_name(day, today);
    name[0] = static_cast<char>(name[0] >= 'a' && name[0] <= 'z' ? name[0] - 'a' + 'A' : name[0]);
    return name;
}

std::string day_phrase(Day day, Day today) {
    int ago = days_between(day, today);
    return ago == 0 || ago == 1 ? day_name(day, today) : "on " + day_name(day, today);
}

std::string week_change_words(const WeekChange& change, DecimalSeparator decimal) {
    const Goal& goal = change.now.goal;
    const GoalAnalytics& now = change.now.analytics;
    const GoalAnalytics& then = change.week_ago;
    if (goal.is_habit()) {
        int scheduled = now.scheduled - then.scheduled;
        int done = std::clamp(now.done - then.done, 0, std::max(scheduled, 0));
        if (scheduled <= 0) return "nothing was scheduled this week";
        return "done " + std::to_string(done) + " of " + std::to_string(scheduled) + " this week (" +
               percent(static_cast<double>(done) / scheduled, decimal) + ")";
    }
    std::string words;
    if (then.status == ProgressStatus::not_started)
        words = "started this week: " + percent(now.progress, decimal) + " of the way";
    else if (percent(then.progress, decimal) == percent(now.progress, decimal))
        words = "still " + percent(now.progress, decimal) + " of the way";
    else
        words = "from " + percent(then.progress, decimal) + " to " + percent(now.progress, decimal) + " of the way";
    if (goal.is_numeric() && now.current != then.current)
        words += " (" + format_number(then.current, decimal) + " \u2192 " + format_quantity(now.current, goal.unit, decimal) + ")";
    else if (!goal.is_numeric() && now.current > then.current)
        words += " (" + count_of(std::lround(now.current - then.current), "step", "steps") + " done)";
    return words;
}

}  // namespace sw::ui
