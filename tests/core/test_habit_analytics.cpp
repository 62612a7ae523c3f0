// Habit goals (DESIGN.md "Habit goals"): occurrence counts, progress against
// target_rate, Loop-style strength and the goal's daily history. Every expectation is
// worked out by hand in the comments. 2026-03-02 is a Monday.
#include "core/analytics.hpp"
#include "support/recurring_days.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <cmath>
#include <vector>

using namespace sw;

namespace {

Day day(const char* iso) { return test::iso_day(iso); }
using test::day_range;
using test::days;
using test::recurring;

Goal habit_goal(const char* start, const char* due, double rate = 0.8) {
    Goal g;
    g.kind = GoalKind::habit;
    g.start_date = day(start);
    g.due_date = day(due);
    g.target_rate = rate;
    return g;
}

// Loop's decay for f occurrences per day: m = 0.5^(√f / 13).
double decay(double f) { return std::pow(0.5, std::sqrt(f) / 13.0); }

GoalAnalytics analyze_one(const Goal& g, const Step& s, const std::vector<Day>& done, Day d,
                          const std::vector<Day>& skipped = {}) {
    const HabitStepDays steps[] = {{&s, done, skipped}};
    return analyze_habit(g, steps, d);
}

}  // namespace

TEST_CASE("Habit progress of a daily step counts done over target_rate times planned, skips left out",
          "[core][habit]") {
    // Mar 2 … Mar 11: 10 days, 2 skipped (4th, 9th) → planned = 8.
    const Goal g = habit_goal("2026-03-02", "2026-03-11");
    const Step s = recurring("daily", "2026-03-02");
    const auto skipped = days({"2026-03-04", "2026-03-09"});
    const auto done = days({"2026-03-02", "2026-03-03", "2026-03-05", "2026-03-06"});  // 7th missed

    // On the 8th, still open: scheduled = 2, 3, 5, 6, 7 = 5 (the 4th skipped, the 8th open);
    // done = 4; progress = 4 / (0.8 × 8) = 0.625; expected = 6/9 = 0.667;
    // δ = -0.042 ≥ -0.05 → on track.
    const auto open = analyze_one(g, s, done, day("2026-03-08"), skipped);
    CHECK(open.planned == 8);
    CHECK(open.scheduled == 5);
    CHECK(open.done == 4);
    CHECK(open.current == 4);
    CHECK(open.progress == Approx(0.625));
    CHECK(open.expected == Approx(6.0 / 9.0));
    CHECK(open.status == ProgressStatus::on_track);
    CHECK_FALSE(open.trend_per_day);
    CHECK_FALSE(open.projected_date);

    // Done on the 8th itself: it counts at once. scheduled 6, done 5, 5 / 6.4 = 0.78125.
    auto done_today = done;
    done_today.push_back(day("2026-03-08"));
    const auto closed = analyze_one(g, s, done_today, day("2026-03-08"), skipped);
    CHECK(closed.scheduled == 6);
    CHECK(closed.done == 5);
    CHECK(closed.progress == Approx(0.78125));
    CHECK(closed.status == ProgressStatus::ahead);  // δ = 0.78125 - 0.6667 = 0.115
}

TEST_CASE("Habit counts ignore completions after the day asked about", "[core][habit]") {
    const Goal g = habit_goal("2026-03-02", "2026-03-11");
    const Step s = recurring("daily", "2026-03-02");
    // Done 2nd … 6th, asked on the 4th: scheduled 2nd, 3rd and the 4th (done that day) = 3,
    // done 3; the 5th and 6th are not seen.
    const auto a = analyze_one(g, s, day_range("2026-03-02", "2026-03-06"), day("2026-03-04"));
    CHECK(a.scheduled == 3);
    CHECK(a.done == 3);
    // Done 2nd, 3rd, 5th, asked on the 4th (open): scheduled 2nd, 3rd = 2, done 2.
    const auto b = analyze_one(g, s, days({"2026-03-02", "2026-03-03", "2026-03-05"}), day("2026-03-04"));
    CHECK(b.scheduled == 2);
    CHECK(b.done == 2);
}

