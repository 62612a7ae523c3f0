#pragma once
// What the Summary view remembers between frames: the client's choices, and the
// summary built from them. Building (analytics for every goal, Markdown) is kept
// out of the frame loop: it reruns only when the options or the App's revision
// change.
#include "app/app.hpp"
#include "report/summary_model.hpp"

#include <map>
#include <utility>
#include <vector>
#include <string>

namespace sw::ui {

enum class SummaryPeriod { week, month, custom };

struct SummaryState {
    SummaryPeriod period = SummaryPeriod::week;
    std::string from_text, to_text;  // custom period, as typed
    std::string period_error;        // why the custom period is not usable; "" when it is
    // (goal id, private at the time) -> shared; absent: shared unless private.
    // Keyed on privacy too, so making a goal private drops an earlier tick.
    std::map<std::pair<int64_t, bool>, bool> ticked;
    bool include_checkin_text = false;
    bool include_entry_notes = false;
    bool include_session_notes = false;
    bool include_private_questions = false;

    // The cache: `summary` and `markdown` were built from `built_options` at
    // `built_revision`. `markdown` is also the preview, so tests read it.
    bool built = false;
    uint64_t built_revision = 0;
    report::SummaryOptions built_options;
    report::Summary summary;
    std::string markdown;
    std::string plain_text;  // "Copy for e-mail": the same summary without Markdown symbols
    int builds = 0;  // how often it was built; tests check it is not every frame

    // The preview's line layout for `markdown` at `layout_width`: line spans and
    // heights, so a frame draws only the lines in view (hundreds of goals make
    // thousands of wrapped lines).
    int layout_build = -1;
    float layout_width = 0;
    std::vector<std::pair<size_t, size_t>> lines;  // offset, length in markdown
    std::vector<float> line_tops;                  // y of each line; back() = total height

    std::string saved_path;  // last file written, shown with "Open folder"

    // Settings: the folder field as typed.
    std::string folder_draft;
    bool folder_loaded = false;
};

}  // namespace sw::ui
