// Today, the home screen: what is due, today's habits, goals waiting for a
// measurement, and the daily check-in. Usable from the keyboard.
#include "chart/checkin_trend.hpp"
#include "app/record_patch.hpp"
#include "app/records.hpp"
#include "core/distress.hpp"
#include "ui/chart_draw.hpp"
#include "core/numbers.hpp"
#include "ui/icons.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <imgui_stdlib.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>

namespace sw::ui {
namespace {

// A checkbox row for a step; Space (ImGui's activate) or Enter toggles it.
void step_checkbox(App& app, UiState& ui, const StepRow& row, Day day) {
    const Step& s = row.step;
    bool done = s.is_recurring() ? row.done_on_day : s.status == StepStatus::done;
    bool value = done;
    ImGui::PushID(static_cast<int>(s.id));
    // The step's title gets most of the line, the goal's what is left; both are
    // shortened with "…" (whole on hover) rather than running off the card.
    float line = ImGui::GetContentRegionAvail().x - ImGui::GetFrameHeight() - ImGui::GetStyle().ItemInnerSpacing.x;
    std::string label = fit_to_width(shown(ui, s.title), line * 0.6f);
    bool toggled = ImGui::Checkbox(label.c_str(), &value);
    if (label != shown(ui, s.title) && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", shown(ui, s.title));
    record_item(ui, "today.step." + std::to_string(s.id));
    if (!toggled && ImGui::IsItemFocused() &&
        (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)) ||
         ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter)))) {
        toggled = true;
        value = !done;
    }
    if (toggled) {
        int64_t id = s.id;
        app.post(CompleteStep{id, day, value});
    }
    ImGui::SameLine();
    if (s.is_recurring()) {
        if (row.streak.in_weeks) muted_text("%d of %d this week ·", row.streak.week_done, row.streak.week_needed);
        else if (row.streak.streak > 0) muted_text(ICON_FIRE " %d ·", row.streak.streak);
        else muted_text("%s ·", describe(s.repeat).c_str());
        ImGui::SameLine();
        ellipsized_text(ui, row.goal_title, 0, true);
    } else if (s.due_date && *s.due_date < day) {
        ImGui::TextColored(palette().danger, "due %s", format_day_short(*s.due_date).c_str());
        ImGui::SameLine();
        muted_text("\u00b7");
        ImGui::SameLine();
        ellipsized_text(ui, row.goal_title, 0, true);
    } else {
        ellipsized_text(ui, row.goal_title, 0, true);
    }
    if (!s.if_text.empty()) {
        ImGui::Indent(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x);
        muted_text("If %s, then I will %s.", shown(ui, s.if_text), shown(ui, s.then_text));
        ImGui::Unindent(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x);
    }
    ImGui::PopID();
}

void steps_card(App& app, UiState& ui, const TodayModel& t) {
    begin_card("steps");
    section_header(ui, ICON_CHECK "  Action steps");
    ImGui::Spacing();
    if (t.overdue.empty() && t.due.empty() && t.recurring.empty() && t.done_today.empty()) {
        muted_text("Nothing due today. Add steps to a goal to plan your next moves.");
    }
    if (!t.overdue.empty()) {
        ImGui::TextColored(palette().danger, "Overdue");
        for (const auto& row : t.overdue) step_checkbox(app, ui, row, t.date);
        ImGui::Spacing();
    }
    if (!t.due.empty()) {
        ImGui::TextUnformatted("Due today");
        for (const auto& row : t.due) step_checkbox(app, ui, row, t.date);
        ImGui::Spacing();
    }
    if (!t.recurring.empty()) {
        ImGui::TextUnformatted(ICON_REPEAT "  Habits for today");
        for (const auto& row : t.recurring) step_checkbox(app, ui, row, t.date);
        ImGui::Spacing();
    }
    if (!t.done_today.empty()) {
        muted_text(ICON_CHECK "  Done today");
        for (const auto& row : t.done_today) step_checkbox(app, ui, row, t.date);
    }
    end_card();
}


}  // namespace

