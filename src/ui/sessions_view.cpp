// Coaching sessions (DESIGN "Coaching session"): the next one, what to bring to
// it, the questions collected for the coach, and each past session with its
// notes and commitments.
#include "app/record_patch.hpp"
#include "app/records.hpp"
#include "ui/agenda_view.hpp"
#include "ui/icons.hpp"
#include "ui/user_text.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <imgui_stdlib.h>

namespace sw::ui {
namespace {

void open_session_editor(UiState& ui, const Session* session, Day today) {
    SessionEditor e;
    e.request_open = true;
    e.date = format_day(today);
    if (session) {
        e.id = session->id;
        e.seen = *session;
        e.date = format_day(session->date);
        e.notes = session->notes;
        e.next = session->next_date ? format_day(*session->next_date) : "";
        e.is_private = session->is_private;
    }
    ui.sessions.editor = std::move(e);
}

std::string days_until_text(Day today, Day when) {
    int days = days_between(today, when);
    if (days == 0) return "today";
    if (days == 1) return "tomorrow";
    if (days < 0) return std::to_string(-days) + (days == -1 ? " day ago" : " days ago");
    return "in " + std::to_string(days) + " days";
}

void next_session_line(App& app, UiState& ui) {
    std::optional<Day> next = next_session_date(app);
    if (next) {
        std::string text = "Your next session is on " + format_day_short(*next) + ", " +
                           days_until_text(app.today(), *next) + ".";
        ImGui::TextUnformatted(text.c_str());
    } else {
        muted_text("No next session planned. Record a session and give its next date.");
    }
    (void)ui;
}

void question_row(App& app, UiState& ui, const Question& q) {
    ImGui::PushID(static_cast<int>(q.id));
    const char* done_label = q.is_open() ? ICON_CHECK " Discussed" : "Ask again";
    const char* private_label = q.is_private ? "Private" : "Shared";
    float buttons = buttons_width({done_label, private_label, ICON_TRASH}, true);
    ellipsized_text(ui, q.text, card_inner_width() - buttons - ImGui::GetStyle().ItemSpacing.x * 2, !q.is_open());
    ImGui::SameLine();
    align_right(buttons);
    if (ImGui::SmallButton(done_label))
        app.post(EditQuestion{q.id, set_field("discussed_on", q.is_open() ? nlohmann::json(format_day(app.today()))
                                                                           : nlohmann::json(nullptr))});
    record_item(ui, "question.done." + std::to_string(q.id));
    ImGui::SameLine();
    if (ImGui::SmallButton(private_label)) app.post(EditQuestion{q.id, set_field("private", !q.is_private)});
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip(q.is_private ? "Kept out of summaries. Click to share it with your coach."
                                       : "Goes into summaries. Click to keep it private.");
    record_item(ui, "question.private." + std::to_string(q.id));
    ImGui::SameLine();
    if (ImGui::SmallButton(ICON_TRASH)) app.post(DeleteQuestion{q.id});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Delete the question (Undo brings it back)");
    record_item(ui, "question.delete." + std::to_string(q.id));
    ImGui::PopID();
}

void questions_card(App& app, UiState& ui) {
    begin_card("questions");
    section_header(ui, ICON_COMMENTS "  Questions for your coach");
    int open = 0, discussed = 0;
    for (const Question& q : app.questions()) (q.is_open() ? open : discussed)++;
    if (open == 0) muted_text("None open. Jot one down in the box on the left whenever it comes to you.");
    for (const Question& q : app.questions())
        if (q.is_open()) question_row(app, ui, q);
    if (discussed > 0) {
        std::string label = "Discussed (" + std::to_string(discussed) + ")";
        if (ImGui::TreeNode(label.c_str())) {
            for (auto it = app.questions().rbegin(); it != app.questions().rend(); ++it)
                if (!it->is_open()) question_row(app, ui, *it);
            ImGui::TreePop();
        }
    }
    end_card();
}

void commitment_row(App& app, UiState& ui, const Step& step) {
    ImGui::PushID(static_cast<int>(step.id));
    bool done = step.status == StepStatus::done;
    ImGui::TextColored(done ? palette().success : palette().muted, done ? ICON_CHECK : ICON_CIRCLE_O);
    ImGui::SameLine();
    const Goal* goal = app.find_goal(step.goal_id);
    std::string text = step.title + (goal ? "  ·  " + goal->title : "");
    float open = ImGui::CalcTextSize("Open goal").x + ImGui::GetStyle().FramePadding.x * 2;
    ellipsized_text(ui, text, card_inner_width() - open - ImGui::GetStyle().ItemSpacing.x * 3 -
                                  ImGui::GetTextLineHeight(), step.status == StepStatus::dropped);
    ImGui::SameLine();
    align_right(open);
    if (ImGui::SmallButton("Open goal")) open_view(ui, View::goal_detail, step.goal_id);
    record_item(ui, "commitment.goal." + std::to_string(step.id));
    ImGui::PopID();
}

void session_card(App& app, UiState& ui, const Session& s) {
    ImGui::PushID(static_cast<int>(s.id));
    begin_card("session");
    std::string title = "Session on " + format_day_short(s.date);
    section_header(ui, title.c_str());
    SessionsState& state = ui.sessions;
    bool armed = state.armed_delete == s.id;
    const char* remove = armed ? "Really delete?" : ICON_TRASH;
    float buttons = buttons_width({ICON_PLUS " Commitment", ICON_PENCIL, remove}, true);
    ImGui::SameLine();
    align_right(buttons);
    if (ImGui::SmallButton(ICON_PLUS " Commitment")) open_commitment_editor(ui, s.id, app.today());
    record_item(ui, "session.commit." + std::to_string(s.id));
    ImGui::SameLine();
    if (ImGui::SmallButton(ICON_PENCIL)) open_session_editor(ui, &s, app.today());
    record_item(ui, "session.edit." + std::to_string(s.id));
    ImGui::SameLine();
    if (armed ? danger_button(remove) : ImGui::SmallButton(remove)) {
        if (armed) {
            app.post(DeleteSession{s.id});
            state.armed_delete = 0;
        } else {
            state.armed_delete = s.id;
        }
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Delete the session; its commitments stay as steps");
    record_item(ui, "session.delete." + std::to_string(s.id));
    if (s.next_date) muted_text("Next session: %s", format_day_short(*s.next_date).c_str());
    if (!s.notes.empty()) {
        wrapped_user_text(ui, s.notes);
        muted_text(s.is_private ? "Notes are private: they stay out of summaries."
                                : "Notes are shared in summaries.");
    }
    std::vector<const Step*> commitments = app.commitments_of(s.id);
    if (commitments.empty()) muted_text("No commitments from this session yet.");
    for (const Step* step : commitments) commitment_row(app, ui, *step);
    end_card();
    ImGui::PopID();
}

}  // namespace

void draw_sessions_view(App& app, UiState& ui) {
    page_title(ui, "Sessions");
    next_session_line(app, ui);
    if (primary_button(ICON_PLUS "  Record a session")) open_session_editor(ui, nullptr, app.today());
    record_item(ui, "sessions.new");
    ImGui::Spacing();
    draw_agenda_card(app, ui);
    questions_card(app, ui);
    const auto& sessions = app.sessions();
    if (sessions.empty()) {
        begin_card("no_sessions");
        section_header(ui, "No sessions yet");
        wrapped_text("After a session with your coach, record its date, your notes and the next date. "
                     "Add what you agreed to do as commitments: they become steps of your goals, and the "
                     "agenda of the next session shows which ones you kept.");
        end_card();
    }
    for (auto it = sessions.rbegin(); it != sessions.rend(); ++it) session_card(app, ui, *it);
}

}  // namespace sw::ui
