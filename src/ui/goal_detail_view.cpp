// One goal: where it stands, its chart, its steps and its log.
#include "ui/goal_detail_parts.hpp"
#include "core/agenda.hpp"
#include "ui/icons.hpp"
#include "ui/overdue_choices.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <cmath>
#include <vector>

namespace sw::ui {
namespace {

std::string percent_text(double fraction);

void header(App& app, UiState& ui, const GoalRow& row) {
    const Goal& g = row.goal;
    if (ImGui::SmallButton(ICON_CHEVRON_LEFT " Goals")) open_view(ui, View::goals);
    record_item(ui, "detail.back");
    // Actions share the back link's line, so a long title can use the full width.
    float actions = buttons_width({ICON_PENCIL " Edit", g.archived ? ICON_ARCHIVE " Restore" : ICON_ARCHIVE " Archive",
                                   ICON_TRASH " Delete"}, false);
    align_right(actions);
    if (ImGui::Button(ICON_PENCIL " Edit")) open_goal_editor(ui, app, &g);
    record_item(ui, "detail.edit");
    ImGui::SameLine();
    int64_t id = g.id;
    bool archived = g.archived;
    if (ImGui::Button(archived ? ICON_ARCHIVE " Restore" : ICON_ARCHIVE " Archive"))
        app.post(archive_command(id, !archived));
    record_item(ui, "detail.archive");
    ImGui::SameLine();
    if (ImGui::Button(ICON_TRASH " Delete")) ImGui::OpenPopup("Delete goal?");
    record_item(ui, "detail.delete");
    ImGui::PushFont(ui.fonts.title);
    wrapped_user_text(ui, g.title);
    ImGui::PopFont();
    if (ImGui::BeginPopupModal("Delete goal?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::Text("Delete \"%s\" with its steps and entries?", shown(ui, g.title));
        muted_text("This cannot be undone. Archive it instead to keep its history.");
        if (danger_button("Delete")) {
            app.post(DeleteGoal{id});
            open_view(ui, View::goals);
            ImGui::CloseCurrentPopup();
        }
        record_item(ui, "detail.delete.confirm");
        ImGui::SameLine();
        if (ImGui::Button("Keep it")) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
    if (g.status == GoalStatus::active) status_pill(row.analytics.status);
    else muted_text("%s", std::string(to_string(g.status)).c_str());
    ImGui::SameLine();
    muted_text("%s · %s → %s%s", shown(ui, g.life_area), format_day(g.start_date).c_str(),
               format_day(g.due_date).c_str(), g.is_private ? " · " ICON_LOCK " private" : "");
    if (!g.description.empty()) wrapped_user_text(ui, g.description);
    overdue_choices(app, ui, row);
}

// DESIGN "Pace vs confidence": a flag beside the status, in plain words, when
// the confidence the client gave and the pace disagree.
void pace_flag_line(UiState& ui, const Goal& g, ProgressStatus status) {
    PaceFlag flag = pace_flag(g, status);
    if (flag == PaceFlag::none) return;
    ImGui::TextColored(flag == PaceFlag::underconfident ? palette().success : palette().warning, ICON_INFO);
    ImGui::SameLine();
    std::string text = "Confidence " + std::to_string(g.confidence) + "/10 · " + std::string(pace_flag_words(flag));
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    record_item(ui, std::string("detail.flag.") + std::string(to_string(flag)));
}

void numbers_card(App& app, UiState& ui, const GoalRow& row) {
    DecimalSeparator d = app.decimal_separator();
    const Goal& g = row.goal;
    const GoalAnalytics& a = row.analytics;
    begin_card("numbers");
    // Equal columns of whatever width the card has: on a narrow window a value
    // is shortened (whole on hover), never pushed off the card.
    std::vector<std::pair<const char*, std::string>> stats;
    if (g.is_numeric()) {
        stats.emplace_back("Now", format_quantity(a.current, g.unit, d));
        stats.emplace_back("Target", format_quantity(g.target, g.unit, d));
    } else if (g.is_habit()) {
        stats.emplace_back("Days done", std::to_string(a.done) + " of " + std::to_string(a.scheduled));
        stats.emplace_back("Aiming at", percent_text(g.target_rate) + " of " + std::to_string(a.planned));
        if (a.strength) stats.emplace_back("Habit strength", percent_text(*a.strength));
    } else {
        stats.emplace_back("Steps done", std::to_string(row.steps_done) + " of " +
                                             std::to_string(row.steps_done + row.steps_open));
    }
    stats.emplace_back("Progress", percent_text(a.progress));
    stats.emplace_back("Expected by now", percent_text(a.expected));
    if (row.days_left >= 0) stats.emplace_back("Days left", std::to_string(row.days_left));
    else stats.emplace_back("Days over", std::to_string(-row.days_left));
    if (ImGui::BeginTable("stats", static_cast<int>(stats.size()), ImGuiTableFlags_SizingStretchSame,
                          ImVec2(card_inner_width(), 0))) {
        for (const auto& [label, value] : stats) {
            ImGui::TableNextColumn();
            ellipsized_text(ui, label, 0, true);
            ellipsized_text(ui, value);
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    progress_bar(a.progress, a.expected, a.status, card_inner_width());
    pace_flag_line(ui, g, a.status);
    if (g.is_numeric()) {
        if (a.trend_per_day) {
            std::string pace = "Pace: " + format_signed_quantity(*a.trend_per_day, g.unit, d) + " per day over the last 4 weeks";
            if (a.projected_date) pace += " — at this pace you reach the target around " + format_day_long(*a.projected_date) + ".";
            else if (a.status != ProgressStatus::achieved) pace += " — not heading toward the target yet.";
            muted_text("%s", pace.c_str());
        } else {
            muted_text("Log at least two days of values to see your pace.");
        }
    }
    if (g.is_habit())
        muted_text("Progress counts the days done against %s of all %d days planned until the due date.",
                   percent_text(g.target_rate).c_str(), a.planned);
    if (!g.why.empty()) muted_text("Why it matters: %s", shown(ui, g.why));
    end_card();
}

std::string percent_text(double fraction) {
    return std::to_string(static_cast<int>(std::lround(fraction * 100))) + " %";
}

}  // namespace

void draw_goal_detail_view(App& app, UiState& ui) {
    const Snapshot& snap = app.snapshot();
    const GoalRow* row = snap.goal(ui.detail_goal);
    if (!row) {
        page_title(ui, "Goal not found");
        muted_text("It may have been deleted.");
        if (ImGui::Button("Back to goals")) open_view(ui, View::goals);
        return;
    }
    header(app, ui, *row);
    ImGui::Spacing();
    numbers_card(app, ui, *row);
    draw_goal_charts(app, ui, *row);
    draw_goal_steps(app, ui, *row);
    if (row->goal.is_numeric()) draw_goal_entries(app, ui, *row);
    draw_goal_history(app, ui, *row);
    draw_overdue_confirmation(app, ui);
}

}  // namespace sw::ui
