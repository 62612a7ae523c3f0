// The coach summary on fixed data: what is shared, the numbers, and the three formats.
#include "app/commands.hpp"
#include "app/goal_history.hpp"
#include "chart/bullet_bar.hpp"
#include "core/errors.hpp"
#include "report/summary_html.hpp"
#include "report/summary_json.hpp"
#include "report/summary_markdown.hpp"
#include "report/summary_model.hpp"
#include "report/summary_plain.hpp"
#include "report/svg_chart.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>

using namespace sw;
using namespace sw::report;
using nlohmann::json;

namespace {

Day day(const char* iso) { return *parse_iso_day(iso); }

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

// One client, fixed dates; today is 2026-11-26, the period 2026-11-20 … 2026-11-26.
struct Fixture {
    App app{Database::in_memory(), day("2026-11-26")};
    int64_t run = 0, job = 0, site = 0, archived = 0, later = 0;
    int64_t stretch = 0, publish = 0, domain = 0, theme = 0, logo = 0, dropped = 0;

    Fixture() {
        Goal g;
        g.title = "Run 10 km";
        g.kind = GoalKind::numeric;
        g.unit = "km";
        g.baseline = 2;
        g.target = 10;
        g.start_date = day("2026-10-01");
        g.due_date = day("2027-03-01");
        run = app.add_goal(g);
        app.log_progress(run, day("2026-10-10"), 3, "");
        app.log_progress(run, day("2026-11-18"), 5, "before the period");
        app.log_progress(run, day("2026-11-21"), 6, "felt strong");
        app.log_progress(run, day("2026-11-25"), 7, "hill repeats");

        Step s;
        s.goal_id = run;
        s.title = "Stretch for 10 minutes";
        s.repeat = parse_recurrence("daily");
        s.start_date = day("2026-11-10");
        stretch = app.add_step(s);
        for (const char* d : {"2026-11-15", "2026-11-20", "2026-11-21", "2026-11-23", "2026-11-25", "2026-11-26"})
            app.complete_step(stretch, day(d), true);

        Goal private_goal;
        private_goal.title = "Find a new job";
        private_goal.is_private = true;
        private_goal.start_date = day("2026-10-01");
        private_goal.due_date = day("2027-02-01");
        job = app.add_goal(private_goal);

        Goal m;
        m.title = "Launch the portfolio site";
        m.start_date = day("2026-11-01");
        m.due_date = day("2027-01-15");
        site = app.add_goal(m);
        auto step = [&](const char* title, std::optional<Day> due) {
            Step one;
            one.goal_id = site;
            one.title = title;
            one.due_date = due;
            one.start_date = day("2026-11-01");
            return app.add_step(one);
        };
        publish = step("Publish the first post", day("2026-11-24"));
        domain = step("Pick a domain", day("2026-11-10"));
        theme = step("Choose a theme", day("2026-11-23"));
        logo = step("Draw a logo", day("2026-12-05"));
        dropped = step("Print business cards", std::nullopt);
        app.complete_step(publish, day("2026-11-22"), true);
        app.complete_step(domain, day("2026-11-09"), true);
        app.set_step_status(dropped, StepStatus::dropped, day("2026-11-12"));

        Goal old = m;
        old.title = "Archived goal";
        archived = app.add_goal(old);
        app.archive_goal(archived);
        Goal future = m;
        future.title = "Learn Spanish";
        future.start_date = day("2026-12-01");
        future.due_date = day("2027-06-01");
        later = app.add_goal(future);

        checkin("2026-11-14", 2, 5, "");
        checkin("2026-11-17", 3, 5, "");
        checkin("2026-11-20", 3, 6, "SECRET-WIN on Friday");
        checkin("2026-11-23", 4, 7, "");
        checkin("2026-11-26", 5, 8, "Ran twice");
    }

    void checkin(const char* d, int mood, int confidence, const char* win) {
        CheckIn c;
        c.date = day(d);
        c.mood = mood;
        c.confidence = confidence;
        c.win = win;
        app.save_checkin(c);
    }

