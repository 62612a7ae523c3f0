// The Summary view, headless: choices change the preview, and the preview is
// what gets copied and saved.
#include "app/platform.hpp"
#include "support/temp_dir.hpp"
#include "report/summary_plain.hpp"
#include "ui_harness.hpp"

#include <catch2/catch.hpp>
#include <imgui.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

using namespace sw;
using namespace sw::test;

namespace {

Day day(const char* iso) { return *parse_iso_day(iso); }

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

struct Seeded {
    App app{Database::in_memory(), day("2026-11-26")};
    int64_t run = 0, site = 0, job = 0;

    Seeded() {
        Goal g;
        g.title = "Run 10 km";
        g.kind = GoalKind::numeric;
        g.unit = "km";
        g.target = 10;
        g.start_date = day("2026-10-01");
        g.due_date = day("2027-03-01");
        run = app.add_goal(g);
        app.log_progress(run, day("2026-11-24"), 4, "felt strong");
        Goal m;
        m.title = "Launch the portfolio site";
        m.start_date = day("2026-11-01");
        m.due_date = day("2027-01-15");
        site = app.add_goal(m);
        Goal p = m;
        p.title = "Find a new job";
        p.is_private = true;
        job = app.add_goal(p);
        CheckIn c;
        c.date = day("2026-11-25");
        c.mood = 4;
        c.win = "SECRET-WIN";
        app.save_checkin(c);
    }
};

std::string goal_item(int64_t id) { return "summary.goal." + std::to_string(id); }

}  // namespace

TEST_CASE("Unticking a goal in the Summary view removes it from the preview", "[ui][summary]") {
    Seeded s;
    UiHarness h(s.app, ui::View::summary);
    const std::string& preview = h.ui().summary.markdown;
    REQUIRE(contains(preview, "Run 10 km"));
    REQUIRE(contains(preview, "Launch the portfolio site"));
    REQUIRE(h.has_item(goal_item(s.site)));
    h.click(goal_item(s.site));
    CHECK_FALSE(contains(preview, "Launch the portfolio site"));
    CHECK(contains(preview, "Run 10 km"));
    h.click(goal_item(s.site));  // and back
    CHECK(contains(preview, "Launch the portfolio site"));
}

TEST_CASE("Private goals start unticked and are shared only once ticked", "[ui][summary][privacy]") {
    Seeded s;
    UiHarness h(s.app, ui::View::summary);
    CHECK_FALSE(contains(h.ui().summary.markdown, "Find a new job"));
    h.click(goal_item(s.job));
    CHECK(contains(h.ui().summary.markdown, "Find a new job"));
}

TEST_CASE("Check-in answers and entry notes show in the preview only when ticked", "[ui][summary][privacy]") {
    Seeded s;
    UiHarness h(s.app, ui::View::summary);
    CHECK_FALSE(contains(h.ui().summary.markdown, "SECRET-WIN"));
    CHECK_FALSE(contains(h.ui().summary.markdown, "felt strong"));
    h.click("summary.include.checkins");
    CHECK(contains(h.ui().summary.markdown, "What went well: SECRET-WIN"));
    CHECK_FALSE(contains(h.ui().summary.markdown, "felt strong"));
    h.click("summary.include.notes");
    CHECK(contains(h.ui().summary.markdown, "felt strong"));
}

TEST_CASE("The summary is rebuilt when choices or data change, not every frame", "[ui][summary]") {
    Seeded s;
    UiHarness h(s.app, ui::View::summary);
    int builds = h.ui().summary.builds;
    h.frames(10);
    CHECK(h.ui().summary.builds == builds);
    s.app.log_progress(s.run, day("2026-11-26"), 5, "");
    h.frames(2);
    CHECK(h.ui().summary.builds == builds + 1);
    CHECK(contains(h.ui().summary.markdown, "Now: 5 km"));
}