// A small "log value" field; shared by Today and the goal detail view.
void quick_log_field(App& app, UiState& ui, const Goal& goal, Day day) {
    std::string& text = ui.quick_log[goal.id];
    DecimalSeparator decimal = app.decimal_separator();
    ImGui::PushID(static_cast<int>(goal.id));
    ImGui::SetNextItemWidth(110 * ui.scale);
    bool enter = false;
    NumberParse parsed = number_input("##log", text, decimal, goal.unit.empty() ? "value" : shown(ui, goal.unit),
                                      ImGuiInputTextFlags_EnterReturnsTrue, &enter);
    record_item(ui, "log.input." + std::to_string(goal.id));
    ImGui::SameLine();
    std::optional<double> value = parsed.value;
    ImGui::BeginDisabled(!value);
    bool click = ImGui::Button("Log");
    record_item(ui, "log.button." + std::to_string(goal.id));
    ImGui::EndDisabled();
    if (!text.empty() && !value && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", parsed.error.c_str());
    if (!text.empty()) {  // what will be saved, or why it cannot be
        ImGui::SameLine();
        number_feedback(ui, parsed, text, goal.unit, decimal);
        if (!value && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", parsed.error.c_str());
    }
    if ((enter || click) && value) {
        int64_t id = goal.id;
        double v = *value;
        app.post(LogProgress{id, day, v, ""});
        text.clear();
    }
    ImGui::PopID();
}

namespace {

void measurements_card(App& app, UiState& ui, const TodayModel& t) {
    if (t.numeric_goals.empty()) return;
    begin_card("measure");
    section_header(ui, ICON_LINE_CHART "  Log progress");
    ImGui::Spacing();
    if (ImGui::BeginTable("log", 3, ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("goal", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("now", ImGuiTableColumnFlags_WidthFixed, 150 * ui.scale);
        ImGui::TableSetupColumn("log", ImGuiTableColumnFlags_WidthFixed, 250 * ui.scale);
        // Clipped: someone with many goals still gets a smooth Today.
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(t.numeric_goals.size()));
        while (clipper.Step()) {
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const GoalRow& row = t.numeric_goals[static_cast<size_t>(i)];
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::AlignTextToFramePadding();
                bool waiting = std::any_of(t.needs_measurement.begin(), t.needs_measurement.end(),
                                           [&](const GoalRow& g) { return g.goal.id == row.goal.id; });
                // "waiting for a measurement" in words when there is room, else as
                // an icon with the words on hover; the title takes the rest.
                const char* kWaiting = "waiting for a measurement";
                float spacing = ImGui::GetStyle().ItemSpacing.x, cell = ImGui::GetContentRegionAvail().x;
                bool in_words = ImGui::CalcTextSize(kWaiting).x + spacing < cell * 0.45f;
                const char* note = in_words ? kWaiting : ICON_WARNING;
                float reserved = waiting ? ImGui::CalcTextSize(note).x + spacing : 0;
                ellipsized_text(ui, row.goal.title, cell - reserved);
                if (waiting) {
                    ImGui::SameLine();
                    ImGui::TextColored(palette().warning, "%s", note);
                    if (!in_words && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", kWaiting);
                }
                ImGui::TableNextColumn();
                ImGui::AlignTextToFramePadding();
                muted_text("now %s", shown(ui, format_quantity(row.analytics.current, row.goal.unit, app.decimal_separator())));
                ImGui::TableNextColumn();
                quick_log_field(app, ui, row.goal, t.date);
            }
        }
        ImGui::EndTable();
    }
    end_card();
}

// Mood and confidence over the last 30 days; rebuilt when its key (the data, the
// days, the width, the scale; view_caches.hpp) changes.
void checkin_trend(App& app, UiState& ui, const TodayModel& t) {
    Day from = add_days(t.date, -29);
    const auto& all = app.checkins();
    bool any = std::any_of(all.begin(), all.end(), [&](const CheckIn& c) { return !(c.date < from) && !(t.date < c.date); });
    if (!any) return;
    float width = std::floor(card_inner_width());
    CheckinTrendCache& trend = ui.caches.checkin_trend;
    CheckinTrendCache::Key key{app.revision(), from, t.date, {width, ui.scale, ui.text.builds}};
    if (!(trend.key == key)) {
        trend.model = chart::build_checkin_trend(all, from, t.date, width, 170 * ui.scale, imgui_text_measure());
        trend.key = key;
        ++trend.builds;
    }
    ImGui::Spacing();
    section_header(ui, "Mood and confidence, last 30 days");
    chart_widget("##checkin_trend", trend.model, palette().chart);
}

void load_checkin_draft(CheckInDraft& d, const TodayModel& t) {
    if (d.loaded && d.date == t.date) return;
    d = CheckInDraft{};
    d.date = t.date;
    d.loaded = true;
    d.seen = t.checkin ? *t.checkin : CheckIn{};
    d.seen.date = t.date;
    if (t.checkin) {
        d.mood = t.checkin->mood.value_or(3);
        d.confidence = t.checkin->confidence.value_or(6);
        d.win = t.checkin->win;
        d.obstacle = t.checkin->obstacle;
        d.next_step = t.checkin->next_step;
        d.note = t.checkin->note;
    }
}

void distress_note(UiState& ui) {
    const Palette& p = palette();
    ImGui::PushStyleColor(ImGuiCol_Text, p.text);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 start = ImGui::GetCursorScreenPos();
    dl->AddRectFilled(start, ImVec2(start.x + 4, start.y + ImGui::GetTextLineHeightWithSpacing() * 3.2f),
                      ImGui::GetColorU32(p.accent));
    ImGui::Indent(14);
    ImGui::TextWrapped(ICON_HEART "  It sounds like things are hard right now. Stepwise is a coaching "
                       "tool, not therapy. A licensed professional can help, and if you are in danger, "
                       "please contact your local emergency services.");
    if (ImGui::SmallButton("Dismiss##distress")) ui.checkin.distress_dismissed = true;
    record_item(ui, "checkin.distress.dismiss");
    ImGui::Unindent(14);
    ImGui::PopStyleColor();
    ImGui::Spacing();
}

void checkin_card(App& app, UiState& ui, const TodayModel& t) {
    CheckInDraft& d = ui.checkin;
    load_checkin_draft(d, t);
    begin_card("checkin");
    section_header(ui, ICON_HEART "  Daily check-in");
    muted_text(t.checkin ? "Saved for today — edit and save again any time." : "A minute to look back on the day. Private by default.");
    ImGui::Spacing();
    static constexpr const char* kMoods[] = {"", "very low", "low", "okay", "good", "great"};
    ImGui::TextUnformatted("Mood");
    float slider_width = std::min(card_inner_width(), 440.0f * ui.scale);
    ImGui::SetNextItemWidth(slider_width);
    // NoInput: reached with the keyboard (Tab, Enter) a slider stays a slider that
    // the arrows move, never a text box where "okay" could be typed over.
    ImGui::SliderInt("##mood", &d.mood, 1, 5, (std::to_string(d.mood) + " — " + kMoods[std::clamp(d.mood, 1, 5)]).c_str(),
                     ImGuiSliderFlags_AlwaysClamp | ImGuiSliderFlags_NoInput);
    record_item(ui, "checkin.mood");
    ImGui::TextUnformatted("Confidence in reaching my goals");
    ImGui::SetNextItemWidth(slider_width);
    ImGui::SliderInt("##confidence", &d.confidence, 1, 10, "%d / 10", ImGuiSliderFlags_AlwaysClamp | ImGuiSliderFlags_NoInput);
    record_item(ui, "checkin.confidence");
    auto prompt = [&](const char* label, const char* id, std::string& value, const char* name) {
        ImGui::TextUnformatted(label);
        ImGui::InputTextMultiline(id, &value, ImVec2(card_inner_width(), ImGui::GetTextLineHeight() * 2.4f));
        record_item(ui, name);
    };
    prompt("What went well?", "##win", d.win, "checkin.win");
    prompt("What got in the way?", "##obstacle", d.obstacle, "checkin.obstacle");
    prompt("What is my next step?", "##next", d.next_step, "checkin.next");
    prompt("Note", "##note", d.note, "checkin.note");

    const auto& phrases = builtin_distress_phrases();
    bool distress = suggests_distress(d.win, phrases) || suggests_distress(d.obstacle, phrases) ||
                    suggests_distress(d.next_step, phrases) || suggests_distress(d.note, phrases);
    if (distress && !d.distress_dismissed) distress_note(ui);

    if (const Outcome* o = d.pending ? app.outcome(d.pending) : nullptr) {
        d.pending = 0;
        if (o->ok) {  // only success says "saved"; what was saved is now what the form has seen
            d.seen = d.sending;  // the toast (with Undo) comes from after_frame
        } else {
            d.error = o->error;
            d.conflicts = o->conflicts;
        }
    }
    if (d.conflicts.empty()) field_error(d.error);  // a conflict explains itself below
    bool resave = false;
    switch (conflict_choice(ui, d.conflicts)) {
        case ConflictChoice::keep_mine:
            d.seen = checkin_from_record(d.seen, theirs_of(d.conflicts));
            resave = true;
            break;
        case ConflictChoice::use_theirs: {
            d.seen = checkin_from_record(d.seen, theirs_of(d.conflicts));
            CheckIn theirs = checkin_from_record(CheckIn{}, theirs_of(d.conflicts));
            for (const auto& c : d.conflicts) {
                if (c.field == "mood") d.mood = theirs.mood.value_or(3);
                if (c.field == "confidence") d.confidence = theirs.confidence.value_or(6);
                if (c.field == "win") d.win = theirs.win;
                if (c.field == "obstacle") d.obstacle = theirs.obstacle;
                if (c.field == "next_step") d.next_step = theirs.next_step;
                if (c.field == "note") d.note = theirs.note;
            }
            d.error.clear();
            d.conflicts.clear();
            break;
        }
        case ConflictChoice::none: break;
    }
    ImGui::BeginDisabled(d.pending != 0);
    bool save = primary_button(ICON_CHECK "  Save check-in");
    ImGui::EndDisabled();
    if (save || resave) {
        CheckIn c = d.seen;
        c.mood = d.mood;
        c.confidence = d.confidence;
        c.win = d.win;
        c.obstacle = d.obstacle;
        c.next_step = d.next_step;
        c.note = d.note;
        d.error.clear();
        d.conflicts.clear();
        // Only the answers changed since the form was filled are sent.
        d.sending = c;
        d.pending = app.post(SaveCheckin{t.date, patch_between(checkin_record(d.seen), checkin_record(c))}, true);
    }
    record_item(ui, "checkin.save");
    checkin_trend(app, ui, t);
    end_card();
}

}  // namespace

void draw_today_view(App& app, UiState& ui) {
    const Snapshot& snap = app.snapshot();
    const TodayModel& t = snap.today;
    page_title(ui, "Today");
    muted_text("%s", format_day_long(t.date).c_str());
    ImGui::Spacing();
    if (snap.goals.empty()) {
        begin_card("empty");
        section_header(ui, "Start with one goal");
        wrapped_text("Stepwise helps you turn what you want into measurable goals and small daily steps.");
        ImGui::Spacing();
        if (primary_button(ICON_PLUS "  New goal")) open_goal_editor(ui, app, nullptr);
        record_item(ui, "today.new_goal");
        end_card();
    } else {
        steps_card(app, ui, t);
        measurements_card(app, ui, t);
    }
    checkin_card(app, ui, t);
}

}  // namespace sw::ui
