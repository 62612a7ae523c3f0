// The HTML summary with Arabic and Hebrew user text: every piece of user text is
// isolated (<bdi> or dir="auto") so a browser orders it by its own direction,
// the page declares its language, and the font stack reaches past DejaVu.
#include "report/summary_html.hpp"
#include "report/summary_model.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <regex>

using namespace sw;
using namespace sw::report;

namespace {

Day day(const char* iso) { return *parse_iso_day(iso); }

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

// Arabic with digits in the title, a note, a step, a habit and a reflection.
struct ArabicClient {
    App app{Database::in_memory(), day("2026-11-26")};
    std::string html;

    ArabicClient() {
        Goal g;
        g.title = "مرحبا 2026";
        g.kind = GoalKind::numeric;
        g.unit = "km";
        g.baseline = 2;
        g.target = 10;
        g.start_date = day("2026-10-01");
        g.due_date = day("2027-03-01");
        int64_t goal = app.add_goal(g);
        app.log_progress(goal, day("2026-11-21"), 6, "ركضت 5 كم اليوم");
        Step once;
        once.goal_id = goal;
        once.title = "שלום 12";
        once.due_date = day("2026-11-30");
        app.add_step(once);
        Step habit;
        habit.goal_id = goal;
        habit.title = "تمدد 10 دقائق";
        habit.repeat = parse_recurrence("daily");
        habit.start_date = day("2026-11-10");
        int64_t h = app.add_step(habit);
        app.complete_step(h, day("2026-11-25"), true);
        CheckIn c;
        c.date = day("2026-11-25");
        c.mood = 4;
        c.confidence = 7;
        c.win = "أنهيت 3 جولات";
        app.save_checkin(c);

        SummaryOptions o;
        o.from = day("2026-11-20");
        o.to = day("2026-11-26");
        o.include_checkin_text = true;
        o.include_entry_notes = true;
        html = summary_html(build_summary(app, o));
    }
};

}  // namespace

TEST_CASE("An Arabic title with digits sits in an element whose direction comes from its text", "[report][bidi]") {
    ArabicClient c;
    // dir="auto" makes the heading right-to-left from its first letter, so the
    // browser shows "2026" on the left of the word, as an Arabic reader expects.
    CHECK(contains(c.html, "<h2 dir=\"auto\">مرحبا 2026</h2>"));
    CHECK(contains(c.html, "<html lang=\"en\">"));
}

TEST_CASE("User text inside the summary's own lines is isolated with bdi", "[report][bidi]") {
    ArabicClient c;
    // The open step: its Hebrew title isolated, the English "— due …" after it outside.
    CHECK(std::regex_search(c.html, std::regex("<li><bdi>שלום 12</bdi> — due [^<]*</li>")));
    // The habit and the reflection.
    CHECK(contains(c.html, "<li><bdi>تمدد 10 دقائق</bdi> <span class=\"muted\">"));
    CHECK(contains(c.html, "<dd><bdi>أنهيت 3 جولات</bdi><span class=\"muted\">"));
    // The entry's note takes its direction from its own first letter.
    CHECK(contains(c.html, "<td class=\"note\" dir=\"auto\">ركضت 5 كم اليوم</td>"));
}

TEST_CASE("No user text is left outside an isolating element", "[report][bidi]") {
    ArabicClient c;
    // Every Arabic or Hebrew run is inside <bdi>…</bdi> or an element with dir="auto".
    // Charts are SVG, where <bdi> does not exist; their tooltips are plain text.
    std::string outside = std::regex_replace(c.html, std::regex("<svg[\\s\\S]*?</svg>"), "");
    outside = std::regex_replace(outside, std::regex("<title>[^<]*</title>"), "");
    outside = std::regex_replace(outside, std::regex("<bdi>[^<]*</bdi>"), "");
    outside = std::regex_replace(outside, std::regex("<(h2|td|p)[^>]*dir=\"auto\"[^>]*>[^<]*</\\1>"), "");
    // UTF-8 lead bytes 0xD6–0xDB start U+0580–U+06FF, where Hebrew and Arabic are.
    bool rtl_left = std::any_of(outside.begin(), outside.end(), [](char ch) {
        auto b = static_cast<unsigned char>(ch);
        return b >= 0xD6 && b <= 0xDB;
    });
    CHECK_FALSE(rtl_left);
    CHECK(contains(c.html, "مرحبا"));  // … and the text is there
}

TEST_CASE("The summary's font stack names fonts for Arabic, Hebrew and Chinese before the generic family", "[report][bidi]") {
    ArabicClient c;
    std::smatch m;
    REQUIRE(std::regex_search(c.html, m, std::regex("body \\{[^}]*font: ([^;]*);")));
    std::string stack = m[1];
    for (const char* family : {"\"DejaVu Sans\"", "\"Noto Sans Arabic\"", "\"Noto Sans Hebrew\"", "\"Noto Sans CJK SC\""}) {
        INFO(family);
        CHECK(contains(stack, family));
        CHECK(stack.find(family) < stack.find("sans-serif"));
    }
}
