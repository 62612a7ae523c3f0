// The steps card of a goal: add, edit, reorder, complete, drop.
#include "chart/habit_cells.hpp"
#include "ui/goal_detail_parts.hpp"
#include "ui/icons.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace sw::ui {
namespace {

// Streaks walk a habit's whole history, so the rows are built once per key
// (data revision and goal; view_caches.hpp), not every frame.
const std::vector<StepRow>& step_rows(const App& app, UiState& ui, int64_t goal_id) {
    StepRowsCache& c = ui.caches.step_rows;
    StepRowsCache::Key key{app.revision(), goal_id};
    if (c.key == key) return c.rows;
    c.key = key;
    ++c.builds;
    c.rows.clear();
    for (const auto& s : app.steps_of(goal_id)) c.rows.push_back(app.step_row(s, app.today()));
    return c.rows;
}

}  // namespace

void draw_goal_steps(App& app, UiState& ui, const GoalRow& row) {
    begin_card("steps");
    section_header(ui, ICON_TASKS "  Action steps");
    align_right(buttons_width({ICON_PLUS " Add step"}, true));
    if (ImGui::SmallButton(ICON_PLUS " Add step")) open_step_editor(ui, row.goal.id, nullptr, app.today());
    record_item(ui, "detail.add_step");
    ImGui::Spacing();
    Day day = app.today();
    const std::vector<StepRow>& rows = step_rows(app, ui, row.goal.id);
    if (rows.empty()) muted_text("No steps yet. What is the first small thing you can do?");
    for (size_t i = 0; i < rows.size(); ++i) {
        const StepRow& sr = rows[i];
        const Step& s = sr.step;
        ImGui::PushID(static_cast<int>(s.id));
        bool dropped = s.status == StepStatus::dropped;
        bool done = s.is_recurring() ? sr.done_on_day : s.status == StepStatus::done;
        bool value = done;
        ImGui::BeginDisabled(dropped);
        if (ImGui::Checkbox("##done", &value)) {
            int64_t id = s.id;
            app.post(CompleteStep{id, day, value});
        }
        record_item(ui, "detail.step.done." + std::to_string(s.id));
        ImGui::EndDisabled();
        ImGui::SameLine();
        // The buttons keep their place at the right; the text takes what is left.
        float buttons = buttons_width({ICON_ARROW_UP, ICON_ARROW_DOWN, ICON_PENCIL, ICON_TIMES}, true);
        float text_width = ImGui::GetContentRegionAvail().x - buttons - ImGui::GetStyle().ItemSpacing.x;
        ImGui::BeginGroup();
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + text_width);
        if (dropped) ImGui::BeginDisabled();
        ellipsized_text(ui, dropped ? s.title + " (dropped)" : s.title, text_width);
        if (dropped) ImGui::EndDisabled();
        if (s.is_recurring())  // a skipped day is a pause: said so, never counted as missed
            muted_text(ICON_REPEAT " %s%s · %s", describe(s.repeat).c_str(),
                       sr.mark == DayMark::skipped ? " · skipped today" : "",
                       chart::describe_streak(sr.streak).c_str());
        else if (s.due_date)
            muted_text("due %s%s", format_day(*s.due_date).c_str(),
                       s.done_date ? (" · done " + format_day(*s.done_date)).c_str() : "");
        if (!s.if_text.empty()) ellipsized_text(ui, "If " + s.if_text + ", then I will " + s.then_text + ".", text_width, true);
        if (!s.notes.empty()) wrapped_user_text(ui, s.notes, true);
        ImGui::PopTextWrapPos();
        ImGui::EndGroup();
        align_right(buttons);
        int64_t id = s.id;
        ImGui::BeginDisabled(i == 0);
        if (ImGui::SmallButton(ICON_ARROW_UP)) app.post(MoveStep{id, -1});
        ImGui::EndDisabled();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Move up");
        ImGui::SameLine();
        ImGui::BeginDisabled(i + 1 == rows.size());
        if (ImGui::SmallButton(ICON_ARROW_DOWN)) app.post(MoveStep{id, +1});
        ImGui::EndDisabled();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Move down");
        ImGui::SameLine();
        if (ImGui::SmallButton(ICON_PENCIL)) open_step_editor(ui, row.goal.id, &s, app.today());
        record_item(ui, "detail.step.edit." + std::to_string(s.id));
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Edit");
        ImGui::SameLine();
        if (!dropped) {
            if (ImGui::SmallButton(ICON_TIMES)) app.post(step_status_command(id, StepStatus::dropped, day));
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("Drop this step");
        } else {
            if (ImGui::SmallButton(ICON_REPEAT)) app.post(step_status_command(id, StepStatus::open, day));
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("Bring back");
        }
        ImGui::PopID();
        ImGui::Spacing();
    }
    end_card();
}

}  // namespace sw::ui
