#include "chart/progress_chart.hpp"
#include "chart/scale.hpp"
#include "chart_test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace sw;
using namespace sw::chart;
using namespace sw::chart::test;

namespace {

Goal numeric_goal(double baseline, double target, Measure measure, Day start, Day due,
                  std::string unit = "kg") {
    Goal g;
    g.id = 1;
    g.title = "Reach a healthy weight";
    g.kind = GoalKind::numeric;
    g.measure = measure;
    g.baseline = baseline;
    g.target = target;
    g.unit = std::move(unit);
    g.start_date = start;
    g.due_date = due;
    return g;
}

ProgressEntry entry(Day d, double value, std::string note = "", int64_t id = 0) {
    ProgressEntry e;
    e.id = id;
    e.goal_id = 1;
    e.date = d;
    e.value = value;
    e.note = std::move(note);
    return e;
}

ChartModel build(const Goal& goal, const std::vector<ProgressEntry>& entries, Day today,
                 ChartRange range = ChartRange::all, GoalAnalytics analytics = {}, float width = 640,
                 float height = 260) {
    ProgressChartInput in{&goal, entries, analytics, today, range};
    return build_progress_chart(in, width, height, approximate_text_measure(13));
}

// Y axis labels: right-aligned, vertically centred, left of the plot.
std::vector<double> y_label_values(const ChartModel& m) {
    std::vector<double> values;
    for (const Text& t : primitives_of<Text>(m)) {
        if (t.halign != HAlign::right || t.valign != VAlign::middle || t.pos.x > m.plot_area.min.x) continue;
        std::string digits;  // drop the narrow no-break space that groups digits; a comma is a decimal
        for (char c : t.text)
            if (c == ',') digits += '.';
            else if (static_cast<unsigned char>(c) < 0x80) digits += c;
        values.push_back(std::stod(digits));
    }
    return values;
}

// Lines of one ink inside the plot (the legend's samples sit above it).
std::vector<Line> lines_in(const ChartModel& m, Ink ink) {
    return primitives_of<Line>(m, [&](const Line& l) {
        return l.ink == ink && m.plot_area.contains(l.p0) && m.plot_area.contains(l.p1);
    });
}

const Day kStart = day(2026, 9, 1);
const Day kDue = day(2026, 12, 31);
const Day kToday = day(2026, 11, 26);

}  // namespace

TEST_CASE("A goal without entries shows a hint and no line", "[chart]") {
    Goal g = numeric_goal(90, 80, Measure::level, kStart, kDue);
    ChartModel m = build(g, {}, kToday);
    CHECK(m.empty_message == "No entries yet — log a value to see your progress");
    CHECK(primitives_of<Polyline>(m).empty());
    CHECK(m.hover_targets.empty());
    CHECK(has_text(m, "No entries yet"));
}

TEST_CASE("A milestone goal has no progress chart", "[chart]") {
    Goal g;
    g.kind = GoalKind::milestone;
    ChartModel m = build(g, {entry(kToday, 1)}, kToday);
    CHECK_FALSE(m.empty_message.empty());
    CHECK(primitives_of<Polyline>(m).empty());
}

TEST_CASE("One entry is drawn as a single point with its tooltip", "[chart]") {
    Goal g = numeric_goal(75, 70, Measure::level, kStart, kDue);
    ChartModel m = build(g, {entry(kToday, 72.5, "felt good")}, kToday);
    CHECK(m.empty_message.empty());
    CHECK(primitives_of<Polyline>(m).empty());
    auto dots = primitives_of<Circle>(m, [](const Circle& c) { return c.ink == Ink::actual; });
    REQUIRE(dots.size() == 1);
    REQUIRE(m.hover_targets.size() == 1);
    CHECK(m.hover_targets[0].tooltip == "Nov 26, 2026 · 72.5 kg\nfelt good");
    CHECK(m.plot_area.contains(dots[0].center));
    CHECK(all_finite(m));
}

TEST_CASE("Labels and tooltips use the client's decimal separator", "[chart][numbers]") {
    Goal g = numeric_goal(75, 70.5, Measure::level, kStart, kDue);
    ProgressChartInput in{&g, {}, {}, kToday, ChartRange::all};
    in.decimal = DecimalSeparator::comma;
    std::vector<ProgressEntry> entries = {entry(kToday, 72.5)};
    in.entries = entries;
    ChartModel m = build_progress_chart(in, 640, 260, approximate_text_measure(13));
    REQUIRE(m.hover_targets.size() == 1);
    CHECK(m.hover_targets[0].tooltip == "Nov 26, 2026 \u00b7 72,5 kg");
    bool comma_label = false;
    for (const Text& t : primitives_of<Text>(m)) {
        CHECK(t.text.find("72.5") == std::string::npos);
        comma_label = comma_label || t.text.find(',') != std::string::npos;
    }
    CHECK(comma_label);  // "Target 70,5 kg"
}

