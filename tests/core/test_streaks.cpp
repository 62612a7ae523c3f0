// Streaks and 30-day consistency of recurring steps.
#include "core/analytics.hpp"
#include "support/recurring_days.hpp"

#include <catch2/catch.hpp>

#include <vector>

using namespace sw;

namespace {

Day day(const char* iso) { return test::iso_day(iso); }
using test::day_range;
using test::days;
using test::recurring;

}  // namespace

TEST_CASE("A daily step done every day has a streak as long as its history", "[core]") {
    const Step s = recurring("daily", "2026-03-01");
    const auto st = streak_stats(s, day_range("2026-03-01", "2026-03-05"), day("2026-03-05"));
    CHECK(st.streak == 5);
    CHECK(st.best_streak == 5);
    CHECK(st.scheduled_30d == 5);
    CHECK(st.completed_30d == 5);
    CHECK(st.consistency_30d.value() == Approx(1.0));
}

TEST_CASE("A missed occurrence breaks the streak but best keeps the longer run", "[core]") {
    const Step s = recurring("daily", "2026-03-01");
    const auto done = days({"2026-03-01", "2026-03-02", "2026-03-03", "2026-03-05", "2026-03-06"});
    const auto st = streak_stats(s, done, day("2026-03-06"));
    CHECK(st.streak == 2);
    CHECK(st.best_streak == 3);
    CHECK(st.scheduled_30d == 6);
    CHECK(st.completed_30d == 5);
    CHECK(st.consistency_30d.value() == Approx(5.0 / 6.0));
}

TEST_CASE("Today's occurrence not yet done neither breaks the streak nor counts as missed",
          "[core]") {
    const Step s = recurring("daily", "2026-03-01");
    const auto done = day_range("2026-03-01", "2026-03-04");
    const auto st = streak_stats(s, done, day("2026-03-05"));
    CHECK(st.streak == 4);
    CHECK(st.best_streak == 4);
    CHECK(st.scheduled_30d == 4);
    CHECK(st.completed_30d == 4);
    CHECK(st.consistency_30d.value() == Approx(1.0));

    // Yesterday's occurrence, though, is missed once the day is over.
    const auto next_day = streak_stats(s, done, day("2026-03-06"));
    CHECK(next_day.streak == 0);
    CHECK(next_day.best_streak == 4);
    CHECK(next_day.scheduled_30d == 5);
}

TEST_CASE("Completing a past occurrence late mends the streak", "[core]") {
    const Step s = recurring("daily", "2026-03-01");
    const Day d = day("2026-03-05");
    const auto before = streak_stats(s, days({"2026-03-01", "2026-03-02", "2026-03-04"}), d);
    CHECK(before.streak == 1);
    CHECK(before.best_streak == 2);

    const auto after = streak_stats(
        s, days({"2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04"}), d);
    CHECK(after.streak == 4);
    CHECK(after.best_streak == 4);
}

TEST_CASE("Undoing a completion breaks the streak again", "[core]") {
    const Step s = recurring("daily", "2026-03-01");
    const Day d = day("2026-03-05");
    const auto full = streak_stats(s, day_range("2026-03-01", "2026-03-05"), d);
    CHECK(full.streak == 5);

    const auto undone = streak_stats(
        s, days({"2026-03-01", "2026-03-02", "2026-03-04", "2026-03-05"}), d);
    CHECK(undone.streak == 2);
    CHECK(undone.best_streak == 2);
    CHECK(undone.completed_30d == 4);

    // Undoing today's completion only takes today out: the streak stays at 4.
    const auto today_undone = streak_stats(s, day_range("2026-03-01", "2026-03-04"), d);
    CHECK(today_undone.streak == 4);
}

TEST_CASE("Days off the weekly schedule neither extend nor break a streak", "[core]") {
    const Step s = recurring("weekly:MO,WE,FR", "2026-03-02");  // a Monday
    const auto done = days({"2026-03-02", "2026-03-04", "2026-03-06", "2026-03-09"});
    const auto st = streak_stats(s, done, day("2026-03-10"));  // Tuesday, not scheduled
    CHECK(st.streak == 4);
    CHECK(st.best_streak == 4);
    CHECK(st.scheduled_30d == 4);
    CHECK(st.completed_30d == 4);

    // Wednesday 03-11 is scheduled and not done yet: still 4, and not in the denominator.
    const auto wednesday = streak_stats(s, done, day("2026-03-11"));
    CHECK(wednesday.streak == 4);
    CHECK(wednesday.scheduled_30d == 4);

    // On Thursday the Wednesday is missed.
    CHECK(streak_stats(s, done, day("2026-03-12")).streak == 0);
}

