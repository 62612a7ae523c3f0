// user_version values Stepwise never wrote, and Stepwise-like files of other
// programs: refused untouched with a message that says which.
#include "store/damage_support.hpp"
#include "store/migrations.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace sw;
using namespace sw::test;

namespace {
// A SQLite file made by `sql`, then refused by open() untouched; returns the message.
std::string refusal(const std::string& sql) {
    TempDir dir;
    std::string path = dir.file("x.db");
    {
        SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        raw.exec(sql);
    }
    std::string before = read_bytes(path);
    std::string message;
    try {
        Database::open(path);
    } catch (const StoreError& e) {
        message = e.what();
    }
    CHECK(read_bytes(path) == before);
    CHECK(message.find('\n') == std::string::npos);
    return message;
}
}  // namespace

TEST_CASE("A negative user_version is refused as not Stepwise's", "[store]") {
    std::string msg = refusal("CREATE TABLE goals (id INTEGER PRIMARY KEY); PRAGMA user_version = -5");
    CHECK(msg.find("is not a Stepwise database") != std::string::npos);
    CHECK(msg.find("schema version -5") != std::string::npos);
}

TEST_CASE("A huge user_version without Stepwise's tables is not taken for a newer Stepwise", "[store]") {
    std::string msg = refusal("CREATE TABLE notes (text TEXT); PRAGMA user_version = 999999");
    CHECK(msg.find("is not a Stepwise database") != std::string::npos);
    CHECK(msg.find("newer Stepwise") == std::string::npos);
}

TEST_CASE("Another program's goals table under a Stepwise version number is refused", "[store]") {
    std::string msg = refusal("CREATE TABLE goals (id INTEGER PRIMARY KEY, name TEXT, deadline TEXT); "
                              "PRAGMA user_version = 1");
    CHECK(msg.find("its goals table is not Stepwise's") != std::string::npos);
}

TEST_CASE("A Stepwise version number whose tables are missing is refused", "[store]") {
    std::string msg = refusal("CREATE TABLE goals (id INTEGER PRIMARY KEY); PRAGMA user_version = 3");
    CHECK(msg.find("is not a Stepwise database") != std::string::npos);
}

TEST_CASE("A file at each of this build's versions is recognised and upgraded", "[store]") {
    for (int v = 1; v < latest_schema_version(); ++v) {
        TempDir dir;
        std::string path = dir.file("old.db");
        {
            SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            migrate_to(raw, v);
        }
        INFO("version " << v);
        Database db = Database::open(path);
        CHECK(db.schema_version() == latest_schema_version());
    }
}
