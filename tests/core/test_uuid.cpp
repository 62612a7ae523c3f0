#include "core/uuid.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace sw;

TEST_CASE("A stable UUID is the same for the same name and differs between names", "[core][uuid]") {
    std::string a = stable_uuid("loop:habit:1:Meditate");
    CHECK(a == stable_uuid("loop:habit:1:Meditate"));
    CHECK(looks_like_uuid(a));
    CHECK(a[14] == '8');  // version 8: made from a name, not random
    CHECK(std::string("89ab").find(a[19]) != std::string::npos);  // the RFC 4122 variant
    std::set<std::string> seen;
    for (int i = 0; i < 5000; ++i) seen.insert(stable_uuid("taskwarrior:task:" + std::to_string(i)));
    CHECK(seen.size() == 5000);
    CHECK(stable_uuid("") != stable_uuid(" "));
}

TEST_CASE("A random UUID is version 4 and new each time", "[core][uuid]") {
    std::string a = new_uuid(), b = new_uuid();
    CHECK(a != b);
    CHECK(looks_like_uuid(a));
    CHECK(a[14] == '4');
}
