// A CLI command reads only what it shows (app/app.hpp Reads): each goal's
// progress from the per-goal totals and the trend window must equal what the
// window computes from every entry.
#include "app/app.hpp"
#include "store/entry_repository.hpp"
#include "support/sample_goals.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <random>

using namespace sw;
using namespace sw::test;

namespace {

void check_same_row(const GoalRow& fast, const GoalRow& full) {
    INFO("goal " << full.goal.id << " (" << full.goal.title << ")");
    CHECK(fast.analytics.current == Approx(full.analytics.current).epsilon(1e-12));
    CHECK(fast.analytics.progress == Approx(full.analytics.progress).epsilon(1e-12));
    CHECK(fast.analytics.expected == full.analytics.expected);
    CHECK(fast.analytics.status == full.analytics.status);
    REQUIRE(fast.analytics.trend_per_day.has_value() == full.analytics.trend_per_day.has_value());
    if (full.analytics.trend_per_day)
        CHECK(*fast.analytics.trend_per_day == Approx(*full.analytics.trend_per_day).epsilon(1e-9));
    CHECK(fast.analytics.projected_date == full.analytics.projected_date);
    CHECK(fast.entry_count == full.entry_count);
    CHECK(fast.last_entry == full.last_entry);
}

}  // namespace

TEST_CASE("Goal progress read from totals and the trend window equals progress from every entry", "[app][reads]") {
    TempDir dir;
    std::string path = dir.file("s.db");
    std::mt19937 rng(7);
    {
        App app(Database::open(path), day("2027-01-01"));  // every entry in the past when logged
        for (int i = 0; i < 6; ++i) {
            Goal g = run_10k();
            g.title = "Goal " + std::to_string(i);
            g.measure = i % 2 ? Measure::total : Measure::level;
            g.start_date = day("2025-01-01");
            g.target = g.measure == Measure::total ? 5000 : 10;
            if (i == 4) g.target = -3;  // a goal that goes down
            int64_t id = app.add_goal(g);
            int entries = i == 5 ? 0 : 150;  // and one without any
            std::uniform_int_distribution<int> offset(0, 720);  // some after the days checked
            std::uniform_real_distribution<double> value(-2, 12);
            for (int e = 0; e < entries; ++e)
                app.log_progress(id, add_days(day("2025-01-01"), offset(rng)), value(rng), "");
        }
        // Changes and deletions go through the triggers' other paths.
        auto some = load_entries_for_goal(app.database(), 2);
        app.apply(EditEntry{some[3].id, set_field("value", 42.5)});
        app.delete_entry(some[10].id);
        app.delete_entry(some[11].id);
    }
    for (const char* when : {"2025-01-01", "2025-03-15", "2026-02-01", "2026-11-26", "2027-06-01"}) {
        Day d = day(when);
        INFO("on " << when);
        App full(Database::open(path), d);
        App fast(Database::open(path), d, Origin::cli, Reads::progress(d));
        CHECK(fast.entries_of(1).empty());  // it did not read them
        for (const Goal& g : full.goals()) check_same_row(fast.goal_row(g, d), full.goal_row(g, d));
    }
}

TEST_CASE("A command that did not read a day's progress is told so rather than shown zeros", "[app][reads]") {
    App app(Database::in_memory(), day("2026-11-26"), Origin::cli, Reads::records());
    int64_t id = app.add_goal(run_10k());
    app.log_progress(id, day("2026-11-20"), 5, "");
    CHECK_THROWS_AS(app.goal_row(*app.find_goal(id), day("2026-11-26")), std::logic_error);
    App progress(Database::in_memory(), day("2026-11-26"), Origin::cli, Reads::progress(day("2026-11-26")));
    progress.add_goal(run_10k());
    CHECK_NOTHROW(progress.snapshot_on(day("2026-11-26")));
    CHECK_THROWS_AS(progress.snapshot_on(day("2026-11-25")), std::logic_error);
}

TEST_CASE("Logging through a progress-only App updates that goal's progress", "[app][reads]") {
    App app(Database::in_memory(), day("2026-11-26"), Origin::cli, Reads::progress(day("2026-11-26")));
    int64_t id = app.add_goal(run_10k());
    app.log_progress(id, day("2026-11-25"), 6, "");
    const GoalRow* row = app.snapshot().goal(id);
    REQUIRE(row);
    CHECK(row->analytics.current == 6);
    CHECK(row->entry_count == 1);
    CHECK(row->last_entry == day("2026-11-25"));
}
