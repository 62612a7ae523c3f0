// Recurrence syntax and schedules of action steps.
#include "core/errors.hpp"
#include "core/step.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace sw;

namespace {

Day day(const char* iso) { return parse_iso_day(iso).value(); }

constexpr unsigned kMo = 1u << 0, kTu = 1u << 1, kWe = 1u << 2, kFr = 1u << 4, kSu = 1u << 6;

}  // namespace

TEST_CASE("An empty or 'none' repeat is a one-off step", "[core]") {
    CHECK(parse_recurrence("").kind == Recurrence::Kind::none);
    CHECK(parse_recurrence("none").kind == Recurrence::Kind::none);
    CHECK(parse_recurrence("NONE").kind == Recurrence::Kind::none);
    CHECK_FALSE(parse_recurrence("").is_recurring());
}

TEST_CASE("Daily, weekly and every-N repeats parse case-insensitively", "[core]") {
    CHECK(parse_recurrence("daily").kind == Recurrence::Kind::daily);
    CHECK(parse_recurrence("Daily").kind == Recurrence::Kind::daily);

    const Recurrence mwf = parse_recurrence("weekly:MO,WE,FR");
    CHECK(mwf.kind == Recurrence::Kind::weekly);
    CHECK(mwf.weekdays == (kMo | kWe | kFr));
    CHECK(parse_recurrence("weekly:fr,mo,We") == mwf);
    CHECK(parse_recurrence("WEEKLY:SU").weekdays == kSu);
    CHECK(parse_recurrence("weekly:MO,TU,WE,TH,FR,SA,SU").weekdays == 0x7Fu);

    const Recurrence every3 = parse_recurrence("every:3");
    CHECK(every3.kind == Recurrence::Kind::every_n);
    CHECK(every3.every_n == 3);
    CHECK(parse_recurrence("every:1").every_n == 1);
    CHECK(parse_recurrence("every:365").every_n == 365);
}

TEST_CASE("Repeated weekdays in a weekly repeat are tolerated", "[core]") {
    CHECK(parse_recurrence("weekly:MO,MO,TU").weekdays == (kMo | kTu));
}

TEST_CASE("Malformed repeats are rejected with the bad text and the accepted forms", "[core]") {
    for (const char* bad : {"weekly:XX", "every:0", "every:x", "weekly:", "weekly:MO,",
                            "weekly:,MO", "every:366", "every:-1", "every:", "every:3.5",
                            "every:99999999999", "monthly", "dailyx", "weekly", "every"}) {
        INFO("repeat text: " << bad);
        try {
            parse_recurrence(bad);
            FAIL("accepted");
        } catch (const InputError& e) {
            const std::string msg = e.what();
            CHECK(msg.find("'" + std::string(bad) + "'") != std::string::npos);
            CHECK(msg.find("daily") != std::string::npos);
            CHECK(msg.find("weekly:MO,WE,FR") != std::string::npos);
            CHECK(msg.find("every:N") != std::string::npos);
            CHECK(msg.find('\n') == std::string::npos);
        }
    }
}

TEST_CASE("A repeat prints back in canonical form", "[core]") {
    CHECK(to_string(parse_recurrence("")) == "");
    CHECK(to_string(parse_recurrence("Daily")) == "daily");
    CHECK(to_string(parse_recurrence("weekly:su,we,mo")) == "weekly:MO,WE,SU");
    CHECK(to_string(parse_recurrence("weekly:FR,FR")) == "weekly:FR");
    CHECK(to_string(parse_recurrence("every:14")) == "every:14");
    for (const char* canonical : {"daily", "weekly:TU,TH,SA", "every:2", "every:365"})
        CHECK(to_string(parse_recurrence(canonical)) == canonical);
}

TEST_CASE("A repeat is described in plain words", "[core]") {
    CHECK(describe(parse_recurrence("")) == "");
    CHECK(describe(parse_recurrence("daily")) == "every day");
    CHECK(describe(parse_recurrence("weekly:FR,MO,WE")) == "Mon, Wed, Fri");
    CHECK(describe(parse_recurrence("weekly:SU")) == "Sun");
    CHECK(describe(parse_recurrence("every:3")) == "every 3 days");
    CHECK(describe(parse_recurrence("every:1")) == "every day");
}

TEST_CASE("Nothing is scheduled before the start day or for a one-off step", "[core]") {
    const Day start = day("2026-05-10");
    CHECK_FALSE(is_scheduled(parse_recurrence("daily"), start, day("2026-05-09")));
    CHECK(is_scheduled(parse_recurrence("daily"), start, start));
    CHECK_FALSE(is_scheduled(parse_recurrence(""), start, start));
    CHECK_FALSE(is_scheduled(parse_recurrence(""), start, day("2026-05-11")));
}

TEST_CASE("A daily step is scheduled every day across month, year and leap-day ends", "[core]") {
    const Recurrence r = parse_recurrence("daily");
    const Day start = day("2027-12-30");
    for (const char* d : {"2027-12-31", "2028-01-01", "2028-01-31", "2028-02-01", "2028-02-29",
                          "2028-03-01"})
        CHECK(is_scheduled(r, start, day(d)));
}

