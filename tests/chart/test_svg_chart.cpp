#include "chart/heatmap.hpp"
#include "chart/progress_chart.hpp"
#include "chart_test_support.hpp"
#include "report/svg_chart.hpp"

#include <catch2/catch.hpp>

using namespace sw;
using namespace sw::chart;
using namespace sw::chart::test;

namespace {

size_t count_of(const std::string& haystack, const std::string& needle) {
    size_t n = 0;
    for (size_t pos = haystack.find(needle); pos != std::string::npos; pos = haystack.find(needle, pos + 1)) ++n;
    return n;
}

ChartModel hostile_model() {
    ChartModel m;
    m.width = 200;
    m.height = 100;
    m.description = "Goal \"<script>alert(1)</script>\"";
    m.primitives.emplace_back(Text{{10, 10}, "<script>alert('x')</script> & co", Ink::text, HAlign::left, VAlign::top});
    m.primitives.emplace_back(Line{{0, 50}, {200, 50}, Ink::trend, 1.5f, true});
    m.primitives.emplace_back(Circle{{20, 20}, 3, Ink::confidence, false, 1});
    m.hover_targets.push_back({Vec2{30, 40}, "Nov 26 · <script>evil()</script>\nline two"});
    m.hover_targets.push_back({Area{{0, 0}, {10, 10}}, "a'b\"c&d"});
    return m;
}

}  // namespace

TEST_CASE("SVG output escapes all text, including titles and tooltips", "[chart]") {
    std::string svg = report::chart_to_svg(hostile_model());
    CHECK(svg.find("<script") == std::string::npos);
    CHECK(svg.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co") != std::string::npos);
    CHECK(svg.find("<title>Nov 26 · &lt;script&gt;evil()&lt;/script&gt;\nline two</title>") != std::string::npos);
    CHECK(svg.find("<title>a&#39;b&quot;c&amp;d</title>") != std::string::npos);
    CHECK(svg.find("<title>Goal &quot;&lt;script&gt;") != std::string::npos);
    CHECK(report::xml_escape(std::string("bell\x07") + "\ttab") == "bell\ttab");
}

TEST_CASE("SVG output is self-contained: the only http is the SVG namespace", "[chart]") {
    std::string svg = report::chart_to_svg(hostile_model());
    const std::string ns = "xmlns=\"http://www.w3.org/2000/svg\"";
    REQUIRE(count_of(svg, ns) == 1);
    std::string rest = svg;
    rest.erase(rest.find(ns), ns.size());
    CHECK(rest.find("http") == std::string::npos);
    CHECK(rest.find("href") == std::string::npos);
    CHECK(rest.find("url(") == std::string::npos);
    CHECK(svg.rfind("<svg", 0) == 0);
    CHECK(count_of(svg, "</svg>") == 1);
    CHECK(svg.find("viewBox=\"0 0 200 100\"") != std::string::npos);
    CHECK(svg.find("font-family=\"sans-serif\"") != std::string::npos);
    CHECK(svg.find("stroke-dasharray") != std::string::npos);
}

TEST_CASE("SVG uses the light palette's colours", "[chart]") {
    std::string svg = report::chart_to_svg(hostile_model());
    CHECK(svg.find(to_hex(colour_of(light_palette(), Ink::trend))) != std::string::npos);
    CHECK(svg.find(to_hex(colour_of(light_palette(), Ink::background))) != std::string::npos);
}

TEST_CASE("A real progress chart with a hostile note renders as safe SVG", "[chart]") {
    Goal g;
    g.title = "Run <b>far</b>";
    g.kind = GoalKind::numeric;
    g.measure = Measure::total;
    g.unit = "km & more";
    g.baseline = 0;
    g.target = 80;
    g.start_date = day(2026, 11, 1);
    g.due_date = day(2026, 12, 31);
    std::vector<ProgressEntry> entries(2);
    entries[0].date = day(2026, 11, 3);
    entries[0].value = 5;
    entries[0].note = "</title><script>alert(1)</script>";
    entries[1].date = day(2026, 11, 10);
    entries[1].value = 7.5;
    ProgressChartInput in{&g, entries, {}, day(2026, 11, 26), ChartRange::all};
    std::string svg = report::chart_to_svg(build_progress_chart(in, 600, 240, approximate_text_measure(13)));
    CHECK(svg.find("<script") == std::string::npos);
    CHECK(svg.find("<b>") == std::string::npos);
    CHECK(count_of(svg, "<title>") == count_of(svg, "</title>"));
    CHECK(count_of(svg, "<title>") == 3);  // the chart and two points
    CHECK(svg.find("km &amp; more") != std::string::npos);

    std::vector<DayActivity> days = {{day(2026, 11, 24), 2, 1}};
    std::string heat = report::chart_to_svg(build_activity_heatmap(days, day(2026, 11, 29), 26, 12,
                                                                    approximate_text_measure(11)));
    CHECK(count_of(heat, "<title>") == 26 * 7 + 1);
}