TEST_CASE("times:3/week habit: partial first and last weeks count their share of 3",
          "[core][habit]") {
    // Goal Fri Mar 6 … Tue Mar 24. Weeks: Mar 6-8 (3 days) round(3 × 3/7 = 1.29) = 1;
    // Mar 9-15: 3; Mar 16-22: 3; Mar 23-24 (2 days) round(3 × 2/7 = 0.86) = 1 → planned 8.
    const Goal g = habit_goal("2026-03-06", "2026-03-24");
    const Step s = recurring("times:3/week", "2026-03-06");
    const auto done = days({"2026-03-07", "2026-03-08",    // week 1: 2 done, share 1 → 1
                            "2026-03-10", "2026-03-12",    // week 2: 2 of 3
                            "2026-03-16", "2026-03-17",    // week 3 (d's week)
                            "2026-03-25"});                // after due: never counted
    // Wed Mar 18, nothing yet that day: weeks 1-2 closed, scheduled 1 + 3 = 4, done 1 + 2 = 3;
    // week 3 is open and adds its 2 completions: scheduled 6, done 5.
    // progress = 5 / (0.8 × 8) = 0.78125; expected = 12/18 = 0.667; δ = 0.115 → ahead.
    const auto mid = analyze_one(g, s, done, day("2026-03-18"));
    CHECK(mid.planned == 8);
    CHECK(mid.scheduled == 6);
    CHECK(mid.done == 5);
    CHECK(mid.progress == Approx(0.78125));
    CHECK(mid.status == ProgressStatus::ahead);

    // Thu Mar 26, after due: every week is over, scheduled = planned = 8; done = 1 + 2 + 2
    // + 0 (Mar 23-24 share 1, none done; the 25th is after due) = 5 → 0.78125 < 1, overdue.
    const auto after = analyze_one(g, s, done, day("2026-03-26"));
    CHECK(after.scheduled == 8);
    CHECK(after.done == 5);
    CHECK(after.progress == Approx(0.78125));
    CHECK(after.status == ProgressStatus::overdue);
}

TEST_CASE("times:3/week habit: the week of the day is open, a tick counts the same day",
          "[core][habit]") {
    const Goal g = habit_goal("2026-03-06", "2026-03-24");
    const Step s = recurring("times:3/week", "2026-03-06");
    const auto before = days({"2026-03-07", "2026-03-10", "2026-03-12"});  // weeks 1-2: 1 + 2
    // Mon Mar 16 open: weeks 1-2 closed (scheduled 1 + 3 = 4, done 1 + 2 = 3), week 3
    // nothing done yet and not missed before it ends.
    const auto monday_open = analyze_one(g, s, before, day("2026-03-16"));
    CHECK(monday_open.scheduled == 4);
    CHECK(monday_open.done == 3);
    // Ticked on Monday: week 3 adds 1 at once (proration to Monday alone, round(3/7) = 0,
    // would have ignored it).
    auto ticked = before;
    ticked.push_back(day("2026-03-16"));
    const auto monday_done = analyze_one(g, s, ticked, day("2026-03-16"));
    CHECK(monday_done.scheduled == 5);
    CHECK(monday_done.done == 4);
    // The last week, Mar 23-24, has a share of 1: two ticks count once.
    auto last = ticked;
    for (const char* iso : {"2026-03-23", "2026-03-24"}) last.push_back(day(iso));
    const auto tuesday = analyze_one(g, s, last, day("2026-03-24"));
    // Week 3 closed with 1 of 3: scheduled 4 + 3 + 1 = 8, done 3 + 1 + 1 = 5.
    CHECK(tuesday.scheduled == 8);
    CHECK(tuesday.done == 5);
    CHECK(tuesday.planned == 8);
}

