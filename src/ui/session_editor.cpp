// Record or edit a coaching session: its date, notes (private unless shared)
// and the next session's date. Dates are typed and checked as typed.
#include "app/record_patch.hpp"
#include "app/records.hpp"
#include "ui/icons.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <imgui_stdlib.h>

namespace sw::ui {
namespace {

struct SessionDraft {
    Session session;
    std::string date_error, next_error;
    bool ok() const { return date_error.empty() && next_error.empty(); }
};

SessionDraft read_session_draft(const SessionEditor& e) {
    SessionDraft d;
    Session& s = d.session;
    s = e.seen;  // bookkeeping fields keep what the editor began with
    s.notes = e.notes;
    s.is_private = e.is_private;
    if (auto day = parse_iso_day(e.date)) s.date = *day;
    else d.date_error = "Use a real date as YYYY-MM-DD.";
    s.next_date.reset();
    if (!e.next.empty()) {
        if (auto day = parse_iso_day(e.next)) s.next_date = day;
        else d.next_error = "Use a real date as YYYY-MM-DD, or leave it empty.";
    }
    if (d.date_error.empty() && s.next_date && !(s.date < *s.next_date))
        d.next_error = "The next session comes after this one.";
    return d;
}

}  // namespace

void draw_session_editor(App& app, UiState& ui) {
    SessionEditor& e = ui.sessions.editor;
    if (!begin_editor_modal("Session editor", e.request_open, 560 * ui.scale)) return;
    if (editor_saved(app, e.pending, e.error)) return;
    bool was_editing_field = ImGui::IsAnyItemActive();
    page_title(ui, e.id ? "Edit session" : "Record a session");
    SessionDraft d = read_session_draft(e);
    ImGui::PushItemWidth(-1);
    ImGui::TextUnformatted("Date of the session");
    ImGui::InputTextWithHint("##session_date", "YYYY-MM-DD", &e.date);
    record_item(ui, "session.date");
    field_error(d.date_error);
    ImGui::TextUnformatted("Notes");
    ImGui::InputTextMultiline("##session_notes", &e.notes, ImVec2(-1, ImGui::GetTextLineHeight() * 5.0f));
    record_item(ui, "session.notes");
    ImGui::Checkbox("Keep these notes private (out of summaries)", &e.is_private);
    record_item(ui, "session.private");
    ImGui::TextUnformatted("Next session (optional)");
    ImGui::InputTextWithHint("##session_next", "YYYY-MM-DD", &e.next);
    record_item(ui, "session.next");
    field_error(d.next_error);
    ImGui::PopItemWidth();
    field_error(e.error);
    ImGui::Separator();
    bool ok = d.ok() && e.pending == 0;
    ImGui::BeginDisabled(!ok);
    bool save = primary_button(ICON_CHECK "  Save session");
    record_item(ui, "session.save");
    ImGui::EndDisabled();
    ImGui::SameLine();
    bool cancel = ImGui::Button("Cancel") ||
                  (!was_editing_field && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)));
    if (save && ok) {
        e.error.clear();
        // Only the fields the client changed are sent; one changed elsewhere meanwhile is refused.
        if (e.id) e.pending = app.post(EditSession{e.id, patch_between(session_record(e.seen), session_record(d.session))}, true);
        else e.pending = app.post(AddSession{d.session}, true);
    }
    if (cancel) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace sw::ui