    SummaryOptions week() const {
        SummaryOptions o;
        o.from = day("2026-11-20");
        o.to = day("2026-11-26");
        return o;
    }
    SummaryOptions everything() const {
        SummaryOptions o = week();
        o.include_private_goals = o.include_checkin_text = o.include_entry_notes = true;
        o.include_session_notes = o.include_private_questions = true;
        return o;
    }
};

const SummaryGoal* find(const Summary& s, int64_t id) {
    for (const auto& g : s.goals)
        if (g.goal.id == id) return &g;
    return nullptr;
}

std::vector<int64_t> ids(const Summary& s) {
    std::vector<int64_t> out;
    for (const auto& g : s.goals) out.push_back(g.goal.id);
    return out;
}

}  // namespace

TEST_CASE("A week is the 7 days ending today and a month the 30 days ending today", "[report]") {
    Period w = period_for("week", day("2026-03-02"));
    CHECK(w.from == day("2026-02-24"));
    CHECK(w.to == day("2026-03-02"));
    Period m = period_for("month", day("2026-03-02"));
    CHECK(m.from == day("2026-02-01"));
    CHECK(m.to == day("2026-03-02"));
    CHECK_THROWS_AS(period_for("year", day("2026-03-02")), InputError);
}

TEST_CASE("A period that ends before it starts is refused", "[report]") {
    Fixture f;
    SummaryOptions o = f.week();
    std::swap(o.from, o.to);
    CHECK_THROWS_AS(build_summary(f.app, o), InputError);
}

TEST_CASE("The summary's numbers are core analytics on the period's last day", "[report]") {
    Fixture f;
    Summary s = build_summary(f.app, f.week());
    for (int64_t id : {f.run, f.site}) {
        INFO("goal " << id);
        const SummaryGoal* g = find(s, id);
        REQUIRE(g);
        GoalAnalytics end = f.app.goal_row(*f.app.find_goal(id), day("2026-11-26")).analytics;
        GoalAnalytics start = f.app.goal_row(*f.app.find_goal(id), day("2026-11-19")).analytics;
        CHECK(g->at_end.current == end.current);
        CHECK(g->at_end.progress == end.progress);
        CHECK(g->at_end.expected == end.expected);
        CHECK(g->at_end.status == end.status);
        CHECK(g->at_end.trend_per_day == end.trend_per_day);
        CHECK(g->at_end.projected_date == end.projected_date);
        CHECK(g->progress_at_start == start.progress);
        CHECK(g->progress_change == Approx(end.progress - start.progress));
    }
    // Spelled out once, so a change to the analytics shows up here too.
    const SummaryGoal* run = find(s, f.run);
    CHECK(run->at_end.current == 7);
    CHECK(run->at_end.progress == Approx(5.0 / 8));
    CHECK(run->progress_at_start == Approx(3.0 / 8));
}

TEST_CASE("A summary for a past period shows the goal as it was then", "[report]") {
    Fixture f;
    SummaryOptions o = f.week();
    o.from = day("2026-11-13");
    o.to = day("2026-11-19");
    Summary s = build_summary(f.app, o);
    const SummaryGoal* run = find(s, f.run);
    REQUIRE(run);
    CHECK(run->at_end.current == 5);  // the entries of the 21st and 25th came later
    REQUIRE(run->entries.size() == 1);
    CHECK(run->entries[0].date == day("2026-11-18"));
    for (const auto& e : run->chart_entries) CHECK_FALSE(o.to < e.date);
}

TEST_CASE("Entries and steps are those of the period", "[report]") {
    Fixture f;
    Summary s = build_summary(f.app, f.week());
    const SummaryGoal* run = find(s, f.run);
    REQUIRE(run);
    REQUIRE(run->entries.size() == 2);
    CHECK(run->entries[0].date == day("2026-11-21"));
    CHECK(run->entries[1].value == 7);
    REQUIRE(run->completed_steps.size() == 1);
    CHECK(run->completed_steps[0].recurring);
    CHECK(run->completed_steps[0].days.size() == 5);  // the 15th is before the period
    REQUIRE(run->habits.size() == 1);
    const HabitSummary& h = run->habits[0];
    CHECK(h.completed_in_period == 5);
    CHECK(h.scheduled_in_period == 7);
    StepRow row = f.app.step_row(*f.app.find_step(f.stretch), day("2026-11-26"));
    CHECK(h.consistency_30d == row.streak.consistency_30d);
    CHECK(h.streak == row.streak.streak);
    CHECK(h.schedule == "every day");

    const SummaryGoal* site = find(s, f.site);
    REQUIRE(site);
    REQUIRE(site->completed_steps.size() == 1);  // "Pick a domain" was done before the period
    CHECK(site->completed_steps[0].id == f.publish);
    CHECK(site->completed_steps[0].days == std::vector<Day>{day("2026-11-22")});
    REQUIRE(site->open_steps.size() == 2);  // the dropped step is not open
    CHECK(site->open_steps[0].id == f.theme);
    CHECK(site->open_steps[0].overdue);
    CHECK(site->open_steps[1].id == f.logo);
    CHECK_FALSE(site->open_steps[1].overdue);
    CHECK(site->steps_total == 4);
    CHECK(site->smart_line == "Launch the portfolio site: 4 steps by 2027-01-15");
    CHECK(run->smart_line == "Run 10 km: 2 → 10 km by 2027-03-01");
}

