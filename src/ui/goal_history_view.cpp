// The History card of a goal page: what changed in the goal (title, target,
// baseline, unit, dates), newest first — ten, then the rest under "Show all".
// Built from App memory (App::goal_journal) when the revision changes, never
// from SQLite during a frame; the progress chart's markers read the same list.
#include "app/goal_history.hpp"
#include "ui/goal_detail_parts.hpp"
#include "ui/icons.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace sw::ui {
namespace {

constexpr size_t kShownFirst = 10;


void change_row(UiState& ui, const GoalChange& c, size_t index) {
    muted_text("%s", format_day(c.date).c_str());
    ImGui::SameLine(110 * ui.scale);
    ImGui::TextUnformatted(shown(ui, describe_goal_change(c)));
    record_item(ui, "goal.history.row." + std::to_string(index));
    if (c.command.rfind("undo:", 0) == 0 || c.command.rfind("redo:", 0) == 0) {
        ImGui::SameLine();
        muted_text("(%s)", c.command.rfind("undo:", 0) == 0 ? "undo" : "redo");
    }
}

}  // namespace

const std::vector<GoalChange>& goal_changes(const App& app, UiState& ui, int64_t goal_id) {
    GoalChangesCache& cache = ui.caches.goal_changes;
    if (cache.revision != app.revision() || cache.goal != goal_id) {
        cache.revision = app.revision();
        cache.goal = goal_id;
        cache.changes.clear();
        if (const Goal* g = app.find_goal(goal_id))
            cache.changes = goal_history(app.goal_journal(), g->uuid, app.decimal_separator());
    }
    return cache.changes;
}

void draw_goal_history(App& app, UiState& ui, const GoalRow& row) {
    const auto& changes = goal_changes(app, ui, row.goal.id);
    if (changes.empty()) return;  // nothing changed since it was created: no card
    begin_card("history");
    section_header(ui, ICON_PENCIL "  History");
    size_t n = changes.size();
    for (size_t i = 0; i < std::min(n, kShownFirst); ++i) change_row(ui, changes[n - 1 - i], i);  // newest first
    if (n > kShownFirst) {
        std::string label = "Show all " + std::to_string(n) + " changes";
        bool open = ImGui::TreeNode("history.all", "%s", label.c_str());
        record_item(ui, "goal.history.show_all");
        if (open) {
            for (size_t i = kShownFirst; i < n; ++i) change_row(ui, changes[n - 1 - i], i);
            ImGui::TreePop();
        }
    }
    end_card();
}

}  // namespace sw::ui
