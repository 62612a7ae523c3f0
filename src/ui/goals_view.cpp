// Goals: a filterable, searchable table; a welcoming empty state on first run.
#include "chart/bullet_bar.hpp"
#include "ui/chart_draw.hpp"
#include "ui/icons.hpp"
#include "ui/notices.hpp"
#include "ui/overdue_choices.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>
#include <cmath>

namespace sw::ui {
namespace {

bool contains_case_insensitive(const std::string& haystack, const std::string& needle) {
    if (needle.empty()) return true;
    auto it = std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                          [](char a, char b) { return std::tolower((unsigned char)a) == std::tolower((unsigned char)b); });
    return it != haystack.end();
}

bool passes_filter(const GoalRow& row, int filter) {
    const Goal& g = row.goal;
    switch (filter) {
        case 0: return !g.archived && (g.status == GoalStatus::active || g.status == GoalStatus::paused);
        case 1: return !g.archived && (g.status == GoalStatus::achieved || row.analytics.status == ProgressStatus::achieved);
        case 2: return g.archived;
        default: return true;
    }
}

void draw_welcome(App& app, UiState& ui) {
    begin_card("welcome");
    section_header(ui, "Welcome to Stepwise");
    ImGui::Spacing();
    wrapped_text("Set a goal you can measure, break it into small steps, and watch yourself move "
                 "toward it. Everything stays on this computer; you decide what to share with your coach.");
    ImGui::Spacing();
    if (primary_button(ICON_PLUS "  New goal")) open_goal_editor(ui, app, nullptr);
    record_item(ui, "goals.new");
    end_card();
}

// Bullet bars from the chart module: the model the HTML summary draws as SVG
// (report/summary_html.cpp), built as rows come into view and kept until their
// key (data revision, column width, scale, atlas; view_caches.hpp) changes.
const chart::ChartModel& bullet_for(const App& app, UiState& ui, const GoalRow& row, float width) {
    GoalBulletsCache& c = ui.caches.goal_bullets;
    GoalBulletsCache::Key key{app.revision(), {width, ui.scale, ui.text.builds}};
    if (!(c.key == key)) {
        c.key = key;
        c.bars.clear();
    }
    auto it = c.bars.find(row.goal.id);
    if (it == c.bars.end()) {
        ++c.builds;
        it = c.bars
                 .emplace(row.goal.id, chart::build_goal_bullet_bar(row.analytics, row.goal.status, width,
                                                                    ImGui::GetTextLineHeight(), imgui_text_measure()))
                 .first;
    }
    return it->second;
}

void days_left_cell(App& app, UiState& ui, const GoalRow& row) {
    if (row.goal.status != GoalStatus::active) {
        muted_text("—");
    } else if (is_overdue(row)) {
        overdue_menu_button(app, ui, row);
    } else if (row.days_left < 0) {
        ImGui::TextColored(palette().danger, "%d d overdue", -row.days_left);
    } else if (row.days_left == 0) {
        ImGui::TextColored(palette().warning, "today");
    } else {
        ImGui::Text("%d d", row.days_left);
    }
}

}  // namespace

