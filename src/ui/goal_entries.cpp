// The progress log of a numeric goal: quick entry, then every entry newest
// first, virtualised so thousands of rows stay smooth; edit and delete inline.
#include "ui/goal_detail_parts.hpp"

#include "app/record_patch.hpp"
#include "app/records.hpp"
#include "core/numbers.hpp"
#include "ui/icons.hpp"
#include "ui/today_words.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <imgui_stdlib.h>

#include <cerrno>
#include <cmath>
#include <cstdlib>

namespace sw::ui {
namespace {

void edit_row(App& app, UiState& ui) {
    EntryEditor& edit = ui.entry_editor;
    if (const Outcome* o = edit.pending ? app.outcome(edit.pending) : nullptr) {
        edit.pending = 0;
        if (o->ok) {
            edit = {};
            return;
        }
        // A refusal keeps the row in edit mode. After a conflict, what is there now
        // becomes what the user has seen: saving again keeps theirs, Cancel keeps the other.
        edit.error = o->error;
        edit.seen = entry_from_record(edit.seen, theirs_of(o->conflicts));
        if (!o->conflicts.empty()) edit.error += " \u2014 save again to keep yours, or cancel";
    }
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##date", &edit.date);
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-1);
    NumberParse parsed = number_input("##value", edit.value, app.decimal_separator());
    if (!parsed.value && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", parsed.error.c_str());
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##note", &edit.note);
    ImGui::TableNextColumn();
    auto day = parse_iso_day(edit.date);
    std::optional<double> value = parsed.value;
    ImGui::BeginDisabled(!day || !value || edit.pending);
    if (ImGui::SmallButton(ICON_CHECK)) {
        ProgressEntry changed = edit.seen;
        changed.date = *day;
        changed.value = *value;
        changed.note = edit.note;
        edit.error.clear();
        edit.pending = app.post(
            EditEntry{edit.id, patch_between(entry_record(edit.seen, ""), entry_record(changed, ""))}, true);
    }
    ImGui::EndDisabled();
    if (!edit.error.empty() && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", edit.error.c_str());
    if (!day || !value) {
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
            ImGui::SetTooltip("%s", !day ? "Use a real date as YYYY-MM-DD." : parsed.error.c_str());
    }
    ImGui::SameLine();
    if (ImGui::SmallButton(ICON_TIMES)) edit = {};
}

}  // namespace

void draw_goal_entries(App& app, UiState& ui, const GoalRow& row) {
    const Goal& g = row.goal;
    const auto& entries = app.entries_of(g.id);
    begin_card("entries");
    section_header(ui, ICON_LINE_CHART "  Progress log");
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(g.measure == Measure::level ? "New reading:" : "Add to the total:");
    ImGui::SameLine();
    quick_log_field(app, ui, g, app.today());
    ImGui::Spacing();
    if (entries.empty()) {
        muted_text("No entries yet.");
        end_card();
        return;
    }
    muted_text("%s", count_of(static_cast<long>(entries.size()), "entry", "entries").c_str());
    if (!ui.entry_editor.error.empty()) field_error(ui.entry_editor.error);
    float height = std::min(12.0f, static_cast<float>(entries.size()) + 1.5f) * ImGui::GetFrameHeightWithSpacing();
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerH;
    if (ImGui::BeginTable("entries", 4, flags, ImVec2(card_inner_width(), height))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn("Date", ImGuiTableColumnFlags_WidthFixed, 120 * ui.scale);
        ImGui::TableSetupColumn("Value", ImGuiTableColumnFlags_WidthFixed, 120 * ui.scale);
        ImGui::TableSetupColumn("Note", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, 120 * ui.scale);
        ImGui::TableHeadersRow();
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(entries.size()));
        while (clipper.Step()) {
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const ProgressEntry& e = entries[entries.size() - 1 - static_cast<size_t>(i)];  // newest first
                ImGui::TableNextRow();
                ImGui::PushID(static_cast<int>(e.id));
                if (ui.entry_editor.id == e.id) {
                    edit_row(app, ui);
                } else {
                    ImGui::TableNextColumn();
                    ImGui::TextUnformatted(format_day(e.date).c_str());
                    ImGui::TableNextColumn();
                    ImGui::TextUnformatted(shown(ui, format_quantity(e.value, g.unit, app.decimal_separator())));
                    ImGui::TableNextColumn();
                    ImGui::TextUnformatted(shown(ui, e.note));
                    ImGui::TableNextColumn();
                    if (ImGui::SmallButton(ICON_PENCIL)) {
                        ui.entry_editor = {};
                        ui.entry_editor.id = e.id;
                        ui.entry_editor.date = format_day(e.date);
                        ui.entry_editor.value = format_exact(e.value, app.decimal_separator());
                        ui.entry_editor.note = e.note;
                        ui.entry_editor.seen = e;
                    }
                    ImGui::SameLine();
                    // Deleting cannot be undone, so the first click only arms it.
                    int64_t id = e.id;
                    bool armed = ui.entry_editor.armed_delete == id;
                    if (armed) ImGui::PushStyleColor(ImGuiCol_Text, palette().danger);
                    if (ImGui::SmallButton(armed ? ICON_TRASH " Delete?" : ICON_TRASH)) {
                        if (armed) {
                            app.post(DeleteEntry{id});
                            ui.entry_editor.armed_delete = 0;
                        } else {
                            ui.entry_editor.armed_delete = id;
                        }
                    }
                    if (armed) ImGui::PopStyleColor();
                    record_item(ui, "entry.delete." + std::to_string(id));
                    if (ImGui::IsItemHovered())
                        ImGui::SetTooltip(armed ? "Click again to delete this entry" : "Delete this entry");
                }
                ImGui::PopID();
            }
        }
        ImGui::EndTable();
    }
    end_card();
}

}  // namespace sw::ui