TEST_CASE("target_rate scales what counts as achieved", "[core][habit]") {
    // 10 daily occurrences Mar 2 … Mar 11, 8 done; on Mar 12 (after due) every one is over.
    const Step s = recurring("daily", "2026-03-02");
    const auto done = day_range("2026-03-02", "2026-03-09");
    // rate 0.8: 8 / (0.8 × 10) = 1 → achieved, not overdue.
    const auto eighty = analyze_one(habit_goal("2026-03-02", "2026-03-11", 0.8), s, done, day("2026-03-12"));
    CHECK(eighty.planned == 10);
    CHECK(eighty.scheduled == 10);
    CHECK(eighty.done == 8);
    CHECK(eighty.progress == Approx(1.0));
    CHECK(eighty.status == ProgressStatus::achieved);
    // rate 1: 8 / 10 = 0.8 → overdue.
    const auto all = analyze_one(habit_goal("2026-03-02", "2026-03-11", 1.0), s, done, day("2026-03-12"));
    CHECK(all.progress == Approx(0.8));
    CHECK(all.status == ProgressStatus::overdue);
    // rate 0.5: 8 / 5 = 1.6, reported raw.
    const auto half = analyze_one(habit_goal("2026-03-02", "2026-03-11", 0.5), s, done, day("2026-03-12"));
    CHECK(half.progress == Approx(1.6));
}

TEST_CASE("A habit goal counts each step from the later of the goal's and the step's start",
          "[core][habit]") {
    // Goal Mar 2 … Mar 11; the daily step starts Mar 5: planned 7 (5th … 11th).
    const Goal g = habit_goal("2026-03-02", "2026-03-11");
    const Step s = recurring("daily", "2026-03-05");
    const auto a = analyze_one(g, s, days({"2026-03-03", "2026-03-05"}), day("2026-03-07"));
    CHECK(a.planned == 7);
    CHECK(a.scheduled == 2);  // 5th, 6th (the 7th is open; the 3rd is before the step)
    CHECK(a.done == 1);
    // A step that started before the goal counts from the goal's start.
    const Step early = recurring("daily", "2026-02-20");
    const auto b = analyze_one(g, early, days({"2026-02-25", "2026-03-02"}), day("2026-03-04"));
    CHECK(b.planned == 10);
    CHECK(b.scheduled == 2);  // 2nd, 3rd
    CHECK(b.done == 1);
}

TEST_CASE("A habit goal a few days old that is behind is getting started", "[core][habit]") {
    // Mar 2 … Mar 31 (29 days), daily, planned 30; done only on the 2nd.
    const Goal g = habit_goal("2026-03-02", "2026-03-31");
    const Step s = recurring("daily", "2026-03-02");
    const auto done = days({"2026-03-02"});
    // Mar 5 (3 days in): progress 1 / (0.8 × 30) = 0.0417, expected 3/29 = 0.103,
    // δ = -0.062 → behind by the thresholds, but the goal is new.
    const auto early = analyze_one(g, s, done, day("2026-03-05"));
    CHECK(early.scheduled == 3);
    CHECK(early.progress == Approx(1.0 / 24.0));
    CHECK(early.status == ProgressStatus::getting_started);
    // Mar 12 (10 days in): expected 10/29 = 0.345, δ = -0.30 → at risk.
    CHECK(analyze_one(g, s, done, day("2026-03-12")).status == ProgressStatus::at_risk);
    // Before the start: not started, nothing scheduled.
    const auto before = analyze_one(g, s, done, day("2026-03-01"));
    CHECK(before.status == ProgressStatus::not_started);
    CHECK(before.scheduled == 0);
    CHECK(before.done == 0);
}

TEST_CASE("A habit goal without recurring steps has zero progress and no strength", "[core][habit]") {
    const Goal g = habit_goal("2026-03-02", "2026-03-11");
    Step one_off;
    one_off.status = StepStatus::done;
    one_off.done_date = day("2026-03-03");
    const std::vector<Day> none;
    const HabitStepDays steps[] = {{&one_off, none, none}, {nullptr, none, none}};
    const auto a = analyze_habit(g, steps, day("2026-03-05"));
    CHECK(a.planned == 0);
    CHECK(a.scheduled == 0);
    CHECK(a.done == 0);
    CHECK(a.progress == 0);
    CHECK_FALSE(a.strength);
    CHECK(analyze_habit(g, {}, day("2026-03-05")).progress == 0);
    CHECK(habit_history(g, steps, day("2026-03-02"), day("2026-03-05")).empty());
}

