// The agenda card of the Sessions view: what to bring to the next session, in
// the same words as `stepwise agenda` and the summary (report/agenda_render.hpp).
#include "ui/agenda_view.hpp"

#include "app/agenda_facts.hpp"
#include "report/agenda_render.hpp"
#include "ui/bidi_text.hpp"
#include "ui/icons.hpp"
#include "ui/user_text.hpp"
#include "ui/widgets.hpp"

namespace sw::ui {
namespace {

// The client's words inside our sentence: isolated (FSI … PDI) when they are
// right to left, so the line keeps the direction of its English words and an
// Arabic title keeps its own (the isolate marks are dropped when reordered).
std::string isolated(std::string_view text) {
    if (!has_rtl(text)) return std::string(text);
    return "\u2068" + std::string(text) + "\u2069";
}

// One line of the agenda; a line about a goal opens the goal's page.
void agenda_line(UiState& ui, const std::string& text, int64_t goal_id, const std::string& name) {
    ImGui::Bullet();
    ImGui::SameLine();
    if (goal_id == 0) {
        wrapped_user_text(ui, text);
        return;
    }
    float width = ImGui::GetContentRegionAvail().x;
    const char* whole = shown(ui, text);
    std::string fitted = fit_to_width(whole, width);
    std::string label = fitted + "##" + name;
    if (ImGui::Selectable(label.c_str(), false, 0, ImVec2(width, 0))) open_view(ui, View::goal_detail, goal_id);
    // A line cut to the card's width shows whole on hover.
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", fitted == whole ? "Open the goal" : whole);
    record_item(ui, name);
}

void agenda_heading(UiState& ui, const std::string& text) {
    ImGui::Spacing();
    ImGui::PushFont(ui.fonts.heading);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopFont();
}

}  // namespace

const Agenda& current_agenda(const App& app, UiState& ui) {
    AgendaCache& cache = ui.caches.agenda;
    AgendaCache::Key key{app.revision(), app.today(), ui.sessions.show_obstacles};
    if (cache.builds == 0 || !(cache.key == key)) {
        AgendaScope scope;  // the client's own view: private goals and questions too
        scope.include_checkin_answers = ui.sessions.show_obstacles;
        cache.agenda = agenda_for(app, app.today(), scope);
        cache.key = key;
        ++cache.builds;
    }
    return cache.agenda;
}

std::optional<Day> next_session_date(const App& app) {
    return agenda_period(app.sessions(), app.today()).next_session;
}

void draw_agenda_card(App& app, UiState& ui) {
    const Agenda& a = current_agenda(app, ui);
    begin_card("agenda");
    section_header(ui, ICON_LINE_CHART "  For our next session");
    muted_text("%s", report::agenda_period_text(a).c_str());
    ImGui::Checkbox("Include obstacles from my check-ins", &ui.sessions.show_obstacles);  // rebuilt next frame
    record_item(ui, "agenda.obstacles");
    if (a.empty()) {
        ImGui::Spacing();
        wrapped_text(std::string(report::agenda_empty_text()));
        end_card();
        return;
    }
    // Named by kind and id ("agenda.commitment.7"), for tests and unique ImGui ids.
    auto line = [&](const std::string& text, int64_t goal_id, std::string_view kind, int64_t id) {
        agenda_line(ui, text, goal_id, "agenda." + std::string(kind) + "." + std::to_string(id));
    };
    if (!a.wins.empty()) agenda_heading(ui, "Wins");
    for (const AgendaWin& w : a.wins)
        line(report::win_text(w, isolated), w.goal_id, to_string(w.kind), w.step_id ? w.step_id : w.goal_id);
    if (!a.stuck.empty()) agenda_heading(ui, "Stuck");
    for (const AgendaStuck& s : a.stuck)
        line(report::stuck_text(s, a, isolated), s.goal_id, to_string(s.kind), s.step_id ? s.step_id : s.goal_id);
    if (!a.commitments.empty())
        agenda_heading(ui, "Commitments from " + format_day_short(a.last_session ? a.last_session->date : a.from));
    for (const AgendaCommitment& c : a.commitments) line(report::commitment_text(c, isolated), c.goal_id, "commitment", c.step_id);
    if (!a.flags.empty()) agenda_heading(ui, "Pace and confidence");
    for (const AgendaFlag& f : a.flags) line(report::flag_text(f, isolated), f.goal_id, "flag", f.goal_id);
    if (!a.questions.empty()) agenda_heading(ui, "Questions");
    for (const AgendaQuestion& q : a.questions) line(q.text, 0, "question", q.question_id);
    if (!a.obstacles.empty()) agenda_heading(ui, "Obstacles");
    int n = 0;
    for (const AgendaObstacle& o : a.obstacles) line(report::obstacle_text(o, isolated), 0, "obstacle", ++n);
    end_card();
}

}  // namespace sw::ui