TEST_CASE("Private, archived and not-yet-started goals stay out unless chosen", "[report][privacy]") {
    Fixture f;
    CHECK(ids(build_summary(f.app, f.week())) == std::vector<int64_t>{f.run, f.site});
    SummaryOptions o = f.week();
    o.include_private_goals = true;
    CHECK(ids(build_summary(f.app, o)) == std::vector<int64_t>{f.run, f.job, f.site});
    o.excluded_goals = {f.run};
    CHECK(ids(build_summary(f.app, o)) == std::vector<int64_t>{f.job, f.site});
}

TEST_CASE("Check-in text and entry notes are absent from every format by default", "[report][privacy]") {
    Fixture f;
    Summary s = build_summary(f.app, f.week());
    std::string md = summary_markdown(s);
    std::string html = summary_html(s);
    std::string js = summary_json(s).dump();
    for (const std::string* text : {&md, &html, &js}) {
        CHECK_FALSE(contains(*text, "SECRET-WIN"));
        CHECK_FALSE(contains(*text, "felt strong"));  // also not in the chart's tooltips
        CHECK_FALSE(contains(*text, "Find a new job"));
        CHECK(contains(*text, "Run 10 km"));
    }
    CHECK(s.answers.empty());
    CHECK(summary_json(s)["checkin_answers"].is_null());
    CHECK(summary_json(s)["goals"][0]["entries"][0]["note"].is_null());
}

TEST_CASE("Check-in text, entry notes and private goals appear when included", "[report][privacy]") {
    Fixture f;
    Summary s = build_summary(f.app, f.everything());
    std::string md = summary_markdown(s);
    std::string html = summary_html(s);
    std::string js = summary_json(s).dump();
    for (const std::string* text : {&md, &html, &js}) {
        CHECK(contains(*text, "SECRET-WIN on Friday"));
        CHECK(contains(*text, "felt strong"));
        CHECK(contains(*text, "Find a new job"));
    }
    CHECK_FALSE(contains(md, "before the period"));  // an entry from before the period is not listed
    REQUIRE(s.answers.size() == 2);  // the 23rd has no text
    CHECK(s.answers[1].win == "Ran twice");
}

TEST_CASE("Check-in statistics compare with the previous period of equal length", "[report]") {
    Fixture f;
    Summary s = build_summary(f.app, f.week());
    CHECK(s.previous_from == day("2026-11-13"));
    CHECK(s.previous_to == day("2026-11-19"));
    CHECK(s.checkins.count == 3);
    CHECK(*s.checkins.average_mood == Approx(4.0));
    CHECK(*s.checkins.average_confidence == Approx(7.0));
    CHECK(s.checkins.previous_count == 2);
    CHECK(*s.checkins.mood_change == Approx(1.5));
    CHECK(*s.checkins.confidence_change == Approx(2.0));
    std::string md = summary_markdown(s);
    CHECK(contains(md, "Average mood: 4 / 5 (1.5 higher than in the previous 7 days)"));

    SummaryOptions quiet = f.week();
    quiet.from = quiet.to = day("2026-11-25");
    Summary q = build_summary(f.app, quiet);
    CHECK(q.checkins.count == 0);
    CHECK_FALSE(q.checkins.average_mood);
    CHECK_FALSE(q.checkins.mood_change);
}

