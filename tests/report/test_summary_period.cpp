// The summary worth sending: goal changes, check-ins over the days the goals
// cover, plain words, the plain-text format, the mood chart and grouped reflections.
#include "app/commands.hpp"
#include "app/goal_history.hpp"
#include "report/summary_html.hpp"
#include "report/summary_json.hpp"
#include "report/summary_markdown.hpp"
#include "report/summary_model.hpp"
#include "report/summary_plain.hpp"
#include "report/summary_text.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <regex>

using namespace sw;
using namespace sw::report;

namespace {

Day day(const char* iso) { return *parse_iso_day(iso); }

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

Goal numeric_goal(const char* title, Day start, Day due) {
    Goal g;
    g.title = title;
    g.kind = GoalKind::numeric;
    g.unit = "km";
    g.baseline = 2;
    g.target = 10;
    g.start_date = start;
    g.due_date = due;
    return g;
}

// The journal dates a change by the real clock, so these periods are placed
// around the day the test runs.
struct EditedGoal {
    Day edited = local_day_of_utc(now_utc_iso());
    App app{Database::in_memory(), add_days(edited, 20)};
    int64_t run = 0;

    EditedGoal() {
        app.set_setting(kDecimalSetting, "comma");
        run = app.add_goal(numeric_goal("Run 10 km", add_days(edited, -30), add_days(edited, 200)));
        app.log_progress(run, add_days(edited, -2), 4.5, "");
        app.edit_goal(run, set_field("target", 8.5));
    }
    SummaryOptions period(int from, int to) const {
        SummaryOptions o;
        o.from = add_days(edited, from);
        o.to = add_days(edited, to);
        return o;
    }
    std::string sentence() const {
        return "Target changed from 10 km to 8,5 km on " + readable_day(edited, add_days(edited, 3)) + ".";
    }
};

std::vector<std::string> all_formats(const Summary& s) {
    return {summary_markdown(s), summary_html(s), summary_json(s).dump(), summary_plain_text(s)};
}

}  // namespace

TEST_CASE("A target edited during the period is told as a sentence in every format", "[report][summary]") {
    EditedGoal f;
    Summary s = build_summary(f.app, f.period(-3, 3));
    REQUIRE(s.goals.size() == 1);
    const SummaryGoal& g = s.goals[0];
    REQUIRE(g.changes.size() == 1);
    CHECK(g.changes[0].field == "target");
    CHECK(g.changes[0].date == f.edited);
    CHECK(g.changes[0].sentence == f.sentence());  // the client's decimal comma
    for (const std::string& text : all_formats(s)) CHECK(contains(text, f.sentence()));
    // … and as a marker on the chart, whose tooltip names the change.
    REQUIRE(g.chart_changes.size() == 1);
    std::string html = summary_html(s);
    CHECK(contains(html, "<title>Changed " + format_day_short(f.edited) + "\nTarget 10 km → 8,5 km</title>"));
}

TEST_CASE("A change made before the period is not listed, but stays on the chart", "[report][summary]") {
    EditedGoal f;
    Summary s = build_summary(f.app, f.period(1, 7));
    REQUIRE(s.goals.size() == 1);
    CHECK(s.goals[0].changes.empty());
    CHECK(s.goals[0].chart_changes.size() == 1);
    for (const std::string& text : all_formats(s)) CHECK_FALSE(contains(text, "Target changed"));
    // A period that ended before the change neither lists nor marks it.
    Summary before = build_summary(f.app, f.period(-10, -1));
    REQUIRE(before.goals.size() == 1);
    CHECK(before.goals[0].changes.empty());
    CHECK(before.goals[0].chart_changes.empty());
}

