// The charts card of a goal: progress against plan and trend (range buttons),
// the activity calendar, and a 30-day strip per recurring step. Chart models
// are built from the App's records only when their key changes (the data, the
// goal, the range, the width, the scale; view_caches.hpp) — never per frame.
#include "chart/heatmap.hpp"
#include "chart/progress_chart.hpp"
#include "chart/streak_strip.hpp"
#include "ui/chart_draw.hpp"
#include "ui/goal_detail_parts.hpp"
#include "ui/icons.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <cmath>

namespace sw::ui {
namespace {

std::vector<chart::DayActivity> activity_of(const App& app, int64_t goal_id) {
    std::vector<chart::DayActivity> days;
    for (const auto& e : app.entries_of(goal_id)) days.push_back({e.date, 1, 0});
    for (const auto& s : app.steps())
        if (s.goal_id == goal_id) {
            if (s.is_recurring())
                for (Day d : app.completions_of(s.id)) days.push_back({d, 0, 1});
            else if (s.status == StepStatus::done && s.done_date)
                days.push_back({*s.done_date, 0, 1});
        }
    return days;
}

// The charts as they are for `key`: rebuilt only when it changed.
const GoalChartsCache& goal_charts(const App& app, UiState& ui, const GoalRow& row, float width) {
    GoalChartsCache& c = ui.caches.goal_charts;
    GoalChartsCache::Key key{app.revision(), row.goal.id, ui.chart_range, {width, ui.scale, ui.text.builds}};
    if (c.key == key) return c;
    c.key = key;
    ++c.builds;
    chart::TextMeasure measure = imgui_text_measure();
    chart::ProgressChartInput input;
    input.goal = &row.goal;
    input.entries = app.entries_of(row.goal.id);
    input.analytics = row.analytics;
    input.today = app.today();
    input.range = static_cast<chart::ChartRange>(ui.chart_range);
    input.decimal = app.decimal_separator();
    c.progress = row.goal.is_numeric() ? chart::build_progress_chart(input, width, 280 * ui.scale, measure)
                                       : chart::ChartModel{};
    auto activity = activity_of(app, row.goal.id);
    c.heatmap = chart::build_activity_heatmap(activity, app.today(), 26, 15 * ui.scale, measure);
    c.strips.clear();
    for (const auto& s : app.steps())
        if (s.goal_id == row.goal.id && s.is_recurring() && s.status != StepStatus::dropped)
            c.strips[s.id] = chart::build_streak_strip(s, app.completions_of(s.id), app.today(), 14 * ui.scale);
    return c;
}

void range_buttons(UiState& ui) {
    static constexpr const char* kRanges[] = {"4 weeks", "3 months", "1 year", "All"};
    for (int i = 0; i < 4; ++i) {
        if (i) ImGui::SameLine(0, 4);
        bool on = ui.chart_range == i;
        if (on) ImGui::PushStyleColor(ImGuiCol_Button, palette().accent_soft);
        if (ImGui::SmallButton(kRanges[i])) ui.chart_range = i;
        if (on) ImGui::PopStyleColor();
        record_item(ui, std::string("chart.range.") + std::to_string(i));
    }
}

}  // namespace

void draw_goal_charts(App& app, UiState& ui, const GoalRow& row) {
    begin_card("charts");
    const GoalChartsCache& charts = goal_charts(app, ui, row, std::floor(card_inner_width()));
    const ChartPalette& pal = palette().chart;

    if (row.goal.is_numeric()) {
        section_header(ui, ICON_LINE_CHART "  Progress");
        align_right(buttons_width({"4 weeks", "3 months", "1 year", "All"}, true) + 12);
        range_buttons(ui);
        ImGui::Spacing();
        if (!charts.progress.empty_message.empty()) muted_text("%s", charts.progress.empty_message.c_str());
        else chart_widget("##progress", charts.progress, pal);
        muted_text("Solid: your values · thin line: the plan from start to due date · dashed: your current pace.");
        ImGui::Spacing();
    }

    section_header(ui, ICON_CALENDAR "  Activity, last 26 weeks");
    chart_widget("##heatmap", charts.heatmap, pal);

    if (!charts.strips.empty()) {
        ImGui::Spacing();
        section_header(ui, ICON_REPEAT "  Habits, last 30 days");
        for (const auto& [step_id, strip] : charts.strips) {
            const Step* s = app.find_step(step_id);
            if (!s) continue;
            ImGui::TextUnformatted(shown(ui, s->title));
            ImGui::PushID(static_cast<int>(step_id));
            chart_widget("##strip", strip, pal);
            ImGui::PopID();
        }
    }
    end_card();
}

}  // namespace sw::ui