TEST_CASE("HTML shows a hostile goal title as text", "[report][html]") {
    Fixture f;
    Patch hostile;
    hostile.changes["title"] = "<script>alert(1)</script>";
    f.app.edit_goal(f.run, hostile);
    f.app.log_progress(f.run, day("2026-11-24"), 6.5, "<img src=x onerror=alert(2)>");
    std::string html = summary_html(build_summary(f.app, f.everything()));
    CHECK_FALSE(contains(html, "<script"));
    CHECK_FALSE(contains(html, "<img"));
    CHECK(contains(html, "<h2 dir=\"auto\">&lt;script&gt;alert(1)&lt;/script&gt;</h2>"));
    CHECK(contains(html, "&lt;img src=x onerror=alert(2)&gt;"));
}

TEST_CASE("The HTML file is self-contained: inline CSS and SVG, no URL at all", "[report][html]") {
    Fixture f;
    std::string html = summary_html(build_summary(f.app, f.everything()));
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK_FALSE(contains(html, "http://"));
    CHECK_FALSE(contains(html, "https://"));
    CHECK_FALSE(contains(html, "xmlns"));
    CHECK_FALSE(contains(html, "src="));
    CHECK_FALSE(contains(html, "href"));
    CHECK_FALSE(contains(html, "url("));
    CHECK_FALSE(contains(html, "@import"));
    CHECK(contains(html, "<style>"));
    CHECK(contains(html, "@media print"));
    CHECK(contains(html, "Content-Security-Policy"));
    CHECK(contains(html, "<svg viewBox="));  // the numeric goal's progress chart
    CHECK(contains(html, "Target 10 km"));
}

TEST_CASE("The chart of a period that ended before today marks its end \"End\", of one ending today \"Today\"",
          "[report][html]") {
    Fixture f;
    SummaryOptions past = f.week();
    past.from = day("2026-11-13");
    past.to = day("2026-11-19");
    std::string then = summary_html(build_summary(f.app, past));
    CHECK(contains(then, ">End</text>"));
    CHECK_FALSE(contains(then, ">Today</text>"));
    std::string now = summary_html(build_summary(f.app, f.week()));
    CHECK(contains(now, ">Today</text>"));
    CHECK_FALSE(contains(now, ">End</text>"));
}

TEST_CASE("The HTML draws each goal's bar from the bullet bar model the Goals view draws", "[report][html]") {
    Fixture f;
    f.app.edit_goal(f.site, set_field("status", "paused"));
    Summary s = build_summary(f.app, f.week());
    std::string html = summary_html(s);
    REQUIRE(find(s, f.site));
    for (const SummaryGoal& g : s.goals) {
        chart::ChartModel bar = chart::build_goal_bullet_bar(g.at_end, g.goal.status, 100, 20);
        CHECK(contains(html, "<title>" + xml_escape(bar.description) + "</title>"));
    }
    CHECK(contains(html, ">63% · Ahead</text>"));  // the run, as its row in the Goals view says it
    CHECK(contains(html, " · Paused</text>"));      // the site: not "behind", paused
    CHECK_FALSE(contains(html, "class=\"fill"));    // no second, hand-made bar
}

TEST_CASE("Markdown special characters in user text are escaped", "[report][markdown]") {
    CHECK(markdown_escape("*bold* _it_ [x](y) `c` # a|b <b> ~s~ \\") ==
          "\\*bold\\* \\_it\\_ \\[x\\](y) \\`c\\` \\# a\\|b \\<b\\> \\~s\\~ \\\\");
    CHECK(markdown_escape("line one\r\n# line two\n- three") == "line one \\# line two - three");
    CHECK(markdown_escape("tab\there\x07") == "tab here");

    Fixture f;
    Patch marked;
    marked.changes["title"] = "Run *fast* [10 km]";
    f.app.edit_goal(f.run, marked);
    f.app.log_progress(f.run, day("2026-11-24"), 6.5, "two\n## lines");
    std::string md = summary_markdown(build_summary(f.app, f.everything()));
    CHECK(contains(md, "\n## Run \\*fast\\* \\[10 km\\]\n"));
    CHECK(contains(md, "  - 2026-11-24: 6.5 km — two \\#\\# lines\n"));
    CHECK_FALSE(contains(md, "\n## lines"));
}

