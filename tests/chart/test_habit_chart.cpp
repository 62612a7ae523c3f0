#include "chart/habit_chart.hpp"
#include "chart_test_support.hpp"

#include <catch2/catch.hpp>

using namespace sw;
using namespace sw::chart;
using namespace sw::chart::test;

namespace {

struct HabitGoal {
    Goal goal;
    Step step;
    std::vector<Day> done;
    std::vector<Day> skipped;

    HabitGoal(Day start, Day today, double rate) {
        goal.id = 1;
        goal.title = "Meditate";
        goal.kind = GoalKind::habit;
        goal.target_rate = rate;
        goal.start_date = start;
        goal.due_date = add_days(start, 180);
        step.id = 1;
        step.goal_id = 1;
        step.title = "Sit 10 min";
        step.start_date = start;
        step.repeat.kind = Recurrence::Kind::daily;
        for (Day d = start; d < today; d = add_days(d, 1))  // every day but every fifth
            if (days_between(start, d) % 5 != 4) done.push_back(d);
    }
    std::vector<HabitStepDays> days() const { return {{&step, done, skipped}}; }
};

const TextMeasure kMeasure = approximate_text_measure(12);

Polyline series(const ChartModel& m, Ink ink) {
    auto lines = primitives_of<Polyline>(m, [&](const Polyline& p) { return p.ink == ink; });
    REQUIRE(lines.size() >= 1);
    return lines.front();
}

}  // namespace

TEST_CASE("The habit chart has a point a day for the range, strength and consistency in 0-100 %", "[chart][habit]") {
    Day today = day(2026, 11, 26);
    HabitGoal h(day(2026, 9, 1), today, 0.8);
    auto steps = h.days();
    HabitChartInput in{&h.goal, steps, today, ChartRange::weeks4};
    DayDomain domain = habit_x_domain(in);
    CHECK(domain.from == add_days(today, -28));
    CHECK(domain.to == today);

    ChartModel m = build_habit_chart(in, 600, 240, kMeasure);
    REQUIRE(m.empty_message.empty());
    CHECK(all_finite(m));
    CHECK(m.hover_targets.size() == 29);  // one per day, today included
    Polyline strength = series(m, Ink::strength);
    CHECK(strength.points.size() == 29);
    CHECK_FALSE(strength.dashed);
    CHECK(series(m, Ink::consistency).dashed);
    // Every point inside the plot: the y scale is 0..100 %.
    for (Vec2 p : strength.points) CHECK(m.plot_area.contains(p));
    CHECK(has_text(m, "0%"));
    CHECK(has_text(m, "100%"));
    CHECK(has_text(m, "Strength"));
    CHECK(has_text(m, "30-day consistency"));
    CHECK(m.hover_targets.back().tooltip.rfind("Nov 26, 2026 · strength ", 0) == 0);
    // Oct 28 … Nov 25 (today, not done yet, does not count): 29 days, 6 of them a fifth day off.
    CHECK(m.hover_targets.back().tooltip.find("30-day consistency 79%") != std::string::npos);
}

TEST_CASE("The habit chart's y scale puts 0 % at the bottom of the plot and 100 % at the top", "[chart][habit]") {
    Day today = day(2026, 11, 26);
    HabitGoal h(day(2026, 9, 1), today, 0.8);
    auto steps = h.days();
    ChartModel m = build_habit_chart({&h.goal, steps, today, ChartRange::months3}, 600, 240, kMeasure);
    auto label_y = [&](const std::string& text) {
        auto labels = primitives_of<Text>(m, [&](const Text& t) { return t.text == text; });
        REQUIRE(labels.size() == 1);
        return labels.front().pos.y;
    };
    CHECK(label_y("0%") == Approx(m.plot_area.max.y));
    CHECK(label_y("100%") == Approx(m.plot_area.min.y));
}

