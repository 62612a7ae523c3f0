// The sidebar's box for a question to the coach: always in view, so a question
// is written down the moment it comes up, whatever view is open.
#include "ui/icons.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <imgui_stdlib.h>

namespace sw::ui {

void draw_question_box(App& app, UiState& ui) {
    SessionsState& s = ui.sessions;
    if (const Outcome* o = s.jot_pending ? app.outcome(s.jot_pending) : nullptr) {
        s.jot_pending = 0;
        if (o->ok) s.jot.clear();  // kept on failure: nothing typed is lost
        else s.jot_error = o->error;
    }
    muted_text(ICON_COMMENTS "  A question for your coach");
    ImGui::SetNextItemWidth(-1);
    bool enter = ImGui::InputTextWithHint("##jot", "Type it, press Enter", &s.jot, ImGuiInputTextFlags_EnterReturnsTrue);
    record_item(ui, "sidebar.question");
    if (ImGui::IsItemEdited()) s.jot_error.clear();
    if (enter && s.jot_pending == 0) {
        if (s.jot.find_first_not_of(" \t") == std::string::npos) {
            s.jot_error = "Write the question first.";
        } else {
            Question q;
            q.text = s.jot;
            q.asked_on = app.today();
            s.jot_pending = app.post(AddQuestion{q}, true);
        }
    }
    if (!s.jot_error.empty()) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(palette().danger, "%s", s.jot_error.c_str());
        ImGui::PopTextWrapPos();
    }
}

}  // namespace sw::ui