TEST_CASE("The Markdown lists each shared goal with its numbers", "[report][markdown]") {
    Fixture f;
    std::string md = summary_markdown(build_summary(f.app, f.week()));
    CHECK(md.rfind("# Progress summary: 2026-11-20 to 2026-11-26\n", 0) == 0);
    CHECK(contains(md, "- Goal: 2 → 10 km by 2027-03-01\n"));
    CHECK(contains(md, "- Now: 7 km · 63% of the way\n"));
    // 2026-11-19: 5 km = 3/8 of 2 → 10; 2026-11-26: 7 km = 5/8; 2026-11-12: 3 km = 1/8.
    CHECK(contains(md, "- This period: From 38% to 63% of the way this period, the same as in the previous 7 days "
                       "(from 13% to 38%).\n"));
    CHECK(contains(md, "  - Choose a theme — due 2026-11-23, overdue\n"));
    CHECK(contains(md, "  - Publish the first post (2026-11-22)\n"));
    CHECK(contains(md, "  - Stretch for 10 minutes: 5 times\n"));
}

namespace {

// Every field path of a JSON document: "goals[].title"; arrays of scalars are leaves.
// The agenda is one documented field: its items vary by kind, and the agenda's
// own tests cover them (tests/cli/test_agenda_cli.cpp).
void collect_paths(const json& j, const std::string& prefix, std::set<std::string>& out) {
    if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it) {
            std::string path = prefix.empty() ? it.key() : prefix + "." + it.key();
            out.insert(path);
            if (path != "agenda") collect_paths(it.value(), path, out);
        }
    } else if (j.is_array()) {
        for (const json& item : j)
            if (item.is_object()) collect_paths(item, prefix + "[]", out);
    }
}

std::set<std::string> documented_paths() {
    std::ifstream in(STEPWISE_ASSET_DIR "/../docs/summary-schema.md");
    REQUIRE(in);
    std::set<std::string> out;
    std::regex row(R"(^\| `([a-z0-9_.\[\]]+)` \|)");
    for (std::string line; std::getline(in, line);) {
        std::smatch m;
        if (std::regex_search(line, m, row)) out.insert(m[1]);
    }
    return out;
}

}  // namespace

TEST_CASE("The JSON has exactly the fields docs/summary-schema.md documents", "[report][json]") {
    Fixture f;
    // A change to the goal, so goals[].changes[] has its fields: the journal dates
    // it today (the real clock), so the period reaches to today.
    f.app.edit_goal(f.run, set_field("target", 12));
    Session session;  // so that the agenda and the session's notes are there
    session.date = day("2026-11-19");
    session.notes = "Talked about hills";
    f.app.apply(AddSession{session});
    SummaryOptions o = f.everything();
    Day edited = local_day_of_utc(now_utc_iso());
    o.from = std::min(o.from, edited);
    o.to = std::max(o.to, edited);
    json j = summary_json(build_summary(f.app, o));
    REQUIRE(j["goals"][0]["changes"].size() == 1);
    std::set<std::string> actual;
    collect_paths(j, "", actual);
    CHECK(actual == documented_paths());
    CHECK(j["schema"] == "stepwise.summary");
    CHECK(j["schema_version"] == 1);
    CHECK(j["period"]["days"] == days_between(o.from, o.to) + 1);
    CHECK(j["included"]["entry_notes"] == true);
    CHECK(j["agenda"]["last_session"]["date"] == "2026-11-19");
    CHECK(j["session_notes"]["notes"] == "Talked about hills");
}

TEST_CASE("JSON dates are ISO days and absent values are null", "[report][json]") {
    Fixture f;
    json j = summary_json(build_summary(f.app, f.week()));
    std::regex iso(R"(\d{4}-\d{2}-\d{2})");
    for (const char* key : {"from", "to", "previous_from", "previous_to"})
        CHECK(std::regex_match(j["period"][key].get<std::string>(), iso));
    const json& site = j["goals"][1];
    CHECK(site["kind"] == "milestone");
    CHECK(site["measure"].is_null());
    CHECK(site["baseline"].is_null());
    CHECK(site["trend_per_day"].is_null());
    CHECK(site["steps_total"] == 4);
    CHECK(site["steps_open"][0]["due_date"] == "2026-11-23");
    CHECK(site["steps_completed"][0]["dates"][0] == "2026-11-22");
    const json& run = j["goals"][0];
    CHECK(run["progress"].get<double>() == Approx(5.0 / 8));
    CHECK(std::regex_match(run["start_date"].get<std::string>(), iso));
}

