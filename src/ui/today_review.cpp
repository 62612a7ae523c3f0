// The weekly review, on the client's chosen weekday (setting review_weekday):
// how each active goal moved over the week, and one question whose answer is
// kept with that day's check-in (next_week).
#include "app/records.hpp"
#include "ui/icons.hpp"
#include "ui/today_draft.hpp"
#include "ui/today_parts.hpp"
#include "ui/today_words.hpp"
#include "ui/widgets.hpp"

#include <imgui_stdlib.h>

#include <algorithm>

namespace sw::ui {

void draw_weekly_review(App& app, UiState& ui, const TodayModel& t) {
    if (!t.review) return;
    const WeeklyReview& review = *t.review;
    CheckInDraft& d = ui.checkin;  // take_checkin_draft() made it the shown day's
    DecimalSeparator decimal = app.decimal_separator();
    begin_card("review");
    section_header(ui, ICON_CALENDAR "  Weekly review");
    muted_text("How each goal moved since %s.", format_day_short(review.from).c_str());
    ImGui::Spacing();
    if (review.goals.empty()) {
        muted_text("No active goals this week. Once you add one, this review shows how it moved.");
    } else if (ImGui::BeginTable("week", 2, ImGuiTableFlags_SizingFixedFit, ImVec2(card_inner_width(), 0))) {
        // The titles' column as wide as the longest title, up to 45 %: the words
        // follow the titles rather than sitting across the card from them.
        float titles = 0;
        for (const WeekChange& change : review.goals)
            titles = std::max(titles, ImGui::CalcTextSize(shown(ui, change.now.goal.title)).x);
        float spacing = ImGui::GetStyle().ItemSpacing.x * 3;
        ImGui::TableSetupColumn("goal", ImGuiTableColumnFlags_WidthFixed,
                                std::min(titles + spacing, card_inner_width() * 0.45f));
        ImGui::TableSetupColumn("change", ImGuiTableColumnFlags_WidthStretch);
        for (const WeekChange& change : review.goals) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ellipsized_text(ui, change.now.goal.title);
            ImGui::TableNextColumn();
            ellipsized_text(ui, week_change_words(change, decimal), 0, true);
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    ImGui::TextUnformatted("What will you do differently next week?");
    if (ImGui::InputTextMultiline("##next_week", &d.next_week,
                                  ImVec2(card_inner_width(), ImGui::GetTextLineHeight() * 2.4f)))
        note_draft_changed();  // kept as a draft until saved (today_draft.hpp)
    record_item(ui, "review.answer");
    bool unsaved = d.next_week != d.seen.next_week;
    ImGui::BeginDisabled(d.pending != 0 || !unsaved);
    bool save = ImGui::Button(ICON_CHECK "  Save answer");
    ImGui::EndDisabled();
    record_item(ui, "review.save");
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    if (d.pending) muted_text("Saving\u2026");
    else if (unsaved) ImGui::TextColored(palette().warning, "Not saved yet");
    else if (!d.next_week.empty()) muted_text("Saved with %s's check-in", day_name(t.date, app.today()).c_str());
    if (save) {
        // The answer alone: a half-filled check-in below stays a draft.
        CheckIn c = d.seen;
        c.next_week = d.next_week;
        d.error.clear();
        d.conflicts.clear();
        d.sending = c;
        d.pending = app.post(SaveCheckin{t.date, patch_between(checkin_record(d.seen), checkin_record(c))}, true);
    }
    end_card();
}

}  // namespace sw::ui
