// Settings and About: theme, where the data lives, what Stepwise is not.
#include "ui/icons.hpp"

#include <filesystem>
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace sw::ui {

void draw_settings_view(App& app, UiState& ui) {
    page_title(ui, "Settings");
    ImGui::Spacing();
    begin_card("appearance");
    section_header(ui, "Appearance");
    int theme = current_theme() == ThemeKind::light ? 0 : 1;
    if (ImGui::RadioButton("Light", theme == 0) && theme != 0) {
        apply_theme(ThemeKind::light, ui.scale);
        app.post([](App& a) { a.set_setting("theme", "light"); });
    }
    ImGui::SameLine();
    if (ImGui::RadioButton("Dark", theme == 1) && theme != 1) {
        apply_theme(ThemeKind::dark, ui.scale);
        app.post([](App& a) { a.set_setting("theme", "dark"); });
    }
    end_card();

    begin_card("data");
    section_header(ui, "Your data");
    wrapped_text("Everything is stored in one file on this computer, readable only by you. Nothing "
                 "leaves it unless you export or share it.");
    std::error_code ec;
    auto where = std::filesystem::absolute(app.database().path(), ec);
    muted_text("%s", (ec ? app.database().path() : where.string()).c_str());
    end_card();

    begin_card("about");
    section_header(ui, ICON_INFO "  About Stepwise");
    wrapped_text("Stepwise " STEPWISE_VERSION " is a companion for working with a coach: measurable goals, "
                 "action plans, accountability and tracking.");
    ImGui::Spacing();
    wrapped_text("It is a coaching tool, not therapy, and it does not diagnose anything. If you are "
                 "struggling, a licensed professional can help; in an emergency, contact your local "
                 "emergency services.");
    end_card();
}

}  // namespace sw::ui
