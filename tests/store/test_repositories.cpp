#include "core/errors.hpp"
#include "store/checkin_repository.hpp"
#include "store/entry_repository.hpp"
#include "store/goal_repository.hpp"
#include "store/step_repository.hpp"

#include <catch2/catch.hpp>

using namespace sw;

namespace {
Day day(const char* t) { return *parse_iso_day(t); }

int64_t add_goal(Database& db) {
    Goal g;
    g.title = "Goal";
    g.start_date = day("2026-01-01");
    g.due_date = day("2026-12-31");
    db.write([&] { insert_goal(db, g); });
    return g.id;
}

Step make_step(int64_t goal_id, const std::string& title) {
    Step s;
    s.goal_id = goal_id;
    s.title = title;
    s.start_date = day("2026-11-01");
    return s;
}
}  // namespace

TEST_CASE("Steps keep their order and can be moved", "[store]") {
    Database db = Database::in_memory();
    int64_t goal = add_goal(db);
    Step a = make_step(goal, "a"), b = make_step(goal, "b"), c = make_step(goal, "c");
    db.write([&] {
        insert_step(db, a);
        insert_step(db, b);
        insert_step(db, c);
    });
    auto titles = [&] {
        std::string out;
        for (const auto& s : load_steps(db)) out += s.title;
        return out;
    };
    CHECK(titles() == "abc");
    db.write([&] { move_step(db, c.id, -1); });
    CHECK(titles() == "acb");
    db.write([&] { move_step(db, a.id, -1); });  // already first: no change
    CHECK(titles() == "acb");
}

TEST_CASE("Recurring completions are one per day and can be undone", "[store]") {
    Database db = Database::in_memory();
    int64_t goal = add_goal(db);
    Step s = make_step(goal, "walk");
    s.repeat = parse_recurrence("daily");
    db.write([&] { insert_step(db, s); });
    db.write([&] {
        add_completion(db, s.id, day("2026-11-20"));
        add_completion(db, s.id, day("2026-11-20"));  // idempotent
        add_completion(db, s.id, day("2026-11-21"));
    });
    CHECK(load_completions(db).size() == 2);
    db.write([&] { remove_completion(db, s.id, day("2026-11-20")); });
    auto left = load_completions(db);
    REQUIRE(left.size() == 1);
    CHECK(left[0].day == day("2026-11-21"));
    CHECK(load_steps(db)[0].repeat == parse_recurrence("daily"));
}

TEST_CASE("Deleting a goal removes its steps, completions and entries", "[store]") {
    Database db = Database::in_memory();
    int64_t goal = add_goal(db);
    Step s = make_step(goal, "x");
    ProgressEntry e;
    e.goal_id = goal;
    e.date = day("2026-11-02");
    e.value = 3;
    db.write([&] {
        insert_step(db, s);
        add_completion(db, s.id, day("2026-11-02"));
        insert_entry(db, e);
    });
    db.write([&] { delete_goal(db, goal); });
    CHECK(load_steps(db).empty());
    CHECK(load_completions(db).empty());
    CHECK(load_entries(db).empty());
}

TEST_CASE("Entries come back ordered by date, then entry order", "[store]") {
    Database db = Database::in_memory();
    int64_t goal = add_goal(db);
    db.write([&] {
        for (auto [d, v] : {std::pair{"2026-11-03", 3.0}, {"2026-11-01", 1.0}, {"2026-11-03", 4.0}}) {
            ProgressEntry e;
            e.goal_id = goal;
            e.date = day(d);
            e.value = v;
            insert_entry(db, e);
        }
    });
    auto entries = load_entries_for_goal(db, goal);
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].value == 1.0);
    CHECK(entries[1].value == 3.0);
    CHECK(entries[2].value == 4.0);
}

TEST_CASE("A day's check-in is updated in place, keeping its identity", "[store]") {
    Database db = Database::in_memory();
    CheckIn c;
    c.date = day("2026-11-26");
    c.mood = 4;
    c.win = "ran";
    db.write([&] { upsert_checkin(db, c); });
    std::string uuid = c.uuid;
    CheckIn again;
    again.date = day("2026-11-26");
    again.mood = 2;
    db.write([&] { upsert_checkin(db, again); });
    auto all = load_checkins(db);
    REQUIRE(all.size() == 1);
    CHECK(all[0].mood == 2);
    CHECK(all[0].uuid == uuid);
    CHECK_FALSE(all[0].confidence);
}

TEST_CASE("A mood outside 1-5 is refused by the schema too", "[store]") {
    Database db = Database::in_memory();
    CheckIn c;
    c.date = day("2026-11-26");
    c.mood = 9;
    CHECK_THROWS(db.write([&] { upsert_checkin(db, c); }));
    CHECK(load_checkins(db).empty());
}

