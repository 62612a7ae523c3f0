// The one set of rules every record passes (app/validate.hpp), and the import
// reader's use of them.
#include "app/records.hpp"
#include "app/validate.hpp"

#include <catch2/catch.hpp>

#include <functional>
#include <string>

using namespace sw;

namespace {

const Day kToday = *parse_iso_day("2026-11-20");

Goal good_goal() {
    Goal g;
    g.title = "Run a 10 km race";
    g.start_date = *parse_iso_day("2026-11-01");
    g.due_date = *parse_iso_day("2027-06-01");
    return g;
}

// The field and message of the FieldError `validate` throws; fails the test if none.
struct Refusal {
    std::string field, message;
};
Refusal refusal(const std::function<void()>& validate) {
    try {
        validate();
    } catch (const FieldError& e) {
        return {e.field, e.what()};
    }
    FAIL("expected a FieldError");
    return {};
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("A title with a line break is refused as not one line, not joined up", "[app][validate]") {
    for (const char* title : {"Line one\nline two", "Line one\r\nline two", "Line one\rtwo",
                              "Line one\xe2\x80\xa8two", "Line one\xe2\x80\xa9two"}) {
        INFO(title);
        Goal g = good_goal();
        g.title = title;
        Refusal r = refusal([&] { validate_goal(g, kToday); });
        CHECK(r.field == "title");
        CHECK(r.message == "the title must be one line");
    }
}

TEST_CASE("A control character in a title is refused and named by its code point", "[app][validate]") {
    struct Case {
        const char* title;
        const char* named;
    };
    for (Case c : {Case{"Run\x1b[2J", "(U+001B, escape)"}, Case{"Run\tfast", "(U+0009, a tab)"},
                   Case{"Run\x7f", "(U+007F, delete)"}, Case{"Run \xc2\x9b" "2J", "(U+009B)"},
                   Case{"Run\x07", "(U+0007)"}}) {
        INFO(c.title);
        Goal g = good_goal();
        g.title = c.title;
        Refusal r = refusal([&] { validate_goal(g, kToday); });
        CHECK(r.field == "title");
        CHECK(r.message == std::string("the title contains a control character ") + c.named + "; remove it");
    }
    Goal g = good_goal();
    g.title = std::string("Run\0", 4);
    CHECK(refusal([&] { validate_goal(g, kToday); }).message ==
          "the title contains a control character (U+0000, NUL); remove it");
}

TEST_CASE("Multi-line goal fields take newlines and tabs but no other control character", "[app][validate]") {
    using Field = std::string Goal::*;
    struct Case {
        Field field;
        const char* key;
        const char* name;
    };
    for (Case c : {Case{&Goal::description, "description", "the description"},
                   Case{&Goal::resources, "resources", "the resources field"},
                   Case{&Goal::obstacles, "obstacles", "the obstacles field"},
                   Case{&Goal::why, "why", "the why field"}}) {
        INFO(c.key);
        Goal ok = good_goal();
        ok.*c.field = "First line\n\tindented second line\xe2\x80\xa8third";
        REQUIRE_NOTHROW(validate_goal(ok, kToday));
        CHECK(ok.*c.field == "First line\n\tindented second line\xe2\x80\xa8third");  // kept as typed

        Goal esc = good_goal();
        esc.*c.field = "fine\n\x1b[31mred";
        Refusal r = refusal([&] { validate_goal(esc, kToday); });
        CHECK(r.field == c.key);
        CHECK(r.message == std::string(c.name) + " contains a control character (U+001B, escape); remove it");

        Goal crlf = good_goal();
        crlf.*c.field = "Windows line\r\nnext";
        Refusal cr = refusal([&] { validate_goal(crlf, kToday); });
        CHECK(cr.field == c.key);
        CHECK(cr.message == std::string(c.name) + " contains a carriage return (U+000D); end lines with a newline alone");
    }
}

TEST_CASE("One-line goal fields refuse line breaks", "[app][validate]") {
    Goal unit = good_goal();
    unit.kind = GoalKind::numeric;
    unit.target = 10;
    unit.unit = "km\nper week";
    Refusal r = refusal([&] { validate_goal(unit, kToday); });
    CHECK(r.field == "unit");
    CHECK(r.message == "the unit must be one line");

    Goal area = good_goal();
    area.life_area = "health\x1b";
    CHECK(refusal([&] { validate_goal(area, kToday); }).field == "life_area");
}

TEST_CASE("Text that is not UTF-8 is refused naming the field", "[app][validate]") {
    Goal g = good_goal();
    g.why = "Caf\xe9";
    Refusal r = refusal([&] { validate_goal(g, kToday); });
    CHECK(r.field == "why");
    CHECK(r.message == "the why field is not valid UTF-8; please check your terminal's encoding");
}

TEST_CASE("Bidi marks and every script are text, and are kept", "[app][validate]") {
    Goal g = good_goal();
    g.title = "\xe2\x80\x8f" "לרוץ 10 ק\"מ \xe2\x80\xae" "abc\xe2\x80\xac";
    g.description = "العربية\n日本語";
    std::string title = g.title;
    REQUIRE_NOTHROW(validate_goal(g, kToday));
    CHECK(g.title == title);
}

TEST_CASE("A title's length is counted in characters, whatever the script", "[app][validate]") {
    std::string cjk;
    for (int i = 0; i < 200; ++i) cjk += "字";  // 600 bytes, 200 characters
    Goal g = good_goal();
    g.title = cjk;
    CHECK_NOTHROW(validate_goal(g, kToday));
    g.title = cjk + "字";
    Refusal r = refusal([&] { validate_goal(g, kToday); });
    CHECK(r.field == "title");
    CHECK(contains(r.message, "the title is too long: keep it under 200 characters"));
}

TEST_CASE("Spaces around a title are trimmed and an empty life area is other", "[app][validate]") {
    Goal g = good_goal();
    g.title = "  Run a 10 km race  ";
    g.life_area = "  ";
    validate_goal(g, kToday);
    CHECK(g.title == "Run a 10 km race");
    CHECK(g.life_area == "other");
}

TEST_CASE("Baselines, targets and values beyond 1e12 are refused by every entry point", "[app][validate]") {
    Goal g = good_goal();
    g.kind = GoalKind::numeric;
    g.baseline = 0;
    g.target = 2e12;
    Refusal r = refusal([&] { validate_goal(g, kToday); });
    CHECK(r.field == "target");
    CHECK(r.message == "the target must be a number from -1e12 to 1e12");
    g.target = 10;
    g.baseline = -std::numeric_limits<double>::infinity();
    CHECK(refusal([&] { validate_goal(g, kToday); }).field == "baseline");
    g.baseline = -1e12;
    CHECK_NOTHROW(validate_goal(g, kToday));

    ProgressEntry e;
    e.date = kToday;
    e.value = 1e13;
    CHECK(refusal([&] { validate_entry(e, kToday); }).field == "value");
    e.value = std::numeric_limits<double>::quiet_NaN();
    CHECK(refusal([&] { validate_entry_fields(e); }).field == "value");
}

TEST_CASE("A step's title and if-then are one line; its notes may span lines", "[app][validate]") {
    Step s;
    s.title = "Buy shoes";
    s.notes = "size 43\n\tblue";
    s.if_text = "it rains";
    s.then_text = "use the treadmill";
    REQUIRE_NOTHROW(validate_step(s));
    CHECK(s.notes == "size 43\n\tblue");

    struct Case {
        std::string Step::*field;
        const char* text;
        const char* key;
        const char* message;
    };
    for (Case c : {Case{&Step::title, "Buy\nshoes", "title", "the step title must be one line"},
                   Case{&Step::if_text, "it\nrains", "if", "the if-part must be one line"},
                   Case{&Step::then_text, "run\x1b", "then", "the then-part contains a control character (U+001B, escape); remove it"},
                   Case{&Step::notes, "size\x1b", "notes", "the notes field contains a control character (U+001B, escape); remove it"},
                   Case{&Step::title, "   ", "title", "a step needs a title"}}) {
        INFO(c.text);
        Step bad = s;
        bad.*c.field = c.text;
        Refusal r = refusal([&] { validate_step(bad); });
        CHECK(r.field == c.key);
        CHECK(r.message == c.message);
    }
}

TEST_CASE("An entry note may span lines but holds no other control character", "[app][validate]") {
    ProgressEntry e;
    e.date = kToday;
    e.value = 4.5;
    e.note = "  easy run\n\twith Anna  ";
    validate_entry(e, kToday);
    CHECK(e.note == "easy run\n\twith Anna");  // the spaces around it, and only those, are trimmed
    e.note = "\x1b]0;hacked\x07";
    Refusal r = refusal([&] { validate_entry(e, kToday); });
    CHECK(r.field == "note");
    CHECK(r.message == "the note contains a control character (U+001B, escape); remove it");
}

TEST_CASE("Only the import skips the rule that progress is not logged for future days", "[app][validate]") {
    ProgressEntry e;
    e.date = add_days(kToday, 1);
    e.value = 1;
    CHECK(refusal([&] { validate_entry(e, kToday); }).field == "date");
    CHECK_NOTHROW(validate_entry_fields(e));
}

TEST_CASE("Every check-in text is multi-line and refuses control characters by name", "[app][validate]") {
    struct Case {
        std::string CheckIn::*field;
        const char* key;
        const char* name;
    };
    for (Case c : {Case{&CheckIn::win, "win", "the win"}, Case{&CheckIn::obstacle, "obstacle", "the obstacle"},
                   Case{&CheckIn::next_step, "next_step", "the next step"}, Case{&CheckIn::note, "note", "the note"}}) {
        INFO(c.key);
        CheckIn ok;
        ok.date = kToday;
        ok.*c.field = "two\nlines\tand a tab";
        REQUIRE_NOTHROW(validate_checkin(ok, kToday));
        CHECK(ok.*c.field == "two\nlines\tand a tab");
        CheckIn bad = ok;
        bad.*c.field = "bell\x07";
        Refusal r = refusal([&] { validate_checkin(bad, kToday); });
        CHECK(r.field == c.key);
        CHECK(r.message == std::string(c.name) + " contains a control character (U+0007); remove it");
    }
    CheckIn mood;
    mood.date = kToday;
    mood.mood = 6;
    CHECK(refusal([&] { validate_checkin_fields(mood); }).field == "mood");
}

TEST_CASE("A setting's name and value are one line of text", "[app][validate]") {
    CHECK_NOTHROW(validate_setting("summary_folder", "/home/ana/Coach notes"));
    CHECK(contains(refusal([] { validate_setting("summary_folder", "/tmp\n/etc"); }).message,
                   "the setting 'summary_folder' must be one line"));
    CHECK(contains(refusal([] { validate_setting("theme", "dark\x1b"); }).message, "U+001B"));
    CHECK(refusal([] { validate_setting("", "x"); }).message == "a setting needs a name");
    CHECK(contains(refusal([] { validate_setting("th\neme", "x"); }).message, "the setting's name must be one line"));
}

// ---- the import reader applies the same rules, naming the path -------------------

namespace {

json goal_json() {
    Goal g = good_goal();
    g.uuid = "0b7f4d8e-3a4b-4c5d-8e9f-0a1b2c3d4e5f";
    g.created_at = g.updated_at = "2026-11-01T08:00:00Z";
    return goal_record(g);
}

std::string read_goal_error(const json& record) {
    try {
        read_goal(Fields(record, "goals[2]"), kToday);
    } catch (const InputError& e) {
        return e.what();
    }
    return "(accepted)";
}

}  // namespace

TEST_CASE("The import reader refuses what the window and the command line refuse, by path", "[app][validate]") {
    REQUIRE(read_goal_error(goal_json()) == "(accepted)");
    struct Case {
        const char* key;
        json value;
        const char* message;
    };
    for (const Case& c :
         {Case{"title", "Run\nfast", "goals[2].title: the title must be one line"},
          Case{"title", "Run\x1b[2J", "goals[2].title: the title contains a control character (U+001B, escape)"},
          Case{"title", std::string(201, 'a'), "goals[2].title: the title is too long"},
          Case{"description", "ok\n\xc2\x9b", "goals[2].description: the description contains a control character (U+009B)"},
          Case{"unit", "km\t", "goals[2].unit: the unit contains a control character (U+0009, a tab)"},
          Case{"baseline", 5e12, "goals[2].baseline: the baseline must be a number from -1e12 to 1e12"}}) {
        INFO(c.key);
        json record = goal_json();
        record[c.key] = c.value;
        CHECK(contains(read_goal_error(record), c.message));
    }
}

TEST_CASE("Imported steps, entries and check-ins name the field that breaks a rule", "[app][validate]") {
    json step = {{"uuid", "1b7f4d8e-3a4b-4c5d-8e9f-0a1b2c3d4e5f"}, {"goal_uuid", "0b7f4d8e-3a4b-4c5d-8e9f-0a1b2c3d4e5f"},
                 {"title", "Buy shoes"}, {"start_date", "2026-11-01"}, {"if", "it\nrains"},
                 {"created_at", "2026-11-01T08:00:00Z"}, {"updated_at", "2026-11-01T08:00:00Z"}};
    CHECK_THROWS_WITH(read_step(Fields(step, "steps[0]")), "steps[0].if: the if-part must be one line");

    json entry = {{"uuid", "2b7f4d8e-3a4b-4c5d-8e9f-0a1b2c3d4e5f"}, {"goal_uuid", "0b7f4d8e-3a4b-4c5d-8e9f-0a1b2c3d4e5f"},
                  {"date", "2026-11-02"}, {"value", -2e12}, {"created_at", "2026-11-01T08:00:00Z"},
                  {"updated_at", "2026-11-01T08:00:00Z"}};
    CHECK_THROWS_WITH(read_entry(Fields(entry, "entries[4]")),
                      "entries[4].value: the value must be a number from -1e12 to 1e12");

    json checkin = {{"uuid", "3b7f4d8e-3a4b-4c5d-8e9f-0a1b2c3d4e5f"}, {"date", "2026-11-02"},
                    {"next_step", "call\x1b[2J"}, {"created_at", "2026-11-01T08:00:00Z"},
                    {"updated_at", "2026-11-01T08:00:00Z"}};
    CHECK_THROWS_WITH(read_checkin(Fields(checkin, "checkins[1]")),
                      "checkins[1].next_step: the next step contains a control character (U+001B, escape); remove it");
}

TEST_CASE("A number too large for a double is named by its path in the file", "[app][validate]") {
    CHECK(parse_export_text(R"({"goals": [{"target": 5}]})")["goals"][0]["target"] == 5);
    CHECK_THROWS_WITH(parse_export_text(R"({"goals": [{"title": "a"}, {"title": "b", "baseline": 1e999}]})"),
                      "goals[1].baseline: the number 1e999 is out of range; Stepwise accepts numbers from -1e12 to 1e12");
    CHECK_THROWS_WITH(parse_export_text(R"({"goals": [], "entries": [{"v": [1, 2]}, {"value": -1E400}]})"),
                      Catch::StartsWith("entries[1].value: the number -1E400 is out of range"));
    CHECK_THROWS_WITH(parse_export_text("[0, [1, 2e308]]"), Catch::StartsWith("[1][1]: the number 2e308"));
    // A syntax error stays nlohmann's, with its byte offset for the line and column.
    CHECK_THROWS_AS(parse_export_text(R"({"goals": [)"), json::parse_error);
}
