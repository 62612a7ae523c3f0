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
