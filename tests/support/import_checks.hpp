#pragma once
// Checks the tests of other tools' importers share: readers refuse bad input
// with one line (InputError) that names what is wrong, and imported goals are
// found by title.
#include "app/app.hpp"
#include "core/errors.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace sw::test {

// `read()` throws InputError with one line containing `part`.
template <class Read>
void require_one_line_error(Read read, const std::string& part) {
    try {
        read();
        FAIL("no error; expected one naming '" << part << "'");
    } catch (const InputError& e) {
        std::string what = e.what();
        INFO(what);
        CHECK(what.find('\n') == std::string::npos);
        CHECK(what.find(part) != std::string::npos);
    }
}

inline const Goal& goal_titled(const App& app, const std::string& title) {
    auto it = std::find_if(app.goals().begin(), app.goals().end(), [&](const Goal& g) { return g.title == title; });
    REQUIRE(it != app.goals().end());
    return *it;
}

// A habit goal made from one of the other tool's habits has exactly one step.
inline const Step& only_step(const App& app, const Goal& g) {
    auto steps = app.steps_of(g.id);
    REQUIRE(steps.size() == 1);
    return steps[0];
}

// Whether one of the report's lines contains `part`.
inline bool mentions(const std::vector<std::string>& lines, const std::string& part) {
    return std::any_of(lines.begin(), lines.end(), [&](const std::string& l) { return l.find(part) != std::string::npos; });
}

}  // namespace sw::test
