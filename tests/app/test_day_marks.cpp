// Marking the days of a recurring step (DESIGN "Action step"): done with a note,
// skipped, or open again; backfill of past days, never future ones; every mark
// journalled, undoable, exported and imported; a deleted step keeps its marks.
#include "app/app.hpp"
#include "app/portable.hpp"
#include "support/sample_goals.hpp"

#include <catch2/catch.hpp>

using namespace sw;
using namespace sw::test;
using nlohmann::json;

namespace {

struct Habit {
    App app{Database::in_memory(), day("2026-11-26")};
    int64_t goal = 0, step = 0;

    Habit() {
        Goal g;
        g.title = "Meditate";
        g.kind = GoalKind::habit;
        g.start_date = day("2026-11-01");
        g.due_date = day("2027-02-01");
        goal = app.add_goal(g);
        Step s;
        s.goal_id = goal;
        s.title = "Sit for ten minutes";
        s.repeat = parse_recurrence("daily");
        s.start_date = day("2026-11-01");
        step = app.add_step(s);
    }
};

}  // namespace

TEST_CASE("A day is done with its note, skipped, or open again, and each mark replaces the last", "[app][marks]") {
    Habit h;
    h.app.mark_day(h.step, day("2026-11-24"), DayMark::done, "  in the park ");
    CHECK(h.app.mark_of(h.step, day("2026-11-24")) == DayMark::done);
    CHECK(h.app.completion_note(h.step, day("2026-11-24")) == "in the park");
    h.app.mark_day(h.step, day("2026-11-24"), DayMark::skipped);
    CHECK(h.app.mark_of(h.step, day("2026-11-24")) == DayMark::skipped);
    CHECK(h.app.completions_of(h.step).empty());
    CHECK(h.app.skips_of(h.step) == std::vector<Day>{day("2026-11-24")});
    CHECK(h.app.completion_note(h.step, day("2026-11-24")).empty());
    h.app.mark_day(h.step, day("2026-11-24"), DayMark::open);
    CHECK(h.app.mark_of(h.step, day("2026-11-24")) == DayMark::open);
    CHECK(h.app.skips_of(h.step).empty());
}

TEST_CASE("Marks refuse the future, days before the start, notes on skips and one-off steps", "[app][marks]") {
    Habit h;
    CHECK_THROWS_WITH(h.app.mark_day(h.step, day("2026-11-27"), DayMark::skipped),
                      Catch::Contains("future day (2026-11-27)"));
    CHECK_THROWS_WITH(h.app.mark_day(h.step, day("2026-10-31"), DayMark::done),
                      Catch::Contains("not scheduled on 2026-10-31"));
    CHECK_THROWS_WITH(h.app.mark_day(h.step, day("2026-11-20"), DayMark::skipped, "ill"),
                      "only a day that was done carries a note");
    CHECK_THROWS_WITH(h.app.mark_day(h.step, day("2026-11-20"), DayMark::done, std::string("bad\x01")),
                      Catch::Contains("note"));
    Step once;
    once.goal_id = h.goal;
    once.title = "Buy a cushion";
    once.start_date = day("2026-11-01");
    int64_t one_off = h.app.add_step(once);
    CHECK_THROWS_WITH(h.app.mark_day(one_off, day("2026-11-20"), DayMark::skipped), Catch::Contains("one-off"));
    CHECK(h.app.skips_of(h.step).empty());
    CHECK(h.app.completions_of(h.step).empty());
}

TEST_CASE("Undo gives a day back the mark it had, note included", "[app][marks][undo]") {
    Habit h;
    h.app.mark_day(h.step, day("2026-11-24"), DayMark::done, "early");
    h.app.mark_day(h.step, day("2026-11-24"), DayMark::skipped);
    CHECK(h.app.journal(1)[0].command == "skip_step");
    CHECK(h.app.journal(1)[0].entity == "occurrence");
    h.app.undo();
    CHECK(h.app.mark_of(h.step, day("2026-11-24")) == DayMark::done);
    CHECK(h.app.completion_note(h.step, day("2026-11-24")) == "early");
    h.app.undo();
    CHECK(h.app.mark_of(h.step, day("2026-11-24")) == DayMark::open);
    h.app.redo();
    CHECK(h.app.completion_note(h.step, day("2026-11-24")) == "early");
}

TEST_CASE("A skipped day keeps the streak: it is neither scheduled nor missed", "[app][marks]") {
    Habit h;
    for (const char* d : {"2026-11-21", "2026-11-22", "2026-11-24", "2026-11-25"})
        h.app.mark_day(h.step, day(d), DayMark::done);
    h.app.mark_day(h.step, day("2026-11-23"), DayMark::skipped);
    StepRow row = h.app.step_row(*h.app.find_step(h.step), day("2026-11-25"));
    CHECK(row.streak.streak == 4);
    h.app.mark_day(h.step, day("2026-11-23"), DayMark::open);
    row = h.app.step_row(*h.app.find_step(h.step), day("2026-11-25"));
    CHECK(row.streak.streak == 2);  // the 23rd is missed now
}

TEST_CASE("Deleting a step and undoing it brings back its ticks, notes and skips", "[app][marks][undo]") {
    Habit h;
    h.app.mark_day(h.step, day("2026-11-20"), DayMark::done, "with Sam");
    h.app.mark_day(h.step, day("2026-11-21"), DayMark::skipped);
    h.app.delete_step(h.step);
    h.app.undo();
    REQUIRE(h.app.steps().size() == 1);
    int64_t back = h.app.steps()[0].id;
    CHECK(h.app.completion_note(back, day("2026-11-20")) == "with Sam");
    CHECK(h.app.mark_of(back, day("2026-11-21")) == DayMark::skipped);
}

TEST_CASE("Export carries skips and notes, and importing them twice adds them once", "[app][marks][portable]") {
    Habit h;
    h.app.mark_day(h.step, day("2026-11-20"), DayMark::done, "with Sam");
    h.app.mark_day(h.step, day("2026-11-21"), DayMark::skipped);
    json doc = export_all(h.app);
    REQUIRE(doc["skips"].size() == 1);
    CHECK(doc["skips"][0]["date"] == "2026-11-21");
    CHECK(doc["completions"][0]["note"] == "with Sam");
    CHECK(doc["goals"][0]["kind"] == "habit");
    CHECK(doc["goals"][0]["target_rate"] == 0.8);
    ExportCounts counts;
    CHECK(json::parse(export_text(h.app, counts, doc["exported_at"])) == doc);

    App other(Database::in_memory(), day("2026-11-26"));
    import_all(other, doc);
    import_all(other, doc);
    REQUIRE(other.steps().size() == 1);
    int64_t step = other.steps()[0].id;
    CHECK(other.completions_of(step).size() == 1);
    CHECK(other.completion_note(step, day("2026-11-20")) == "with Sam");
    CHECK(other.skips_of(step) == std::vector<Day>{day("2026-11-21")});
    CHECK(other.goals()[0].kind == GoalKind::habit);
}

TEST_CASE("An import does not overwrite a day the database marks otherwise, and says so", "[app][marks][portable]") {
    Habit h;
    h.app.mark_day(h.step, day("2026-11-21"), DayMark::skipped);
    json doc = export_all(h.app);
    h.app.mark_day(h.step, day("2026-11-21"), DayMark::done);
    ImportReport report = import_all(h.app, doc);
    CHECK(h.app.mark_of(h.step, day("2026-11-21")) == DayMark::done);
    REQUIRE(report.conflicts.size() == 1);
    CHECK(report.conflicts[0].record.find("skip of 2026-11-21") != std::string::npos);
}
