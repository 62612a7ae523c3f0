// Every field a record shows can be changed by a patch: the readers in
// record_patch.cpp list the fields once more, and a field added to a record
// (app/records.hpp) but not to its reader would be silently dropped by an edit.
#include "app/record_patch.hpp"
#include "app/records.hpp"
#include "support/sample_goals.hpp"

#include <catch2/catch.hpp>

using namespace sw;
using namespace sw::test;

namespace {

// The record without the fields no edit changes.
json editable(json record) {
    for (const char* key : {"uuid", "created_at", "updated_at", "goal_uuid", "position"}) record.erase(key);
    return record;
}

}  // namespace

TEST_CASE("A goal read back from its record keeps every editable field", "[app][records]") {
    Goal g;
    g.title = "Meditate";
    g.description = "Ten minutes";
    g.kind = GoalKind::habit;
    g.unit = "min";
    g.baseline = 1;
    g.target = 2;
    g.measure = Measure::total;
    g.target_rate = 0.65;
    g.confidence = 3;
    g.resources = "an app";
    g.obstacles = "mornings";
    g.why = "calm";
    g.life_area = "health";
    g.start_date = day("2026-11-01");
    g.due_date = day("2027-02-01");
    g.status = GoalStatus::paused;
    g.archived = true;
    g.is_private = true;
    json record = goal_record(g);
    CHECK(editable(goal_record(goal_from_record(Goal{}, record))) == editable(record));
}

TEST_CASE("A step read back from its record keeps every editable field", "[app][records]") {
    Step s;
    s.title = "Sit";
    s.notes = "on the cushion";
    s.start_date = day("2026-11-01");
    s.repeat = parse_recurrence("times:3/week");
    s.status = StepStatus::dropped;
    s.done_date = day("2026-11-20");
    s.if_text = "I'm late";
    s.then_text = "sit for two minutes";
    s.remind_at = 7 * 60 + 30;
    json record = step_record(s, "");
    CHECK(editable(step_record(step_from_record(Step{}, record), "")) == editable(record));
}

TEST_CASE("A check-in read back from its record keeps every editable field", "[app][records]") {
    CheckIn c;
    c.date = day("2026-11-20");
    c.mood = 4;
    c.confidence = 6;
    c.win = "ran";
    c.obstacle = "rain";
    c.next_step = "stretch";
    c.note = "ok";
    c.next_week = "start earlier";
    json record = checkin_record(c);
    CheckIn back = checkin_from_record(CheckIn{}, record);
    back.date = c.date;  // the day names the check-in; it is not edited
    CHECK(editable(checkin_record(back)) == editable(record));
}