TEST_CASE("Entries all on one day still give a readable chart", "[chart]") {
    Goal g = numeric_goal(75, 70, Measure::level, kToday, kToday);  // start == due too
    std::vector<ProgressEntry> entries = {entry(kToday, 74, "", 1), entry(kToday, 73.5, "", 2),
                                          entry(kToday, 73, "evening", 3)};
    ChartModel m = build(g, entries, kToday);
    CHECK(all_finite(m));
    CHECK(progress_x_domain({&g, entries, {}, kToday, ChartRange::all}).to >= add_days(kToday, 3));
    // One pixel column: one hover target standing for the latest reading.
    REQUIRE(m.hover_targets.size() == 1);
    CHECK(m.hover_targets[0].tooltip.rfind("Nov 26, 2026 · 73 kg\nevening", 0) == 0);
    CHECK(m.hover_targets[0].tooltip.find("+2 more") != std::string::npos);
    CHECK(lines_in(m, Ink::ideal).empty());  // start == due: no plan to draw

    Goal total = numeric_goal(0, 100, Measure::total, kStart, kDue, "km");
    ChartModel t = build(total, {entry(kToday, 5, "", 1), entry(kToday, 3, "", 2)}, kToday);
    REQUIRE(t.hover_targets.size() == 1);
    CHECK(t.hover_targets[0].tooltip == "Nov 26, 2026 · 8 km (+8 km)");
}

TEST_CASE("Total goals plot the running total from the baseline", "[chart]") {
    Goal g = numeric_goal(10, 100, Measure::total, kStart, kDue, "km");
    std::vector<ProgressEntry> entries = {entry(day(2026, 11, 1), 5, "park run", 1),
                                          entry(day(2026, 11, 1), 3, "", 2),
                                          entry(day(2026, 11, 3), 2.25, "", 3)};
    ChartModel m = build(g, entries, kToday);
    REQUIRE(m.hover_targets.size() == 2);
    CHECK(m.hover_targets[0].tooltip == "Nov 1, 2026 · 18 km (+8 km)\npark run");
    CHECK(m.hover_targets[1].tooltip == "Nov 3, 2026 · 20.25 km (+2.25 km)");
    auto lines = primitives_of<Polyline>(m);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].points.size() == 2);
}

TEST_CASE("A decreasing goal's y axis spans baseline and target", "[chart]") {
    Goal g = numeric_goal(92, 80, Measure::level, kStart, kDue);
    std::vector<ProgressEntry> entries = {entry(day(2026, 9, 10), 91, "", 1),
                                          entry(day(2026, 10, 10), 87.5, "", 2)};
    ChartModel m = build(g, entries, kToday);
    auto labels = y_label_values(m);
    REQUIRE(labels.size() >= 2);
    CHECK(*std::min_element(labels.begin(), labels.end()) <= 80);
    CHECK(*std::max_element(labels.begin(), labels.end()) >= 92);

    auto target = lines_in(m, Ink::target);
    auto ideal = lines_in(m, Ink::ideal);
    REQUIRE(target.size() == 1);
    REQUIRE(ideal.size() == 1);
    CHECK(ideal[0].p0.y < target[0].p0.y);  // baseline above the (lower) target on screen
    CHECK(m.plot_area.contains(ideal[0].p0));
    CHECK(has_text(m, "Target 80 kg"));
}

TEST_CASE("A value equal to the target sits on the target line", "[chart]") {
    Goal g = numeric_goal(0, 50, Measure::level, kStart, kDue, "pages");
    ChartModel m = build(g, {entry(day(2026, 10, 1), 20, "", 1), entry(kToday, 50, "", 2)}, kToday);
    auto target = lines_in(m, Ink::target);
    REQUIRE(target.size() == 1);
    auto dots = primitives_of<Circle>(m, [](const Circle& c) { return c.ink == Ink::actual; });
    REQUIRE(dots.size() == 2);
    CHECK(dots[1].center.y == Approx(target[0].p0.y));
}