TEST_CASE("The period can be a month or custom days, and bad days are refused", "[ui][summary]") {
    Seeded s;
    UiHarness h(s.app, ui::View::summary);
    h.click("summary.period.month");
    CHECK(h.ui().summary.summary.from == day("2026-10-28"));
    h.click("summary.period.custom");
    REQUIRE(h.has_item("summary.from"));
    CHECK(h.ui().summary.from_text == "2026-11-20");  // prefilled with the last week
    h.ui().summary.from_text = "2026-11-30";
    h.frames(2);
    CHECK_FALSE(h.ui().summary.period_error.empty());
    CHECK(h.ui().summary.markdown.empty());
    h.ui().summary.from_text = "";
    h.type("summary.from", "2026-11-01");
    CHECK(h.ui().summary.period_error.empty());
    CHECK(h.ui().summary.summary.from == day("2026-11-01"));
    CHECK(h.ui().summary.summary.to == day("2026-11-26"));
}

TEST_CASE("Copy Markdown puts exactly the preview on the clipboard", "[ui][summary]") {
    Seeded s;
    UiHarness h(s.app, ui::View::summary);
    h.click("summary.copy");
    const char* clipboard = ImGui::GetClipboardText();
    REQUIRE(clipboard);
    CHECK(std::string(clipboard) == h.ui().summary.markdown);
}

TEST_CASE("Copy for e-mail puts the plain-text summary on the clipboard", "[ui][summary]") {
    Seeded s;
    UiHarness h(s.app, ui::View::summary);
    h.click("summary.copy_text");
    const char* clipboard = ImGui::GetClipboardText();
    REQUIRE(clipboard);
    std::string text = clipboard;
    CHECK(text == report::summary_plain_text(h.ui().summary.summary));
    CHECK(text.find("Progress summary") == 0);
    CHECK(text.find("## ") == std::string::npos);  // no Markdown symbols
    CHECK(text.find('\\') == std::string::npos);  // no Markdown escapes
}

TEST_CASE("Session notes and private questions reach the summary only when ticked", "[ui][summary]") {
    Seeded s;
    Session session;
    session.date = add_days(s.app.today(), -5);
    session.notes = "PRIVATE-SESSION-NOTE";
    s.app.apply(AddSession{session});
    Question q;
    q.text = "PRIVATE-QUESTION";
    q.asked_on = add_days(s.app.today(), -1);
    q.is_private = true;
    s.app.apply(AddQuestion{q});
    UiHarness h(s.app, ui::View::summary);
    const std::string& md = h.ui().summary.markdown;
    CHECK(md.find("For our next session") != std::string::npos);  // there is a session
    CHECK(md.find("PRIVATE-SESSION-NOTE") == std::string::npos);
    CHECK(md.find("PRIVATE-QUESTION") == std::string::npos);
    h.click("summary.include.session_notes");
    h.click("summary.include.private_questions");
    h.frames(2);
    CHECK(h.ui().summary.markdown.find("PRIVATE-SESSION-NOTE") != std::string::npos);
    CHECK(h.ui().summary.markdown.find("PRIVATE-QUESTION") != std::string::npos);
}

TEST_CASE("Save HTML writes a private file into the folder chosen in Settings", "[ui][summary]") {
    Seeded s;
    TempDir dir;
    std::string folder = dir.file("coach summaries");  // created on first save
    s.app.set_setting("summary_folder", folder);
    UiHarness h(s.app, ui::View::summary);
    h.click("summary.save_html");
    std::string path = h.ui().summary.saved_path;
    REQUIRE_FALSE(path.empty());
    CHECK(std::filesystem::path(path).parent_path() == folder);
    CHECK(std::filesystem::path(path).extension() == ".html");
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    CHECK(contains(ss.str(), "Run 10 km"));
    CHECK_FALSE(contains(ss.str(), "Find a new job"));

    h.click("summary.save_json");
    CHECK(std::filesystem::path(h.ui().summary.saved_path).extension() == ".json");
    CHECK(std::filesystem::exists(h.ui().summary.saved_path));
}

TEST_CASE("The Summary folder setting is saved from Settings", "[ui][summary]") {
    Seeded s;
    UiHarness h(s.app, ui::View::settings);
    REQUIRE(h.has_item("settings.summary_folder"));
    h.type("settings.summary_folder", "/tmp/stepwise-coach");
    h.click("settings.summary_folder.save");
    CHECK(s.app.setting("summary_folder") == "/tmp/stepwise-coach");
    CHECK(summary_folder(s.app) == "/tmp/stepwise-coach");
}
