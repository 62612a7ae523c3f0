// DESIGN.md "Analytics": the numbers behind every chart, badge and summary line.
#include "core/analytics.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <vector>

namespace sw {

namespace {

// Progress and deltas are ratios of doubles, so 0.6 - 0.5 is 0.0999…98; a boundary that a
// user computes by hand as exact must land on the side the rules promise.
constexpr double kEps = 1e-9;

constexpr int kTrendWindowDays = 28;
constexpr int kConsistencyWindowDays = 30;
constexpr int kGentleStartDays = 7;

double raw_progress(const Goal& goal, double current) {
    const double span = goal.target - goal.baseline;
    // target == baseline fails the SMART check and is never saved; stay finite anyway.
    if (span == 0) return 0;
    return (current - goal.baseline) / span;
}

bool is_achieved(const Goal& goal, double progress) {
    return goal.status == GoalStatus::achieved || progress >= 1 - kEps;
}

struct Point {
    double x;  // days relative to d (d = 0, earlier days negative)
    double y;
};

struct Line {
    double slope;
    double intercept;  // value at x = 0, i.e. on day d
};

// Points of the trend window: one per day that has entries, in ascending day order.
std::vector<Point> trend_points(const Goal& goal, std::span<const ProgressEntry> entries, Day d) {
    const Day first = trend_window_start(d);
    std::vector<int> offsets;
    for (const auto& e : entries) {
        const int offset = days_between(d, e.date);
        if (e.date >= first && e.date <= d) offsets.push_back(offset);
    }
    std::sort(offsets.begin(), offsets.end());
    offsets.erase(std::unique(offsets.begin(), offsets.end()), offsets.end());

    std::vector<Point> points;
    points.reserve(offsets.size());
    for (int offset : offsets)
        points.push_back({static_cast<double>(offset),
                          current_value(goal, entries, add_days(d, offset))});
    return points;
}

// Ordinary least squares; nullopt with fewer than two distinct x.
std::optional<Line> fit_line(const std::vector<Point>& points) {
    if (points.size() < 2) return std::nullopt;
    double mean_x = 0, mean_y = 0;
    for (const auto& p : points) {
        mean_x += p.x;
        mean_y += p.y;
    }
    mean_x /= static_cast<double>(points.size());
    mean_y /= static_cast<double>(points.size());
    double sxy = 0, sxx = 0;
    for (const auto& p : points) {
        sxy += (p.x - mean_x) * (p.y - mean_y);
        sxx += (p.x - mean_x) * (p.x - mean_x);
    }
    if (sxx == 0) return std::nullopt;
    const double slope = sxy / sxx;
    return Line{slope, mean_y - slope * mean_x};
}

std::optional<Line> trend_line(const Goal& goal, std::span<const ProgressEntry> entries, Day d) {
    return fit_line(trend_points(goal, entries, d));
}

bool one_off_done_by(const Step& step, Day d) {
    return !step.is_recurring() && step.status == StepStatus::done &&
           (!step.done_date || *step.done_date <= d);
}

}  // namespace

std::string_view to_string(ProgressStatus status) {
    switch (status) {
        case ProgressStatus::achieved: return "achieved";
        case ProgressStatus::not_started: return "not_started";
        case ProgressStatus::overdue: return "overdue";
        case ProgressStatus::ahead: return "ahead";
        case ProgressStatus::on_track: return "on_track";
        case ProgressStatus::behind: return "behind";
        case ProgressStatus::at_risk: return "at_risk";
        case ProgressStatus::getting_started: return "getting_started";
    }
    return "not_started";
}

std::string_view status_label(ProgressStatus status) {
    switch (status) {
        case ProgressStatus::achieved: return "Achieved";
        case ProgressStatus::not_started: return "Not started";
        case ProgressStatus::overdue: return "Overdue";
        case ProgressStatus::ahead: return "Ahead";
        case ProgressStatus::on_track: return "On track";
        case ProgressStatus::behind: return "Behind";
        case ProgressStatus::at_risk: return "At risk";
        case ProgressStatus::getting_started: return "Getting started";
    }
    return "Not started";
}

Day trend_window_start(Day d) { return add_days(d, -(kTrendWindowDays - 1)); }

double current_value(const Goal& goal, std::span<const ProgressEntry> entries, Day d) {
    if (goal.measure == Measure::total) {
        double total = goal.baseline;
        for (const auto& e : entries)
            if (e.date <= d) total += e.value;
        return total;
    }
    // The latest by (date, id); on equal keys the later element wins, so the
    // documented (date, id) order decides and unsaved entries (id 0) keep span order.
    const ProgressEntry* latest = nullptr;
    for (const auto& e : entries) {
        if (e.date > d) continue;
        if (!latest || e.date > latest->date || (e.date == latest->date && e.id >= latest->id))
            latest = &e;
    }
    return latest ? latest->value : goal.baseline;
}

double expected_progress(const Goal& goal, Day d) {
    const int span = days_between(goal.start_date, goal.due_date);
    if (span <= 0) return 0;
    const double ratio = static_cast<double>(days_between(goal.start_date, d)) / span;
    return std::clamp(ratio, 0.0, 1.0);
}

ProgressStatus progress_status(const Goal& goal, double progress, double expected, Day d) {
    if (is_achieved(goal, progress)) return ProgressStatus::achieved;
    if (d < goal.start_date) return ProgressStatus::not_started;
    if (d > goal.due_date) return ProgressStatus::overdue;
    const double delta = progress - expected;
    if (delta >= 0.10 - kEps) return ProgressStatus::ahead;
    if (delta >= -0.05 - kEps) return ProgressStatus::on_track;
    // Gentle start: a goal a few days old is not yet behind anything.
    if (days_between(goal.start_date, d) < kGentleStartDays) return ProgressStatus::getting_started;
    if (delta >= -0.20 - kEps) return ProgressStatus::behind;
    return ProgressStatus::at_risk;
}

std::optional<double> trend_per_day(const Goal& goal, std::span<const ProgressEntry> entries,
                                    Day d) {
    if (auto line = trend_line(goal, entries, d)) return line->slope;
    return std::nullopt;
}

std::optional<Day> projected_date(const Goal& goal, std::span<const ProgressEntry> entries,
                                  Day d) {
    const double progress = raw_progress(goal, current_value(goal, entries, d));
    if (is_achieved(goal, progress)) return std::nullopt;

    const auto line = trend_line(goal, entries, d);
    if (!line || line->slope == 0) return std::nullopt;
    const bool increasing = goal.target > goal.baseline;
    const bool decreasing = goal.target < goal.baseline;
    if (!(increasing && line->slope > 0) && !(decreasing && line->slope < 0))
        return std::nullopt;

    // The line crosses the target at x; with the slope pointing toward the target it
    // stays past the target from then on, so the first whole day is ceil(x). The
    // tolerance keeps a crossing that is exact by hand (x = 9.0000000001) on day 9.
    const double x = (goal.target - line->intercept) / line->slope;
    if (!std::isfinite(x)) return std::nullopt;
    const double first_day = std::ceil(x - kEps * std::max(1.0, std::abs(x)));

    // The fitted line already crossed the target before d while the actual value has
    // not: the trend says "any day now", so report d rather than a day in the past.
    if (first_day <= 0) return d;

    // A tiny slope can put the crossing millennia away; that is "no projection", and
    // it also keeps the day arithmetic below inside int and date's range.
    const Day last_day{date::year{9999}, date::December, date::day{31}};
    if (first_day > days_between(d, last_day)) return std::nullopt;
    return add_days(d, static_cast<int>(first_day));
}

GoalAnalytics analyze_numeric(const Goal& goal, std::span<const ProgressEntry> entries, Day d) {
    GoalAnalytics a;
    a.current = current_value(goal, entries, d);
    a.progress = raw_progress(goal, a.current);
    a.expected = expected_progress(goal, d);
    a.status = progress_status(goal, a.progress, a.expected, d);
    a.trend_per_day = trend_per_day(goal, entries, d);
    a.projected_date = projected_date(goal, entries, d);
    return a;
}

GoalAnalytics analyze_milestone(const Goal& goal, std::span<const Step> steps, Day d) {
    int counted = 0;
    int done = 0;
    for (const auto& step : steps) {
        if (step.is_recurring() || step.status == StepStatus::dropped) continue;
        ++counted;
        if (one_off_done_by(step, d)) ++done;
    }
    GoalAnalytics a;
    a.current = done;
    a.progress = counted == 0 ? 0.0 : static_cast<double>(done) / counted;
    a.expected = expected_progress(goal, d);
    a.status = progress_status(goal, a.progress, a.expected, d);
    return a;
}

namespace {

// Offsets from `start` of the days in `days` (ascending, unique after this).
std::vector<int> offsets_from(Day start, std::span<const Day> days) {
    std::vector<int> out;
    out.reserve(days.size());
    for (Day day : days) out.push_back(days_between(start, day));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

int count_between(const std::vector<int>& sorted, int from, int to) {
    return static_cast<int>(std::upper_bound(sorted.begin(), sorted.end(), to) -
                            std::lower_bound(sorted.begin(), sorted.end(), from));
}

// is_scheduled on day numbers: `offset` days after a start that fell on weekday
// `start_weekday` (0 = Monday). times:K/week: every day is a candidate.
bool scheduled_at(const Recurrence& r, int start_weekday, int offset) {
    switch (r.kind) {
        case Recurrence::Kind::none: return false;
        case Recurrence::Kind::daily: return true;
        case Recurrence::Kind::weekly: return ((r.weekdays >> ((start_weekday + offset) % 7)) & 1u) != 0;
        case Recurrence::Kind::every_n: return r.every_n > 0 && offset % r.every_n == 0;
        case Recurrence::Kind::times_per_week: return true;
    }
    return false;
}

// times:K/week, week by week from the ISO week of the step's start to d's.
StreakStats weekly_streak_stats(const Step& step, const std::vector<int>& done, const std::vector<int>& skipped,
                                int days) {
    StreakStats s;
    s.in_weeks = true;
    const int k = step.repeat.times;
    const int window_start = days - (kConsistencyWindowDays - 1);
    int run = 0;
    // Offsets of each week's Monday, the first one at or before the start.
    for (int monday = -weekday_index(step.start_date); monday <= days; monday += 7) {
        const int first = std::max(monday, 0), sunday = monday + 6;
        const int last = std::min(sunday, days);
        auto needed_over = [&](int from, int to) {  // K for the days from..to of this week
            int n = static_cast<int>(std::lround(k * (to - from + 1) / 7.0));
            return std::max(0, n - count_between(skipped, from, to));
        };
        const int needed = needed_over(first, sunday);
        const int got = count_between(done, first, last);
        const bool current = sunday >= days;
        if (current) {
            s.week_done = got;
            s.week_needed = needed;
        }
        if (needed > 0) {
            if (got >= needed) {
                ++run;
                s.best_streak = std::max(s.best_streak, run);
            } else if (!current) {
                run = 0;  // the week of d, not yet met, is still open
            }
        }
        // Consistency over the window: each week's share of K for its days in the
        // window; d's week counts only what is done (as d's own occurrence does).
        const int from = std::max(first, window_start);
        if (from > last) continue;
        const int share = needed_over(from, current ? sunday : last);
        const int completed = std::min(count_between(done, from, last), share);
        s.scheduled_30d += current ? completed : share;
        s.completed_30d += completed;
    }
    s.streak = run;
    if (s.scheduled_30d > 0)
        s.consistency_30d = static_cast<double>(s.completed_30d) / s.scheduled_30d;
    return s;
}

}  // namespace

int occurrences_between(const Step& step, Day from, Day to, std::span<const Day> skipped_days,
                        std::span<const Day> done_days, int* done) {
    if (done) *done = 0;
    if (!step.is_recurring()) return 0;
    if (from < step.start_date) from = step.start_date;
    if (to < from) return 0;
    const std::vector<int> skipped = offsets_from(from, skipped_days);
    const std::vector<int> completed = offsets_from(from, done_days);
    const int days = days_between(from, to);
    int n = 0;
    if (step.repeat.kind == Recurrence::Kind::times_per_week) {
        for (int monday = -weekday_index(from); monday <= days; monday += 7) {
            const int first = std::max(monday, 0), last = std::min(monday + 6, days);
            int share = static_cast<int>(std::lround(step.repeat.times * (last - first + 1) / 7.0));
            share = std::max(0, share - count_between(skipped, first, last));
            n += share;
            if (done) *done += std::min(share, count_between(completed, first, last));
        }
        return n;
    }
    for (int i = 0; i <= days; ++i) {
        Day d = add_days(from, i);
        if (!is_scheduled(step.repeat, step.start_date, d) || std::binary_search(skipped.begin(), skipped.end(), i))
            continue;
        ++n;
        if (done && std::binary_search(completed.begin(), completed.end(), i)) ++*done;
    }
    return n;
}

StreakStats streak_stats(const Step& step, std::span<const Day> done_days, Day d, std::span<const Day> skipped_days) {
    StreakStats s;
    const int days = days_between(step.start_date, d);
    if (!step.is_recurring() || days < 0) return s;

    // Walks every day since the start (a habit may be years old), so the loop
    // works on day numbers: no calendar conversion per day.
    const std::vector<int> done = offsets_from(step.start_date, done_days);
    const std::vector<int> skipped = offsets_from(step.start_date, skipped_days);
    const Recurrence& r = step.repeat;
    if (r.kind == Recurrence::Kind::times_per_week) return weekly_streak_stats(step, done, skipped, days);
    const int start_weekday = weekday_index(step.start_date);
    auto scheduled = [&](int offset) { return scheduled_at(r, start_weekday, offset); };

    const int window_start = days - (kConsistencyWindowDays - 1);
    size_t next_done = 0, next_skip = 0;
    int run = 0;
    for (int i = 0; i <= days; ++i) {
        // Unscheduled days neither extend nor break a run, and a completion on one is
        // ignored (it was logged against a schedule that has since changed).
        if (!scheduled(i)) continue;
        while (next_skip < skipped.size() && skipped[next_skip] < i) ++next_skip;
        if (next_skip < skipped.size() && skipped[next_skip] == i) continue;  // neither scheduled nor missed
        while (next_done < done.size() && done[next_done] < i) ++next_done;
        const bool completed = next_done < done.size() && done[next_done] == i;
        const bool pending_today = i == days && !completed;
        if (completed) {
            ++run;
            s.best_streak = std::max(s.best_streak, run);
        } else if (!pending_today) {
            run = 0;
        }
        // Today's occurrence is not due until the day ends: it counts once done.
        if (i >= window_start && !pending_today) {
            ++s.scheduled_30d;
            if (completed) ++s.completed_30d;
        }
    }
    s.streak = run;
    if (s.scheduled_30d > 0)
        s.consistency_30d = static_cast<double>(s.completed_30d) / s.scheduled_30d;
    return s;
}

// ---- Habit goals -------------------------------------------------------------------------

namespace {

bool counts_for_habit(const HabitStepDays& h) {
    return h.step && h.step->is_recurring() && h.step->status != StepStatus::dropped;
}

// The marks up to d: analytics for a past day (charts, reports) must not see later ticks.
std::span<const Day> up_to(std::span<const Day> days, Day d) {
    const auto end = std::upper_bound(days.begin(), days.end(), d);
    return days.first(static_cast<size_t>(end - days.begin()));
}

bool contains(std::span<const Day> days, Day d) { return std::binary_search(days.begin(), days.end(), d); }

struct Tally {
    int scheduled = 0;
    int done = 0;
};

// scheduled(d) and done(d) of one step (analytics.hpp, analyze_habit).
Tally habit_tally(const Goal& goal, const HabitStepDays& h, Day d) {
    const Step& step = *h.step;
    const auto done = up_to(h.done, d);
    const Day from = goal.start_date;  // occurrences_between never starts before the step
    Tally t;
    if (d > goal.due_date) {  // every occurrence's day is over
        t.scheduled = occurrences_between(step, from, goal.due_date, h.skipped, done, &t.done);
        return t;
    }
    if (step.repeat.kind == Recurrence::Kind::times_per_week) {
        // Weeks before d's as in `planned`; d's week, still open, adds what is done.
        const Day monday = add_days(d, -weekday_index(d));
        t.scheduled = occurrences_between(step, from, add_days(monday, -1), h.skipped, done, &t.done);
        int open_done = 0;
        occurrences_between(step, std::max(from, monday), std::min(add_days(monday, 6), goal.due_date),
                            h.skipped, done, &open_done);
        t.scheduled += open_done;
        t.done += open_done;
        return t;
    }
    // Today's open occurrence is not yet missed; once done it counts.
    const Day last = contains(done, d) ? d : add_days(d, -1);
    t.scheduled = occurrences_between(step, from, last, h.skipped, done, &t.done);
    return t;
}

// A step's marks as flags per day after its start, 0 … size-1: the walks below go
// by day number, with no calendar conversion per day (a habit may be years old).
struct DayFlags {
    std::vector<char> done, skipped;

