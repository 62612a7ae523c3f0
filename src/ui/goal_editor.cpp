// The goal editor: every SMART field, checked live; Save only when the goal
// would be meaningful. Writes happen through a posted command after the frame.
#include "app/record_patch.hpp"
#include "app/records.hpp"
#include "core/errors.hpp"
#include "core/smart_check.hpp"
#include "core/numbers.hpp"
#include "ui/icons.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <imgui_stdlib.h>

#include <cerrno>
#include <cmath>
#include <cstdlib>

namespace sw::ui {
namespace {


// What the buffers mean, with a message per field that does not parse.
struct Draft {
    Goal goal;
    std::string start_error, due_error, baseline_error, target_error;
    bool parses() const {
        return start_error.empty() && due_error.empty() && baseline_error.empty() && target_error.empty();
    }
};

Draft read_draft(const GoalEditor& e, DecimalSeparator decimal) {
    Draft d;
    Goal& g = d.goal;
    g = e.seen;  // fields the editor does not show keep what the editor began with
    g.title = e.title;
    g.description = e.description;
    g.kind = e.numeric ? GoalKind::numeric : e.habit ? GoalKind::habit : GoalKind::milestone;
    g.target_rate = e.rate;
    g.unit = e.unit;
    g.measure = e.measure == 0 ? Measure::level : Measure::total;
    g.confidence = e.confidence;
    g.resources = e.resources;
    g.obstacles = e.obstacles;
    g.why = e.why;
    g.life_area = e.area;
    g.status = static_cast<GoalStatus>(e.status);
    g.is_private = e.is_private;
    if (auto day = parse_iso_day(e.start)) g.start_date = *day;
    else d.start_error = "Use a real date as YYYY-MM-DD.";
    if (auto day = parse_iso_day(e.due)) g.due_date = *day;
    else d.due_error = e.due.empty() ? "When do you want to reach it?" : "Use a real date as YYYY-MM-DD.";
    if (e.numeric) {
        // The reasons show under each field (number_feedback); here only whether it reads.
        auto baseline = parse_number_input(e.baseline, decimal);
        if (baseline.value) g.baseline = *baseline.value;
        else d.baseline_error = e.baseline.empty() ? "Where do you start? Enter a number." : baseline.error;
        auto target = parse_number_input(e.target, decimal);
        if (target.value) g.target = *target.value;
        else d.target_error = e.target.empty() ? "Enter the number you aim for." : target.error;
    }
    return d;
}

void smart_line(const char* name, const CriterionResult& r) {
    const Palette& p = palette();
    ImVec4 color = r.level == CheckLevel::ok ? p.success : r.level == CheckLevel::warn ? p.warning : p.danger;
    const char* mark = r.level == CheckLevel::ok ? "\xe2\x9c\x93" : r.level == CheckLevel::warn ? "!" : "\xe2\x9c\x97";
    ImGui::TextColored(color, "%s", mark);
    ImGui::SameLine(0, 8);
    ImGui::BeginGroup();
    ImGui::TextUnformatted(name);
    ImGui::PushStyleColor(ImGuiCol_Text, p.muted);
    ImGui::TextWrapped("%s", r.message.c_str());
    ImGui::PopStyleColor();
    ImGui::EndGroup();
    ImGui::Spacing();
}

void labeled(const char* label) {
    ImGui::TextUnformatted(label);
}

void text_field(UiState& ui, const char* label, const char* id, std::string& value, const char* hint,
                const char* test_name) {
    labeled(label);
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint(id, hint, &value);
    record_item(ui, test_name);
}

void multiline_field(UiState& ui, const char* label, const char* id, std::string& value, const char* test_name) {
    labeled(label);
    ImGui::InputTextMultiline(id, &value, ImVec2(-1, ImGui::GetTextLineHeight() * 2.6f));
    record_item(ui, test_name);
}

// The editor's text buffers for a goal's fields.
void fill_buffers(GoalEditor& e, const Goal& goal, DecimalSeparator decimal) {
    e.title = goal.title;
    e.description = goal.description;
    e.numeric = goal.is_numeric();
    e.habit = goal.is_habit();
    e.rate = goal.target_rate;
    e.unit = goal.unit;
    e.baseline = format_exact(goal.baseline, decimal);  // exact: saving unchanged must change nothing
    e.target = goal.is_numeric() ? format_exact(goal.target, decimal) : "";
    e.measure = goal.measure == Measure::level ? 0 : 1;
    e.confidence = goal.confidence;
    e.resources = goal.resources;
    e.obstacles = goal.obstacles;
    e.why = goal.why;
    e.area = goal.life_area;
    e.status = static_cast<int>(goal.status);
    e.is_private = goal.is_private;
    e.start = format_day(goal.start_date);
    e.due = format_day(goal.due_date);
}

// One field for the life area: typed, or picked from the usual ones with the
// button beside it (a combo and a text box showed the same words twice).
void life_area_field(UiState& ui, std::string& area) {
    float button = ImGui::GetFrameHeight();
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - button - ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::InputTextWithHint("##area", "career, health, … or your own", &area);
    record_item(ui, "editor.area");
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    if (ImGui::ArrowButton("##area_pick", ImGuiDir_Down)) ImGui::OpenPopup("##areas");
    record_item(ui, "editor.area.pick");
    if (ImGui::BeginPopup("##areas")) {
        for (const auto& a : default_life_areas())
            if (ImGui::Selectable(a.c_str(), area == a)) area = a;
        ImGui::EndPopup();
    }
}

// "A number I can track", "Build a habit", "Milestones": side by side while
// they fit, else each under the last.
void kind_choice(UiState& ui, GoalEditor& e) {
    struct Choice {
        const char* label;
        const char* test_name;
        bool numeric, habit;
    };
    static constexpr Choice kChoices[] = {{"A number I can track", "editor.numeric", true, false},
                                          {"Build a habit", "editor.habit", false, true},
                                          {"Milestones (done when its steps are done)", "editor.milestone", false, false}};
    float spacing = ImGui::GetStyle().ItemSpacing.x;
    for (size_t i = 0; i < std::size(kChoices); ++i) {
        const Choice& c = kChoices[i];
        if (i > 0) {
            float needed = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(c.label).x;
            float right = ImGui::GetItemRectMax().x + spacing;
            float end = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
            if (end - right >= needed) ImGui::SameLine();
        }
        bool on = e.numeric == c.numeric && (c.numeric || e.habit == c.habit);
        if (ImGui::RadioButton(c.label, on)) {
            e.numeric = c.numeric;
            e.habit = c.habit;
        }
        record_item(ui, c.test_name);
    }
}

}  // namespace

void open_goal_editor(UiState& ui, const App& app, const Goal* goal) {
    Day today = app.today();
    GoalEditor e;
    e.request_open = true;
    if (goal) {
        e.goal_id = goal->id;
        e.seen = *goal;
        fill_buffers(e, *goal, app.decimal_separator());
    } else {
        e.start = format_day(today);
        e.due = format_day(add_days(today, 90));
    }
    ui.editor = std::move(e);
}

void draw_goal_editor(App& app, UiState& ui) {
    GoalEditor& e = ui.editor;
    if (e.request_open) {
        ImGui::OpenPopup("Goal editor");
        e.request_open = false;
        e.open = true;
    }
    if (!e.open) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowSize(ImVec2(std::min(vp->WorkSize.x - 40, 980 * ui.scale), vp->WorkSize.y - 60),
                             ImGuiCond_Always);
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f),
                            ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal("Goal editor", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize)) {
        e.open = false;
        return;
    }
    if (const Outcome* o = e.pending ? app.outcome(e.pending) : nullptr) {
        e.pending = 0;
        if (o->ok) {  // saved: close, and show a new goal's page
            if (!e.goal_id) open_view(ui, View::goal_detail, o->id);
            e.open = false;
            ImGui::CloseCurrentPopup();
            ImGui::EndPopup();
            return;
        }
        e.save_error = o->error;  // the editor stays open: nothing typed is lost
        e.conflicts = o->conflicts;
    }
    // Escape inside a text field only leaves the field (ImGui reverts it); it
    // closes the editor only when no field was being edited.
    bool was_editing_field = ImGui::IsAnyItemActive();
    page_title(ui, e.goal_id ? "Edit goal" : "New goal");
    muted_text("Make it SMART: specific, measurable, achievable, relevant and time-bound.");
    ImGui::Spacing();

    Draft draft = read_draft(e, app.decimal_separator());
    SmartReport report = smart_check(draft.goal, app.today());
    // A refused save and fields changed elsewhere show above the form, where
    // they push nothing out of view (the columns below take what height is left).
    if (e.conflicts.empty()) field_error(e.save_error);  // a conflict explains itself below
    bool resave = false;
    switch (conflict_choice(ui, e.conflicts)) {
        case ConflictChoice::keep_mine:  // save again over what is there now
            e.seen = goal_from_record(e.seen, theirs_of(e.conflicts));
            resave = true;
            break;
        case ConflictChoice::use_theirs:
            e.seen = goal_from_record(e.seen, theirs_of(e.conflicts));
            fill_buffers(e, goal_from_record(draft.goal, theirs_of(e.conflicts)), app.decimal_separator());
            e.save_error.clear();
            e.conflicts.clear();
            break;
        case ConflictChoice::none: break;
    }
    float footer = ImGui::GetFrameHeightWithSpacing() * 2.0f;

    // Two scrolling columns of fixed height, so the footer always stays in view.
    float body_height = ImGui::GetContentRegionAvail().y - footer;
    float fields_width = ImGui::GetContentRegionAvail().x * 0.62f;
    {
        ImGui::BeginChild("##fields", ImVec2(fields_width, body_height), false);
        ImGui::PushItemWidth(-1);

        section_header(ui, "Specific");
        text_field(ui, "Title", "##title", e.title, "e.g. Run a 10 km race", "editor.title");
        reserved_error_line(report.specific.level == CheckLevel::fail ? report.specific.message : "");
        multiline_field(ui, "What exactly, where, with whom?", "##description", e.description, "editor.description");

        ImGui::Spacing();
        section_header(ui, "Measurable");
        kind_choice(ui, e);
        if (!e.numeric && e.habit) {
            labeled("How often do you mean to do it? (share of the scheduled days)");
            // A slider, never a text box: the rate changes only when it is moved,
            // so an untouched 82.5 % is saved as it was.
            float percent = static_cast<float>(e.rate * 100);
            if (ImGui::SliderFloat("##rate", &percent, 5, 100, "%.0f %%",
                                   ImGuiSliderFlags_AlwaysClamp | ImGuiSliderFlags_NoInput))
                e.rate = std::round(percent) / 100.0;
            record_item(ui, "editor.rate");
            muted_text("Add its recurring steps (daily, some days a week…) on the goal's page.");
        }
        if (e.numeric) {
            if (ImGui::BeginTable("numbers", 3)) {
                ImGui::TableNextColumn();
                labeled("Start value");
                ImGui::SetNextItemWidth(-1);
                NumberParse baseline = number_input("##baseline", e.baseline, app.decimal_separator());
                record_item(ui, "editor.baseline");
                number_feedback(ui, baseline, e.baseline, e.unit, app.decimal_separator());
                ImGui::TableNextColumn();
                labeled("Target");
                ImGui::SetNextItemWidth(-1);
                NumberParse target = number_input("##target", e.target, app.decimal_separator());
                record_item(ui, "editor.target");
                number_feedback(ui, target, e.target, e.unit, app.decimal_separator());
                ImGui::TableNextColumn();
                labeled("Unit");
                ImGui::SetNextItemWidth(-1);
                ImGui::InputTextWithHint("##unit", "km, kg, pages", &e.unit);
                record_item(ui, "editor.unit");
                ImGui::EndTable();
            }
            // Its own row, in words that say what each means: a narrow column cut
            // "running total" short.
            labeled("Each value I log is");
            ImGui::RadioButton("a reading (weight, balance)", &e.measure, 0);
            record_item(ui, "editor.measure.level");
            ImGui::SameLine();
            ImGui::RadioButton("an amount to add up (km run, pages read)", &e.measure, 1);
            record_item(ui, "editor.measure.total");
            // A field that does not read says why right under it; only an empty one is named here.
            std::string measurable;
            if (e.baseline.empty()) measurable = draft.baseline_error;
            else if (e.target.empty()) measurable = draft.target_error;
            else if (draft.baseline_error.empty() && draft.target_error.empty() &&
                     report.measurable.level == CheckLevel::fail)
                measurable = report.measurable.message;
            reserved_error_line(measurable);
        }

        ImGui::Spacing();
        section_header(ui, "Achievable");
        labeled("How confident are you? (1–10)");
        ImGui::SliderInt("##confidence", &e.confidence, 1, 10, "%d", ImGuiSliderFlags_AlwaysClamp);
        multiline_field(ui, "What will help you?", "##resources", e.resources, "editor.resources");
        multiline_field(ui, "What may get in the way?", "##obstacles", e.obstacles, "editor.obstacles");

        ImGui::Spacing();
        section_header(ui, "Relevant");
        multiline_field(ui, "Why does this matter to you?", "##why", e.why, "editor.why");
        labeled("Life area");
        life_area_field(ui, e.area);

        ImGui::Spacing();
        section_header(ui, "Time-bound");
        if (ImGui::BeginTable("dates", 2)) {
            ImGui::TableNextColumn();
            labeled("Start");
            ImGui::SetNextItemWidth(-1);
            ImGui::InputTextWithHint("##start", "YYYY-MM-DD", &e.start);
            record_item(ui, "editor.start");
            reserved_error_line(draft.start_error);
            ImGui::TableNextColumn();
            labeled("Due");
            ImGui::SetNextItemWidth(-1);
            ImGui::InputTextWithHint("##due", "YYYY-MM-DD", &e.due);
            record_item(ui, "editor.due");
            reserved_error_line(draft.due_error);
            ImGui::EndTable();
        }
        reserved_error_line(draft.start_error.empty() && draft.due_error.empty() &&
                                    report.time_bound.level == CheckLevel::fail
                                ? report.time_bound.message
                                : "");

        ImGui::Spacing();
        section_header(ui, "Sharing and status");
        ImGui::Checkbox(ICON_LOCK "  Private — leave out of coach summaries unless I include it", &e.is_private);
        if (e.goal_id) {
            const char* statuses[] = {"Active", "Paused", "Achieved", "Abandoned"};
            labeled("Status");
            ImGui::Combo("##status", &e.status, statuses, 4);
        }
        ImGui::PopItemWidth();
        ImGui::EndChild();

        ImGui::SameLine();
        ImGui::BeginChild("##smart", ImVec2(0, body_height), true);
        section_header(ui, "SMART check");
        ImGui::Spacing();
        smart_line("Specific", report.specific);
        smart_line("Measurable", report.measurable);
        smart_line("Achievable", report.achievable);
        smart_line("Relevant", report.relevant);
        smart_line("Time-bound", report.time_bound);
        ImGui::EndChild();
    }

    ImGui::Separator();
    bool can_save = draft.parses() && !report.has_failure() && e.pending == 0;
    ImGui::BeginDisabled(!can_save);
    bool save = primary_button(ICON_CHECK "  Save goal");
    record_item(ui, "editor.save");
    ImGui::EndDisabled();
    if (!can_save && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("Fix the fields marked in red first.");
    ImGui::SameLine();
    bool cancel = ImGui::Button("Cancel") ||
                  (!was_editing_field && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)));
    record_item(ui, "editor.cancel");

    if ((save || resave) && can_save) {
        // The editor stays open until the outcome arrives: if the save fails, the
        // message shows here and nothing typed is lost. Only the fields the user
        // changed are sent, so edits made elsewhere to other fields are kept.
        e.save_error.clear();
        e.conflicts.clear();
        Goal seen = e.seen;
        if (e.goal_id) e.pending = app.post(EditGoal{e.goal_id, patch_between(goal_record(seen), goal_record(draft.goal))}, true);
        else e.pending = app.post(AddGoal{draft.goal}, true);
    }
    if (cancel) {
        e.open = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace sw::ui
