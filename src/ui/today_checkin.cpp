// The daily check-in of the day Today shows: mood, confidence and four short
// answers, a draft until saved (today_draft.hpp), with the mood chart below.
#include "app/record_patch.hpp"
#include "app/records.hpp"
#include "chart/checkin_trend.hpp"
#include "core/distress.hpp"
#include "ui/chart_draw.hpp"
#include "ui/icons.hpp"
#include "ui/today_draft.hpp"
#include "ui/today_parts.hpp"
#include "ui/today_words.hpp"
#include "ui/widgets.hpp"

#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>

namespace sw::ui {
namespace {

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

// A saved check-in that holds answers, not only the weekly review's.
bool has_answers(const std::optional<CheckIn>& c) {
    return c && (c->mood || c->confidence || !c->win.empty() || !c->obstacle.empty() || !c->next_step.empty() ||
                 !c->note.empty());
}

// Where the form stands, in words and under a name tests find it by.
void state_line(UiState& ui, const CheckInDraft& d, const TodayModel& t, Day today) {
    const char* name;
    if (d.pending) {
        muted_text("Saving\u2026");
        name = "checkin.state.saving";
    } else if (draft_dirty(d)) {
        ImGui::TextColored(palette().warning, ICON_PENCIL "  Unsaved changes \u2014 save to keep them.");
        name = "checkin.state.unsaved";
    } else if (has_answers(t.checkin)) {
        std::string when = t.date == today ? "today" : day_name(t.date, today);
        muted_text("Saved for %s \u2014 edit and save again any time.", when.c_str());
        name = "checkin.state.saved";
    } else {
        muted_text("A minute to look back on %s. Private by default.",
                   t.date == today ? "the day" : day_name(t.date, today).c_str());
        name = "checkin.state.empty";
    }
    record_item(ui, name);
}

}  // namespace

void take_checkin_draft(App& app, UiState& ui, const TodayModel& t) {
    CheckInDraft& d = ui.checkin;
    TodayState& today = ui.today;
    if (!(d.loaded && d.date == t.date)) {
        // Another day: what was typed for the day left waits for it (and for
        // imgui.ini), and the day shown gets its own draft back.
        if (d.loaded && (draft_dirty(d) || d.pending)) today.parked[d.date] = std::move(d);
        auto parked = today.parked.find(t.date);
        if (parked != today.parked.end()) {
            d = std::move(parked->second);
            today.parked.erase(parked);
        } else {
            d = draft_from_checkin(t.date, t.checkin);
        }
    }
    // The outcome of a save, on the frame after it ran.
    if (const Outcome* o = d.pending ? app.outcome(d.pending) : nullptr) {
        d.pending = 0;
        if (o->ok) {  // only success says "saved"; what was saved is now what the form has seen
            d.seen = d.sending;  // the toast (with Undo) comes from after_frame
            note_draft_changed();  // the kept draft goes from imgui.ini
        } else {
            d.error = o->error;
            d.conflicts = o->conflicts;
        }
    }
    if (d.pending || draft_dirty(d)) return;
    // Nothing of the user's in the form: a draft kept from the last session for
    // this database and day comes back; else the form follows the data (another
    // window or the command line saved this day's check-in meanwhile).
    auto stored = std::find_if(today.stored.begin(), today.stored.end(), [&](const TodayState::StoredDraft& s) {
        return s.db == today.db && s.draft.date == t.date;
    });
    if (stored != today.stored.end()) {
        d = std::move(stored->draft);
        today.stored.erase(stored);
        return;
    }
    CheckIn now = t.checkin ? *t.checkin : CheckIn{};
    if (!same_answers(d.seen, now)) {
        bool dismissed = d.distress_dismissed;
        d = draft_from_checkin(t.date, t.checkin);
        d.distress_dismissed = dismissed;
    }
}

void draw_checkin_card(App& app, UiState& ui, const TodayModel& t) {
    CheckInDraft& d = ui.checkin;
    Day today = app.today();
    begin_card("checkin");
    section_header(ui, ICON_HEART "  Daily check-in");
    state_line(ui, d, t, today);
    ImGui::Spacing();
    bool edited = false;
    static constexpr const char* kMoods[] = {"", "very low", "low", "okay", "good", "great"};
    ImGui::TextUnformatted("Mood");
    float slider_width = std::min(card_inner_width(), 440.0f * ui.scale);
    ImGui::SetNextItemWidth(slider_width);
    // NoInput: reached with the keyboard (Tab, Enter) a slider stays a slider that
    // the arrows move, never a text box where "okay" could be typed over.
    edited |= ImGui::SliderInt("##mood", &d.mood, 1, 5,
                               (std::to_string(d.mood) + " \u2014 " + kMoods[std::clamp(d.mood, 1, 5)]).c_str(),
                               ImGuiSliderFlags_AlwaysClamp | ImGuiSliderFlags_NoInput);
    record_item(ui, "checkin.mood");
    ImGui::TextUnformatted("Confidence in reaching my goals");
    ImGui::SetNextItemWidth(slider_width);
    edited |= ImGui::SliderInt("##confidence", &d.confidence, 1, 10, "%d / 10",
                               ImGuiSliderFlags_AlwaysClamp | ImGuiSliderFlags_NoInput);
    record_item(ui, "checkin.confidence");
    auto prompt = [&](const char* label, const char* id, std::string& value, const char* name) {
        ImGui::TextUnformatted(label);
        edited |= ImGui::InputTextMultiline(id, &value, ImVec2(card_inner_width(), ImGui::GetTextLineHeight() * 2.4f));
        record_item(ui, name);
    };
    prompt("What went well?", "##win", d.win, "checkin.win");
    prompt("What got in the way?", "##obstacle", d.obstacle, "checkin.obstacle");
    prompt("What is my next step?", "##next", d.next_step, "checkin.next");
    prompt("Note", "##note", d.note, "checkin.note");
    // A draft survives the window closing: imgui.ini is written a few seconds
    // after a change and on exit (today_draft.hpp).
    if (edited) note_draft_changed();

    const auto& phrases = builtin_distress_phrases();
    bool distress = suggests_distress(d.win, phrases) || suggests_distress(d.obstacle, phrases) ||
                    suggests_distress(d.next_step, phrases) || suggests_distress(d.note, phrases) ||
                    suggests_distress(d.next_week, phrases);
    if (distress && !d.distress_dismissed) distress_note(ui);

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
                if (c.field == "next_week") d.next_week = theirs.next_week;
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
    record_item(ui, "checkin.save");
    if (draft_dirty(d) && !d.pending) {
        ImGui::SameLine();
        if (ImGui::Button("Discard changes")) {
            d = draft_from_checkin(t.date, t.checkin);
            note_draft_changed();
        }
        record_item(ui, "checkin.discard");
    }
    if (save || resave) {
        CheckIn c = checkin_of_draft(d);
        d.error.clear();
        d.conflicts.clear();
        // Only the answers changed since the form was filled are sent.
        d.sending = c;
        d.pending = app.post(SaveCheckin{t.date, patch_between(checkin_record(d.seen), checkin_record(c))}, true);
    }
    checkin_trend(app, ui, t);
    end_card();
}

}  // namespace sw::ui
