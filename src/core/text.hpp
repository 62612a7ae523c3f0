#pragma once
#include <string_view>

namespace sw {
// Well-formed UTF-8 (no stray bytes, overlong forms or surrogates): what JSON,
// HTML and the fonts need. Text from a terminal in another encoding is refused.
bool is_valid_utf8(std::string_view text);
}  // namespace sw
