// The frame: a sidebar with the views, the current view, banners and modals.
#include "ui/icons.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace sw::ui {

void open_view(UiState& ui, View view, int64_t goal) {
    ui.view = view;
    if (view == View::goal_detail) ui.detail_goal = goal;
}

bool parse_view(const std::string& text, View& view, int64_t& goal) {
    if (text == "today") view = View::today;
    else if (text == "goals") view = View::goals;
    else if (text == "settings") view = View::settings;
    else if (text == "summary") view = View::summary;
    else if (text.rfind("goal:", 0) == 0 || text.rfind("edit:", 0) == 0) {  // edit:ID opens its editor too
        try {
            size_t used = 0;
            goal = std::stoll(text.substr(5), &used);
            if (used != text.size() - 5 || goal <= 0) return false;
        } catch (const std::exception&) {
            return false;
        }
        view = View::goal_detail;
    } else {
        return false;
    }
    return true;
}

namespace {

void nav_item(UiState& ui, const char* label, View view, const char* test_name) {
    bool selected = ui.view == view || (view == View::goals && ui.view == View::goal_detail);
    ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0, 0.5f));
    if (ImGui::Selectable(label, selected, 0, ImVec2(0, ImGui::GetTextLineHeight() * 2.0f)))
        open_view(ui, view);
    ImGui::PopStyleVar();
    record_item(ui, test_name);
}

void draw_sidebar(App& app, UiState& ui) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette().card);
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 0);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16 * ui.scale, 18 * ui.scale));
    ImGui::BeginChild("##sidebar", ImVec2(210 * ui.scale, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleVar(2);
    ImGui::Dummy(ImVec2(0, 6));
    ImGui::PushFont(ui.fonts.title);
    ImGui::PushStyleColor(ImGuiCol_Text, palette().accent);
    ImGui::TextUnformatted(ICON_BULLSEYE " Stepwise");
    ImGui::PopStyleColor();
    ImGui::PopFont();
    muted_text("one step at a time");
    ImGui::Dummy(ImVec2(0, 10));
    nav_item(ui, ICON_CHECK "  Today", View::today, "nav.today");
    nav_item(ui, ICON_TASKS "  Goals", View::goals, "nav.goals");
    nav_item(ui, ICON_FILE_TEXT "  Summary", View::summary, "nav.summary");
    nav_item(ui, ICON_COG "  Settings", View::settings, "nav.settings");
    // Quiet facts at the bottom: where the data is.
    float bottom = ImGui::GetWindowHeight() - ImGui::GetTextLineHeightWithSpacing() * 2.5f;
    if (ImGui::GetCursorPosY() < bottom) ImGui::SetCursorPosY(bottom);
    muted_text("%s", format_day_short(app.today()).c_str());
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

void draw_banner(UiState& ui) {
    if (ui.banner.empty()) return;
    const Palette& p = palette();
    ImGui::PushStyleColor(ImGuiCol_Text, p.danger);
    ImGui::TextWrapped(ICON_WARNING "  %s", ui.banner.c_str());
    ImGui::PopStyleColor();
    ImGui::SameLine();
    if (ImGui::SmallButton("Dismiss##banner")) ui.banner.clear();
    ImGui::Separator();
}

}  // namespace

void draw_app(App& app, UiState& ui) {
    note_app_text(ui, app);  // the data's characters join the atlas between frames
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin("##stepwise", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings);
    ImGui::PopStyleVar();
    draw_sidebar(app, ui);
    ImGui::SameLine(0, 0);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(28 * ui.scale, 22 * ui.scale));
    ImGui::BeginChild("##content", ImVec2(0, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleVar();
    draw_banner(ui);
    switch (ui.view) {
        case View::today: draw_today_view(app, ui); break;
        case View::goals: draw_goals_view(app, ui); break;
        case View::goal_detail: draw_goal_detail_view(app, ui); break;
        case View::settings: draw_settings_view(app, ui); break;
        case View::summary: draw_summary_view(app, ui); break;
    }
    draw_goal_editor(app, ui);
    draw_step_editor(app, ui);
    ImGui::EndChild();
    ImGui::End();
}

bool after_frame(App& app, UiState& ui) {
    bool changed = app.refresh_if_changed();
    if (!app.has_posted()) return changed;
    std::string error = app.apply_posted();
    if (!error.empty()) ui.banner = error;
    return true;
}

}  // namespace sw::ui
