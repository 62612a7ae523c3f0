#include "store/question_repository.hpp"

#include "core/uuid.hpp"
#include "store/raw_statement.hpp"
#include "store/row_codec.hpp"
#include "store/sqlite_error.hpp"

namespace sw {
using namespace store_detail;

namespace {

constexpr const char* kSelect =
    "SELECT id, uuid, text, asked_on, discussed_on, private, created_at, updated_at FROM questions ";

Question read_question(const RawStatement& q) {
    Question x;
    x.id = q.int64_at(0);
    x.uuid = q.text_at(1);
    x.text = q.text_at(2);
    x.asked_on = q.day_at(3);
    x.discussed_on = q.optional_day_at(4);
    x.is_private = q.int64_at(5) != 0;
    x.created_at = q.text_at(6);
    x.updated_at = q.text_at(7);
    return x;
}

// Every column but id, uuid and created_at: what bind_fields() binds.
constexpr const char* kSetFields =
    "text=:text, asked_on=:asked_on, discussed_on=:discussed_on, private=:private, updated_at=:updated_at";

void bind_fields(SQLite::Statement& q, const Question& x) {
    q.bind(":text", x.text);
    q.bind(":asked_on", format_day(x.asked_on));
    bind_optional_day(q, ":discussed_on", x.discussed_on);
    q.bind(":private", x.is_private ? 1 : 0);
    q.bind(":updated_at", x.updated_at);
}

std::optional<Question> first(RawStatement& q) {
    if (!q.step()) return std::nullopt;
    return read_question(q);
}

}  // namespace

void insert_question(Database& db, Question& x) {
    translate_errors(db, "add the question", [&] {
        if (x.uuid.empty()) x.uuid = new_uuid();
        if (x.created_at.empty()) x.created_at = now_utc_iso();
        if (x.updated_at.empty()) x.updated_at = x.created_at;
        SQLite::Statement q(db.sql(),
                            "INSERT INTO questions (uuid, created_at, text, asked_on, discussed_on, private, "
                            "updated_at) VALUES (:uuid, :created_at, :text, :asked_on, :discussed_on, :private, "
                            ":updated_at)");
        bind_fields(q, x);
        q.bind(":uuid", x.uuid);
        q.bind(":created_at", x.created_at);
        q.exec();
        x.id = db.sql().getLastInsertRowid();
    });
}

void update_question(Database& db, Question& x) {
    translate_errors(db, "save the question", [&] {
        x.updated_at = now_utc_iso();
        SQLite::Statement q(db.sql(), std::string("UPDATE questions SET ") + kSetFields + " WHERE id=:id");
        bind_fields(q, x);
        q.bind(":id", x.id);
        q.exec();
        require_changed(db.sql(), "question", x.id);
    });
}

void overwrite_question_by_uuid(Database& db, const Question& x) {
    translate_errors(db, "replace the question", [&] {
        SQLite::Statement q(db.sql(), std::string("UPDATE questions SET ") + kSetFields +
                                          ", created_at=:created_at WHERE uuid=:uuid");
        bind_fields(q, x);
        q.bind(":created_at", x.created_at);
        q.bind(":uuid", x.uuid);
        q.exec();
        require_changed(db.sql(), "question", x.uuid);
    });
}

void delete_question(Database& db, int64_t id) {
    translate_errors(db, "delete the question", [&] {
        SQLite::Statement q(db.sql(), "DELETE FROM questions WHERE id=:id");
        q.bind(":id", id);
        q.exec();
        require_changed(db.sql(), "question", id);
    });
}

std::optional<Question> find_question(Database& db, int64_t id) {
    return translate_errors(db, "read the question", [&] {
        RawStatement q(db, std::string(kSelect) + "WHERE id=:id");
        q.bind(":id", id);
        return first(q);
    });
}

std::optional<Question> find_question_by_uuid(Database& db, const std::string& uuid) {
    return translate_errors(db, "read the question", [&] {
        RawStatement q(db, std::string(kSelect) + "WHERE uuid=:uuid");
        q.bind(":uuid", uuid);
        return first(q);
    });
}

std::vector<Question> load_questions(Database& db) {
    return translate_errors(db, "read the questions", [&] {
        RawStatement q(db, std::string(kSelect) + "ORDER BY asked_on, id");
        std::vector<Question> out;
        while (q.step()) out.push_back(read_question(q));
        return out;
    });
}

}  // namespace sw
