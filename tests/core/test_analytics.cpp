// Goal analytics (DESIGN.md "Analytics"); every expectation below is worked out by hand.
#include "core/analytics.hpp"

#include <catch2/catch.hpp>

#include <vector>

using namespace sw;

namespace {

Day day(const char* iso) { return parse_iso_day(iso).value(); }

// A numeric goal over the ten days 2026-01-01 … 2026-01-11, so that expected progress
// on day 01-0N is (N-1)/10.
Goal numeric_goal(double baseline, double target, Measure measure = Measure::level) {
    Goal g;
    g.kind = GoalKind::numeric;
    g.baseline = baseline;
    g.target = target;
    g.measure = measure;
    g.start_date = day("2026-01-01");
    g.due_date = day("2026-01-11");
    return g;
}

ProgressEntry entry(int64_t id, const char* date, double value) {
    ProgressEntry e;
    e.id = id;
    e.date = day(date);
    e.value = value;
    return e;
}

// Entries relative to a reference day, for the trend tests.
ProgressEntry entry_at(int64_t id, Day d, int offset, double value) {
    ProgressEntry e;
    e.id = id;
    e.date = add_days(d, offset);
    e.value = value;
    return e;
}

Step one_off(StepStatus status, std::optional<Day> done_date = std::nullopt) {
    Step s;
    s.status = status;
    s.done_date = done_date;
    return s;
}

}  // namespace

TEST_CASE("A level goal's current value is the latest reading on or before the day", "[core]") {
    const Goal g = numeric_goal(3, 20);
    const std::vector<ProgressEntry> entries = {
        entry(1, "2026-01-02", 5), entry(2, "2026-01-04", 7), entry(3, "2026-01-04", 6),
        entry(4, "2026-01-06", 9)};
    CHECK(current_value(g, entries, day("2026-01-01")) == 3);  // baseline before any entry
    CHECK(current_value(g, entries, day("2026-01-02")) == 5);
    CHECK(current_value(g, entries, day("2026-01-03")) == 5);
    CHECK(current_value(g, entries, day("2026-01-04")) == 6);  // last of the day by id
    CHECK(current_value(g, entries, day("2026-01-05")) == 6);
    CHECK(current_value(g, entries, day("2026-01-06")) == 9);
    CHECK(current_value(g, entries, day("2026-02-01")) == 9);
}

TEST_CASE("A level goal takes the highest id of a day even when entries arrive out of order",
          "[core]") {
    const Goal g = numeric_goal(0, 20);
    const std::vector<ProgressEntry> entries = {entry(3, "2026-01-04", 6),
                                                entry(2, "2026-01-04", 7)};
    CHECK(current_value(g, entries, day("2026-01-04")) == 6);
}

TEST_CASE("A total goal's current value is the baseline plus every entry up to the day",
          "[core]") {
    const Goal g = numeric_goal(10, 50, Measure::total);
    const std::vector<ProgressEntry> entries = {
        entry(1, "2026-01-02", 5), entry(2, "2026-01-04", 2), entry(3, "2026-01-04", 3),
        entry(4, "2026-01-06", 1)};
    CHECK(current_value(g, entries, day("2026-01-01")) == 10);
    CHECK(current_value(g, entries, day("2026-01-03")) == 15);
    CHECK(current_value(g, entries, day("2026-01-04")) == 20);  // both entries of the day
    CHECK(current_value(g, entries, day("2026-01-10")) == 21);
}

TEST_CASE("Progress of an increasing goal is the share of the way from baseline to target",
          "[core]") {
    const Goal g = numeric_goal(0, 10);
    const std::vector<ProgressEntry> entries = {entry(1, "2026-01-03", 6)};
    const GoalAnalytics a = analyze_numeric(g, entries, day("2026-01-06"));
    CHECK(a.current == 6);
    CHECK(a.progress == Approx(0.6));
    CHECK(a.expected == Approx(0.5));
    CHECK(a.status == ProgressStatus::ahead);
}

