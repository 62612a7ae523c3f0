// The frame: a sidebar with the views, the current view, banners and modals.
#include "app/platform.hpp"
#include "report/summary_html.hpp"
#include "report/summary_json.hpp"
#include "ui/icons.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <GLFW/glfw3.h>

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
    else if (text == "sessions" || text == "agenda") view = View::sessions;
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
    nav_item(ui, ICON_USERS "  Sessions", View::sessions, "nav.sessions");
    nav_item(ui, ICON_FILE_TEXT "  Summary", View::summary, "nav.summary");
    nav_item(ui, ICON_COG "  Settings", View::settings, "nav.settings");
    ImGui::Dummy(ImVec2(0, 14 * ui.scale));
    draw_question_box(app, ui);
    // Quiet facts at the bottom: where the data is.
    float bottom = ImGui::GetWindowHeight() - ImGui::GetTextLineHeightWithSpacing() * 2.5f;
    if (ImGui::GetCursorPosY() < bottom) ImGui::SetCursorPosY(bottom);
    muted_text("%s", format_day_short(app.today()).c_str());
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

// Ctrl+Z undoes the last change, Ctrl+Shift+Z or Ctrl+Y redoes — except while a
// text field has the keyboard, where they belong to the field.
void undo_keys(App& app) {
    ImGuiIO& io = ImGui::GetIO();
    if (!io.KeyCtrl || io.WantTextInput) return;
    bool z = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Z), false);
    bool y = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Y), false);
    if (z && !io.KeyShift) app.post(Undo{});
    else if ((z && io.KeyShift) || y) app.post(Redo{});
}

// Ctrl+1…5 switch views, Ctrl+N starts a new goal: not while a text field has
// the keyboard or an editor is open (it would lose what was typed). ImGui 1.86
// maps only a few named keys, so digits and N are GLFW's key codes, the indices
// io.KeysDown uses.
void view_keys(App& app, UiState& ui) {
    ImGuiIO& io = ImGui::GetIO();
    if (!io.KeyCtrl || io.KeyShift || io.WantTextInput || ui.editor.request_open || ui.step_editor.request_open ||
        ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId))
        return;
    constexpr View kViews[] = {View::today, View::goals, View::sessions, View::summary, View::settings};
    for (int i = 0; i < 5; ++i)
        if (ImGui::IsKeyPressed(GLFW_KEY_1 + i, false)) open_view(ui, kViews[i]);
    if (ImGui::IsKeyPressed(GLFW_KEY_N, false)) open_goal_editor(ui, app, nullptr);
}

