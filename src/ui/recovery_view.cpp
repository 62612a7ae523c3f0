#include "ui/recovery_view.hpp"

#include "ui/icons.hpp"
#include "ui/widgets.hpp"

namespace sw::ui {

void draw_recovery(UiState& ui, RecoveryState& state) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(48 * ui.scale, 40 * ui.scale));
    ImGui::Begin("##recovery", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                            ImGuiWindowFlags_NoSavedSettings);
    ImGui::PopStyleVar();
    page_title(ui, ICON_WARNING "  Your data file needs attention");
    ImGui::Spacing();
    begin_card("what");
    wrapped_text(state.damaged ? "Stepwise checked its data file and found damage, so it has not opened or "
                                 "changed it. The file stays exactly as it is."
                               : "Stepwise could not open this data file and has not changed it.");
    ImGui::Spacing();
    muted_text("%s", state.message.c_str());
    end_card();
    if (!state.damaged) {
        if (ImGui::Button("Quit")) state.done = true;
        record_item(ui, "recovery.quit");
        ImGui::End();
        return;
    }

    begin_card("offer");
    if (state.restored) {
        section_header(ui, ICON_CHECK "  Restored");
        wrapped_text("Your data is back as it was in the backup. The damaged file was kept as:");
        muted_text("%s", state.moved_aside.c_str());
        ImGui::Spacing();
        if (primary_button("Open Stepwise")) {
            state.continue_requested = true;
            state.done = true;
        }
        record_item(ui, "recovery.continue");
    } else if (state.backup) {
        section_header(ui, "A good backup is available");
        muted_text("%s", state.backup->c_str());
        wrapped_text("Restoring puts this backup in place; the damaged file is renamed and kept, never deleted.");
        ImGui::Spacing();
        if (primary_button("Restore this backup")) state.restore_requested = true;
        record_item(ui, "recovery.restore");
        ImGui::SameLine();
        if (ImGui::Button("Quit")) state.done = true;
    } else {
        section_header(ui, "No backup was found");
        wrapped_text("Keep the file as it is and ask someone you trust for help; a copy of it can often be repaired.");
        if (ImGui::Button("Quit")) state.done = true;
    }
    field_error(state.failure);
    end_card();
    ImGui::End();
}

}  // namespace sw::ui