TEST_CASE("Dropped recurring steps are left out of a habit goal", "[core][habit]") {
    const Goal g = habit_goal("2026-03-02", "2026-03-11");
    const Step kept = recurring("daily", "2026-03-02");
    Step dropped = recurring("daily", "2026-03-02");
    dropped.status = StepStatus::dropped;
    const auto kept_done = days({"2026-03-02", "2026-03-03"});
    const auto dropped_done = day_range("2026-03-02", "2026-03-05");
    const std::vector<Day> none;
    const HabitStepDays both[] = {{&kept, kept_done, none}, {&dropped, dropped_done, none}};
    const HabitStepDays only[] = {{&kept, kept_done, none}};
    const auto a = analyze_habit(g, both, day("2026-03-05"));
    const auto b = analyze_habit(g, only, day("2026-03-05"));
    // 10 planned, scheduled 2nd … 4th = 3, done 2; strength of the kept step only.
    CHECK(a.planned == 10);
    CHECK(a.scheduled == 3);
    CHECK(a.done == 2);
    CHECK(a.progress == Approx(b.progress));
    CHECK(a.strength.value() == Approx(b.strength.value()));
}

TEST_CASE("Habit goal counts and strength add up over several steps", "[core][habit]") {
    // Goal Mar 2 … Mar 15. Daily: planned 14; weekly:MO,WE,FR: Mar 2,4,6,9,11,13 = 6 → 20.
    const Goal g = habit_goal("2026-03-02", "2026-03-15");
    const Step daily = recurring("daily", "2026-03-02");
    const Step mwf = recurring("weekly:MO,WE,FR", "2026-03-02");
    const auto daily_done = days({"2026-03-02", "2026-03-03", "2026-03-04"});
    const auto mwf_done = days({"2026-03-02", "2026-03-03"});  // the 3rd is off schedule
    const std::vector<Day> none;
    const HabitStepDays steps[] = {{&daily, daily_done, none}, {&mwf, mwf_done, none}};
    // On Thu Mar 5 (open): daily scheduled 2,3,4 = 3 done 3; MWF scheduled 2, 4 = 2 done 1.
    const auto a = analyze_habit(g, steps, day("2026-03-05"));
    CHECK(a.planned == 20);
    CHECK(a.scheduled == 5);
    CHECK(a.done == 4);
    CHECK(a.progress == Approx(4.0 / 16.0));
    // Strength: daily 1 − m³ (m = 0.5^(1/13)); MWF, m' = 0.5^(√(3/7)/13): done Mon
    // (1 − m'), Wed missed → (1 − m')·m'. Mean of the two.
    const double m = decay(1), m3 = decay(3.0 / 7.0);
    CHECK(a.strength.value() == Approx(((1 - m * m * m) + (1 - m3) * m3) / 2));
}

TEST_CASE("Strength of a daily habit after three done days is 1 - m^3", "[core][habit]") {
    const Step s = recurring("daily", "2026-03-02");
    const double m = decay(1);  // 0.5^(1/13) = 0.948078
    const auto done = days({"2026-03-02", "2026-03-03", "2026-03-04"});
    // s: 0 → 1 − m → (1 − m)m + 1 − m = 1 − m² → 1 − m³ = 0.147820.
    CHECK(habit_strength(s, done, {}, day("2026-03-04")) == Approx(1 - m * m * m));
    CHECK(habit_strength(s, done, {}, day("2026-03-04")) == Approx(0.14782).epsilon(1e-4));
    // The 5th still open: unchanged; the 6th: the 5th missed → (1 − m³)·m.
    CHECK(habit_strength(s, done, {}, day("2026-03-05")) == Approx(1 - m * m * m));
    CHECK(habit_strength(s, done, {}, day("2026-03-06")) == Approx((1 - m * m * m) * m));
    // Before the start, and for a one-off step: 0.
    CHECK(habit_strength(s, done, {}, day("2026-03-01")) == 0);
    CHECK(habit_strength(Step{}, done, {}, day("2026-03-04")) == 0);
}

TEST_CASE("A missed day lowers a habit's strength, a skipped day does not", "[core][habit]") {
    const Step s = recurring("daily", "2026-03-02");
    const double m = decay(1);
    const auto done = days({"2026-03-02", "2026-03-04"});
    // Done, missed, done: (1 − m) → (1 − m)m → (1 − m)m² + (1 − m) = (1 − m)(1 + m²) = 0.0945.
    CHECK(habit_strength(s, done, {}, day("2026-03-04")) == Approx((1 - m) * (1 + m * m)));
    // The 3rd skipped instead: two done occurrences in a row, 1 − m² = 0.1012.
    CHECK(habit_strength(s, done, days({"2026-03-03"}), day("2026-03-04")) == Approx(1 - m * m));
}

