// The charts card of a goal: progress against plan and trend (numeric goals)
// or strength and consistency (habit goals), with range buttons; the activity
// calendar; and a 30-day strip per recurring step with its streaks. Chart
// models are built from the App's records only when their key changes (the
// data, the goal, the range, the width, the scale; view_caches.hpp) — never per
// frame. A habit's day is changed by clicking its cell: the cell carries the
// step, the day and the mark it shows (chart/habit_cells.hpp), so a click
// becomes a MarkDay without asking the store anything.
#include "chart/habit_chart.hpp"
#include "chart/heatmap.hpp"
#include "chart/progress_chart.hpp"
#include "chart/scale.hpp"
#include "chart/streak_strip.hpp"
#include "ui/chart_draw.hpp"
#include "ui/goal_detail_parts.hpp"
#include "ui/icons.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <cctype>
#include <cmath>

namespace sw::ui {
namespace {

constexpr int kHeatmapWeeks = 26;

std::vector<chart::DayActivity> activity_of(const App& app, int64_t goal_id) {
    std::vector<chart::DayActivity> days;
    for (const auto& e : app.entries_of(goal_id)) days.push_back({e.date, 1, 0, 0});
    for (const auto& s : app.steps_of(goal_id)) {
        if (s.is_recurring()) {
            for (Day d : app.completions_of(s.id)) days.push_back({d, 0, 1, 0});
            for (Day d : app.skips_of(s.id)) days.push_back({d, 0, 0, 1});
        } else if (s.status == StepStatus::done && s.done_date) {
            days.push_back({*s.done_date, 0, 1, 0});
        }
    }
    return days;
}

// The goal's habits (non-dropped recurring steps) with their marks and the
// notes of their ticks since `from`; the spans point into the App's records.
std::vector<chart::StepMarks> habit_marks(const App& app, int64_t goal_id, Day from) {
    std::vector<chart::StepMarks> habits;
    for (const Step& s : app.steps_of(goal_id)) {
        if (!s.is_recurring() || s.status == StepStatus::dropped) continue;
        chart::StepMarks m{&s, app.completions_of(s.id), app.skips_of(s.id), {}};
        for (Day d : m.done)
            if (!(d < from))
                if (std::string note = app.completion_note(s.id, d); !note.empty()) m.notes.emplace(d, std::move(note));
        habits.push_back(std::move(m));
    }
    return habits;
}

// The charts as they are for `key`: rebuilt only when it changed.
const GoalChartsCache& goal_charts(const App& app, UiState& ui, const GoalRow& row, float width) {
    GoalChartsCache& c = ui.caches.goal_charts;
    GoalChartsCache::Key key{app.revision(), row.goal.id, ui.chart_range, {width, ui.scale, ui.text.builds}};
    if (c.key == key) return c;
    c.key = key;
    ++c.builds;
    chart::TextMeasure measure = imgui_text_measure();
    Day today = app.today();
    auto range = static_cast<chart::ChartRange>(ui.chart_range);
    c.progress = chart::ChartModel{};
    c.habit = chart::ChartModel{};
    if (row.goal.is_numeric()) {
        chart::ProgressChartInput input;
        input.goal = &row.goal;
        input.entries = app.entries_of(row.goal.id);
        input.analytics = row.analytics;
        input.today = today;
        input.range = range;
        input.decimal = app.decimal_separator();
        std::vector<chart::ChartEvent> changes;
        for (const GoalChange& change : goal_changes(app, ui, row.goal.id))
            changes.push_back({change.date, describe_goal_change(change)});
        input.changes = changes;
        c.progress = chart::build_progress_chart(input, width, 280 * ui.scale, measure);
    } else if (row.goal.is_habit()) {
        std::vector<HabitStepDays> steps = app.habit_days(app.steps_of(row.goal.id));
        c.habit = chart::build_habit_chart({&row.goal, steps, today, range}, width, 240 * ui.scale, measure);
    }
    auto habits = habit_marks(app, row.goal.id, chart::heatmap_first_day(today, kHeatmapWeeks));
    c.heatmap = chart::build_habit_heatmap(activity_of(app, row.goal.id), habits, today, kHeatmapWeeks,
                                           15 * ui.scale, measure);
    c.habits.clear();
    for (const chart::StepMarks& m : habits)
        c.habits.push_back({m.step->id, chart::build_streak_strip(m, today, 14 * ui.scale),
                            streak_stats(*m.step, m.done, today, m.skipped)});
    return c;
}

void range_buttons(UiState& ui) {
    static constexpr const char* kRanges[] = {"4 weeks", "3 months", "1 year", "All"};
    // Beside the heading when they fit (a narrow window, a large scale: under it).
    float width = buttons_width({"4 weeks", "3 months", "1 year", "All"}, true) + 12;
    float heading_end = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x;
    if (heading_end + width <= ImGui::GetCursorScreenPos().x + card_inner_width()) align_right(width);
    for (int i = 0; i < 4; ++i) {
        if (i) ImGui::SameLine(0, 4);
        bool on = ui.chart_range == i;
        if (on) ImGui::PushStyleColor(ImGuiCol_Button, palette().accent_soft);
        if (ImGui::SmallButton(kRanges[i])) ui.chart_range = i;
        if (on) ImGui::PopStyleColor();
        record_item(ui, std::string("chart.range.") + std::to_string(i));
    }
}

// Where each cell of the chart just drawn is, under `prefix` + its day, for the
// headless tests (as record_item does for widgets): only cells on screen.
void record_cells(UiState& ui, const chart::ChartModel& model, const std::vector<Day>& days, const std::string& prefix) {
    if (!ui.record_items) return;
    ImVec2 origin = ImGui::GetItemRectMin();
    for (size_t i = 0; i < model.hover_targets.size() && i < days.size(); ++i) {
        const auto* cell = std::get_if<chart::Area>(&model.hover_targets[i].area);
        if (!cell) continue;
        ImVec2 min{origin.x + cell->min.x, origin.y + cell->min.y}, max{origin.x + cell->max.x, origin.y + cell->max.y};
        if (ImGui::IsRectVisible(min, max)) ui.item_rects[prefix + format_day(days[i])] = {min, max};
    }
}

// The change a click asks for, checked against the mark the cell showed: a day
// changed meanwhile elsewhere is refused (the banner says so), not overwritten.
void post_next_mark(App& app, const chart::MarkCell& cell) {
    if (!cell.changeable) return;
    app.post(MarkDay{cell.step_id, cell.day, chart::next_mark(cell), "", cell.mark});
}

constexpr const char* kDayPopup = "habit_day";

// The habits of one day with their marks, each set by a choice of three
// (several habits: the calendar cannot say which one a click meant).
void day_popup(App& app, UiState& ui, const chart::HabitHeatmap& heatmap) {
    // The day lives in ImGui's per-window storage: it is the popup's own state.
    ImGuiID day_key = ImGui::GetID("habit_day.day");
    int stored = ImGui::GetStateStorage()->GetInt(day_key, 0);
    if (!ImGui::BeginPopup(kDayPopup)) return;
    Day day = chart::day_from_number(stored);
    const std::vector<chart::MarkCell>* cells = nullptr;
    if (!heatmap.days.empty()) {
        int i = days_between(heatmap.days.front(), day);
        if (i >= 0 && i < static_cast<int>(heatmap.marks.size())) cells = &heatmap.marks[static_cast<size_t>(i)];
    }
    ImGui::TextUnformatted(format_day_long(day).c_str());
    ImGui::Separator();
    if (!cells || cells->empty()) muted_text("Nothing to mark on this day.");
    if (cells)
        for (const chart::MarkCell& cell : *cells) {
            const Step* s = app.find_step(cell.step_id);
            if (!s) continue;
            ImGui::PushID(static_cast<int>(cell.step_id));
            ImGui::TextUnformatted(shown(ui, s->title));
            std::string name = "heatmap.popup." + std::to_string(cell.step_id) + ".";
            for (DayMark mark : {DayMark::done, DayMark::skipped, DayMark::open}) {
                if (mark != DayMark::done) ImGui::SameLine();
                // MarkDay marks occurrence days only; a tick off the schedule can be taken back.
                bool possible = cell.scheduled || mark == DayMark::open || mark == cell.mark;
                ImGui::BeginDisabled(!possible);
                std::string label = std::string(chart::mark_word(mark));
                label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
                if (ImGui::RadioButton(label.c_str(), cell.mark == mark) && mark != cell.mark)
                    app.post(MarkDay{cell.step_id, cell.day, mark, "", cell.mark});
                ImGui::EndDisabled();
                record_item(ui, name + std::string(to_string(mark)));
            }
            ImGui::PopID();
        }
    ImGui::EndPopup();
}

void heatmap_section(App& app, UiState& ui, const GoalChartsCache& charts, const ChartPalette& pal) {
    section_header(ui, ICON_CALENDAR "  Activity, last 26 weeks");
    ChartInput input = chart_widget("##heatmap", charts.heatmap.chart, pal);
    record_cells(ui, charts.heatmap.chart, charts.heatmap.days, "heatmap.");
    if (input.clicked >= 0) {
        const auto& cells = charts.heatmap.marks[static_cast<size_t>(input.clicked)];
        if (charts.habits.size() == 1 && cells.size() == 1) {
            post_next_mark(app, cells.front());
        } else if (!cells.empty()) {
            Day day = charts.heatmap.days[static_cast<size_t>(input.clicked)];
            ImGui::GetStateStorage()->SetInt(ImGui::GetID("habit_day.day"),
                                             static_cast<int>(chart::day_number(day)));
            ImGui::OpenPopup(kDayPopup);
        }
    }
    day_popup(app, ui, charts.heatmap);
    if (!charts.habits.empty())
        muted_text(charts.habits.size() == 1 ? "Click a day to mark it done, skipped or not done."
                                             : "Click a day to mark its habits done, skipped or not done.");
}

void habit_strips(App& app, UiState& ui, const GoalChartsCache& charts, const ChartPalette& pal) {
    section_header(ui, ICON_REPEAT "  Habits, last 30 days");
    for (const GoalChartsCache::Habit& habit : charts.habits) {
        const Step* s = app.find_step(habit.step_id);
        if (!s) continue;
        ImGui::PushID(static_cast<int>(habit.step_id));
        // The title, and its streaks beside it when both fit, else under it.
        std::string streak = chart::describe_streak(habit.streak);
        float gap = ImGui::GetStyle().ItemSpacing.x * 2;
        float streak_width = ImGui::CalcTextSize(streak.c_str()).x;
        float width = card_inner_width();
        float title_width = ImGui::CalcTextSize(shown(ui, s->title)).x;
        bool beside = title_width + gap + streak_width <= width;
        ellipsized_text(ui, s->title, beside ? title_width + 1 : width);
        if (beside) ImGui::SameLine(0, gap);
        muted_text("%s", streak.c_str());
        ChartInput input = chart_widget("##strip", habit.strip.chart, pal);
        std::vector<Day> days;
        for (const chart::MarkCell& cell : habit.strip.cells) days.push_back(cell.day);
        record_cells(ui, habit.strip.chart, days, "strip." + std::to_string(habit.step_id) + ".");
        if (input.clicked >= 0) post_next_mark(app, habit.strip.cells[static_cast<size_t>(input.clicked)]);
        ImGui::PopID();
        ImGui::Spacing();
    }
}

}  // namespace

void draw_goal_charts(App& app, UiState& ui, const GoalRow& row) {
    begin_card("charts");
    const GoalChartsCache& charts = goal_charts(app, ui, row, std::floor(card_inner_width()));
    const ChartPalette& pal = palette().chart;

    if (row.goal.is_numeric()) {
        section_header(ui, ICON_LINE_CHART "  Progress");
        range_buttons(ui);
        ImGui::Spacing();
        if (!charts.progress.empty_message.empty()) muted_text("%s", charts.progress.empty_message.c_str());
        else chart_widget("##progress", charts.progress, pal);
        muted_text("Solid: your values · thin line: the plan from start to due date · dashed: your current pace.");
        ImGui::Spacing();
    } else if (row.goal.is_habit()) {
        section_header(ui, ICON_LINE_CHART "  Strength and consistency");
        if (charts.habit.empty_message.empty()) range_buttons(ui);  // nothing to range over yet
        ImGui::Spacing();
        if (!charts.habit.empty_message.empty()) {
            muted_text("%s", charts.habit.empty_message.c_str());
        } else {
            chart_widget("##habit", charts.habit, pal);
            muted_text("Strength grows with each day done and fades slowly, never back to zero at once; "
                       "consistency is the share of scheduled days done in the 30 days before. "
                       "Skipped days count as neither.");
        }
        ImGui::Spacing();
    }

    heatmap_section(app, ui, charts, pal);

    if (!charts.habits.empty()) {
        ImGui::Spacing();
        habit_strips(app, ui, charts, pal);
    }
    end_card();
}

}  // namespace sw::ui