TEST_CASE("The trend projection is drawn only when there is a projected date", "[chart]") {
    Goal g = numeric_goal(0, 100, Measure::total, kStart, kDue, "km");
    std::vector<ProgressEntry> entries = {entry(day(2026, 11, 20), 40, "", 1),
                                          entry(day(2026, 11, 25), 10, "", 2)};
    GoalAnalytics a;
    a.current = 50;
    ChartModel without = build(g, entries, kToday, ChartRange::all, a);
    CHECK(lines_in(without, Ink::trend).empty());
    CHECK_FALSE(has_text(without, "Trend"));

    a.trend_per_day = 2;
    a.projected_date = day(2026, 12, 21);
    ChartModel with = build(g, entries, kToday, ChartRange::all, a);
    auto trend = lines_in(with, Ink::trend);
    REQUIRE(trend.size() == 1);
    CHECK(trend[0].dashed);
    auto today = lines_in(with, Ink::today);
    REQUIRE(today.size() == 1);
    CHECK(trend[0].p0.x == Approx(today[0].p0.x));                           // starts today
    CHECK(trend[0].p1.y == Approx(lines_in(with, Ink::target)[0].p0.y));  // ends on target
    CHECK(has_text(with, "Trend"));
}

TEST_CASE("A projection far beyond the due date is clipped at the plot edge", "[chart]") {
    Goal g = numeric_goal(0, 100, Measure::total, kStart, kDue, "km");
    GoalAnalytics a;
    a.current = 10;
    a.projected_date = day(2031, 1, 1);  // far more than twice the span
    ChartModel m = build(g, {entry(day(2026, 11, 20), 10)}, kToday, ChartRange::all, a);
    auto trend = lines_in(m, Ink::trend);
    REQUIRE(trend.size() == 1);
    CHECK(trend[0].p1.x == Approx(m.plot_area.max.x));
    CHECK(trend[0].p1.y > m.plot_area.min.y);  // has not reached the target yet
}

TEST_CASE("A goal past its due date still shows today and the whole plan", "[chart]") {
    Goal g = numeric_goal(0, 20, Measure::level, day(2026, 1, 1), day(2026, 6, 30), "books");
    ChartModel m = build(g, {entry(day(2026, 3, 1), 4, "", 1), entry(day(2026, 6, 1), 12, "", 2)}, kToday);
    auto today = lines_in(m, Ink::today);
    auto ideal = lines_in(m, Ink::ideal);
    REQUIRE(today.size() == 1);
    REQUIRE(ideal.size() == 1);
    CHECK(ideal[0].p0.x == Approx(m.plot_area.min.x));
    CHECK(ideal[0].p1.x < today[0].p0.x);
    CHECK(today[0].p0.x <= m.plot_area.max.x);
    CHECK(has_text(m, "Today"));
}

TEST_CASE("The marker on the chart's day carries the label it is given, and only that", "[chart]") {
    Goal g = numeric_goal(0, 20, Measure::level, day(2026, 1, 1), day(2026, 6, 30), "books");
    std::vector<ProgressEntry> entries = {entry(day(2026, 3, 1), 4, "", 1), entry(day(2026, 6, 1), 12, "", 2)};
    ProgressChartInput in{&g, entries, {}, kToday, ChartRange::all};
    in.today_label = "End";
    ChartModel m = build_progress_chart(in, 640, 260, approximate_text_measure(13));
    auto marker = lines_in(m, Ink::today);
    REQUIRE(marker.size() == 1);
    auto labels = primitives_of<Text>(m, [](const Text& t) { return t.ink == Ink::today; });
    REQUIRE(labels.size() == 1);
    CHECK(labels[0].text == "End");
    CHECK(std::abs(labels[0].pos.x - marker[0].p0.x) == Approx(3));  // beside the marker
    CHECK_FALSE(has_text(m, "Today"));
}

TEST_CASE("Date labels of a chart across a year end do not overlap", "[chart]") {
    auto measure = approximate_text_measure(13);
    Goal g = numeric_goal(0, 300, Measure::total, day(2026, 12, 1), day(2027, 2, 28), "km");
    std::vector<ProgressEntry> entries;
    for (int i = 0; i < 60; i += 3) entries.push_back(entry(add_days(day(2026, 12, 2), i), 4, "", i + 1));
    for (float width : {300.0f, 360.0f, 500.0f, 800.0f, 1200.0f}) {
        ProgressChartInput in{&g, entries, {}, day(2027, 1, 20), ChartRange::all};
        ChartModel m = build_progress_chart(in, width, 240, measure);
        auto labels = primitives_of<Text>(m, [&](const Text& t) {
            return t.valign == VAlign::top && t.pos.y > m.plot_area.max.y;
        });
        REQUIRE(labels.size() >= 2);
        for (size_t i = 1; i < labels.size(); ++i) {
            float gap = (labels[i].pos.x - measure(labels[i].text) / 2) -
                        (labels[i - 1].pos.x + measure(labels[i - 1].text) / 2);
            CHECK(gap > 0);
        }
        for (const Text& t : labels) {
            CHECK(t.pos.x - measure(t.text) / 2 >= 0);
            CHECK(t.pos.x + measure(t.text) / 2 <= width);
        }
    }
}