    DayFlags(const Step& step, std::span<const Day> done_days, std::span<const Day> skipped_days, int size)
        : done(static_cast<size_t>(size), 0), skipped(static_cast<size_t>(size), 0) {
        set(step, done_days, done);
        set(step, skipped_days, skipped);
    }

private:
    static void set(const Step& step, std::span<const Day> days, std::vector<char>& flags) {
        for (Day day : days) {
            const int offset = days_between(step.start_date, day);
            if (offset >= 0 && offset < static_cast<int>(flags.size())) flags[static_cast<size_t>(offset)] = 1;
        }
    }
};

// Flags reach past `last` to the end of its ISO week: a times:K/week share needs the
// skipped days of the whole week.
DayFlags flags_through(const Step& step, std::span<const Day> done, std::span<const Day> skipped, int last) {
    return DayFlags(step, done, skipped, last + 7);
}

// Loop Habit Tracker's decay: m = 0.5^(√f / 13), f = occurrences per day.
double strength_multiplier(const Recurrence& r) {
    double f = 0;
    switch (r.kind) {
        case Recurrence::Kind::none: break;
        case Recurrence::Kind::daily: f = 1; break;
        case Recurrence::Kind::weekly: f = std::popcount(r.weekdays & 0x7Fu) / 7.0; break;
        case Recurrence::Kind::every_n: f = r.every_n > 0 ? 1.0 / r.every_n : 0; break;
        case Recurrence::Kind::times_per_week: f = r.times / 7.0; break;
    }
    return std::pow(0.5, std::sqrt(f) / 13.0);
}

// A times:K/week week's share, days first … last: round(K × days / 7) less its skipped
// days, as in occurrences_between.
int week_share(int k, const DayFlags& flags, int first, int last) {
    int skipped = 0;
    for (int i = first; i <= last; ++i) skipped += flags.skipped[static_cast<size_t>(i)];
    return std::max(0, static_cast<int>(std::lround(k * (last - first + 1) / 7.0)) - skipped);
}

// Strength as of each day 0 … last of a step on fixed days (daily, weekly, every:N).
std::vector<double> day_strength_walk(const Step& step, const DayFlags& flags, int last) {
    const double m = strength_multiplier(step.repeat);
    const int start_weekday = weekday_index(step.start_date);
    std::vector<double> out(static_cast<size_t>(last + 1));
    double s = 0;
    bool open = false;  // the previous day's occurrence was not done
    for (int i = 0; i <= last; ++i) {
        const auto at = static_cast<size_t>(i);
        if (open) s *= m;  // its day is over: missed (c = 0)
        open = false;
        if (scheduled_at(step.repeat, start_weekday, i) && !flags.skipped[at]) {
            if (flags.done[at])
                s = s * m + (1 - m);
            else
                open = true;
        }
        out[at] = s;
    }
    return out;
}

// Strength as of each day 0 … last of a times:K/week step: completions count on their
// day up to the week's share; the unmet rest is missed when the week is over.
std::vector<double> week_strength_walk(const Step& step, const DayFlags& flags, int last) {
    const double m = strength_multiplier(step.repeat);
    const int start_weekday = weekday_index(step.start_date);
    std::vector<double> out(static_cast<size_t>(last + 1));
    double s = 0;
    int share = 0, counted = 0;
    for (int i = 0; i <= last; ++i) {
        const int weekday = (start_weekday + i) % 7;
        if (i == 0 || weekday == 0) {  // a new ISO week (the first may be partial)
            s *= std::pow(m, share - counted);
            share = week_share(step.repeat.times, flags, i, i + 6 - weekday);
            counted = 0;
        }
        const auto at = static_cast<size_t>(i);
        if (flags.done[at] && counted < share) {
            s = s * m + (1 - m);
            ++counted;
        }
        out[at] = s;
    }
    return out;
}

std::vector<double> strength_walk(const Step& step, const DayFlags& flags, int last) {
    if (step.repeat.kind == Recurrence::Kind::times_per_week) return week_strength_walk(step, flags, last);
    return day_strength_walk(step, flags, last);
}

// p[i] = flags set in 0 … i-1, so that any span of days sums in O(1).
std::vector<int> prefix_sums(const std::vector<char>& flags) {
    std::vector<int> p(flags.size() + 1, 0);
    for (size_t i = 0; i < flags.size(); ++i) p[i + 1] = p[i] + flags[i];
    return p;
}

int sum_between(const std::vector<int>& p, int from, int to) {  // days from … to
    return p[static_cast<size_t>(to + 1)] - p[static_cast<size_t>(from)];
}

// streak_stats' 30-day counts of one step for any day x (offset from its start), from
// prefix sums: O(1) per day for fixed days, O(weeks in the window) for times:K/week.
class ConsistencyWindow {
public:
    ConsistencyWindow(const Step& step, const DayFlags& flags)
        : k_(step.repeat.kind == Recurrence::Kind::times_per_week ? step.repeat.times : 0),
          start_weekday_(weekday_index(step.start_date)) {
        if (k_ > 0) {
            done_ = prefix_sums(flags.done);
            skipped_ = prefix_sums(flags.skipped);
            return;
        }
        // Occurrences (scheduled, not skipped) and the done ones among them.
        std::vector<char> occurs(flags.done.size()), done(flags.done.size());
        for (size_t i = 0; i < occurs.size(); ++i) {
            occurs[i] = scheduled_at(step.repeat, start_weekday_, static_cast<int>(i)) && !flags.skipped[i];
            done[i] = occurs[i] && flags.done[i];
        }
        occurs_ = prefix_sums(occurs);
        done_ = prefix_sums(done);
    }