TEST_CASE("The changes of a private goal stay out with the goal", "[report][summary][privacy]") {
    EditedGoal f;
    f.app.edit_goal(f.run, set_field("private", true));
    Summary s = build_summary(f.app, f.period(-3, 3));
    CHECK(s.goals.empty());
    for (const std::string& text : all_formats(s)) CHECK_FALSE(contains(text, "Target changed"));
    SummaryOptions included = f.period(-3, 3);
    included.include_private_goals = true;
    CHECK(contains(summary_plain_text(build_summary(f.app, included)), f.sentence()));
}

TEST_CASE("A date change reads as a day, not an ISO date", "[report][summary]") {
    EditedGoal f;
    Day due = add_days(f.edited, 200), later = add_days(f.edited, 230);
    f.app.edit_goal(f.run, set_field("due_date", format_day(later)));
    Summary s = build_summary(f.app, f.period(-3, 3));
    REQUIRE(s.goals.size() == 1);
    REQUIRE(s.goals[0].changes.size() == 2);
    CHECK(s.goals[0].changes[1].sentence == "Due date changed from " + readable_day(due, s.to) + " to " +
                                                readable_day(later, s.to) + " on " + readable_day(f.edited, s.to) + ".");
    CHECK(readable_day(day("2026-11-20"), day("2026-11-26")) == "20 Nov");
    CHECK(readable_day(day("2025-11-20"), day("2026-01-02")) == "20 Nov 2025");
}

TEST_CASE("Check-ins are counted over the days since the earliest shared goal started", "[report][summary]") {
    App app{Database::in_memory(), day("2026-11-30")};
    // The 30-day month 2026-11-01 … 11-30; the only goal starts on the 10th: 21 days.
    app.add_goal(numeric_goal("Run 10 km", day("2026-11-10"), day("2027-03-01")));
    for (const char* d : {"2026-10-20", "2026-11-03", "2026-11-10", "2026-11-15", "2026-11-20", "2026-11-25",
                          "2026-11-30"}) {
        CheckIn c;
        c.date = day(d);
        c.mood = 3;
        app.save_checkin(c);
    }
    SummaryOptions o;
    o.from = day("2026-11-01");
    o.to = day("2026-11-30");
    Summary s = build_summary(app, o);
    CHECK(s.checkins.days == 21);
    CHECK(s.checkins.count == 5);  // the 3rd was before the goal
    CHECK(s.checkins.previous_days == 0);
    CHECK(s.checkins.previous_count == 0);
    CHECK_FALSE(s.checkins.previous_average_mood);
    std::string text = checkin_count_text(s);
    CHECK(text == "5 check-ins in 21 days (the goals started in this period: nothing earlier to compare)");
    for (const std::string& out : {summary_markdown(s), summary_plain_text(s), summary_html(s)})
        CHECK(contains(out, "5 check-ins in 21 days"));
    nlohmann::json j = summary_json(s);
    CHECK(j["checkins"]["days"] == 21);
    CHECK(j["checkins"]["previous_days"] == 0);

    // A goal that started earlier opens the whole period and part of the one before.
    app.add_goal(numeric_goal("Swim", day("2026-10-15"), day("2027-03-01")));
    Summary both = build_summary(app, o);
    CHECK(both.checkins.days == 30);
    CHECK(both.checkins.count == 6);
    CHECK(both.checkins.previous_days == 17);  // 2026-10-15 … 10-31
    CHECK(both.checkins.previous_count == 1);
    CHECK(checkin_count_text(both) == "6 check-ins in 30 days (1 in the previous 17 days)");
}

TEST_CASE("With no goal shared the check-ins count over the whole period", "[report][summary]") {
    App app{Database::in_memory(), day("2026-11-30")};
    CheckIn c;
    c.date = day("2026-11-28");
    c.mood = 4;
    app.save_checkin(c);
    SummaryOptions o;
    o.from = day("2026-11-24");
    o.to = day("2026-11-30");
    Summary s = build_summary(app, o);
    CHECK(s.checkins.days == 7);
    CHECK(s.checkins.previous_days == 7);
    CHECK(checkin_count_text(s) == "1 check-in in 7 days (0 in the previous 7 days)");
}