TEST_CASE("Completions logged on unscheduled days are ignored", "[core]") {
    const Step s = recurring("weekly:MO,WE,FR", "2026-03-02");
    // Tuesday 03-03 and Saturday 03-07 are off schedule; Friday 03-06 was missed.
    const auto done = days({"2026-03-02", "2026-03-03", "2026-03-04", "2026-03-07", "2026-03-09"});
    const auto st = streak_stats(s, done, day("2026-03-09"));
    CHECK(st.streak == 1);
    CHECK(st.best_streak == 2);
    CHECK(st.scheduled_30d == 4);
    CHECK(st.completed_30d == 3);
}

TEST_CASE("An every-N step's streak counts only its occurrence days", "[core]") {
    const Step s = recurring("every:2", "2026-03-01");
    // Occurrences 03-01, 03-03, 03-05; 03-03 missed, 03-04 is off schedule.
    const auto done = days({"2026-03-01", "2026-03-04", "2026-03-05"});
    const auto st = streak_stats(s, done, day("2026-03-06"));
    CHECK(st.streak == 1);
    CHECK(st.best_streak == 1);
    CHECK(st.scheduled_30d == 3);
    CHECK(st.completed_30d == 2);
}

TEST_CASE("Consistency covers exactly the thirty days d-29 to d", "[core]") {
    const Step s = recurring("daily", "2026-01-01");
    const Day d = day("2026-03-01");  // window 2026-01-31 … 2026-03-01
    // Done every day of January and February except 01-30 (just outside the window) and
    // 02-10; nothing yet on d.
    std::vector<Day> done;
    for (Day x : day_range("2026-01-01", "2026-02-28"))
        if (x != day("2026-01-30") && x != day("2026-02-10")) done.push_back(x);
    const auto st = streak_stats(s, done, d);
    CHECK(st.scheduled_30d == 29);  // 01-31 … 02-28; d is pending
    CHECK(st.completed_30d == 28);
    CHECK(st.consistency_30d.value() == Approx(28.0 / 29.0));
    CHECK(st.streak == 18);       // 02-11 … 02-28
    CHECK(st.best_streak == 29);  // 01-01 … 01-29, before the window

    // Once d is done it counts: 29 of 30.
    done.push_back(d);
    const auto done_today = streak_stats(s, done, d);
    CHECK(done_today.scheduled_30d == 30);
    CHECK(done_today.completed_30d == 29);
    CHECK(done_today.streak == 19);
}

TEST_CASE("Consistency only counts days from the step's start", "[core]") {
    const Step s = recurring("daily", "2026-03-10");
    const auto st = streak_stats(s, days({"2026-03-08", "2026-03-10", "2026-03-12"}),
                                 day("2026-03-15"));
    // 03-10 … 03-14 (d = 03-15 is pending); the 03-08 completion predates the start.
    CHECK(st.scheduled_30d == 5);
    CHECK(st.completed_30d == 2);
    CHECK(st.consistency_30d.value() == Approx(2.0 / 5.0));
}

TEST_CASE("Consistency is unknown when nothing was scheduled in the window", "[core]") {
    const Step sparse = recurring("every:60", "2026-01-01");  // 01-01, 03-02, …
    const auto st = streak_stats(sparse, days({"2026-01-01"}), day("2026-02-15"));
    CHECK(st.scheduled_30d == 0);
    CHECK_FALSE(st.consistency_30d.has_value());
    CHECK(st.streak == 1);  // the 01-01 occurrence is still the latest one

    // Only today scheduled and not yet done: nothing to judge yet.
    const Step fresh = recurring("daily", "2026-03-01");
    const auto first_day = streak_stats(fresh, {}, day("2026-03-01"));
    CHECK_FALSE(first_day.consistency_30d.has_value());
    CHECK(first_day.streak == 0);
}

TEST_CASE("A step before its start or without a repeat has no streak", "[core]") {
    const Step future = recurring("daily", "2026-04-01");
    const auto st = streak_stats(future, days({"2026-03-01"}), day("2026-03-15"));
    CHECK(st.streak == 0);
    CHECK(st.best_streak == 0);
    CHECK(st.scheduled_30d == 0);
    CHECK_FALSE(st.consistency_30d.has_value());

    const Step one_off = recurring("", "2026-03-01");
    const auto none = streak_stats(one_off, days({"2026-03-01", "2026-03-02"}), day("2026-03-02"));
    CHECK(none.streak == 0);
    CHECK(none.completed_30d == 0);
}

