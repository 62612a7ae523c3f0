#include "core/journal.hpp"

#include "core/errors.hpp"

namespace sw {

std::string_view to_string(Origin origin) {
    switch (origin) {
        case Origin::window: return "window";
        case Origin::cli: return "cli";
        case Origin::import: return "import";
    }
    return "cli";
}

Origin parse_origin(std::string_view text) {
    if (text == "window") return Origin::window;
    if (text == "cli") return Origin::cli;
    if (text == "import") return Origin::import;
    throw InputError("unknown origin '" + std::string(text) + "' (window, cli or import)");
}

}  // namespace sw
