#include "ui/notices.hpp"

#include "ui/icons.hpp"
#include "ui/user_text.hpp"
#include "ui/widgets.hpp"

#include <nlohmann/json.hpp>

namespace sw::ui {

void draw_habit_notice(App& app, UiState& ui) {
    std::string titles = app.setting(kHabitNoticeSetting);
    if (titles.empty()) return;
    // Titles as a JSON array (the migration's json_group_array); anything else
    // still gets the notice, without the list.
    std::string list;
    nlohmann::json parsed = nlohmann::json::parse(titles, nullptr, /*allow_exceptions=*/false);
    if (parsed.is_array())
        for (const auto& t : parsed)
            if (t.is_string()) list += (list.empty() ? "" : ", ") + ("\u201c" + t.get<std::string>() + "\u201d");
    begin_card("habit_notice");
    section_header(ui, ICON_INFO "  Your habits are counted as habits now");
    if (!list.empty()) wrapped_user_text(ui, list);
    wrapped_text("These goals have only recurring steps, so they are habit goals now: their progress is how often "
                 "you do those steps, against an aim of 80 % of the scheduled days (change it in each goal's "
                 "editor). Nothing you entered was changed.");
    if (ImGui::Button("Got it")) app.post(SetSetting{kHabitNoticeSetting, ""});
    record_item(ui, "notice.habit.dismiss");
    end_card();
}

}  // namespace sw::ui