TEST_CASE("A daily streak runs through the leap day", "[core]") {
    const Step s = recurring("daily", "2028-02-27");
    const Day d = day("2028-03-01");
    CHECK(streak_stats(s, day_range("2028-02-27", "2028-03-01"), d).streak == 4);

    const auto gap = streak_stats(s, days({"2028-02-27", "2028-02-28", "2028-03-01"}), d);
    CHECK(gap.streak == 1);
    CHECK(gap.best_streak == 2);
}

TEST_CASE("Ten years of daily history are counted in full", "[core]") {
    const Step s = recurring("daily", "2016-01-01");
    const auto done = day_range("2016-01-01", "2025-12-31");
    REQUIRE(done.size() == 3653);  // 3650 days plus the leap days of 2016, 2020, 2024
    const auto st = streak_stats(s, done, day("2025-12-31"));
    CHECK(st.streak == 3653);
    CHECK(st.best_streak == 3653);
    CHECK(st.scheduled_30d == 30);
    CHECK(st.completed_30d == 30);
}

TEST_CASE("A skipped occurrence neither extends nor breaks a streak and is not counted", "[core]") {
    const Step s = recurring("daily", "2026-03-01");
    // Done 1-3, skipped 4 (ill), done 5-6: one run of 5, as if the 4th were not scheduled.
    const auto done = days({"2026-03-01", "2026-03-02", "2026-03-03", "2026-03-05", "2026-03-06"});
    const auto skipped = days({"2026-03-04"});
    const auto st = streak_stats(s, done, day("2026-03-06"), skipped);
    CHECK(st.streak == 5);
    CHECK(st.best_streak == 5);
    CHECK(st.scheduled_30d == 5);
    CHECK(st.completed_30d == 5);
    CHECK(st.consistency_30d == Approx(1.0));
    // Without the skip the 4th is a miss.
    const auto missed = streak_stats(s, done, day("2026-03-06"));
    CHECK(missed.streak == 2);
    CHECK(missed.best_streak == 3);
    CHECK(missed.consistency_30d == Approx(5.0 / 6.0));
}

TEST_CASE("times:K/week counts weeks met; the current week is open until it ends", "[core]") {
    // Monday 2026-03-02 start; 3 times a week.
    const Step s = recurring("times:3/week", "2026-03-02");
    // Week 1: Mon, Wed, Fri (met). Week 2: Tue, Sat, Sun (met). Week 3: Mon only so far.
    const auto done = days({"2026-03-02", "2026-03-04", "2026-03-06", "2026-03-10", "2026-03-14", "2026-03-15",
                            "2026-03-16"});
    const auto st = streak_stats(s, done, day("2026-03-18"));  // Wednesday of week 3
    CHECK(st.in_weeks);
    CHECK(st.streak == 2);  // week 3 not met yet, and not missed
    CHECK(st.best_streak == 2);
    CHECK(st.week_done == 1);
    CHECK(st.week_needed == 3);
    // A week with two of three breaks it; extra ticks in a week do not carry over.
    const auto broken = days({"2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-10", "2026-03-11",
                              "2026-03-16", "2026-03-17", "2026-03-18"});
    const auto b = streak_stats(s, broken, day("2026-03-18"));
    CHECK(b.streak == 1);  // week 3 met on Wednesday
    CHECK(b.best_streak == 1);
    CHECK(b.week_done == 3);
}

TEST_CASE("times:K/week: a partial first week needs its share, and a skipped day one less", "[core]") {
    // Started on a Saturday: 2 of 7 days of that week, round(3 x 2/7) = 1 needed.
    const Step s = recurring("times:3/week", "2026-03-07");
    const auto first = streak_stats(s, days({"2026-03-08"}), day("2026-03-08"));
    CHECK(first.week_needed == 1);
    CHECK(first.streak == 1);
    // The next week with one day skipped needs 2: done Mon and Thu.
    const auto next = streak_stats(s, days({"2026-03-08", "2026-03-09", "2026-03-12"}), day("2026-03-15"),
                                   days({"2026-03-10"}));
    CHECK(next.week_needed == 2);
    CHECK(next.streak == 2);
    // Consistency over 30 days: week shares, the current week counting only what is done.
    CHECK(next.consistency_30d == Approx(1.0));
}