TEST_CASE("Progress of a decreasing goal grows as the value falls", "[core]") {
    const Goal g = numeric_goal(80, 70);
    REQUIRE(g.is_decreasing());
    const Day d = day("2026-01-06");

    std::vector<ProgressEntry> entries = {entry(1, "2026-01-03", 78), entry(2, "2026-01-05", 76)};
    GoalAnalytics a = analyze_numeric(g, entries, d);
    CHECK(a.current == 76);
    CHECK(a.progress == Approx(0.4));              // (76 - 80) / (70 - 80)
    // 0.4 - 0.5 = -0.10 would be behind, but day 5 of the goal is a gentle start.
    CHECK(a.status == ProgressStatus::getting_started);
    CHECK(analyze_numeric(g, entries, day("2026-01-08")).status == ProgressStatus::at_risk);  // 0.4 - 0.7

    entries.push_back(entry(3, "2026-01-06", 82));
    a = analyze_numeric(g, entries, d);
    CHECK(a.progress == Approx(-0.2));             // moved away: raw, not clamped
    CHECK(a.status == ProgressStatus::getting_started);

    entries.push_back(entry(4, "2026-01-06", 68));
    a = analyze_numeric(g, entries, d);
    CHECK(a.progress == Approx(1.2));              // past the target: raw, not clamped
    CHECK(a.status == ProgressStatus::achieved);
}

TEST_CASE("Expected progress is the elapsed share of whole days, clamped to 0..1", "[core]") {
    const Goal g = numeric_goal(0, 10);  // 2026-01-01 … 2026-01-11
    CHECK(expected_progress(g, day("2025-12-31")) == 0);
    CHECK(expected_progress(g, day("2026-01-01")) == 0);
    CHECK(expected_progress(g, day("2026-01-04")) == Approx(0.3));
    CHECK(expected_progress(g, day("2026-01-11")) == 1);
    CHECK(expected_progress(g, day("2026-02-20")) == 1);

    Goal across = g;  // ten days across a month end
    across.start_date = day("2026-01-25");
    across.due_date = day("2026-02-04");
    CHECK(expected_progress(across, day("2026-02-01")) == Approx(0.7));

    Goal broken = g;  // due not after start never saves, but must not divide by zero
    broken.due_date = broken.start_date;
    CHECK(expected_progress(broken, day("2026-01-05")) == 0);
}

TEST_CASE("Status ahead starts at exactly +0.10 over the expected progress", "[core]") {
    const Goal g = numeric_goal(0, 10);
    const Day d = day("2026-01-06");  // expected 0.5
    const double expected = expected_progress(g, d);
    CHECK(progress_status(g, 0.6, expected, d) == ProgressStatus::ahead);  // 0.0999…98 in doubles
    CHECK(progress_status(g, 0.59, expected, d) == ProgressStatus::on_track);
}

TEST_CASE("Status on track reaches down to exactly -0.05", "[core]") {
    const Goal g = numeric_goal(0, 10);
    const Day d = day("2026-01-03");  // expected 0.2
    const double expected = expected_progress(g, d);
    CHECK(progress_status(g, 0.15, expected, d) == ProgressStatus::on_track);  // -0.0500…02
    // Below on track in the goal's first week: a gentle start, not behind.
    CHECK(progress_status(g, 0.14, expected, d) == ProgressStatus::getting_started);
    CHECK(progress_status(g, 0.2, expected, d) == ProgressStatus::on_track);
}

TEST_CASE("Status behind reaches down to exactly -0.20, below that it is at risk", "[core]") {
    const Goal g = numeric_goal(0, 10);
    const Day d = day("2026-01-10");  // expected 0.9
    const double expected = expected_progress(g, d);
    CHECK(progress_status(g, 0.7, expected, d) == ProgressStatus::behind);  // -0.2000…07
    CHECK(progress_status(g, 0.69, expected, d) == ProgressStatus::at_risk);
}