    Tally at(int x) const {
        const int from = std::max(0, x - (kConsistencyWindowDays - 1));
        if (k_ > 0) return weeks_at(from, x);
        // Day x itself counts only once done, as in streak_stats.
        const int done_today = sum_between(done_, x, x);
        return {sum_between(occurs_, from, x) - sum_between(occurs_, x, x) + done_today,
                sum_between(done_, from, x)};
    }

private:
    // As weekly_streak_stats: each week's share of K for its days in the window, the
    // week of x counting only what is done.
    Tally weeks_at(int window_start, int x) const {
        Tally t;
        auto needed_over = [&](int from, int to) {
            const int n = static_cast<int>(std::lround(k_ * (to - from + 1) / 7.0));
            return std::max(0, n - sum_between(skipped_, from, to));
        };
        const int first_monday = window_start - (start_weekday_ + window_start) % 7;
        for (int monday = first_monday; monday <= x; monday += 7) {
            const int sunday = monday + 6;
            const bool current = sunday >= x;
            const int from = std::max(monday, window_start), last = std::min(sunday, x);
            const int share = needed_over(from, current ? sunday : last);
            const int completed = std::min(sum_between(done_, from, last), share);
            t.scheduled += current ? completed : share;
            t.done += completed;
        }
        return t;
    }