void draw_goals_view(App& app, UiState& ui) {
    const Snapshot& snap = app.snapshot();
    page_title(ui, "Goals");
    if (!snap.goals.empty()) {
        float button_w = ImGui::CalcTextSize(ICON_PLUS "  New goal").x + ImGui::GetStyle().FramePadding.x * 2;
        ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - button_w);
        if (primary_button(ICON_PLUS "  New goal")) open_goal_editor(ui, app, nullptr);
        record_item(ui, "goals.new");
    }
    ImGui::Spacing();
    draw_habit_notice(app, ui);
    if (snap.goals.empty()) {
        draw_welcome(app, ui);
        return;
    }

    static constexpr const char* kFilters[] = {"Active", "Achieved", "Archived", "All"};
    for (int i = 0; i < 4; ++i) {
        if (i) ImGui::SameLine(0, 4);
        bool on = ui.goal_filter == i;
        if (on) ImGui::PushStyleColor(ImGuiCol_Button, palette().accent_soft);
        if (ImGui::Button(kFilters[i])) ui.goal_filter = i;
        if (on) ImGui::PopStyleColor();
        record_item(ui, std::string("goals.filter.") + kFilters[i]);
    }
    ImGui::SameLine(0, 20);
    ImGui::SetNextItemWidth(std::max(160.0f, ImGui::GetContentRegionAvail().x));
    ImGui::InputTextWithHint("##search", ICON_SEARCH "  Search goals", &ui.search);
    record_item(ui, "goals.search");
    ImGui::Spacing();

    std::vector<const GoalRow*> rows;
    for (const auto& row : snap.goals)
        if (passes_filter(row, ui.goal_filter) &&
            (contains_case_insensitive(row.goal.title, ui.search) ||
             contains_case_insensitive(row.goal.life_area, ui.search)))
            rows.push_back(&row);
    if (rows.empty()) {
        muted_text(ui.search.empty() ? "No goals here." : "No goals match \"%s\".", ui.search.c_str());
        return;
    }

    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                            ImGuiTableFlags_ScrollY | ImGuiTableFlags_PadOuterX;
    // The title keeps at least ~40% of the width: on a narrow window the area
    // column goes (it is on the goal's page) and the bars get shorter, so no
    // title shrinks to two letters and no column falls off the edge.
    float avail = ImGui::GetContentRegionAvail().x;
    bool show_area = avail >= 900 * ui.scale;
    float bar_width = std::clamp(avail * 0.3f, 170 * ui.scale, 250 * ui.scale);
    if (!ImGui::BeginTable("goals", show_area ? 5 : 4, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Goal", ImGuiTableColumnFlags_WidthStretch);
    if (show_area) ImGui::TableSetupColumn("Area", ImGuiTableColumnFlags_WidthFixed, 110 * ui.scale);
    ImGui::TableSetupColumn("Progress and status", ImGuiTableColumnFlags_WidthFixed, bar_width);
    ImGui::TableSetupColumn("Due", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("0000-00-00").x + 8 * ui.scale);
    // Wide enough for an overdue goal's menu button ("Decide ▾").
    float days_left_width = std::max(ImGui::CalcTextSize("Days left").x,
                                     ImGui::CalcTextSize("Decide " ICON_CHEVRON_DOWN).x +
                                         ImGui::GetStyle().FramePadding.x * 2);
    ImGui::TableSetupColumn("Days left", ImGuiTableColumnFlags_WidthFixed, days_left_width + 8 * ui.scale);
    ImGui::TableHeadersRow();

    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const GoalRow& row = *rows[i];
            const Goal& g = row.goal;
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushID(static_cast<int>(g.id));
            const char* lock = g.is_private ? "  " ICON_LOCK : "";
            std::string title = fit_to_width(shown(ui, g.title), ImGui::GetColumnWidth() - ImGui::CalcTextSize(lock).x);
            std::string label = title + lock;
            // AllowItemOverlap: an overdue goal's menu button sits on the row.
            if (ImGui::Selectable(label.c_str(), false,
                                  ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap))
                open_view(ui, View::goal_detail, g.id);
            record_item(ui, "goals.row." + std::to_string(g.id));
            if (ImGui::IsItemHovered() && title != shown(ui, g.title))
                ImGui::SetTooltip("%s", shown(ui, g.title));  // shortened: the whole title on hover
            if (show_area) {
                ImGui::TableNextColumn();
                ellipsized_text(ui, g.life_area, 0, true);
            }
            ImGui::TableNextColumn();
            if (g.status == GoalStatus::active)
                chart_widget("##bullet", bullet_for(app, ui, row, std::floor(ImGui::GetContentRegionAvail().x)),
                             palette().chart);
            else
                muted_text("%s", g.status == GoalStatus::paused ? "Paused"
                                 : g.status == GoalStatus::achieved ? "Achieved" : "Abandoned");
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(format_day(g.due_date).c_str());
            ImGui::TableNextColumn();
            days_left_cell(app, ui, row);
            record_item(ui, "goals.days_left." + std::to_string(g.id));
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
    draw_overdue_confirmation(app, ui);
}

}  // namespace sw::ui
