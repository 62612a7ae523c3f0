// Numbers typed in the window: a decimal comma is kept and read where the locale
// (or Settings) makes it the separator, and refused with a reason elsewhere —
// never silently dropped (85,4 once became 854).
#include "store/entry_repository.hpp"
#include "ui_harness.hpp"

#include <catch2/catch.hpp>

#include <GLFW/glfw3.h>
#include <cstdlib>

using namespace sw;
using namespace sw::test;

namespace {

// The environment's locale for one test; restored afterwards.
struct ScopedLocale {
    std::string saved;
    bool had = false;
    explicit ScopedLocale(const char* name) {
        if (const char* v = std::getenv("LC_ALL")) saved = v, had = true;
        setenv("LC_ALL", name, 1);
    }
    ~ScopedLocale() {
        if (had) setenv("LC_ALL", saved.c_str(), 1);
        else unsetenv("LC_ALL");
    }
};

int64_t weight_goal(App& app) {
    Goal g;
    g.title = "Reach 80 kg";
    g.kind = GoalKind::numeric;
    g.unit = "kg";
    g.baseline = 90;
    g.target = 80;
    g.start_date = add_days(app.today(), -20);
    g.due_date = add_days(app.today(), 60);
    return app.add_goal(g);
}

}  // namespace

TEST_CASE("Under a comma locale 85,4 typed in Log progress is stored as 85.4", "[ui][numbers]") {
    ScopedLocale german("de_DE.UTF-8");
    App app(Database::in_memory(), today_local());
    REQUIRE(app.decimal_separator() == DecimalSeparator::comma);
    int64_t goal = weight_goal(app);
    UiHarness h(app, ui::View::today);
    std::string id = std::to_string(goal);
    h.type("log.input." + id, "85,4");
    CHECK(h.ui().quick_log[goal] == "85,4");  // nothing was filtered out
    h.click("log.button." + id);
    auto entries = load_entries_for_goal(app.database(), goal);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].value == 85.4);
}

TEST_CASE("Under a point locale 85,4 is refused with a message and nothing is saved", "[ui][numbers]") {
    ScopedLocale english("C");
    App app(Database::in_memory(), today_local());
    REQUIRE(app.decimal_separator() == DecimalSeparator::point);
    int64_t goal = weight_goal(app);
    UiHarness h(app, ui::View::today);
    std::string id = std::to_string(goal);
    h.type("log.input." + id, "85,4");
    CHECK(h.ui().quick_log[goal] == "85,4");  // kept, so the user sees what they typed
    h.click("log.button." + id);               // disabled: nothing happens
    h.press_key(GLFW_KEY_ENTER);
    CHECK(load_entries_for_goal(app.database(), goal).empty());
    NumberParse why = parse_number_input("85,4", DecimalSeparator::point);
    CHECK(why.error.find("comma") != std::string::npos);
}

TEST_CASE("The Settings choice of a comma wins over a point locale", "[ui][numbers]") {
    ScopedLocale english("C");
    App app(Database::in_memory(), today_local());
    app.set_setting(kDecimalSetting, "comma");
    REQUIRE(app.decimal_separator() == DecimalSeparator::comma);
    int64_t goal = weight_goal(app);
    UiHarness h(app, ui::View::today);
    std::string id = std::to_string(goal);
    h.type("log.input." + id, "85,25");
    h.click("log.button." + id);
    auto entries = load_entries_for_goal(app.database(), goal);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].value == 85.25);
}