TEST_CASE("Status boundaries hold for progress computed from decimal readings", "[core]") {
    const Goal g = numeric_goal(70.3, 80.3);
    const std::vector<ProgressEntry> entries = {entry(1, "2026-01-05", 76.3)};
    CHECK(analyze_numeric(g, entries, day("2026-01-06")).status == ProgressStatus::ahead);
}

TEST_CASE("A goal before its start day is not started", "[core]") {
    const Goal g = numeric_goal(0, 10);
    CHECK(progress_status(g, 0.5, 0, day("2025-12-31")) == ProgressStatus::not_started);
    CHECK(progress_status(g, 0.5, 0, day("2026-01-01")) == ProgressStatus::ahead);
}

TEST_CASE("A goal past its due day without reaching the target is overdue", "[core]") {
    const Goal g = numeric_goal(0, 10);
    CHECK(progress_status(g, 0.9, 1, day("2026-01-12")) == ProgressStatus::overdue);
    // On the due day itself it is still judged by delta: 0.9 - 1 = -0.10.
    CHECK(progress_status(g, 0.9, 1, day("2026-01-11")) == ProgressStatus::behind);
    CHECK(progress_status(g, 1.0, 1, day("2026-01-12")) == ProgressStatus::achieved);
}

TEST_CASE("A goal marked achieved is achieved whatever its numbers", "[core]") {
    Goal g = numeric_goal(0, 10);
    g.status = GoalStatus::achieved;
    CHECK(progress_status(g, 0.2, 0.9, day("2026-01-10")) == ProgressStatus::achieved);
    CHECK(progress_status(g, 0.2, 1, day("2026-03-01")) == ProgressStatus::achieved);
}

TEST_CASE("Progress of exactly one is achieved even before the start day", "[core]") {
    const Goal g = numeric_goal(0, 10);
    CHECK(progress_status(g, 1.0, 0, day("2025-12-30")) == ProgressStatus::achieved);
    CHECK(progress_status(g, 0.999, 0, day("2025-12-30")) == ProgressStatus::not_started);
}

TEST_CASE("Trend needs entries on at least two distinct days", "[core]") {
    const Goal g = numeric_goal(0, 100);
    const Day d = day("2026-03-10");
    CHECK_FALSE(trend_per_day(g, std::vector<ProgressEntry>{}, d).has_value());
    const std::vector<ProgressEntry> one_day = {entry_at(1, d, -1, 10), entry_at(2, d, -1, 20)};
    CHECK_FALSE(trend_per_day(g, one_day, d).has_value());
    CHECK_FALSE(projected_date(g, one_day, d).has_value());
    CHECK_FALSE(analyze_numeric(g, one_day, d).trend_per_day.has_value());
}

TEST_CASE("Trend is the least-squares slope and projects where the line meets the target",
          "[core]") {
    const Goal g = numeric_goal(0, 100);
    const Day d = day("2026-03-10");
    // Points (-6, 10), (-3, 16), (0, 22): slope 2, line at d = 22; (100 - 22) / 2 = 39 days.
    const std::vector<ProgressEntry> entries = {entry_at(1, d, -6, 10), entry_at(2, d, -3, 16),
                                                entry_at(3, d, 0, 22)};
    REQUIRE(trend_per_day(g, entries, d).has_value());
    CHECK(*trend_per_day(g, entries, d) == Approx(2.0));
    REQUIRE(projected_date(g, entries, d).has_value());
    CHECK(*projected_date(g, entries, d) == day("2026-04-18"));

    const GoalAnalytics a = analyze_numeric(g, entries, d);
    CHECK(a.trend_per_day.value() == Approx(2.0));
    CHECK(a.projected_date == day("2026-04-18"));
}

