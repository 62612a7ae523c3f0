// Coaching sessions, their commitments and questions for the coach: commands,
// journal, undo, and export/import by uuid.
#include "app/app.hpp"
#include "app/portable.hpp"
#include "app/records.hpp"
#include "store/question_repository.hpp"
#include "store/session_repository.hpp"
#include "store/step_repository.hpp"
#include "support/sample_goals.hpp"

#include <catch2/catch.hpp>

using namespace sw;
using namespace sw::test;

namespace {

const Day kToday = day("2026-11-26");

Session session_on(const char* date, const char* next = nullptr, const char* notes = "") {
    Session s;
    s.date = day(date);
    if (next) s.next_date = day(next);
    s.notes = notes;
    return s;
}

Question question(const char* text) {
    Question q;
    q.text = text;
    return q;
}

int64_t commitment(App& app, int64_t goal, int64_t session, const char* title) {
    Step s;
    s.goal_id = goal;
    s.title = title;
    s.session_id = session;
    return app.add_step(s);
}

size_t count_rows(App& app, const char* table) {
    return static_cast<size_t>(app.database().sql().execAndGet(std::string("SELECT count(*) FROM ") + table).getInt());
}

}  // namespace

TEST_CASE("A session is added private by default, edited, deleted, and each is undone", "[app][sessions]") {
    App app(Database::in_memory(), kToday);
    int64_t id = app.add_session(session_on("2026-11-20", "2026-12-04", "Talked about the race.\nBook it."));
    REQUIRE(app.sessions().size() == 1);
    const Session* s = app.find_session(id);
    REQUIRE(s);
    CHECK(s->is_private);
    CHECK(s->notes == "Talked about the race.\nBook it.");
    CHECK(s->next_date == day("2026-12-04"));
    CHECK(looks_like_uuid(s->uuid));
    CHECK(app.journal(1)[0].command == "add_session");
    CHECK(app.journal(1)[0].entity == "session");

    app.edit_session(id, set_field("next_date", "2026-12-11"));
    CHECK(app.find_session(id)->next_date == day("2026-12-11"));
    app.undo();
    CHECK(app.find_session(id)->next_date == day("2026-12-04"));
    app.redo();
    CHECK(app.find_session(id)->next_date == day("2026-12-11"));

    std::string uuid = app.find_session(id)->uuid;
    app.delete_session(id);
    CHECK(app.sessions().empty());
    app.undo();
    REQUIRE(app.sessions().size() == 1);
    CHECK(app.sessions()[0].uuid == uuid);
    CHECK(app.sessions()[0].next_date == day("2026-12-11"));
    app.undo();  // the edit
    app.undo();  // the add
    CHECK(app.sessions().empty());
}

TEST_CASE("A session's next date must come after its date, and its notes refuse control characters", "[app][sessions]") {
    App app(Database::in_memory(), kToday);
    CHECK_THROWS_WITH(app.add_session(session_on("2026-11-20", "2026-11-20")),
                      Catch::Contains("must come after this one"));
    CHECK_THROWS_WITH(app.add_session(session_on("2026-11-20", "2026-11-10")),
                      Catch::Contains("must come after this one"));
    CHECK_THROWS_WITH(app.add_session(session_on("2026-11-20", nullptr, "bell \x07")),
                      Catch::Contains("control character"));
    int64_t id = app.add_session(session_on("2026-11-20", "2026-12-04"));
    CHECK_THROWS_WITH(app.edit_session(id, set_field("date", "2026-12-05")), Catch::Contains("must come after"));
    CHECK(app.find_session(id)->date == day("2026-11-20"));
    CHECK(count_rows(app, "sessions") == 1);
    CHECK(app.journal(10).size() == 1);  // only the one add
}

