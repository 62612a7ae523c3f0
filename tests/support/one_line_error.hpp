#pragma once
// Readers of other tools' files refuse bad input with one line (InputError)
// that names what is wrong.
#include "core/errors.hpp"

#include <catch2/catch.hpp>

#include <string>

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

}  // namespace sw::test
