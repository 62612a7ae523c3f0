#include "core/distress.hpp"

#include <catch2/catch.hpp>

using namespace sw;

TEST_CASE("Words that suggest crisis show the note", "[core][distress]") {
    const auto& p = builtin_distress_phrases();
    REQUIRE(p.phrases.size() > 10);
    CHECK(suggests_distress("Honestly I feel hopeless about all of it", p));
    CHECK(suggests_distress("Sometimes I want to die", p));
    CHECK(suggests_distress("I keep thinking about SELF-HARM", p));
    CHECK(suggests_distress("I can\xe2\x80\x99t go on like this", p));  // typographic apostrophe
}

TEST_CASE("Ordinary text and idioms do not trigger the note", "[core][distress]") {
    const auto& p = builtin_distress_phrases();
    CHECK_FALSE(suggests_distress("I killed it at the gym today", p));
    CHECK_FALSE(suggests_distress("Dying to try the new running route", p));
    CHECK_FALSE(suggests_distress("Finished the report, felt great", p));
    CHECK_FALSE(suggests_distress("", p));
    // Whole words only: "hopelessly" is not "hopeless".
    CHECK_FALSE(suggests_distress("hopelessly in love with this plan", p));
}

TEST_CASE("The phrase file format has comments and benign idioms", "[core][distress]") {
    auto p = parse_distress_phrases("# comment\n  give up forever \n!give up forever on sweets\n\n");
    REQUIRE(p.phrases.size() == 1);
    REQUIRE(p.benign.size() == 1);
    CHECK(suggests_distress("I will give up forever", p));
    CHECK_FALSE(suggests_distress("I will give up forever on sweets", p));
}