TEST_CASE("Range windows end today and start no earlier than the goal", "[chart]") {
    Goal g = numeric_goal(0, 100, Measure::total, day(2025, 1, 1), day(2026, 11, 1), "h");
    std::vector<ProgressEntry> entries = {entry(day(2025, 2, 1), 1)};
    ProgressChartInput in{&g, entries, {}, kToday, ChartRange::weeks4};
    DayDomain d = progress_x_domain(in);
    CHECK(d.from == add_days(kToday, -28));
    CHECK(d.to == kToday);  // the due date has passed: nothing to look ahead to

    in.range = ChartRange::months3;
    in.analytics.projected_date = day(2026, 12, 5);
    d = progress_x_domain(in);
    CHECK(d.from == add_days(kToday, -91));
    CHECK(d.to == day(2026, 12, 5));  // looks ahead to the projection, less than 91 / 6 days

    Goal young = numeric_goal(0, 10, Measure::level, day(2026, 11, 10), day(2027, 6, 1));
    ProgressChartInput in2{&young, entries, {}, kToday, ChartRange::year1};
    in2.entries = {};
    CHECK(progress_x_domain(in2).from == day(2026, 11, 10));
}

TEST_CASE("A window without entries says so but still draws the plan", "[chart]") {
    Goal g = numeric_goal(0, 100, Measure::level, day(2025, 1, 1), day(2027, 1, 1), "h");
    ChartModel m = build(g, {entry(day(2025, 2, 1), 10)}, kToday, ChartRange::weeks4);
    CHECK(m.empty_message.empty());
    CHECK(has_text(m, "No entries in this range"));
    CHECK(m.hover_targets.empty());
    CHECK(lines_in(m, Ink::ideal).size() == 1);
}

TEST_CASE("Lines entering the window are clipped at its edge", "[chart]") {
    Goal g = numeric_goal(0, 100, Measure::level, day(2026, 1, 1), day(2027, 1, 1), "h");
    std::vector<ProgressEntry> entries = {entry(day(2026, 9, 1), 10, "", 1), entry(day(2026, 11, 20), 40, "", 2)};
    ChartModel m = build(g, entries, kToday, ChartRange::weeks4);
    auto lines = primitives_of<Polyline>(m);
    REQUIRE(lines.size() == 1);
    REQUIRE(lines[0].points.size() == 2);
    CHECK(lines[0].points[0].x == Approx(m.plot_area.min.x));
    CHECK(m.hover_targets.size() == 1);  // only the real, visible entry
}

TEST_CASE("Ten years of daily entries are thinned to the pixel grid", "[chart]") {
    Goal g = numeric_goal(0, 5000, Measure::level, day(2016, 1, 1), day(2026, 12, 31), "EUR");
    std::vector<ProgressEntry> entries;
    for (int i = 0; i < 3650; ++i)
        entries.push_back(entry(add_days(day(2016, 1, 1), i), 1000 + (i % 7) * 10 + i, "", i + 1));
    ChartModel m = build(g, entries, day(2026, 1, 1), ChartRange::all, {}, 500, 240);
    auto lines = primitives_of<Polyline>(m);
    REQUIRE(lines.size() == 1);
    float columns = m.plot_area.width() + 1;
    CHECK(lines[0].points.size() <= 2 * columns + 2);
    CHECK(lines[0].points.size() > columns / 2);
    CHECK(m.hover_targets.size() <= columns + 1);
    CHECK(primitives_of<Circle>(m, [](const Circle& c) { return c.ink == Ink::actual; }).empty());
    CHECK(m.hover_targets.back().tooltip.find("more nearby") != std::string::npos);

    // The mouse at a point's x finds that point.
    const auto& target = m.hover_targets[m.hover_targets.size() / 2];
    Vec2 p = std::get<Vec2>(target.area);
    auto hit = hover_target_at(m, {p.x, m.plot_area.min.y + 5});
    REQUIRE(hit.has_value());
    CHECK(m.hover_targets[*hit].tooltip == target.tooltip);
}

TEST_CASE("A tiny chart reports that it has no room", "[chart]") {
    Goal g = numeric_goal(0, 10, Measure::level, kStart, kDue);
    ChartModel m = build(g, {entry(kToday, 3)}, kToday, ChartRange::all, {}, 40, 30);
    CHECK_FALSE(m.empty_message.empty());
    CHECK(all_finite(m));
}