TEST_CASE("The habit chart's target line sits at the goal's target rate", "[chart][habit]") {
    Day today = day(2026, 11, 26);
    HabitGoal h(day(2026, 9, 1), today, 0.8);
    auto steps = h.days();
    ChartModel m = build_habit_chart({&h.goal, steps, today, ChartRange::all}, 600, 240, kMeasure);
    auto targets = primitives_of<Line>(m, [](const Line& l) { return l.ink == Ink::target; });
    REQUIRE(targets.size() == 1);
    float expected_y = m.plot_area.max.y - 0.8f * m.plot_area.height();
    CHECK(targets[0].p0.y == Approx(expected_y));
    CHECK(targets[0].p1.y == Approx(expected_y));
    CHECK(targets[0].p0.x == Approx(m.plot_area.min.x));
    CHECK(targets[0].p1.x == Approx(m.plot_area.max.x));
    CHECK(has_text(m, "Target 80%"));

    h.goal.target_rate = 0.5;
    ChartModel half = build_habit_chart({&h.goal, steps, today, ChartRange::all}, 600, 240, kMeasure);
    auto line = primitives_of<Line>(half, [](const Line& l) { return l.ink == Ink::target; });
    REQUIRE(line.size() == 1);
    CHECK(line[0].p0.y == Approx((half.plot_area.min.y + half.plot_area.max.y) / 2));
}

TEST_CASE("All shows the habit from its start; a short history is widened to six days", "[chart][habit]") {
    Day today = day(2026, 11, 26);
    HabitGoal h(day(2026, 11, 24), today, 0.8);
    auto steps = h.days();
    HabitChartInput in{&h.goal, steps, today, ChartRange::all};
    DayDomain domain = habit_x_domain(in);
    CHECK(days_between(domain.from, domain.to) == 6);
    ChartModel m = build_habit_chart(in, 600, 240, kMeasure);
    CHECK(m.hover_targets.size() == 3);  // Nov 24, 25, 26: no numbers before the start or after today
    CHECK(all_finite(m));

    HabitGoal old(day(2025, 11, 1), today, 0.8);
    auto old_steps = old.days();
    ChartModel year = build_habit_chart({&old.goal, old_steps, today, ChartRange::all}, 600, 240, kMeasure);
    CHECK(year.hover_targets.size() <= 600);  // at most one per pixel column
    CHECK(year.hover_targets.back().tooltip.rfind("Nov 26, 2026", 0) == 0);
}

TEST_CASE("A goal without recurring steps gets a message, not an empty chart", "[chart][habit]") {
    Day today = day(2026, 11, 26);
    HabitGoal h(day(2026, 9, 1), today, 0.8);
    ChartModel none = build_habit_chart({&h.goal, {}, today, ChartRange::all}, 600, 240, kMeasure);
    CHECK(none.empty_message == "Add a recurring step to see how the habit grows");
    CHECK(none.hover_targets.empty());
    CHECK(has_text(none, "Add a recurring step"));

    h.step.status = StepStatus::dropped;  // a dropped habit no longer counts
    auto steps = h.days();
    CHECK_FALSE(build_habit_chart({&h.goal, steps, today, ChartRange::all}, 600, 240, kMeasure).empty_message.empty());

    HabitGoal later(day(2026, 12, 1), today, 0.8);
    auto later_steps = later.days();
    ChartModel soon = build_habit_chart({&later.goal, later_steps, today, ChartRange::all}, 600, 240, kMeasure);
    CHECK(soon.empty_message == "The first habit starts on Dec 1, 2026");
}

TEST_CASE("Consistency is left out where nothing was scheduled in the 30 days before", "[chart][habit]") {
    Day today = day(2026, 11, 26);
    HabitGoal h(day(2026, 11, 1), today, 0.8);
    h.done.clear();
    for (Day d = day(2026, 11, 1); d < today; d = add_days(d, 1)) h.skipped.push_back(d);  // away all month
    auto steps = h.days();
    ChartModel m = build_habit_chart({&h.goal, steps, today, ChartRange::all}, 600, 240, kMeasure);
    REQUIRE(m.empty_message.empty());
    CHECK(primitives_of<Polyline>(m, [](const Polyline& p) { return p.ink == Ink::consistency; }).empty());
    CHECK(m.hover_targets.front().tooltip.find("nothing scheduled in the last 30 days") != std::string::npos);
}
