// Add or edit an action step: title, notes, due date or recurrence, reminder, if-then plan.
#include "app/record_patch.hpp"
#include "app/records.hpp"
#include "core/errors.hpp"
#include "ui/icons.hpp"
#include "ui/user_text.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <imgui_stdlib.h>

namespace sw::ui {
namespace {

struct StepDraft {
    Step step;
    std::string due_error, start_error, repeat_error, title_error, plan_error, remind_error, goal_error;
    bool ok() const {
        return due_error.empty() && start_error.empty() && repeat_error.empty() && title_error.empty() &&
               plan_error.empty() && remind_error.empty() && goal_error.empty();
    }
};

StepDraft read_step_draft(const StepEditor& e) {
    StepDraft d;
    Step& s = d.step;
    s = e.seen;  // fields the editor does not show keep what the editor began with
    s.goal_id = e.goal_id;
    if (e.session_id) s.session_id = e.session_id;
    s.title = e.title;
    s.notes = e.notes;
    s.if_text = e.if_text;
    s.then_text = e.then_text;
    if (e.title.find_first_not_of(" \t") == std::string::npos) d.title_error = "Name the step.";
    if (e.goal_id == 0) d.goal_error = "Choose the goal it belongs to.";
    try {
        s.repeat = parse_recurrence(e.repeat);
    } catch (const InputError& err) {
        // The weekday picker starts empty: ask for the days in words.
        d.repeat_error = e.repeat == "weekly:" ? "Pick the days of the week." : err.what();
    }
    s.due_date.reset();
    if (!e.due.empty()) {
        if (auto day = parse_iso_day(e.due)) s.due_date = day;
        else d.due_error = "Use a real date as YYYY-MM-DD.";
    }
    if (auto day = parse_iso_day(e.start)) s.start_date = *day;
    else d.start_error = "Use a real date as YYYY-MM-DD.";
    if (s.is_recurring() && s.due_date) d.due_error = "A repeating step has no due date.";
    if (e.if_text.empty() != e.then_text.empty()) d.plan_error = "An if-then plan needs both parts.";
    s.remind_at.reset();
    if (!e.remind.empty()) {
        try {
            s.remind_at = parse_time_of_day(e.remind);
        } catch (const InputError& err) {
            d.remind_error = err.what();
        }
    }
    return d;
}

// The editor's text buffers for a step's fields.
void fill_buffers(StepEditor& e, const Step& step) {
    e.title = step.title;
    e.notes = step.notes;
    e.due = step.due_date ? format_day(*step.due_date) : "";
    e.start = format_day(step.start_date);
    e.repeat = step.is_recurring() ? to_string(step.repeat) : "";
    e.if_text = step.if_text;
    e.then_text = step.then_text;
    e.remind = step.remind_at ? format_time_of_day(*step.remind_at) : "";
}

// The reminder's time, typed as HH:MM (nothing is filtered out as it is typed),
// with one line below: what it will do, or why it cannot be saved.
void reminder_field(UiState& ui, StepEditor& e, const StepDraft& d) {
    ImGui::TextUnformatted("Reminder (optional)");
    const char* clear = "No reminder";
    float clear_width = buttons_width({clear}, false);
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - clear_width - ImGui::GetStyle().ItemSpacing.x);
    ImGui::InputTextWithHint("##remind", "HH:MM, e.g. 07:30", &e.remind);
    record_item(ui, "step.remind");
    ImGui::SameLine();
    ImGui::BeginDisabled(e.remind.empty());
    if (ImGui::Button(clear)) e.remind.clear();
    ImGui::EndDisabled();
    record_item(ui, "step.remind.clear");
    if (!d.remind_error.empty()) {
        reserved_error_line(d.remind_error);
    } else if (!d.step.remind_at) {
        muted_text("No reminder.");
    } else {
        std::string at = format_time_of_day(*d.step.remind_at);
        muted_text(d.step.is_recurring() ? "A reminder at %s on each planned day not yet done or skipped."
                                         : "A reminder at %s each day until the step is done.",
                   at.c_str());
    }
}

// A commitment's goal, chosen from the active ones; none is picked for the client.
void goal_choice(App& app, UiState& ui, StepEditor& e, const StepDraft& d) {
    ImGui::TextUnformatted("For which goal?");
    const Goal* chosen = app.find_goal(e.goal_id);
    std::string preview = chosen ? chosen->title : "Choose a goal";
    if (ImGui::BeginCombo("##commitment_goal", shown(ui, preview))) {
        for (const Goal& g : app.goals()) {
            if (g.archived || g.status != GoalStatus::active) continue;
            ImGui::PushID(static_cast<int>(g.id));
            if (ImGui::Selectable(shown(ui, g.title), g.id == e.goal_id)) e.goal_id = g.id;
            record_item(ui, "step.goal." + std::to_string(g.id));
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    record_item(ui, "step.goal");
    if (!chosen) muted_text("%s", d.goal_error.c_str());
}

}  // namespace

void open_commitment_editor(UiState& ui, int64_t session_id, Day today) {
    open_step_editor(ui, 0, nullptr, today);
    ui.step_editor.session_id = session_id;
}

void open_step_editor(UiState& ui, int64_t goal_id, const Step* step, Day today) {
    StepEditor e;
    e.request_open = true;
    e.goal_id = goal_id;
    e.start = format_day(today);
    if (step) {
        e.step_id = step->id;
        e.seen = *step;
        fill_buffers(e, *step);
    }
    ui.step_editor = std::move(e);
}

void draw_step_editor(App& app, UiState& ui) {
    StepEditor& e = ui.step_editor;
    if (!begin_editor_modal("Step editor", e.request_open, 560 * ui.scale)) return;
    if (editor_saved(app, e.pending, e.error, &e.conflicts)) return;
    // Escape inside a text field only leaves the field (ImGui reverts it); it
    // closes the editor only when no field was being edited.
    bool was_editing_field = ImGui::IsAnyItemActive();
    page_title(ui, e.step_id ? "Edit step" : e.session_id ? "New commitment" : "New step");
    StepDraft d = read_step_draft(e);
    ImGui::PushItemWidth(-1);
    if (e.session_id && !e.step_id) goal_choice(app, ui, e, d);
    ImGui::TextUnformatted("What will you do?");
    ImGui::InputTextWithHint("##title", "e.g. Run 3 km before work", &e.title);
    record_item(ui, "step.title");
    if (!e.title.empty()) field_error(d.title_error);

    ImGui::TextUnformatted("Repeat");
    int mode = e.repeat.empty()                      ? 0
               : e.repeat == "daily"                 ? 1
               : e.repeat.rfind("weekly", 0) == 0    ? 2
               : e.repeat.rfind("times:", 0) == 0    ? 4
                                                     : 3;
    const char* modes[] = {"Once", "Every day", "On weekdays…", "Every N days…", "Some days a week…"};
    if (ImGui::Combo("##repeat_mode", &mode, modes, 5)) {
        // The weekdays start empty: which days is the client's choice, never a guess.
        const char* defaults[] = {"", "daily", "weekly:", "every:2", "times:3/week"};
        e.repeat = defaults[mode];
    }
    record_item(ui, "step.repeat_mode");
    if (mode == 2) {
        static constexpr const char* kDays[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
        Recurrence r = d.repeat_error.empty() ? d.step.repeat : Recurrence{Recurrence::Kind::weekly, 0, 0};
        for (int i = 0; i < 7; ++i) {
            if (i) ImGui::SameLine();
            bool on = (r.weekdays >> i) & 1u;
            if (ImGui::Checkbox(kDays[i], &on)) {
                r.weekdays = on ? (r.weekdays | (1u << i)) : (r.weekdays & ~(1u << i));
                r.kind = Recurrence::Kind::weekly;
                e.repeat = r.weekdays ? to_string(r) : "weekly:";
            }
            record_item(ui, std::string("step.day.") + kDays[i]);
        }
    } else if (mode == 3) {
        int n = d.repeat_error.empty() ? d.step.repeat.every_n : 2;
        if (ImGui::InputInt("days between##every", &n)) e.repeat = "every:" + std::to_string(std::max(n, 0));
    } else if (mode == 4) {
        // Any K days of each week: a slider, so no value outside 1–7 can be typed.
        int k = d.repeat_error.empty() ? d.step.repeat.times : 3;
        if (ImGui::SliderInt("##times", &k, 1, 7, k == 1 ? "once a week" : "%d times a week"))
            e.repeat = "times:" + std::to_string(std::clamp(k, 1, 7)) + "/week";
        record_item(ui, "step.times");
    }
    field_error(d.repeat_error);
    if (mode == 0) {
        ImGui::TextUnformatted("Due date (optional)");
        ImGui::InputTextWithHint("##due", "YYYY-MM-DD", &e.due);
        record_item(ui, "step.due");
        field_error(d.due_error);
    } else {
        e.due.clear();
        ImGui::TextUnformatted("Starting on");
        ImGui::InputTextWithHint("##start", "YYYY-MM-DD", &e.start);
        field_error(d.start_error);
    }
    reminder_field(ui, e, d);
    ImGui::TextUnformatted("Notes");
    ImGui::InputTextMultiline("##notes", &e.notes, ImVec2(-1, ImGui::GetTextLineHeight() * 2.4f));
    ImGui::Spacing();
    section_header(ui, "If–then plan (optional)");
    muted_text("Plan for the moment something gets in the way.");
    ImGui::InputTextWithHint("##if", "If… (e.g. it rains)", &e.if_text);
    ImGui::InputTextWithHint("##then", "then I will… (e.g. use the treadmill)", &e.then_text);
    field_error(d.plan_error);
    ImGui::PopItemWidth();
    if (e.conflicts.empty()) field_error(e.error);  // a conflict explains itself below
    bool resave = false;
    switch (conflict_choice(ui, e.conflicts)) {
        case ConflictChoice::keep_mine:
            e.seen = step_from_record(e.seen, theirs_of(e.conflicts));
            resave = true;
            break;
        case ConflictChoice::use_theirs:
            e.seen = step_from_record(e.seen, theirs_of(e.conflicts));
            fill_buffers(e, step_from_record(d.step, theirs_of(e.conflicts)));
            e.error.clear();
            e.conflicts.clear();
            break;
        case ConflictChoice::none: break;
    }
    ImGui::Separator();
    bool ok = d.ok() && e.pending == 0;
    ImGui::BeginDisabled(!ok);
    bool save = primary_button(ICON_CHECK "  Save step");
    record_item(ui, "step.save");
    ImGui::EndDisabled();
    ImGui::SameLine();
    bool cancel = ImGui::Button("Cancel") ||
                  (!was_editing_field && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)));
    if ((save || resave) && ok) {
        // Stays open until the outcome arrives, so a failure keeps what was typed;
        // only the fields the user changed are sent.
        e.error.clear();
        e.conflicts.clear();
        if (e.step_id)
            e.pending = app.post(EditStep{e.step_id, patch_between(step_record(e.seen, ""), step_record(d.step, ""))}, true);
        else
            e.pending = app.post(AddStep{d.step}, true);
    }
    if (cancel) {
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace sw::ui