TEST_CASE("Strength of an every:2 habit decays more slowly and ignores off days", "[core][habit]") {
    // f = 1/2, m = 0.5^(√0.5 / 13) = 0.96300; occurrences Mar 2, 4, 6 all done; the tick on
    // the 3rd is off schedule. On the 7th: 1 − m³ = 0.10694.
    const Step s = recurring("every:2", "2026-03-02");
    const double m = decay(0.5);
    const auto done = days({"2026-03-02", "2026-03-03", "2026-03-04", "2026-03-06"});
    CHECK(habit_strength(s, done, {}, day("2026-03-07")) == Approx(1 - m * m * m));
    CHECK(habit_strength(s, done, {}, day("2026-03-07")) == Approx(0.10694).epsilon(1e-4));
    // On the 9th the 8th is missed: (1 − m³)·m.
    CHECK(habit_strength(s, done, {}, day("2026-03-09")) == Approx((1 - m * m * m) * m));
}

TEST_CASE("Strength of a times:3/week habit counts the week's misses once it is over",
          "[core][habit]") {
    // f = 3/7, m = 0.5^(√(3/7)/13). Week Mar 2-8: done Mon, Wed and, beyond the 3, nothing.
    const Step s = recurring("times:3/week", "2026-03-02");
    const double m = decay(3.0 / 7.0);
    const auto done = days({"2026-03-02", "2026-03-04"});
    // Sunday the 8th: two done, the week still open → 1 − m².
    CHECK(habit_strength(s, done, {}, day("2026-03-08")) == Approx(1 - m * m));
    // Monday the 9th: one of three missed → (1 − m²)·m.
    CHECK(habit_strength(s, done, {}, day("2026-03-09")) == Approx((1 - m * m) * m));
    // A fourth tick in a week with three done does not count.
    const auto four = days({"2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05"});
    CHECK(habit_strength(s, four, {}, day("2026-03-09")) == Approx(1 - m * m * m));
    // A skipped day lowers the week's share to 2: met, nothing missed.
    CHECK(habit_strength(s, done, days({"2026-03-06"}), day("2026-03-09")) == Approx(1 - m * m));
}

TEST_CASE("The strength series is the strength of each day", "[core][habit]") {
    for (const char* repeat : {"daily", "every:3", "weekly:MO,TH", "times:3/week"}) {
        const Step s = recurring(repeat, "2026-03-04");
        const auto done = days({"2026-03-04", "2026-03-05", "2026-03-07", "2026-03-09", "2026-03-10",
                                "2026-03-12", "2026-03-13", "2026-03-14", "2026-03-15", "2026-03-20"});
        const auto skipped = days({"2026-03-11", "2026-03-16"});
        const auto series = habit_strength_series(s, done, skipped, day("2026-03-01"), day("2026-04-05"));
        REQUIRE(series.size() == 36);
        for (const auto& [d, value] : series) {
            INFO(repeat << " " << format_day(d));
            CHECK(value == Approx(habit_strength(s, done, skipped, d)));
        }
        CHECK(series.front().second == 0);  // before the start
    }
    CHECK(habit_strength_series(recurring("daily", "2026-03-01"), {}, {}, day("2026-03-05"),
                                day("2026-03-04"))
              .empty());
}