TEST_CASE("Projection uses the fitted line, not the latest value, and rounds up to a whole day",
          "[core]") {
    Goal g = numeric_goal(0, 30);
    const Day d = day("2026-03-10");
    // Points (-2, 10), (-1, 13), (0, 13): slope 3/2, line at d = 13.5.
    const std::vector<ProgressEntry> entries = {entry_at(1, d, -2, 10), entry_at(2, d, -1, 13),
                                                entry_at(3, d, 0, 13)};
    CHECK(trend_per_day(g, entries, d).value() == Approx(1.5));
    // (30 - 13.5) / 1.5 = 11 exactly; from the latest value 13 it would be 11.33 → 12.
    CHECK(projected_date(g, entries, d) == add_days(d, 11));
    // (20 - 13.5) / 1.5 = 4.33 → the line is at or past 20 from day 5 on.
    g.target = 20;
    CHECK(projected_date(g, entries, d) == add_days(d, 5));
}

TEST_CASE("A flat trend gives no projection", "[core]") {
    const Goal g = numeric_goal(0, 100);
    const Day d = day("2026-03-10");
    const std::vector<ProgressEntry> entries = {entry_at(1, d, -5, 10), entry_at(2, d, 0, 10)};
    CHECK(trend_per_day(g, entries, d).value() == 0);
    CHECK_FALSE(projected_date(g, entries, d).has_value());
}

TEST_CASE("A trend pointing away from the target gives no projection", "[core]") {
    const Day d = day("2026-03-10");
    const Goal up = numeric_goal(0, 100);
    const std::vector<ProgressEntry> falling = {entry_at(1, d, -4, 20), entry_at(2, d, 0, 10)};
    CHECK(trend_per_day(up, falling, d).value() == Approx(-2.5));
    CHECK_FALSE(projected_date(up, falling, d).has_value());

    const Goal down = numeric_goal(80, 70);
    const std::vector<ProgressEntry> rising = {entry_at(1, d, -4, 79), entry_at(2, d, 0, 81)};
    CHECK(trend_per_day(down, rising, d).value() == Approx(0.5));
    CHECK_FALSE(projected_date(down, rising, d).has_value());
}

TEST_CASE("A decreasing goal with a falling trend projects when it gets down to the target",
          "[core]") {
    const Goal g = numeric_goal(80, 70);
    const Day d = day("2026-03-10");
    // Points (-4, 79), (0, 77): slope -0.5, line at d = 77; (70 - 77) / -0.5 = 14 days.
    const std::vector<ProgressEntry> entries = {entry_at(1, d, -4, 79), entry_at(2, d, 0, 77)};
    CHECK(trend_per_day(g, entries, d).value() == Approx(-0.5));
    CHECK(projected_date(g, entries, d) == day("2026-03-24"));
}

TEST_CASE("The trend window covers d-27 to d and leaves out d-28", "[core]") {
    const Goal g = numeric_goal(0, 1000);
    const Day d = day("2026-03-10");
    // With d-28 the slope would be far from 1: (-28, 100) pulls the line down to the right.
    const std::vector<ProgressEntry> entries = {entry_at(1, d, -28, 100), entry_at(2, d, -27, 10),
                                                entry_at(3, d, 0, 37)};
    CHECK(trend_per_day(g, entries, d).value() == Approx(1.0));

    const std::vector<ProgressEntry> edge_only = {entry_at(1, d, -28, 100),
                                                  entry_at(2, d, 0, 37)};
    CHECK_FALSE(trend_per_day(g, edge_only, d).has_value());
}

TEST_CASE("Entries after the day count neither for the value nor for the trend", "[core]") {
    const Goal g = numeric_goal(0, 100);
    const Day d = day("2026-03-10");
    const std::vector<ProgressEntry> entries = {entry_at(1, d, -2, 10), entry_at(2, d, 0, 14),
                                                entry_at(3, d, 1, 90)};
    CHECK(current_value(g, entries, d) == 14);
    CHECK(trend_per_day(g, entries, d).value() == Approx(2.0));
}

TEST_CASE("A total goal's trend points carry everything logged before the window", "[core]") {
    const Goal g = numeric_goal(0, 120, Measure::total);
    const Day d = day("2026-03-10");
    // Points (-2, 105) and (0, 110): slope 2.5; line at d = 110, so 120 is 4 days away
    // (without the 100 from d-40 it would be 44 days).
    const std::vector<ProgressEntry> entries = {entry_at(1, d, -40, 100), entry_at(2, d, -2, 5),
                                                entry_at(3, d, 0, 5)};
    CHECK(trend_per_day(g, entries, d).value() == Approx(2.5));
    CHECK(projected_date(g, entries, d) == add_days(d, 4));
}