TEST_CASE("A commitment links a step to its session; deleting the session keeps the step unlinked", "[app][sessions]") {
    App app(Database::in_memory(), kToday);
    int64_t goal = app.add_goal(run_10k());
    int64_t session = app.add_session(session_on("2026-11-20"));
    int64_t step = commitment(app, goal, session, "Book the 10 k race");
    REQUIRE(app.find_step(step)->session_id == session);
    REQUIRE(app.commitments_of(session).size() == 1);
    CHECK(app.commitments_of(session)[0]->id == step);
    // The journal's record names the session by uuid.
    CHECK(app.journal(1)[0].after.find(app.find_session(session)->uuid) != std::string::npos);

    Step bad;
    bad.goal_id = goal;
    bad.title = "Nowhere";
    bad.session_id = 999;
    CHECK_THROWS_WITH(app.add_step(bad), "no session with id 999");
    CHECK(app.steps().size() == 1);

    app.delete_session(session);
    REQUIRE(app.find_step(step));
    CHECK_FALSE(app.find_step(step)->session_id.has_value());
    CHECK_FALSE(find_step(app.database(), step)->session_id.has_value());

    app.undo();  // the session comes back, and its commitment with it
    REQUIRE(app.sessions().size() == 1);
    int64_t restored = app.sessions()[0].id;
    CHECK(app.find_step(step)->session_id == restored);
    app.redo();
    CHECK(app.sessions().empty());
    CHECK_FALSE(app.find_step(step)->session_id.has_value());
}

TEST_CASE("A deleted commitment comes back linked to its session", "[app][sessions]") {
    App app(Database::in_memory(), kToday);
    int64_t goal = app.add_goal(run_10k());
    int64_t session = app.add_session(session_on("2026-11-20"));
    int64_t step = commitment(app, goal, session, "Book the race");
    app.delete_step(step);
    CHECK(app.commitments_of(session).empty());
    app.undo();
    REQUIRE(app.commitments_of(session).size() == 1);
    CHECK(app.commitments_of(session)[0]->title == "Book the race");
}

TEST_CASE("Questions are added, marked discussed and open again, deleted, and undone", "[app][sessions]") {
    App app(Database::in_memory(), kToday);
    int64_t id = app.add_question(question("  How do I keep going when it rains?  "));
    const Question* q = app.find_question(id);
    REQUIRE(q);
    CHECK(q->text == "How do I keep going when it rains?");
    CHECK(q->asked_on == kToday);
    CHECK(q->is_open());
    CHECK_FALSE(q->is_private);

    app.set_question_discussed(id, kToday);
    CHECK(app.find_question(id)->discussed_on == kToday);
    CHECK(app.journal(1)[0].command == "edit_question");
    app.undo();
    CHECK(app.find_question(id)->is_open());
    app.redo();
    CHECK_FALSE(app.find_question(id)->is_open());
    app.set_question_discussed(id, std::nullopt);
    CHECK(app.find_question(id)->is_open());

    app.delete_question(id);
    CHECK(app.questions().empty());
    app.undo();
    REQUIRE(app.questions().size() == 1);
    CHECK(app.questions()[0].text == "How do I keep going when it rains?");
}

TEST_CASE("A question is one line and not empty, and is not discussed before it was asked", "[app][sessions]") {
    App app(Database::in_memory(), kToday);
    CHECK_THROWS_WITH(app.add_question(question("   ")), Catch::Contains("must not be empty"));
    CHECK_THROWS_WITH(app.add_question(question("two\nlines")), Catch::Contains("must be one line"));
    CHECK_THROWS_WITH(app.add_question(question("esc \x1b[31m")), Catch::Contains("control character"));
    int64_t id = app.add_question(question("Pace?"));
    CHECK_THROWS_WITH(app.set_question_discussed(id, day("2026-11-01")), Catch::Contains("before it was asked"));
    CHECK_THROWS_AS(app.set_question_discussed(42, kToday), NotFoundError);
    CHECK(count_rows(app, "questions") == 1);
}