TEST_CASE("No format says pts, and habits are told in words", "[report][summary]") {
    App app{Database::in_memory(), day("2026-11-26")};
    int64_t run = app.add_goal(numeric_goal("Run 10 km", day("2026-10-01"), day("2027-03-01")));
    app.log_progress(run, day("2026-11-21"), 6, "");
    app.log_progress(run, day("2026-11-25"), 7, "");
    Step s;
    s.goal_id = run;
    s.title = "Stretch";
    s.repeat = parse_recurrence("daily");
    s.start_date = day("2026-11-01");
    int64_t stretch = app.add_step(s);
    for (int i = 0; i < 26; ++i)
        if (i % 4 != 3) app.complete_step(stretch, add_days(day("2026-11-01"), i), true);
    SummaryOptions o;
    o.from = day("2026-11-20");
    o.to = day("2026-11-26");
    Summary summary = build_summary(app, o);
    REQUIRE(summary.goals.size() == 1);
    REQUIRE(summary.goals[0].habits.size() == 1);
    const HabitSummary& h = summary.goals[0].habits[0];
    REQUIRE(h.strength);
    std::string words = habit_text(h);
    CHECK(contains(words, "done on " + std::to_string(h.completed_in_period) + " of " +
                              std::to_string(h.scheduled_in_period) + " scheduled days this period"));
    CHECK(contains(words, "of the scheduled days in the last 30 days"));
    CHECK(contains(words, "habit strength " + percent_text(*h.strength) + ", " + strength_words(*h.strength)));
    CHECK_FALSE(contains(words, "streak"));
    for (const std::string& text : all_formats(summary)) {
        CHECK_FALSE(contains(text, "pts"));
        CHECK_FALSE(contains(text, " vs "));
    }
    CHECK(strength_words(0.1) == "just starting to form");
    CHECK(strength_words(0.9) == "strong");
}

TEST_CASE("The plain-text summary has no Markdown marks and keeps user text as written", "[report][summary]") {
    App app{Database::in_memory(), day("2026-11-26")};
    int64_t run = app.add_goal(numeric_goal("Run 10 km with Ana_Lou", day("2026-10-01"), day("2027-03-01")));
    app.log_progress(run, day("2026-11-21"), 6, "");
    SummaryOptions o;
    o.from = day("2026-11-20");
    o.to = day("2026-11-26");
    std::string text = summary_plain_text(build_summary(app, o));
    CHECK(text.rfind("Progress summary: 2026-11-20 to 2026-11-26\n", 0) == 0);
    CHECK(contains(text, "\nRun 10 km with Ana_Lou\n"));  // a heading line, not escaped
    CHECK(contains(text, "\n  Goal: 2 → 10 km by 2027-03-01\n"));
    CHECK(contains(text, "\nCheck-ins\n"));
    for (const char* mark : {"#", "**", "|", "\\", "\n- ", "\n  - ", "---"}) {
        INFO(mark);
        CHECK_FALSE(contains(text, mark));
    }
    CHECK(plain_text_line("a\r\nb\tc\x01" "d\x7f") == "a b cd");
}

