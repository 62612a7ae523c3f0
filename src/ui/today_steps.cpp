// Today's action steps: overdue and due ones, the habits of the day shown (tick,
// skip for a day, a note on a tick) and what was done that day. Every change is
// a command for the day shown, so yesterday can be fixed as easily as today.
#include "ui/icons.hpp"
#include "ui/today_parts.hpp"
#include "ui/today_words.hpp"
#include "ui/widgets.hpp"

#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>

namespace sw::ui {
namespace {

bool enter_pressed() {
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)) ||
           ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter));
}

bool escape_pressed() { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)); }

void open_note(UiState& ui, const StepRow& row, Day day) {
    ui.today.note = {};
    ui.today.note.step = row.step.id;
    ui.today.note.day = day;
    ui.today.note.text = row.note;
    ui.today.note.focus = true;
}

void skip_day(App& app, const Step& s, Day day) { app.post(MarkDay{s.id, day, DayMark::skipped, "", DayMark::open}); }
void unskip_day(App& app, const Step& s, Day day) { app.post(MarkDay{s.id, day, DayMark::open, "", DayMark::skipped}); }

// The one-line note under a ticked habit: Enter or Save keeps it (MarkDay done
// with the note), Escape or × closes it unsaved. It stays open with the reason
// when the save is refused.
void note_editor(App& app, UiState& ui, const StepRow& row, Day day) {
    TodayState::NoteEditor& e = ui.today.note;
    std::string id = std::to_string(row.step.id);
    float save_w = buttons_width({"Save", ICON_TIMES}, true) + ImGui::GetStyle().ItemSpacing.x;
    ImGui::SetNextItemWidth(std::max(120.0f * ui.scale, card_inner_width() - save_w));
    if (e.focus) {
        ImGui::SetKeyboardFocusHere();
        e.focus = false;
    }
    bool enter = ImGui::InputTextWithHint("##note", "A note on this day (optional)", &e.text,
                                          ImGuiInputTextFlags_EnterReturnsTrue);
    record_item(ui, "today.note_input." + id);
    bool escape = escape_pressed() && (ImGui::IsItemDeactivated() || ImGui::IsItemFocused());
    ImGui::SameLine();
    ImGui::BeginDisabled(e.pending != 0);
    bool save = ImGui::SmallButton("Save");
    record_item(ui, "today.note_save." + id);
    ImGui::EndDisabled();
    ImGui::SameLine();
    bool cancel = ImGui::SmallButton(ICON_TIMES "##close_note");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Close without saving (Escape)");
    field_error(e.error);
    if (escape || cancel) {
        e = {};
    } else if ((enter || save) && e.pending == 0) {
        e.error.clear();
        e.pending = app.post(MarkDay{row.step.id, day, DayMark::done, e.text, DayMark::done}, true);
    }
}