TEST_CASE("A step inserted as is keeps its position, uuid and timestamps", "[store]") {
    Database db = Database::in_memory();
    int64_t goal = add_goal(db);
    Step s = make_step(goal, "imported");
    s.position = 7;
    s.uuid = "2f9c8a52-0000-4000-8000-000000000007";
    s.created_at = "2025-01-02T03:04:05Z";
    s.updated_at = "2025-02-03T04:05:06Z";
    db.write([&] { insert_step_as_is(db, s); });
    auto back = find_step(db, s.id);
    REQUIRE(back);
    CHECK(back->position == 7);
    CHECK(back->uuid == s.uuid);
    CHECK(back->created_at == s.created_at);
    CHECK(back->updated_at == s.updated_at);
    Step next = make_step(goal, "appended");
    db.write([&] { insert_step(db, next); });
    CHECK(next.position == 8);
}

TEST_CASE("Overwriting by uuid replaces every field, timestamps included, and reports an unknown uuid", "[store]") {
    Database db = Database::in_memory();
    int64_t goal_id = add_goal(db);
    const std::string created = "2024-05-06T07:08:09Z", updated = "2030-01-01T00:00:00Z";

    SECTION("a goal") {
        Goal g = *find_goal(db, goal_id);
        g.title = "From the file";
        g.due_date = day("2027-06-30");
        g.created_at = created;
        g.updated_at = updated;
        db.write([&] { overwrite_goal_by_uuid(db, g); });
        Goal back = *find_goal(db, goal_id);
        CHECK(back.title == "From the file");
        CHECK(back.due_date == day("2027-06-30"));
        CHECK(back.created_at == created);
        CHECK(back.updated_at == updated);
        g.uuid = "2f9c8a52-0000-4000-8000-00000000dead";
        CHECK_THROWS_AS(db.write([&] { overwrite_goal_by_uuid(db, g); }), NotFoundError);
    }
    SECTION("a step") {
        Step s = make_step(goal_id, "local");
        db.write([&] { insert_step(db, s); });
        s.title = "From the file";
        s.position = 5;
        s.due_date = day("2026-12-01");
        s.created_at = created;
        s.updated_at = updated;
        db.write([&] { overwrite_step_by_uuid(db, s); });
        Step back = *find_step(db, s.id);
        CHECK(back.title == "From the file");
        CHECK(back.position == 5);
        CHECK(back.due_date == day("2026-12-01"));
        CHECK(back.created_at == created);
        CHECK(back.updated_at == updated);
        s.uuid = "2f9c8a52-0000-4000-8000-00000000dead";
        CHECK_THROWS_AS(db.write([&] { overwrite_step_by_uuid(db, s); }), NotFoundError);
    }
    SECTION("an entry") {
        ProgressEntry e;
        e.goal_id = goal_id;
        e.date = day("2026-11-02");
        e.value = 1;
        db.write([&] { insert_entry(db, e); });
        e.value = 2.5;
        e.note = "from the file";
        e.created_at = created;
        e.updated_at = updated;
        db.write([&] { overwrite_entry_by_uuid(db, e); });
        ProgressEntry back = *find_entry(db, e.id);
        CHECK(back.value == 2.5);
        CHECK(back.note == "from the file");
        CHECK(back.created_at == created);
        CHECK(back.updated_at == updated);
        e.uuid = "2f9c8a52-0000-4000-8000-00000000dead";
        CHECK_THROWS_AS(db.write([&] { overwrite_entry_by_uuid(db, e); }), NotFoundError);
    }
    SECTION("a check-in, which takes the file's uuid") {
        CheckIn local;
        local.date = day("2026-11-26");
        local.mood = 2;
        db.write([&] { upsert_checkin(db, local); });
        CheckIn incoming = local;
        incoming.uuid = "2f9c8a52-0000-4000-8000-000000000042";
        incoming.mood = 5;
        incoming.created_at = created;
        incoming.updated_at = updated;
        db.write([&] { overwrite_checkin_by_uuid(db, local.uuid, incoming); });
        auto all = load_checkins(db);
        REQUIRE(all.size() == 1);
        CHECK(all[0].uuid == incoming.uuid);
        CHECK(all[0].mood == 5);
        CHECK(all[0].created_at == created);
        CHECK(all[0].updated_at == updated);
        CHECK_THROWS_AS(db.write([&] { overwrite_checkin_by_uuid(db, local.uuid, incoming); }), NotFoundError);
    }
}

TEST_CASE("An edited entry keeps its goal, uuid and creation time", "[store]") {
    Database db = Database::in_memory();
    int64_t goal = add_goal(db);
    ProgressEntry e;
    e.goal_id = goal;
    e.date = day("2026-11-02");
    e.value = 1;
    db.write([&] { insert_entry(db, e); });
    ProgressEntry edited = e;
    edited.value = 4;
    edited.date = day("2026-11-03");
    db.write([&] { update_entry(db, edited); });
    ProgressEntry back = *find_entry(db, e.id);
    CHECK(back.value == 4);
    CHECK(back.date == day("2026-11-03"));
    CHECK(back.goal_id == goal);
    CHECK(back.uuid == e.uuid);
    CHECK(back.created_at == e.created_at);
    ProgressEntry ghost = e;
    ghost.id = 999;
    CHECK_THROWS_AS(db.write([&] { update_entry(db, ghost); }), NotFoundError);
}