TEST_CASE("The HTML draws mood and confidence as an SVG in the check-ins, with numbers only",
          "[report][summary][html]") {
    App app{Database::in_memory(), day("2026-11-26")};
    app.add_goal(numeric_goal("Run 10 km", day("2026-10-01"), day("2027-03-01")));
    for (const char* d : {"2026-11-21", "2026-11-22", "2026-11-24"}) {
        CheckIn c;
        c.date = day(d);
        c.mood = 4;
        c.confidence = 7;
        c.win = "SECRET-WIN";
        c.obstacle = "SECRET-OBSTACLE";
        app.save_checkin(c);
    }
    SummaryOptions o;
    o.from = day("2026-11-20");
    o.to = day("2026-11-26");
    Summary s = build_summary(app, o);
    REQUIRE(s.checkin_scores.size() == 3);
    for (const CheckIn& c : s.checkin_scores) CHECK(c.win.empty());
    std::string html = summary_html(s);
    std::smatch m;
    REQUIRE(std::regex_search(html, m, std::regex("<section class=\"checkins\">[\\s\\S]*?</section>")));
    std::string checkins = m[0];
    CHECK(contains(checkins, "<figure class=\"mood\"><svg viewBox="));
    CHECK(contains(checkins, "Mood and confidence from Nov 20, 2026 to Nov 26, 2026: 3 check-ins"));
    CHECK(contains(checkins, "mood 4/5 · confidence 7/10"));
    CHECK_FALSE(contains(html, "SECRET"));  // check-in text not included
    // The print stylesheet: A4, charts kept whole, no buttons.
    CHECK(contains(html, "@media print"));
    CHECK(contains(html, "size: A4"));
    CHECK(std::regex_search(html, std::regex("@media print \\{[\\s\\S]*figure, svg[^{]*\\{ break-inside: avoid")));
    CHECK(std::regex_search(html, std::regex("@media print \\{[\\s\\S]*button[^{]*\\{ display: none")));
}

TEST_CASE("Reflections are grouped per question, repeats counted, most frequent first",
          "[report][summary][privacy]") {
    App app{Database::in_memory(), day("2026-11-26")};
    app.add_goal(numeric_goal("Run 10 km", day("2026-10-01"), day("2027-03-01")));
    auto checkin = [&](const char* d, const char* win, const char* obstacle) {
        CheckIn c;
        c.date = day(d);
        c.mood = 3;
        c.win = win;
        c.obstacle = obstacle;
        app.save_checkin(c);
    };
    checkin("2026-11-20", "Ran twice", "No time in the evening");
    checkin("2026-11-21", "", "no time in the  evening.");
    checkin("2026-11-22", "", "Rain");
    checkin("2026-11-24", "", "No time in the evening!");
    SummaryOptions o;
    o.from = day("2026-11-20");
    o.to = day("2026-11-26");

    Summary hidden = build_summary(app, o);
    CHECK(hidden.reflections.empty());
    for (const std::string& text : all_formats(hidden)) {
        CHECK_FALSE(contains(text, "No time in the evening"));
        CHECK_FALSE(contains(text, "Ran twice"));
    }
    CHECK(summary_json(hidden)["checkin_reflections"].is_null());

    o.include_checkin_text = true;
    Summary s = build_summary(app, o);
    REQUIRE(s.reflections.size() == 2);
    CHECK(s.reflections[0].question == "What went well");
    const ReflectionGroup& obstacles = s.reflections[1];
    CHECK(obstacles.question == "What got in the way");
    REQUIRE(obstacles.answers.size() == 2);
    CHECK(obstacles.answers[0].text == "No time in the evening!");  // as last written
    CHECK(obstacles.answers[0].times == 3);
    CHECK(obstacles.answers[0].last == day("2026-11-24"));
    CHECK(obstacles.answers[1].text == "Rain");
    CHECK(obstacles.answers[1].times == 1);

    std::string md = summary_markdown(s), text = summary_plain_text(s), html = summary_html(s);
    CHECK(contains(md, "- What went well: Ran twice (20 Nov)\n"));
    CHECK(contains(md, "- What got in the way:\n  - No time in the evening! — 3 times, last on 24 Nov\n  - Rain (22 Nov)\n"));
    CHECK(contains(text, "  What got in the way:\n    No time in the evening! — 3 times, last on 24 Nov\n"));
    CHECK(contains(html, "<dd><bdi>No time in the evening!</bdi><span class=\"muted\"> — 3 times, last on 24 Nov</span></dd>"));
    nlohmann::json j = summary_json(s);
    CHECK(j["checkin_reflections"][1]["answers"][0]["times"] == 3);
}