// One step as a checkbox row; Space (ImGui's activate) or Enter toggles it. A
// recurring step's row carries its day: done, skipped (drawn as neither ticked
// nor open) or open, with the one action that fits at the right.
void step_row(App& app, UiState& ui, const StepRow& row, Day day, Day today) {
    const Step& s = row.step;
    const ImGuiStyle& style = ImGui::GetStyle();
    bool recurring = s.is_recurring();
    bool skipped = recurring && row.mark == DayMark::skipped;
    bool done = recurring ? row.mark == DayMark::done : s.status == StepStatus::done;
    std::string id = std::to_string(s.id);
    ImGui::PushID(static_cast<int>(s.id));

    // The action at the right, reserved before the title takes its share.
    const char* action = nullptr;
    if (recurring) action = skipped ? "Unskip" : done ? (row.note.empty() ? "Add note" : ICON_PENCIL " Note") : "Skip";
    float action_w = action ? buttons_width({action}, true) : 0;
    float box = ImGui::GetFrameHeight() + style.ItemInnerSpacing.x;
    // The step's title gets most of the line, the goal's what is left; both are
    // shortened with "…" (whole on hover) rather than running off the card.
    float line = card_inner_width() - box - (action ? action_w + style.ItemSpacing.x : 0);
    std::string label = fit_to_width(shown(ui, s.title), line * 0.6f);
    bool value = done;
    if (skipped) ImGui::PushStyleColor(ImGuiCol_Text, palette().muted);
    bool toggled = ImGui::Checkbox(label.c_str(), &value);
    if (skipped) {
        ImGui::PopStyleColor();
        // A quiet dash in the box: neither a tick nor an open day.
        ImVec2 min = ImGui::GetItemRectMin();
        float size = ImGui::GetFrameHeight(), pad = std::floor(size * 0.3f), y = std::floor(min.y + size * 0.5f);
        ImGui::GetWindowDrawList()->AddLine(ImVec2(min.x + pad, y), ImVec2(min.x + size - pad, y),
                                            ImGui::GetColorU32(palette().muted), std::max(2.0f, size * 0.1f));
    }
    if (label != shown(ui, s.title) && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", shown(ui, s.title));
    record_item(ui, "today.step." + id);
    if (!toggled && ImGui::IsItemFocused() && enter_pressed()) {
        toggled = true;
        value = !done;
    }
    if (recurring && ImGui::BeginPopupContextItem("day_menu")) {
        if (!done && !skipped && ImGui::MenuItem("Skip this day (ill, travelling)")) skip_day(app, s, day);
        if (skipped && ImGui::MenuItem("Unskip this day")) unskip_day(app, s, day);
        if (done && ImGui::MenuItem(row.note.empty() ? "Add a note" : "Edit the note")) open_note(ui, row, day);
        ImGui::EndPopup();
    }
    if (toggled) {
        app.post(CompleteStep{s.id, day, value});
        if (!value && ui.today.note.step == s.id) ui.today.note = {};
    }

    ImGui::SameLine();
    if (recurring) {
        std::string meta = skipped                ? std::string("skipped")
                           : row.streak.in_weeks  ? std::to_string(row.streak.week_done) + " of " +
                                                       std::to_string(row.streak.week_needed) + " this week"
                           : row.streak.streak > 0 ? ICON_FIRE " " + std::to_string(row.streak.streak)
                                                   : describe(s.repeat);
        float rest = card_inner_width() - (action ? action_w + style.ItemSpacing.x : 0);
        float meta_w = ImGui::CalcTextSize((meta + " \u00b7").c_str()).x + style.ItemSpacing.x;
        // The goal's name where a word of it fits (a narrow window leaves it out).
        if (rest - meta_w > ImGui::GetFontSize() * 3) {
            ellipsized_text(ui, meta + " \u00b7", meta_w, true);
            ImGui::SameLine();
            ellipsized_text(ui, row.goal_title, rest - meta_w, true);
        } else {
            ellipsized_text(ui, meta, std::max(rest, 1.0f), true);
        }
    } else if (s.due_date && *s.due_date < day) {
        ImGui::TextColored(palette().danger, "due %s", format_day_short(*s.due_date).c_str());
        ImGui::SameLine();
        muted_text("\u00b7");
        ImGui::SameLine();
        ellipsized_text(ui, row.goal_title, card_inner_width(), true);
    } else {
        ellipsized_text(ui, row.goal_title, card_inner_width(), true);
    }
    if (action) {
        align_right(action_w);
        if (ImGui::SmallButton(action)) {
            if (skipped) unskip_day(app, s, day);
            else if (done) open_note(ui, row, day);
            else skip_day(app, s, day);
        }
        record_item(ui, std::string(skipped ? "today.unskip." : done ? "today.note." : "today.skip.") + id);
        if (ImGui::IsItemHovered()) {
            if (skipped) ImGui::SetTooltip("Count this day again, as not done yet");
            else if (done) ImGui::SetTooltip("A note on %s's tick", day_name(day, today).c_str());
            else ImGui::SetTooltip("Skip %s (ill, travelling): it is neither done nor missed,\nso the streak goes on", day_name(day, today).c_str());
        }
    }

    ImGui::Indent(box);
    bool editing = ui.today.note.step == s.id && ui.today.note.day == day;
    if (editing && done) note_editor(app, ui, row, day);
    else if (!row.note.empty()) ellipsized_text(ui, "\u201c" + row.note + "\u201d", card_inner_width(), true);
    if (!s.if_text.empty()) wrapped_user_text(ui, sw::if_then_sentence(s.if_text, s.then_text), true);
    ImGui::Unindent(box);
    ImGui::PopID();
}

}  // namespace

void draw_steps_card(App& app, UiState& ui, const TodayModel& t) {
    Day today = app.today();
    TodayState::NoteEditor& note = ui.today.note;
    if (const Outcome* o = note.pending ? app.outcome(note.pending) : nullptr) {
        note.pending = 0;
        if (o->ok) note = {};
        else note.error = o->error;
    }
    if (note.step && note.day != t.date) note = {};  // another day is shown now

    std::vector<const StepRow*> habits, skipped;
    for (const auto& row : t.recurring) (row.mark == DayMark::skipped ? skipped : habits).push_back(&row);

    begin_card("steps");
    section_header(ui, ICON_CHECK "  Action steps");
    ImGui::Spacing();
    // Skipped habits are not to do: they alone leave the day with nothing due.
    if (t.overdue.empty() && t.due.empty() && habits.empty() && t.done_today.empty()) {
        if (t.date == today) muted_text("Nothing due today. Add steps to a goal to plan your next moves.");
        else muted_text("Nothing was due %s.", day_phrase(t.date, today).c_str());
    }
    if (!t.overdue.empty()) {
        ImGui::TextColored(palette().danger, "Overdue");
        for (const auto& row : t.overdue) step_row(app, ui, row, t.date, today);
        ImGui::Spacing();
    }
    if (!t.due.empty()) {
        ImGui::Text("Due %s", day_phrase(t.date, today).c_str());
        for (const auto& row : t.due) step_row(app, ui, row, t.date, today);
        ImGui::Spacing();
    }
    if (!habits.empty()) {
        ImGui::Text(ICON_REPEAT "  Habits for %s", day_name(t.date, today).c_str());
        for (const StepRow* row : habits) step_row(app, ui, *row, t.date, today);
        ImGui::Spacing();
    }
    if (!skipped.empty()) {
        muted_text("Skipped %s (neither done nor missed)", day_phrase(t.date, today).c_str());
        for (const StepRow* row : skipped) step_row(app, ui, *row, t.date, today);
        ImGui::Spacing();
    }
    if (!t.done_today.empty()) {
        muted_text(ICON_CHECK "  Done %s", day_phrase(t.date, today).c_str());
        for (const auto& row : t.done_today) step_row(app, ui, row, t.date, today);
    }
    end_card();
}

}  // namespace sw::ui
