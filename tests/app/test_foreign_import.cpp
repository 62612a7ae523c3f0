// What every import shares: telling formats apart by content, the empty
// document the readers fill, and --dry-run's rolled-back transaction.
#include "app/app.hpp"
#include "app/foreign_import.hpp"
#include "app/portable.hpp"
#include "core/errors.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace sw;
using namespace sw::test;

namespace {
void write_text(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }
}  // namespace

TEST_CASE("The import format is told from the content, whatever the file's name", "[import]") {
    TempDir dir;
    write_text(dir.file("backup.txt"), std::string("SQLite format 3\0 and then pages", 31));
    CHECK(detect_import_format(dir.file("backup.txt")) == ImportFormat::loop);
    write_text(dir.file("tasks.data"), "\xEF\xBB\xBF\n  [{\"uuid\": \"x\"}]");
    CHECK(detect_import_format(dir.file("tasks.data")) == ImportFormat::taskwarrior);
    write_text(dir.file("mine.json"), "{\"format\": \"stepwise-export\"}");
    CHECK(detect_import_format(dir.file("mine.json")) == ImportFormat::stepwise);
    std::filesystem::create_directories(dir.file("loop"));
    write_text(dir.file("loop/Habits.csv"), "Position,Name\n");
    CHECK(detect_import_format(dir.file("loop")) == ImportFormat::loop_csv);
    CHECK(detect_import_format(dir.file("loop/Habits.csv")) == ImportFormat::loop_csv);

    write_text(dir.file("notes.txt"), "just some words");
    CHECK_THROWS_WITH(detect_import_format(dir.file("notes.txt")), Catch::Contains("name the format with --from"));
    write_text(dir.file("empty.json"), "  \n");
    CHECK_THROWS_WITH(detect_import_format(dir.file("empty.json")), Catch::Contains("the file is empty"));
    std::filesystem::create_directories(dir.file("other"));
    CHECK_THROWS_WITH(detect_import_format(dir.file("other")), Catch::Contains("without Habits.csv"));
    CHECK_THROWS_WITH(detect_import_format(dir.file("missing.db")), Catch::StartsWith("cannot read"));
}

TEST_CASE("Format names on the command line", "[import]") {
    CHECK(parse_import_format("loop-csv") == ImportFormat::loop_csv);
    CHECK(parse_import_format("taskwarrior") == ImportFormat::taskwarrior);
    CHECK_FALSE(parse_import_format("loop_csv"));
    for (ImportFormat f : {ImportFormat::stepwise, ImportFormat::loop, ImportFormat::loop_csv, ImportFormat::taskwarrior})
        CHECK(parse_import_format(to_string(f)) == f);
}

TEST_CASE("A dry run counts what it would add by kind and changes nothing", "[import]") {
    App source(Database::in_memory(), *parse_iso_day("2026-12-02"));
    Goal g;
    g.title = "Meditate";
    g.start_date = *parse_iso_day("2026-11-01");
    g.due_date = *parse_iso_day("2027-05-01");
    int64_t goal = source.add_goal(g);
    Step s;
    s.goal_id = goal;
    s.title = "Breathe";
    s.repeat = parse_recurrence("daily");
    s.start_date = g.start_date;
    int64_t step = source.add_step(s);
    for (const char* d : {"2026-11-02", "2026-11-03", "2026-11-05"}) source.complete_step(step, *parse_iso_day(d), true);
    nlohmann::json doc = export_all(source);

    App target(Database::in_memory(), *parse_iso_day("2026-12-02"));
    ImportReport dry = import_all(target, doc, true);
    CHECK(dry.dry_run);
    CHECK(dry.added_by_kind["goals"] == 1);
    CHECK(dry.added_by_kind["steps"] == 1);
    CHECK(dry.added_by_kind["completions"] == 3);
    CHECK(target.goals().empty());  // rolled back
    CHECK(target.journal(10).empty());

    ImportReport real = import_all(target, doc);
    CHECK_FALSE(real.dry_run);
    CHECK(real.added == dry.added);
    CHECK(target.goals().size() == 1);
    CHECK(import_all(target, doc, true).added == 0);  // a second run would add nothing
}

TEST_CASE("The skeleton is an empty export that imports as nothing", "[import]") {
    nlohmann::json doc = export_document_skeleton("2026-12-02T00:00:00Z");
    CHECK(doc["format"] == "stepwise-export");
    CHECK(doc["version"] == 2);
    CHECK(doc["completions"].empty());
    App app(Database::in_memory(), *parse_iso_day("2026-12-02"));
    CHECK(import_all(app, doc).added == 0);
}
