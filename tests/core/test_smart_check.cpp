#include "core/smart_check.hpp"

#include <catch2/catch.hpp>

using namespace sw;

namespace {
Day day(const char* text) { return *parse_iso_day(text); }

Goal good_numeric_goal() {
    Goal g;
    g.title = "Run a 10 km race";
    g.description = "The city run in March, with Sam";
    g.kind = GoalKind::numeric;
    g.unit = "km";
    g.baseline = 2;
    g.target = 10;
    g.confidence = 7;
    g.resources = "running club";
    g.why = "To feel strong again";
    g.start_date = day("2026-11-01");
    g.due_date = day("2027-03-01");
    return g;
}
}  // namespace

TEST_CASE("A complete numeric goal passes every SMART criterion", "[core][smart]") {
    SmartReport r = smart_check(good_numeric_goal(), day("2026-11-26"));
    CHECK(r.specific.level == CheckLevel::ok);
    CHECK(r.measurable.level == CheckLevel::ok);
    CHECK(r.achievable.level == CheckLevel::ok);
    CHECK(r.relevant.level == CheckLevel::ok);
    CHECK(r.time_bound.level == CheckLevel::ok);
    CHECK_FALSE(r.has_failure());
    CHECK(r.problems(CheckLevel::warn).empty());
}

TEST_CASE("A goal without a title fails Specific", "[core][smart]") {
    Goal g = good_numeric_goal();
    g.title = "   ";
    SmartReport r = smart_check(g, day("2026-11-26"));
    CHECK(r.specific.level == CheckLevel::fail);
    CHECK(r.has_failure());
    CHECK(r.problems(CheckLevel::fail).front().find("Specific") == 0);
}

TEST_CASE("A due date not after the start fails Time-bound", "[core][smart]") {
    Goal g = good_numeric_goal();
    g.due_date = g.start_date;
    CHECK(smart_check(g, day("2026-11-26")).time_bound.level == CheckLevel::fail);
    g.due_date = add_days(g.start_date, -3);
    CHECK(smart_check(g, day("2026-11-26")).time_bound.level == CheckLevel::fail);
}

TEST_CASE("A numeric goal whose target equals its baseline fails Measurable", "[core][smart]") {
    Goal g = good_numeric_goal();
    g.target = g.baseline;
    SmartReport r = smart_check(g, day("2026-11-26"));
    CHECK(r.measurable.level == CheckLevel::fail);
    CHECK(r.measurable.message.find("target") != std::string::npos);
}

TEST_CASE("A decreasing numeric goal is measurable", "[core][smart]") {
    Goal g = good_numeric_goal();
    g.unit = "kg";
    g.baseline = 90;
    g.target = 80;
    CHECK(smart_check(g, day("2026-11-26")).measurable.level == CheckLevel::ok);
    CHECK(g.is_decreasing());
}

TEST_CASE("Advice is a warning, never a failure", "[core][smart]") {
    Goal g = good_numeric_goal();
    g.unit = "";
    g.why = "";
    g.confidence = 3;
    g.title = "Get better";
    g.description = "";
    SmartReport r = smart_check(g, day("2026-11-26"));
    CHECK(r.measurable.level == CheckLevel::warn);
    CHECK(r.relevant.level == CheckLevel::warn);
    CHECK(r.achievable.level == CheckLevel::warn);
    CHECK(r.specific.level == CheckLevel::warn);
    CHECK_FALSE(r.has_failure());
    CHECK(r.problems(CheckLevel::warn).size() == 4);
}

TEST_CASE("A due date in the past is only a warning, so old goals can be back-filled", "[core][smart]") {
    Goal g = good_numeric_goal();
    SmartReport r = smart_check(g, day("2027-05-01"));
    CHECK(r.time_bound.level == CheckLevel::warn);
    CHECK(r.time_bound.message.find("past") != std::string::npos);
}

TEST_CASE("A deadline years away gets a nudge toward a nearer milestone", "[core][smart]") {
    Goal g = good_numeric_goal();
    g.due_date = day("2031-01-01");
    CHECK(smart_check(g, day("2026-11-26")).time_bound.level == CheckLevel::warn);
}

TEST_CASE("A milestone goal is measured by its steps", "[core][smart]") {
    Goal g = good_numeric_goal();
    g.kind = GoalKind::milestone;
    g.target = g.baseline;  // irrelevant for milestones
    CHECK(smart_check(g, day("2026-11-26")).measurable.level == CheckLevel::ok);
}