TEST_CASE("A weekly step is scheduled on its weekdays only", "[core]") {
    const Recurrence r = parse_recurrence("weekly:MO,WE,FR");
    const Day start = day("2027-12-27");  // a Monday
    CHECK(is_scheduled(r, start, day("2027-12-27")));        // Mon
    CHECK_FALSE(is_scheduled(r, start, day("2027-12-28")));  // Tue
    CHECK(is_scheduled(r, start, day("2027-12-31")));        // Fri, year end
    CHECK_FALSE(is_scheduled(r, start, day("2028-01-01")));  // Sat
    CHECK_FALSE(is_scheduled(r, start, day("2028-01-02")));  // Sun
    CHECK(is_scheduled(r, start, day("2028-01-03")));        // Mon
    CHECK_FALSE(is_scheduled(r, start, day("2028-02-29")));  // Tue, leap day
    CHECK(is_scheduled(r, start, day("2028-03-01")));        // Wed

    const Recurrence tuesdays = parse_recurrence("weekly:TU");
    CHECK(is_scheduled(tuesdays, start, day("2028-02-29")));
    CHECK_FALSE(is_scheduled(tuesdays, day("2028-03-01"), day("2028-02-29")));  // before start
}

TEST_CASE("An every-N step counts N days from its start, through leap days", "[core]") {
    const Recurrence r = parse_recurrence("every:3");
    const Day start = day("2028-02-27");
    CHECK(is_scheduled(r, start, day("2028-02-27")));
    CHECK_FALSE(is_scheduled(r, start, day("2028-02-28")));
    CHECK_FALSE(is_scheduled(r, start, day("2028-02-29")));
    CHECK(is_scheduled(r, start, day("2028-03-01")));  // 27 + 3 with the leap day
    CHECK(is_scheduled(r, start, day("2028-03-04")));
    CHECK_FALSE(is_scheduled(r, start, day("2028-02-24")));  // on the rhythm but before start

    // Without a leap day the same start lands on 03-02.
    CHECK(is_scheduled(r, day("2027-02-27"), day("2027-03-02")));
    CHECK_FALSE(is_scheduled(r, day("2027-02-27"), day("2027-03-01")));
}

TEST_CASE("An every-N step crosses the year end on its own rhythm", "[core]") {
    const Recurrence r = parse_recurrence("every:7");
    const Day start = day("2027-12-29");  // a Wednesday
    CHECK(is_scheduled(r, start, day("2028-01-05")));
    CHECK_FALSE(is_scheduled(r, start, day("2028-01-03")));  // Monday: not weekly-aligned
    CHECK(is_scheduled(r, start, day("2028-03-01")));        // 63 days later, over 02-29
}

TEST_CASE("Step statuses print and parse, rejecting unknown names", "[core]") {
    for (auto s : {StepStatus::open, StepStatus::done, StepStatus::dropped})
        CHECK(parse_step_status(to_string(s)) == s);
    CHECK(to_string(StepStatus::dropped) == "dropped");
    CHECK_THROWS_AS(parse_step_status("finished"), InputError);
}

TEST_CASE("times:K/week parses, prints back, reads in words and may be done on any day", "[core]") {
    Recurrence r = parse_recurrence(" Times:3/Week ");
    CHECK(r.kind == Recurrence::Kind::times_per_week);
    CHECK(r.times == 3);
    CHECK(to_string(r) == "times:3/week");
    CHECK(describe(r) == "3 times a week");
    CHECK(describe(parse_recurrence("times:1/week")) == "once a week");
    CHECK(parse_recurrence(to_string(parse_recurrence("times:7/week"))) == parse_recurrence("times:7/week"));
    for (const char* bad : {"times:0/week", "times:8/week", "times:/week", "times:3", "times:3/month", "times:-1/week",
                            "times:33/week"}) {
        INFO(bad);
        CHECK_THROWS_WITH(parse_recurrence(bad), Catch::Contains("times:K/week with K from 1 to 7"));
    }
    Day start = *parse_iso_day("2026-11-25");
    CHECK_FALSE(is_scheduled(r, start, *parse_iso_day("2026-11-24")));
    for (int i = 0; i < 7; ++i) CHECK(is_scheduled(r, start, add_days(start, i)));
}

TEST_CASE("An if-then plan reads as one sentence, whatever words the client typed", "[core]") {
    CHECK(sw::if_then_sentence("it rains", "use the treadmill") == "If it rains, then I will use the treadmill.");
    CHECK(sw::if_then_sentence("it rains", "I will use the treadmill") == "If it rains, then I will use the treadmill.");
    CHECK(sw::if_then_sentence("If it rains", "then I'll run inside.") == "If it rains, then I'll run inside.");
    CHECK(sw::if_then_sentence("if I'm tired ", " i will walk") == "If I'm tired, then i will walk.");
    CHECK(sw::if_then_sentence("Iffy weather", "Illuminate the path") ==
          "If Iffy weather, then I will Illuminate the path.");  // words, not prefixes
    CHECK(sw::if_then_sentence("it rains,", "run inside instead!") == "If it rains, then I will run inside instead!");
    CHECK(sw::if_then_sentence("", "").empty());
}

TEST_CASE("Times of day are HH:MM from 00:00 to 23:59", "[core]") {
    CHECK(sw::parse_time_of_day("07:30") == 450);
    CHECK(sw::parse_time_of_day("00:00") == 0);
    CHECK(sw::parse_time_of_day("23:59") == 1439);
    CHECK(sw::format_time_of_day(450) == "07:30");
    for (const char* bad : {"7:30", "24:00", "12:60", "12-30", "", "12:3a", " 12:30"}) {
        CAPTURE(bad);
        CHECK_THROWS_AS(sw::parse_time_of_day(bad), sw::InputError);
        CHECK_FALSE(sw::is_time_of_day(bad));
    }
}