TEST_CASE("Markdown escaping keeps step titles from turning into lists, rules or entities", "[report]") {
    using sw::report::markdown_escape;
    CHECK(markdown_escape("- buy shoes") == "\\- buy shoes");
    CHECK(markdown_escape("---") == "\\---");
    CHECK(markdown_escape("1. call the coach") == "1\\. call the coach");
    CHECK(markdown_escape("6.5 km") == "6.5 km");
    CHECK(markdown_escape("&lt;tag&gt;") == "\\&lt;tag\\&gt;");
}

TEST_CASE("The summary says how far a goal moved in words, never in pts", "[report][markdown][html]") {
    Fixture f;
    Goal g;
    g.title = "Read 20 books";
    g.kind = GoalKind::numeric;
    g.measure = Measure::total;
    g.unit = "books";
    g.baseline = 0;
    g.target = 20;
    g.start_date = day("2026-11-22");  // inside the week
    g.due_date = day("2027-06-01");
    int64_t books = f.app.add_goal(g);
    f.app.log_progress(books, day("2026-11-24"), 4, "");
    Summary s = build_summary(f.app, f.week());
    std::string md = summary_markdown(s);
    std::string html = summary_html(s);
    for (const std::string* text : {&md, &html}) {
        CHECK_FALSE(contains(*text, "pts"));
        CHECK(contains(*text, "From 38% to 63% of the way this period, the same as in the previous 7 days"));
        // 4 of 20 books, started on the period's third day: no previous period to compare.
        CHECK(contains(*text, "From 0% to 20% of the way this period (the goal started on 2026-11-22)."));
        // The site: 1 of 4 steps done by 2026-11-12 and still by 2026-11-19, 2 of 4 by 2026-11-26.
        CHECK(contains(*text, "From 25% to 50% of the way this period, more than in the previous 7 days "
                              "(it stayed at 25%)."));
    }
}

TEST_CASE("With a session, every format opens with the agenda: commitments kept and open, questions", "[report][agenda]") {
    Fixture f;
    Session session;
    session.date = day("2026-11-20");
    session.notes = "PRIVATE NOTES";  // private by default
    int64_t id = f.app.apply(AddSession{session});
    Step book;
    book.goal_id = f.run;
    book.title = "Book the race";
    book.start_date = day("2026-11-20");
    book.session_id = id;
    int64_t booked = f.app.add_step(book);
    f.app.apply(CompleteStep{booked, day("2026-11-22"), true});
    Step shoes = book;
    shoes.title = "Buy new shoes";
    f.app.add_step(shoes);
    Question q;
    q.text = "How do I run in the rain?";
    q.asked_on = day("2026-11-24");
    f.app.apply(AddQuestion{q});
    Question secret = q;
    secret.text = "SECRET QUESTION";
    secret.is_private = true;
    f.app.apply(AddQuestion{secret});

    Summary s = build_summary(f.app, f.week());
    REQUIRE(s.agenda);
    std::string md = summary_markdown(s), text = summary_plain_text(s), html = summary_html(s);
    // First, before any goal.
    CHECK(md.find("## For our next session") < md.find("## Run 10 km"));
    CHECK(text.find("For our next session") < text.find("Run 10 km\n"));
    CHECK(html.find("For our next session") < html.find("Run 10 km</bdi></h2>"));
    CHECK(contains(md, "### Commitments from 2026-11-20\n\n- “Book the race”: kept (2026-11-22)\n- “Buy new shoes”: still open\n"));
    CHECK(contains(md, "### Questions\n\n- How do I run in the rain?\n"));
    CHECK(contains(text, "  • “Buy new shoes”: still open\n"));
    for (const std::string& out : {md, text, html}) {
        CHECK_FALSE(contains(out, "PRIVATE NOTES"));
        CHECK_FALSE(contains(out, "SECRET QUESTION"));
        CHECK_FALSE(contains(out, "pts"));
    }
    SummaryOptions all = f.week();
    all.include_session_notes = all.include_private_questions = true;
    std::string shared = summary_markdown(build_summary(f.app, all));
    CHECK(contains(shared, "### Notes from the session on 2026-11-20\n\n- PRIVATE NOTES\n"));
    CHECK(contains(shared, "- SECRET QUESTION\n"));
}

TEST_CASE("Without a session or an open question there is no agenda section", "[report][agenda]") {
    Fixture f;
    Summary s = build_summary(f.app, f.week());
    CHECK_FALSE(s.agenda);
    CHECK_FALSE(contains(summary_markdown(s), "For our next session"));
}