TEST_CASE("Sessions, questions and commitments go through export and import by uuid", "[app][sessions][portable]") {
    App source(Database::in_memory(), kToday);
    int64_t goal = source.add_goal(run_10k());
    Session shared = session_on("2026-11-06", "2026-11-20", "Line one\n\"quoted\" — Café ✓");
    shared.is_private = false;
    int64_t first = source.add_session(shared);
    int64_t second = source.add_session(session_on("2026-11-20", "2026-12-04"));
    commitment(source, goal, second, "Book the race");
    Step plain;
    plain.goal_id = goal;
    plain.title = "Stretch";
    source.add_step(plain);
    int64_t asked = source.add_question(question("How fast should the long run be?"));
    source.add_question(question("Shoes?"));
    source.set_question_discussed(asked, kToday);
    (void)first;

    const std::string at = "2026-11-26T18:40:00Z";
    json doc = export_all(source, at);
    CHECK(doc["version"] == 2);
    REQUIRE(doc["sessions"].size() == 2);
    REQUIRE(doc["questions"].size() == 2);
    CHECK(doc["sessions"][0]["private"] == false);
    CHECK(doc["sessions"][1]["private"] == true);
    CHECK(doc["sessions"][1]["next_date"] == "2026-12-04");
    CHECK(doc["steps"][0]["session_uuid"] == doc["sessions"][1]["uuid"]);
    CHECK(doc["steps"][1]["session_uuid"].is_null());
    CHECK(doc["questions"][0]["discussed_on"] == "2026-11-26");
    CHECK(doc["questions"][1]["discussed_on"].is_null());
    for (const char* kind : {"sessions", "questions"})
        for (const auto& record : doc[kind]) CHECK_FALSE(record.contains("id"));

    ExportCounts counts;
    CHECK(export_text(source, counts, at) == doc.dump(2));

    App copy(Database::in_memory(), kToday);
    ImportReport report = import_all(copy, doc);
    CHECK(report.conflicts.empty());
    REQUIRE(copy.sessions().size() == 2);
    REQUIRE(copy.questions().size() == 2);
    const Step* linked = nullptr;
    for (const auto& s : copy.steps())
        if (s.title == "Book the race") linked = &s;
    REQUIRE(linked);
    REQUIRE(linked->session_id);
    CHECK(copy.find_session(*linked->session_id)->uuid == doc["sessions"][1]["uuid"]);
    json again = export_all(copy, at);
    CHECK(again == doc);

    // A second import adds nothing.
    ImportReport twice = import_all(copy, doc);
    CHECK(twice.added == 0);
    CHECK(twice.conflicts.empty());
    CHECK(copy.sessions().size() == 2);
    CHECK(copy.questions().size() == 2);
    CHECK(copy.steps().size() == 2);
}

TEST_CASE("An import refuses a step naming an unknown session and a bad session, writing nothing", "[app][sessions][portable]") {
    App source(Database::in_memory(), kToday);
    int64_t goal = source.add_goal(run_10k());
    int64_t session = source.add_session(session_on("2026-11-20"));
    commitment(source, goal, session, "Book the race");
    json doc = export_all(source);

    App copy(Database::in_memory(), kToday);
    json unknown = doc;
    unknown["sessions"] = json::array();
    CHECK_THROWS_WITH(import_all(copy, unknown), Catch::Contains("steps[0].session_uuid: no session with uuid"));
    json backwards = doc;
    backwards["sessions"][0]["next_date"] = "2026-11-01";
    CHECK_THROWS_WITH(import_all(copy, backwards), Catch::Contains("sessions[0].next_date"));
    json empty_question = doc;
    empty_question["questions"] = json::array({{{"uuid", new_uuid()}, {"text", " "}, {"asked_on", "2026-11-20"},
                                                {"created_at", "2026-11-20T10:00:00Z"},
                                                {"updated_at", "2026-11-20T10:00:00Z"}}});
    CHECK_THROWS_WITH(import_all(copy, empty_question), Catch::Contains("questions[0].text"));
    CHECK(copy.goals().empty());
    CHECK(copy.sessions().empty());
}

TEST_CASE("A version 1 export without sessions still imports", "[app][sessions][portable]") {
    App source(Database::in_memory(), kToday);
    int64_t goal = source.add_goal(run_10k());
    Step plain;
    plain.goal_id = goal;
    plain.title = "Stretch";
    source.add_step(plain);
    json doc = export_all(source);
    doc["version"] = 1;
    doc.erase("sessions");
    doc.erase("questions");
    doc["steps"][0].erase("session_uuid");
    App copy(Database::in_memory(), kToday);
    ImportReport report = import_all(copy, doc);
    CHECK(report.added == 2);
    REQUIRE(copy.steps().size() == 1);
    CHECK_FALSE(copy.steps()[0].session_id.has_value());
}

TEST_CASE("The session repository keeps every field", "[store][sessions]") {
    Database db = Database::in_memory();
    Session s = session_on("2026-11-20", "2026-12-04", "notes");
    s.is_private = false;
    db.write([&] { insert_session(db, s); });
    auto back = find_session(db, s.id);
    REQUIRE(back);
    CHECK(session_record(*back) == session_record(s));
    CHECK(find_session_by_uuid(db, s.uuid)->id == s.id);
    Question q = question("Why?");
    q.asked_on = day("2026-11-21");
    q.discussed_on = day("2026-11-22");
    q.is_private = true;
    db.write([&] { insert_question(db, q); });
    CHECK(question_record(*find_question(db, q.id)) == question_record(q));
    CHECK(load_questions(db).size() == 1);
    CHECK(load_sessions(db).size() == 1);
}
