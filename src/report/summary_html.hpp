#pragma once
// The coach summary as one self-contained HTML file: inline CSS, progress charts
// as inline SVG from the same chart model the app draws, no scripts and no
// external references of any kind (no http(s) URL appears in the file; the
// inline <svg> elements carry no xmlns, which HTML does not need). A
// Content-Security-Policy forbids everything but the inline styles, as a second
// line of defence behind the escaping of all user text. Prints on A4: a month
// of five goals on at most two pages.
#include "report/summary_model.hpp"

#include <string>

namespace sw::report {

std::string summary_html(const Summary& summary);

}  // namespace sw::report