TEST_CASE("Habit history: strength mean and 30-day consistency per day, by hand", "[core][habit]") {
    const Goal g = habit_goal("2026-03-02", "2026-03-31");
    const Step daily = recurring("daily", "2026-03-02");
    const Step later = recurring("daily", "2026-03-05");  // not started on the 2nd-4th
    const auto daily_done = days({"2026-03-02", "2026-03-03"});
    const auto skipped = days({"2026-03-04"});
    const std::vector<Day> none;
    const HabitStepDays steps[] = {{&daily, daily_done, skipped}, {&later, none, none}};
    const auto h = habit_history(g, steps, day("2026-03-01"), day("2026-03-06"));
    REQUIRE(h.size() == 6);
    const double m = decay(1);
    // Mar 1: nothing scheduled, strength 0.
    CHECK(h[0].day == day("2026-03-01"));
    CHECK(h[0].strength == 0);
    CHECK_FALSE(h[0].consistency_30d);
    // Mar 3: daily 1 − m², later 0 → mean (1 − m²)/2; consistency 2/2.
    CHECK(h[2].strength == Approx((1 - m * m) / 2));
    CHECK(h[2].consistency_30d.value() == Approx(1.0));
    // Mar 5: the 4th skipped, the 5th open for both: still 2/2.
    CHECK(h[4].consistency_30d.value() == Approx(1.0));
    // Mar 6: both missed the 5th: 2 done of 2 + 1 + 1 = 4 → 0.5; strength (1 − m²)m / 2.
    CHECK(h[5].consistency_30d.value() == Approx(0.5));
    CHECK(h[5].strength == Approx((1 - m * m) * m / 2));
}

TEST_CASE("Habit history agrees with streak_stats and habit_strength on every day", "[core][habit]") {
    const Goal g = habit_goal("2026-01-05", "2026-12-31");
    const char* repeats[] = {"daily", "weekly:MO,WE,FR", "every:3", "times:3/week", "times:5/week"};
    std::vector<Step> steps;
    std::vector<std::vector<Day>> done(std::size(repeats)), skipped(std::size(repeats));
    for (size_t i = 0; i < std::size(repeats); ++i) {
        steps.push_back(recurring(repeats[i], i % 2 ? "2026-01-08" : "2026-01-05"));
        // A fixed pseudo-random pattern: done on most days, skipped now and then.
        for (int j = 0; j < 200; ++j) {
            const int r = (j * 37 + static_cast<int>(i) * 11) % 17;
            const Day d = add_days(day("2026-01-01"), j);
            if (r < 10) done[i].push_back(d);
            else if (r == 16) skipped[i].push_back(d);
        }
    }
    std::vector<HabitStepDays> marks;
    for (size_t i = 0; i < steps.size(); ++i) marks.push_back({&steps[i], done[i], skipped[i]});
    const auto h = habit_history(g, marks, day("2026-01-01"), day("2026-07-31"));
    REQUIRE(h.size() == 212);
    for (const auto& p : h) {
        INFO(format_day(p.day));
        int scheduled = 0, completed = 0;
        double strength = 0;
        for (size_t i = 0; i < steps.size(); ++i) {
            const auto st = streak_stats(steps[i], done[i], p.day, skipped[i]);
            scheduled += st.scheduled_30d;
            completed += st.completed_30d;
            strength += habit_strength(steps[i], done[i], skipped[i], p.day);
        }
        CHECK(p.strength == Approx(strength / steps.size()));
        if (scheduled == 0) {
            CHECK_FALSE(p.consistency_30d);
        } else {
            REQUIRE(p.consistency_30d);
            CHECK(*p.consistency_30d == Approx(static_cast<double>(completed) / scheduled));
        }
        CHECK(analyze_habit(g, marks, p.day).strength.value() == Approx(strength / steps.size()));
    }
}

TEST_CASE("Ten years of a daily habit chart in a few milliseconds", "[core][habit]") {
    const Goal g = habit_goal("2016-01-01", "2025-12-31");
    const Step s = recurring("daily", "2016-01-01");
    const auto done = day_range("2016-01-01", "2025-12-31");
    const std::vector<Day> none;
    const HabitStepDays steps[] = {{&s, done, none}};
    const auto t0 = std::chrono::steady_clock::now();
    const auto h = habit_history(g, steps, day("2016-01-01"), day("2025-12-31"));
    const auto a = analyze_habit(g, steps, day("2025-12-31"));
    const auto elapsed = std::chrono::steady_clock::now() - t0;
    REQUIRE(h.size() == 3653);
    // Every day done: s = 1 − m^3653, 1 to within 1e-80; consistency 30/30.
    CHECK(h.back().strength == Approx(1.0));
    CHECK(h.back().consistency_30d.value() == Approx(1.0));
    CHECK(a.scheduled == 3653);
    CHECK(a.done == 3653);
    CHECK(a.status == ProgressStatus::achieved);
    // A generous bound (debug builds, busy machines); it takes a few ms in release.
    CHECK(std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count() < 500);
}