TEST_CASE("Several entries on one day make one trend point: the last for level, the sum for total",
          "[core]") {
    const Day d = day("2026-03-10");
    const std::vector<ProgressEntry> entries = {entry_at(1, d, -1, 2), entry_at(2, d, -1, 3),
                                                entry_at(3, d, 0, 4)};
    // total: (-1, 5), (0, 9) → 4 per day; level: (-1, 3), (0, 4) → 1 per day.
    CHECK(trend_per_day(numeric_goal(0, 100, Measure::total), entries, d).value() == Approx(4.0));
    CHECK(trend_per_day(numeric_goal(0, 100, Measure::level), entries, d).value() == Approx(1.0));
}

TEST_CASE("A fitted line already past the target while the value is short projects today",
          "[core]") {
    const Goal g = numeric_goal(0, 100);
    const Day d = day("2026-03-10");
    // Points (-2, 50), (-1, 150), (0, 90): slope 20, line at d = 350/3 ≈ 116.7 > 100,
    // yet the latest reading 90 is short of the target.
    const std::vector<ProgressEntry> entries = {entry_at(1, d, -2, 50), entry_at(2, d, -1, 150),
                                                entry_at(3, d, 0, 90)};
    CHECK(trend_per_day(g, entries, d).value() == Approx(20.0));
    CHECK(projected_date(g, entries, d) == d);
}

TEST_CASE("An achieved goal has no projected date", "[core]") {
    Goal g = numeric_goal(0, 100);
    const Day d = day("2026-03-10");
    const std::vector<ProgressEntry> reached = {entry_at(1, d, -2, 80), entry_at(2, d, 0, 100)};
    CHECK(trend_per_day(g, reached, d).value() == Approx(10.0));
    CHECK_FALSE(projected_date(g, reached, d).has_value());

    const std::vector<ProgressEntry> short_of = {entry_at(1, d, -2, 40), entry_at(2, d, 0, 60)};
    REQUIRE(projected_date(g, short_of, d).has_value());  // 60 + 10/day → d+4
    g.status = GoalStatus::achieved;
    CHECK_FALSE(projected_date(g, short_of, d).has_value());
}

TEST_CASE("A projection beyond the year 9999 is no projection", "[core]") {
    const Goal g = numeric_goal(0, 100);
    const Day d = day("2026-03-10");
    const std::vector<ProgressEntry> crawl = {entry_at(1, d, -1, 0), entry_at(2, d, 0, 1e-9)};
    CHECK(trend_per_day(g, crawl, d).value() > 0);
    CHECK_FALSE(projected_date(g, crawl, d).has_value());
}

TEST_CASE("Milestone progress is one-off steps done by the day over non-dropped one-off steps",
          "[core]") {
    Goal g = numeric_goal(0, 0);
    g.kind = GoalKind::milestone;
    const Day d = day("2026-01-06");  // expected 0.5
    Step recurring = one_off(StepStatus::done);
    recurring.repeat = parse_recurrence("daily");
    const std::vector<Step> steps = {
        one_off(StepStatus::done, day("2026-01-03")),  // counts, done
        one_off(StepStatus::done),                     // done, day unknown: counts as done
        one_off(StepStatus::done, day("2026-01-20")),  // done after d: not yet
        one_off(StepStatus::open),
        one_off(StepStatus::dropped),  // left out entirely
        recurring,                     // left out entirely
    };
    const GoalAnalytics a = analyze_milestone(g, steps, d);
    CHECK(a.current == 2);
    CHECK(a.progress == Approx(0.5));  // 2 of 4
    CHECK(a.expected == Approx(0.5));
    CHECK(a.status == ProgressStatus::on_track);
    CHECK_FALSE(a.trend_per_day.has_value());
    CHECK_FALSE(a.projected_date.has_value());

    // On 01-20 the third step is done too: 3 of 4 = 0.75, past due → overdue.
    const GoalAnalytics later = analyze_milestone(g, steps, day("2026-01-20"));
    CHECK(later.current == 3);
    CHECK(later.progress == Approx(0.75));
    CHECK(later.status == ProgressStatus::overdue);
}