// The confirmation at the bottom right, with Undo (or Redo) while it shows.
void draw_toast(App& app, UiState& ui) {
    if (ui.toast.empty() || ImGui::GetTime() >= ui.toast_until) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    float margin = 20 * ui.scale;
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - margin, vp->WorkPos.y + vp->WorkSize.y - margin),
                            ImGuiCond_Always, ImVec2(1, 1));
    ImGui::SetNextWindowBgAlpha(0.97f);
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                             ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                             ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove;
    if (ImGui::Begin("##toast", nullptr, flags)) {
        ImGui::TextColored(palette().success, ICON_CHECK);
        ImGui::SameLine();
        ImGui::TextUnformatted(fit_to_width(shown(ui, ui.toast), 420 * ui.scale).c_str());
        if (ui.toast_action != UiState::ToastAction::none) {
            ImGui::SameLine();
            bool undo = ui.toast_action == UiState::ToastAction::undo;
            if (ImGui::SmallButton(undo ? "Undo" : "Redo")) {
                if (undo) app.post(Undo{});
                else app.post(Redo{});
                ui.toast.clear();
            }
            record_item(ui, undo ? "toast.undo" : "toast.redo");
        }
    }
    ImGui::End();
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
    use_theme(ui.caches.theme, theme_setting(app), ui.scale);  // follows the stored setting
    note_app_text(ui, app);  // the data's characters join the atlas between frames
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    // No background: the shell clears to the same colour, and painting the whole
    // window twice costs a software renderer (a VM, a remote desktop) a frame's time.
    ImGui::Begin("##stepwise", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoBackground |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings);
    ImGui::PopStyleVar();
    draw_sidebar(app, ui);
    ImGui::SameLine(0, 0);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(28 * ui.scale, 22 * ui.scale));
    ImGui::BeginChild("##content", ImVec2(0, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleVar();
    draw_banner(ui);
    cards_on_card_colour(true);  // this pane is painted in the card colour (ChildBg)
    draw_reminders(ui);
    switch (ui.view) {
        case View::today: draw_today_view(app, ui); break;
        case View::goals: draw_goals_view(app, ui); break;
        case View::goal_detail: draw_goal_detail_view(app, ui); break;
        case View::settings: draw_settings_view(app, ui); break;
        case View::summary: draw_summary_view(app, ui); break;
        case View::sessions: draw_sessions_view(app, ui); break;
    }
    cards_on_card_colour(false);
    draw_goal_editor(app, ui);
    draw_step_editor(app, ui);
    draw_session_editor(app, ui);
    ImGui::EndChild();
    ImGui::End();
    draw_toast(app, ui);
    undo_keys(app);
    view_keys(app, ui);
}

namespace {

// What a change made in the window did, for its confirmation.
const char* confirmation(const std::string& command) {
    static constexpr std::pair<const char*, const char*> kWords[] = {
        {"add_goal", "Goal added"},         {"edit_goal", "Goal saved"},        {"delete_goal", "Goal deleted"},
        {"add_step", "Step added"},         {"edit_step", "Step saved"},        {"complete_step", "Step done"},
        {"uncomplete_step", "Step undone"}, {"move_step", "Step moved"},        {"delete_step", "Step deleted"},
        {"log_progress", "Progress logged"}, {"edit_entry", "Entry saved"},     {"delete_entry", "Entry deleted"},
        {"save_checkin", "Check-in saved"}, {"set_setting", "Setting saved"}, {"skip_step", "Day skipped"},
        {"reopen_day", "Day opened again"}, {"add_session", "Session saved"},   {"edit_session", "Session saved"},
        {"delete_session", "Session deleted"}, {"add_question", "Question saved for your next session"},
        {"edit_question", "Question saved"},   {"delete_question", "Question deleted"}};
    for (const auto& [name, words] : kWords)
        if (command == name) return words;
    return "Saved";
}

void show_toast(UiState& ui, std::string text, UiState::ToastAction action) {
    ui.toast = std::move(text);
    ui.toast_until = ImGui::GetTime() + 6.0;
    ui.toast_action = action;
}

// Saving a summary and showing its folder (app/platform.hpp), asked for by the
// Summary view during the frame. A failure goes to the banner in one line.
bool do_file_requests(UiState& ui) {
    if (ui.file_requests.empty()) return false;
    auto requests = std::move(ui.file_requests);
    ui.file_requests.clear();
    for (const auto& r : requests) {
        try {
            using Kind = UiState::FileRequest::Kind;
            if (r.kind == Kind::open_folder) {
                open_folder(r.folder);
                continue;
            }
            const report::Summary& summary = ui.summary.summary;
            bool html = r.kind == Kind::save_summary_html;
            std::string content = html ? report::summary_html(summary) : report::summary_json(summary).dump(2) + "\n";
            ui.summary.saved_path = save_summary_file(
                r.folder, report::summary_file_stem(summary) + (html ? ".html" : ".json"), content);
        } catch (const std::exception& e) {
            ui.banner = e.what();
        }
    }
    return true;
}

// The commands posted during the frame, with their confirmations.
bool apply_posted_commands(App& app, UiState& ui) {
    if (!app.has_posted()) return false;
    std::string error = app.apply_posted();
    if (!error.empty()) ui.banner = error;
    for (const Outcome& o : app.last_batch()) {
        if (!o.ok || o.command.empty()) continue;
        if (o.command == "undo") show_toast(ui, "Undone: " + o.done, UiState::ToastAction::redo);
        else if (o.command == "redo") show_toast(ui, "Redone: " + o.done, UiState::ToastAction::undo);
        else show_toast(ui, confirmation(o.command), UiState::ToastAction::undo);
    }
    return true;
}

}  // namespace

bool after_frame(App& app, UiState& ui) {
    bool changed = do_file_requests(ui);
    changed = app.refresh_if_changed() || changed;
    changed = apply_posted_commands(app, ui) || changed;
    // After the commands: a step just ticked leaves the reminders at once.
    return check_reminders(app, ui.reminders, local_now()) || changed;
}

}  // namespace sw::ui
