// SQLite's errors leave the store as its own: StoreError with one line that says
// what failed, RecordRefusedError for a record the schema refuses (the import
// names the record with its reason), DamagedDatabaseError for a damaged file.
#include "store/backup.hpp"
#include "store/checkin_repository.hpp"
#include "store/damage_support.hpp"
#include "store/step_repository.hpp"
#include "store/store_errors.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace sw;
using namespace sw::test;

namespace {
Day day(const char* t) { return *parse_iso_day(t); }

Goal sample_goal() {
    Goal g;
    g.title = "Goal";
    g.start_date = day("2026-01-01");
    g.due_date = day("2026-12-31");
    return g;
}

// What `write` throws, which must be the store's own type and never SQLite's.
template <class Error, class Write>
Error thrown_by(Write write) {
    try {
        write();
    } catch (const Error& e) {
        return e;
    } catch (const SQLite::Exception& e) {
        FAIL("SQLite::Exception left the store: " << e.what());
    }
    FAIL("nothing was thrown");
    throw;
}
}  // namespace

TEST_CASE("A step for a goal that does not exist is refused as a StoreError, not an SQLite exception", "[store]") {
    Database db = Database::in_memory();
    Step s;
    s.goal_id = 999;
    s.title = "orphan";
    s.start_date = day("2026-11-01");
    auto e = thrown_by<RecordRefusedError>([&] { db.write([&] { insert_step(db, s); }); });
    CHECK(std::string(e.what()) == "cannot add the step: the database refused it (FOREIGN KEY constraint failed)");
    CHECK(e.reason == "FOREIGN KEY constraint failed");
    CHECK(load_steps(db).empty());
}

TEST_CASE("A second record with a uuid already taken is refused with SQLite's reason", "[store]") {
    Database db = Database::in_memory();
    Goal first = sample_goal();
    db.write([&] { insert_goal(db, first); });
    Goal twin = sample_goal();
    twin.uuid = first.uuid;
    auto e = thrown_by<RecordRefusedError>([&] { db.write([&] { insert_goal(db, twin); }); });
    CHECK(e.reason == "UNIQUE constraint failed: goals.uuid");
    CHECK(std::string(e.what()) == "cannot add the goal: the database refused it (UNIQUE constraint failed: goals.uuid)");
    CHECK(load_goals(db).size() == 1);
}

TEST_CASE("A check-in imported onto a day already taken is refused, naming the date", "[store]") {
    Database db = Database::in_memory();
    CheckIn local;
    local.date = day("2026-11-26");
    db.write([&] { upsert_checkin(db, local); });
    CheckIn incoming;
    incoming.uuid = "2f9c8a52-0000-4000-8000-000000000001";
    incoming.date = local.date;
    incoming.created_at = incoming.updated_at = "2026-11-26T08:00:00Z";
    auto e = thrown_by<RecordRefusedError>([&] { db.write([&] { insert_checkin_as_is(db, incoming); }); });
    CHECK(e.reason == "UNIQUE constraint failed: checkins.date");
}

TEST_CASE("A damaged page met while reading is a DamagedDatabaseError naming the backup", "[store][damage]") {
    TempDir dir;
    std::string path = dir.file("s.db");
    make_goal_with_entries(path, 3000);
    auto backup = auto_backup(path, backup_dir_for(path), day("2026-11-26"));
    REQUIRE(backup);
    Database db = Database::open(path);
    // The file goes bad under an open window: the large tables are read only now.
    damage_pages(path, "progress_entries");
    auto e = thrown_by<DamagedDatabaseError>([&] {
        load_entries(db);
        load_entry_values_for_goal(db, 1);
    });
    std::string msg = e.what();
    CHECK(msg.rfind("cannot read the", 0) == 0);
    CHECK(msg.find(path + " is damaged (") != std::string::npos);
    CHECK(msg.find("Newest good backup: " + *backup) != std::string::npos);
    CHECK(msg.find('\n') == std::string::npos);
    CHECK(e.path == path);
    CHECK(e.backup == backup);
}