TEST_CASE("A milestone goal without one-off steps has zero progress", "[core]") {
    Goal g = numeric_goal(0, 0);
    g.kind = GoalKind::milestone;
    const GoalAnalytics a = analyze_milestone(g, std::vector<Step>{}, day("2026-01-06"));
    CHECK(a.progress == 0);
    CHECK(a.current == 0);
    CHECK(a.status == ProgressStatus::getting_started);  // 0 - 0.5, on day 5 of the goal
    CHECK(analyze_milestone(g, std::vector<Step>{}, day("2026-01-09")).status == ProgressStatus::at_risk);

    g.status = GoalStatus::achieved;
    CHECK(analyze_milestone(g, std::vector<Step>{}, day("2026-01-06")).status ==
          ProgressStatus::achieved);
}

TEST_CASE("A milestone goal with every step done is achieved", "[core]") {
    Goal g = numeric_goal(0, 0);
    g.kind = GoalKind::milestone;
    const std::vector<Step> steps = {one_off(StepStatus::done), one_off(StepStatus::done),
                                     one_off(StepStatus::dropped)};
    const GoalAnalytics a = analyze_milestone(g, steps, day("2026-01-02"));
    CHECK(a.progress == 1);
    CHECK(a.status == ProgressStatus::achieved);
}

TEST_CASE("Progress statuses have stable names and friendly labels", "[core]") {
    CHECK(to_string(ProgressStatus::achieved) == "achieved");
    CHECK(to_string(ProgressStatus::not_started) == "not_started");
    CHECK(to_string(ProgressStatus::overdue) == "overdue");
    CHECK(to_string(ProgressStatus::ahead) == "ahead");
    CHECK(to_string(ProgressStatus::on_track) == "on_track");
    CHECK(to_string(ProgressStatus::behind) == "behind");
    CHECK(to_string(ProgressStatus::at_risk) == "at_risk");
    CHECK(status_label(ProgressStatus::achieved) == "Achieved");
    CHECK(status_label(ProgressStatus::not_started) == "Not started");
    CHECK(status_label(ProgressStatus::overdue) == "Overdue");
    CHECK(status_label(ProgressStatus::ahead) == "Ahead");
    CHECK(status_label(ProgressStatus::on_track) == "On track");
    CHECK(status_label(ProgressStatus::behind) == "Behind");
    CHECK(status_label(ProgressStatus::at_risk) == "At risk");
}

TEST_CASE("Gentle start: in its first 7 days a goal is getting started, not behind or at risk", "[core]") {
    Goal g = numeric_goal(0, 10);
    g.start_date = day("2026-03-01");
    g.due_date = day("2026-03-21");  // 20 days: expected 0.3 on day 6
    const double expected6 = expected_progress(g, day("2026-03-07"));
    CHECK(progress_status(g, 0.0, expected6, day("2026-03-07")) == ProgressStatus::getting_started);  // day 6
    CHECK(progress_status(g, 0.2, expected6, day("2026-03-07")) == ProgressStatus::getting_started);
    CHECK(progress_status(g, 0.3, expected6, day("2026-03-07")) == ProgressStatus::on_track);  // on track stays so
    CHECK(progress_status(g, 0.45, expected6, day("2026-03-07")) == ProgressStatus::ahead);
    const double expected7 = expected_progress(g, day("2026-03-08"));
    CHECK(progress_status(g, 0.0, expected7, day("2026-03-08")) == ProgressStatus::at_risk);  // day 7: thresholds apply
    CHECK(to_string(ProgressStatus::getting_started) == "getting_started");
    CHECK(status_label(ProgressStatus::getting_started) == "Getting started");
}
