#include "ui/overdue_choices.hpp"

#include "app/commands.hpp"
#include "ui/icons.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <imgui_stdlib.h>

namespace sw::ui {
namespace {

using Kind = UiState::OverdueChoice::Kind;
constexpr const char* kPopup = "Overdue goal";

void ask(UiState& ui, const GoalRow& row, Kind kind, Day today) {
    ui.overdue = {};
    ui.overdue.kind = kind;
    ui.overdue.goal_id = row.goal.id;
    ui.overdue.new_due = format_day(add_days(today, 30));
    ui.overdue.request_open = true;
}

// The edit, made only if the goal still has the due date and status it was
// shown with (Patch.seen): a change made elsewhere meanwhile is reported, not overwritten.
EditGoal edit_of(const Goal& goal, const char* field, nlohmann::json value) {
    EditGoal edit{goal.id, set_field(field, std::move(value))};
    edit.patch.seen = {{"due_date", format_day(goal.due_date)}, {"status", std::string(to_string(goal.status))}};
    edit.patch.seen.erase(field == std::string("due_date") ? "status" : "due_date");
    return edit;
}

}  // namespace

bool is_overdue(const GoalRow& row) {
    return row.goal.status == GoalStatus::active && !row.goal.archived &&
           row.analytics.status == ProgressStatus::overdue;
}

void overdue_choices(App& app, UiState& ui, const GoalRow& row) {
    if (!is_overdue(row)) return;
    ImGui::PushID(static_cast<int>(row.goal.id));
    muted_text("The due date has passed. What now?");
    if (ImGui::SmallButton(ICON_CALENDAR " Extend the due date")) ask(ui, row, Kind::extend, app.today());
    record_item(ui, "overdue.extend." + std::to_string(row.goal.id));
    ImGui::SameLine();
    if (ImGui::SmallButton(ICON_CHECK " Mark achieved")) ask(ui, row, Kind::achieved, app.today());
    record_item(ui, "overdue.achieved." + std::to_string(row.goal.id));
    ImGui::SameLine();
    if (ImGui::SmallButton("Let it go")) ask(ui, row, Kind::abandon, app.today());
    record_item(ui, "overdue.abandon." + std::to_string(row.goal.id));
    ImGui::PopID();
}

void overdue_menu_button(App& app, UiState& ui, const GoalRow& row) {
    // Short, so the title keeps its room; the days are in the tooltip.
    std::string label = "Decide " ICON_CHEVRON_DOWN;
    ImGui::PushStyleColor(ImGuiCol_Text, palette().danger);
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
    if (ImGui::SmallButton(label.c_str())) ImGui::OpenPopup("##overdue_menu");
    ImGui::PopStyleColor(2);
    record_item(ui, "overdue.menu." + std::to_string(row.goal.id));
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%d %s overdue: extend the due date, mark it achieved, or let it go", -row.days_left,
                          row.days_left == -1 ? "day" : "days");
    if (ImGui::BeginPopup("##overdue_menu")) {
        if (ImGui::MenuItem("Extend the due date…")) ask(ui, row, Kind::extend, app.today());
        record_item(ui, "overdue.menu.extend");
        if (ImGui::MenuItem("Mark achieved…")) ask(ui, row, Kind::achieved, app.today());
        record_item(ui, "overdue.menu.achieved");
        if (ImGui::MenuItem("Let it go…")) ask(ui, row, Kind::abandon, app.today());
        record_item(ui, "overdue.menu.abandon");
        ImGui::EndPopup();
    }
}

void draw_overdue_confirmation(App& app, UiState& ui) {
    auto& c = ui.overdue;
    if (c.kind == Kind::none) return;
    if (c.request_open) {
        ImGui::OpenPopup(kPopup);
        c.request_open = false;
    }
    if (!ImGui::BeginPopupModal(kPopup, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        c.kind = Kind::none;  // closed (Escape)
        return;
    }
    const Goal* goal = app.find_goal(c.goal_id);
    if (!goal) {  // deleted meanwhile
        c.kind = Kind::none;
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
    bool confirm = false;
    std::optional<Day> due;
    switch (c.kind) {
        case Kind::extend: {
            ImGui::Text("New due date for \"%s\"", shown(ui, goal->title));
            ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
            if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
            ImGui::InputTextWithHint("##due", "YYYY-MM-DD", &c.new_due);
            record_item(ui, "overdue.due");
            due = parse_iso_day(c.new_due);
            std::string problem = !due ? "Use a real date as YYYY-MM-DD."
                                  : !(app.today() < *due) ? "Choose a day after today."
                                                          : "";
            reserved_error_line(problem);
            ImGui::BeginDisabled(!problem.empty());
            confirm = primary_button("Extend");
            ImGui::EndDisabled();
            break;
        }
        case Kind::achieved:
            ImGui::Text("Mark \"%s\" as achieved?", shown(ui, goal->title));
            muted_text("It moves to your achieved goals, with its history.");
            confirm = primary_button("Mark achieved");
            break;
        case Kind::abandon:
            ImGui::Text("Let \"%s\" go?", shown(ui, goal->title));
            muted_text("It is marked abandoned and kept with its history; letting go of a goal that no longer "
                       "fits is a decision, not a failure.");
            confirm = primary_button("Let it go");
            break;
        case Kind::none: break;
    }
    record_item(ui, "overdue.confirm");
    ImGui::SameLine();
    bool cancel = ImGui::Button("Cancel");
    record_item(ui, "overdue.cancel");
    ImGui::PopTextWrapPos();
    if (confirm) {
        if (c.kind == Kind::extend) app.post(edit_of(*goal, "due_date", format_day(*due)));
        else app.post(edit_of(*goal, "status", c.kind == Kind::achieved ? "achieved" : "abandoned"));
    }
    if (confirm || cancel) {
        c.kind = Kind::none;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace sw::ui