    int k_;  // times:K/week's K, else 0
    int start_weekday_;
    std::vector<int> occurs_, done_, skipped_;
};

// Adds one step's strength and 30-day counts to the goal's running sums for the days
// from … from + n - 1.
void add_step_history(const HabitStepDays& h, Day from, int n, std::vector<double>& strength,
                      std::vector<Tally>& window) {
    const Step& step = *h.step;
    const int shift = days_between(step.start_date, from);  // offset of `from`
    const int last = shift + n - 1;
    if (last < 0) return;  // the step starts after the range: strength 0, nothing scheduled
    const DayFlags flags = flags_through(step, h.done, h.skipped, last);
    const std::vector<double> walk = strength_walk(step, flags, last);
    const ConsistencyWindow consistency(step, flags);
    for (int j = std::max(0, -shift); j < n; ++j) {
        const auto at = static_cast<size_t>(j);
        strength[at] += walk[static_cast<size_t>(shift + j)];
        const Tally t = consistency.at(shift + j);
        window[at].scheduled += t.scheduled;
        window[at].done += t.done;
    }
}

}  // namespace

GoalAnalytics analyze_habit(const Goal& goal, std::span<const HabitStepDays> steps, Day d) {
    GoalAnalytics a;
    double strength_sum = 0;
    int counted = 0;
    for (const auto& h : steps) {
        if (!counts_for_habit(h)) continue;
        ++counted;
        a.planned += occurrences_between(*h.step, goal.start_date, goal.due_date, h.skipped);
        const Tally t = habit_tally(goal, h, d);
        a.scheduled += t.scheduled;
        a.done += t.done;
        strength_sum += habit_strength(*h.step, h.done, h.skipped, d);
    }
    if (counted > 0) a.strength = strength_sum / counted;
    a.current = a.done;
    const double meant = goal.target_rate * a.planned;  // occurrences the client means to do
    a.progress = meant > 0 ? a.done / meant : 0.0;
    a.expected = expected_progress(goal, d);
    a.status = progress_status(goal, a.progress, a.expected, d);
    return a;
}

double habit_strength(const Step& step, std::span<const Day> done, std::span<const Day> skipped, Day d) {
    const int last = days_between(step.start_date, d);
    if (!step.is_recurring() || last < 0) return 0;
    return strength_walk(step, flags_through(step, done, skipped, last), last).back();
}

std::vector<std::pair<Day, double>> habit_strength_series(const Step& step, std::span<const Day> done,
                                                          std::span<const Day> skipped, Day from, Day to) {
    std::vector<std::pair<Day, double>> out;
    if (to < from) return out;
    const int n = days_between(from, to) + 1;
    const int shift = days_between(step.start_date, from);  // offset of `from`
    const int last = shift + n - 1;
    std::vector<double> walk;
    if (step.is_recurring() && last >= 0) walk = strength_walk(step, flags_through(step, done, skipped, last), last);
    out.reserve(static_cast<size_t>(n));
    for (int j = 0; j < n; ++j) {
        const int offset = shift + j;
        out.emplace_back(add_days(from, j), walk.empty() || offset < 0 ? 0.0 : walk[static_cast<size_t>(offset)]);
    }
    return out;
}

std::vector<HabitPoint> habit_history([[maybe_unused]] const Goal& goal, std::span<const HabitStepDays> steps,
                                      Day from, Day to) {
    // The goal's own dates do not clip the chart: strength and consistency are the
    // steps', the same numbers as habit_strength and streak_stats.
    if (to < from) return {};
    const int n = days_between(from, to) + 1;
    std::vector<double> strength(static_cast<size_t>(n), 0.0);
    std::vector<Tally> window(static_cast<size_t>(n));
    int counted = 0;
    for (const auto& h : steps) {
        if (!counts_for_habit(h)) continue;
        ++counted;
        add_step_history(h, from, n, strength, window);
    }
    if (counted == 0) return {};
    std::vector<HabitPoint> out;
    out.reserve(static_cast<size_t>(n));
    for (int j = 0; j < n; ++j) {
        const auto at = static_cast<size_t>(j);
        HabitPoint p{add_days(from, j), strength[at] / counted, std::nullopt};
        if (window[at].scheduled > 0)
            p.consistency_30d = static_cast<double>(window[at].done) / window[at].scheduled;
        out.push_back(p);
    }
    return out;
}

}  // namespace sw
