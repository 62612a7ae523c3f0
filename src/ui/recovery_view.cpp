#include "ui/recovery_view.hpp"

#include "store/integrity.hpp"

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
    if (state.restored || state.repaired) {
        section_header(ui, state.repaired ? ICON_CHECK "  Repaired" : ICON_CHECK "  Restored");
        wrapped_text(state.repaired ? "The indexes were rebuilt from your data and the file passes its check again. "
                                      "A copy of the damaged file was kept as:"
                                    : "Your data is back as it was in the backup. The damaged file was kept as:");
        muted_text("%s", state.moved_aside.c_str());
        ImGui::Spacing();
        if (primary_button("Open Stepwise")) {
            state.continue_requested = true;
            state.done = true;
        }
        record_item(ui, "recovery.continue");
    } else if (state.repairable) {
        // Index-only damage loses nothing when rebuilt: offered before any backup,
        // which would lose what was written since it was made.
        section_header(ui, "This can be repaired");
        wrapped_text("Only the file's indexes are damaged; your goals, steps and entries are all there. Repairing "
                     "rebuilds the indexes from them, after keeping a copy of the file as it is now.");
        ImGui::Spacing();
        if (primary_button("Repair")) state.repair_requested = true;
        record_item(ui, "recovery.repair");
        ImGui::SameLine();
        if (ImGui::Button("Quit")) state.done = true;
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

bool apply_recovery_request(RecoveryState& state) {
    if (!state.restore_requested && !state.repair_requested) return false;
    try {
        if (state.repair_requested) {
            state.moved_aside = repair_indexes(state.db_path).kept_copy;
            state.repaired = true;
        } else {
            state.moved_aside = restore_backup(*state.backup, state.db_path);
            state.restored = true;
        }
    } catch (const std::exception& e) {
        state.failure = e.what();
        state.repairable = false;  // what is left to offer is the backup, if any
    }
    state.restore_requested = state.repair_requested = false;
    return true;
}

}  // namespace sw::ui
