// The reminders the open window shows itself, and their notice.
#include "ui/reminder_view.hpp"

#include "app/app.hpp"
#include "store/database.hpp"
#include "ui/icons.hpp"
#include "ui/widgets.hpp"

#include <algorithm>

namespace sw::ui {

bool check_reminders(App& app, ReminderState& state, LocalTime now) {
    bool changed = false;
    if (!(state.day == now.day)) {
        changed = !state.showing.empty();
        state.day = now.day;
        state.handled.clear();
        state.showing.clear();
    } else if (state.checked_minute == now.minutes && state.checked_revision == app.revision()) {
        return false;
    }
    state.checked_minute = now.minutes;
    state.checked_revision = app.revision();
    state.due = due_reminders(app, now);

    std::vector<DueReminder> fresh;
    for (const DueReminder& r : state.due)
        if (!state.handled.count(r.key)) fresh.push_back(r);
    if (!fresh.empty()) {
        std::vector<DueReminder> mine = fresh;
        if (state.record && app.read_only_reason().empty()) {
            try {
                mine = claim_reminders(app.database(), now.day, fresh, ReminderSender::window);
            } catch (const StoreError&) {
                // Not remembered (the file stayed locked): shown anyway, since a
                // reminder seen twice is better than one never seen.
            }
        }
        for (const DueReminder& r : fresh) state.handled.insert(r.key);
        for (const DueReminder& r : mine) state.showing.insert(r.key);
        changed = changed || !mine.empty();
    }
    // A step ticked or skipped, a check-in saved: its reminder leaves the notice.
    for (auto it = state.showing.begin(); it != state.showing.end();) {
        bool still_due = std::any_of(state.due.begin(), state.due.end(),
                                     [&](const DueReminder& r) { return r.key == *it; });
        if (still_due) {
            ++it;
        } else {
            it = state.showing.erase(it);
            changed = true;
        }
    }
    return changed;
}

void draw_reminders(UiState& ui) {
    ReminderState& state = ui.reminders;
    if (state.showing.empty()) return;
    begin_card("reminders");
    ImGui::PushStyleColor(ImGuiCol_Text, palette().accent);
    section_header(ui, ICON_CALENDAR "  Reminders");
    ImGui::PopStyleColor();
    align_right(buttons_width({"Dismiss"}, true));
    if (ImGui::SmallButton("Dismiss##reminders")) state.showing.clear();
    record_item(ui, "reminders.dismiss");
    float time_width = ImGui::CalcTextSize("00:00").x + ImGui::GetStyle().ItemSpacing.x * 2;
    for (const DueReminder& r : state.due) {
        if (!state.showing.count(r.key)) continue;
        ImGui::PushID(r.key.c_str());
        muted_text("%s", format_time_of_day(r.at).c_str());
        ImGui::SameLine(time_width);  // from the card's inner edge (its group)
        // One line each, as Today's rows: the step, then its goal and plan, muted.
        float label_width = std::min(ImGui::CalcTextSize(shown(ui, r.label)).x, card_inner_width() * 0.45f);
        ellipsized_text(ui, r.label, label_width);
        record_item(ui, r.step_id ? "reminders.step." + std::to_string(r.step_id) : "reminders.review");
        ImGui::SameLine();
        ellipsized_text(ui, reminder_details(r), card_inner_width(), true);
        ImGui::PopID();
    }
    end_card();
}

}  // namespace sw::ui
