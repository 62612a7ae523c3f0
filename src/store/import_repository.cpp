#include "store/import_repository.hpp"

#include "core/errors.hpp"
#include "store/row_codec.hpp"

namespace sw {
using namespace store_detail;

namespace {

void require_uuid_changed(Database& db, const char* what, const std::string& uuid) {
    if (db.sql().getChanges() == 0)
        throw NotFoundError(std::string("no ") + what + " with uuid " + uuid);
}

}  // namespace

void insert_step_as_is(Database& db, Step& step) {
    SQLite::Statement q(db.sql(),
                        "INSERT INTO steps (goal_id, position, title, notes, due_date, start_date, "
                        "repeat, status, done_date, if_text, then_text, updated_at, created_at, uuid) "
                        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    bind_step_fields(q, step);
    q.bind(13, step.created_at);
    q.bind(14, step.uuid);
    q.exec();
    step.id = db.sql().getLastInsertRowid();
}

void insert_checkin_as_is(Database& db, CheckIn& checkin) {
    SQLite::Statement q(db.sql(),
                        "INSERT INTO checkins (date, mood, confidence, win, obstacle, next_step, note, "
                        "created_at, updated_at, uuid) VALUES (?,?,?,?,?,?,?,?,?,?)");
    bind_checkin_fields(q, checkin);
    q.bind(10, checkin.uuid);
    q.exec();
    checkin.id = db.sql().getLastInsertRowid();
}

void overwrite_goal_by_uuid(Database& db, const Goal& g) {
    SQLite::Statement q(db.sql(),
                        "UPDATE goals SET title=?, description=?, kind=?, unit=?, baseline=?, "
                        "target=?, measure=?, confidence=?, resources=?, obstacles=?, why=?, "
                        "life_area=?, start_date=?, due_date=?, status=?, archived=?, private=?, "
                        "updated_at=?, created_at=? WHERE uuid=?");
    bind_goal_fields(q, g);
    q.bind(19, g.created_at);
    q.bind(20, g.uuid);
    q.exec();
    require_uuid_changed(db, "goal", g.uuid);
}

void overwrite_step_by_uuid(Database& db, const Step& step) {
    SQLite::Statement q(db.sql(),
                        "UPDATE steps SET goal_id=?, position=?, title=?, notes=?, due_date=?, "
                        "start_date=?, repeat=?, status=?, done_date=?, if_text=?, then_text=?, "
                        "updated_at=?, created_at=? WHERE uuid=?");
    bind_step_fields(q, step);
    q.bind(13, step.created_at);
    q.bind(14, step.uuid);
    q.exec();
    require_uuid_changed(db, "step", step.uuid);
}

void overwrite_entry_by_uuid(Database& db, const ProgressEntry& e) {
    SQLite::Statement q(db.sql(),
                        "UPDATE progress_entries SET goal_id=?, date=?, value=?, note=?, "
                        "created_at=?, updated_at=? WHERE uuid=?");
    q.bind(1, e.goal_id);
    q.bind(2, format_day(e.date));
    q.bind(3, e.value);
    q.bind(4, e.note);
    q.bind(5, e.created_at);
    q.bind(6, e.updated_at);
    q.bind(7, e.uuid);
    q.exec();
    require_uuid_changed(db, "entry", e.uuid);
}

void overwrite_checkin_by_uuid(Database& db, const std::string& local_uuid, const CheckIn& checkin) {
    SQLite::Statement q(db.sql(),
                        "UPDATE checkins SET date=?, mood=?, confidence=?, win=?, obstacle=?, "
                        "next_step=?, note=?, created_at=?, updated_at=?, uuid=? WHERE uuid=?");
    bind_checkin_fields(q, checkin);
    q.bind(10, checkin.uuid);
    q.bind(11, local_uuid);
    q.exec();
    require_uuid_changed(db, "check-in", local_uuid);
}

}  // namespace sw
