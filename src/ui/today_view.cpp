// Today, the home screen: what is due, the day's habits, goals waiting for a
// measurement, the weekly review on its day, and the daily check-in — for today
// or, one step back at a time, any earlier day (yesterday is fixable). Usable
// from the keyboard: Alt+← / Alt+→ change the day, Alt+Home comes back to today.
#include "core/numbers.hpp"
#include "ui/agenda_view.hpp"
#include "ui/icons.hpp"
#include "ui/notices.hpp"
#include "ui/today_parts.hpp"
#include "ui/today_words.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <imgui_internal.h>  // NavMoveRequestCancel, NavWindowingToggleLayer: Alt+arrow is ours
#include <imgui_stdlib.h>

#include <algorithm>

namespace sw::ui {

Day shown_day(const App& app, const UiState& ui) {
    return ui.today.day && *ui.today.day < app.today() ? *ui.today.day : app.today();
}

namespace {

bool escape_pressed() { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)); }

// Never a future day: today itself is kept as "no day chosen", so Today follows
// the calendar when the date rolls over while the window stays open.
void show_day(App& app, UiState& ui, Day day) {
    if (day < app.today()) ui.today.day = day;
    else ui.today.day.reset();
}

// The model of the day shown: today's is the App's snapshot; another day's is
// built from memory once per (revision, day).
const Snapshot& snapshot_for(App& app, UiState& ui, Day day) {
    if (day == app.today()) return app.snapshot();
    TodayDayCache& cache = ui.caches.today_day;
    TodayDayCache::Key key{app.revision(), day};
    if (!(cache.key == key)) {
        cache.snapshot = app.snapshot_on(day);
        cache.key = key;
        ++cache.builds;
    }
    return cache.snapshot;
}

// Alt+← the day before, Alt+→ the day after (never past today), Alt+Home today:
// not while a field has the keyboard, a slider is held or an editor is open.
void day_keys(App& app, UiState& ui) {
    ImGuiIO& io = ImGui::GetIO();
    if (!io.KeyAlt || io.KeyCtrl || io.KeyShift || io.KeySuper || io.WantTextInput || ImGui::IsAnyItemActive() ||
        ui.editor.request_open || ui.step_editor.request_open || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId))
        return;
    Day day = shown_day(app, ui);
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_LeftArrow))) show_day(app, ui, add_days(day, -1));
    else if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_RightArrow))) show_day(app, ui, add_days(day, 1));
    else if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Home), false)) show_day(app, ui, app.today());
    else return;
    // Alt was a modifier here: the arrow does not also move between items, and
    // letting Alt go does not switch ImGui to a menu layer this window lacks.
    ImGui::NavMoveRequestCancel();
    ImGui::GetCurrentContext()->NavWindowingToggleLayer = false;
}

// The day's name, its date, and the way to the days before.
void day_header(App& app, UiState& ui, Day day) {
    Day today = app.today();
    std::string title = day_title(day, today);
    page_title(ui, title.c_str());
    // In words when they fit beside the title; else the arrows alone (with the
    // words on hover), so that nothing runs off a narrow window.
    const char* kPrev = "\u2039  Previous day";
    const char* kNext = "Next day  \u203a";
    const char* kToday = "Today";
    ImGui::PushFont(ui.fonts.title);
    float title_w = ImGui::CalcTextSize(title.c_str()).x;
    ImGui::PopFont();
    float room = ImGui::GetContentRegionAvail().x - title_w - 2 * ImGui::GetStyle().ItemSpacing.x;
    if (buttons_width({kPrev, kNext, kToday}, false) > room) {
        kPrev = "\u2039##prev";
        kNext = "\u203a##next";
    }
    align_right(buttons_width({kPrev, kNext, kToday}, false));
    if (ImGui::Button(kPrev)) show_day(app, ui, add_days(day, -1));
    record_item(ui, "today.prev_day");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("The day before (Alt+\u2190)");
    ImGui::SameLine();
    ImGui::BeginDisabled(!(day < today));  // never a future day
    if (ImGui::Button(kNext)) show_day(app, ui, add_days(day, 1));
    record_item(ui, "today.next_day");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("The day after (Alt+\u2192)");
    ImGui::SameLine();
    if (ImGui::Button(kToday)) show_day(app, ui, today);
    record_item(ui, "today.back_to_today");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Back to today (Alt+Home)");
    ImGui::EndDisabled();
    if (day == today) muted_text("%s", format_day_long(day).c_str());
    else muted_text("%s \u00b7 changes here are saved for that day", format_day_long(day).c_str());
    record_item(ui, "today.date." + format_day(day));
}

// "Session with your coach in 2 days — prepare": opens the agenda (Sessions view).
void session_line(App& app, UiState& ui, Day day) {
    std::optional<Day> next = next_session_date(app);
    if (!next || day != app.today()) return;
    int days = days_between(app.today(), *next);
    std::string when = days == 0 ? "today" : days == 1 ? "tomorrow" : "in " + std::to_string(days) + " days";
    ImGui::TextColored(palette().accent, ICON_USERS);
    ImGui::SameLine();
    ImGui::TextUnformatted(("Session with your coach " + when + " —").c_str());
    ImGui::SameLine();
    if (ImGui::SmallButton("prepare")) open_view(ui, View::sessions);
    record_item(ui, "today.prepare");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("The agenda: wins, what is stuck, commitments and questions");
}

// Progress entries on `day` (entries_of is sorted by date): a binary search, not a scan.
long entries_on(const App& app, int64_t goal, Day day) {
    const auto& entries = app.entries_of(goal);
    struct ByDate {
        bool operator()(const ProgressEntry& e, Day d) const { return e.date < d; }
        bool operator()(Day d, const ProgressEntry& e) const { return d < e.date; }
    };
    auto [first, last] = std::equal_range(entries.begin(), entries.end(), day, ByDate{});
    return static_cast<long>(last - first);
}

void measurements_card(App& app, UiState& ui, const TodayModel& t) {
    if (t.numeric_goals.empty()) return;
    Day today = app.today();
    begin_card("measure");
    section_header(ui, ICON_LINE_CHART "  Log progress");
    ImGui::Spacing();
    // As wide as the card's inside, so that a cell's last field ends at its padding.
    if (ImGui::BeginTable("log", 3, ImGuiTableFlags_SizingStretchProp, ImVec2(card_inner_width(), 0))) {
        ImGui::TableSetupColumn("goal", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("now", ImGuiTableColumnFlags_WidthFixed, 130 * ui.scale);
        ImGui::TableSetupColumn("log", ImGuiTableColumnFlags_WidthFixed, 280 * ui.scale);
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
                long logged = waiting ? 0 : entries_on(app, row.goal.id, t.date);
                // "waiting for a measurement" (or what the day has) in words when
                // there is room, else as an icon with the words on hover; the
                // title takes the rest.
                std::string words = waiting ? "waiting for a measurement"
                                  : logged ? count_of(logged, "entry", "entries") + " " + day_phrase(t.date, today)
                                           : "";
                float spacing = ImGui::GetStyle().ItemSpacing.x, cell = ImGui::GetContentRegionAvail().x;
                bool in_words = ImGui::CalcTextSize(words.c_str()).x + spacing < cell * 0.45f;
                std::string note = in_words ? words : waiting ? ICON_WARNING : ICON_CHECK;
                float reserved = words.empty() ? 0 : ImGui::CalcTextSize(note.c_str()).x + spacing;
                ellipsized_text(ui, row.goal.title, cell - reserved);
                if (!words.empty()) {
                    ImGui::SameLine();
                    if (waiting) ImGui::TextColored(palette().warning, "%s", note.c_str());
                    else muted_text("%s", note.c_str());
                    if (!in_words && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", words.c_str());
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

}  // namespace

// A small "log value" field, with an optional other day and note behind the
// calendar button; shared by Today and the goal detail view. `day` is the
// default day (the one shown); a future day is refused before anything is sent.
void quick_log_field(App& app, UiState& ui, const Goal& goal, Day day) {
    std::string& text = ui.quick_log[goal.id];
    TodayState::LogMore& more = ui.today.log_more[goal.id];
    std::string id = std::to_string(goal.id);
    DecimalSeparator decimal = app.decimal_separator();
    ImGui::PushID(static_cast<int>(goal.id));
    float left = ImGui::GetCursorPosX();
    ImGui::SetNextItemWidth(110 * ui.scale);
    bool enter = false;
    NumberParse parsed = number_input("##log", text, decimal, goal.unit.empty() ? "value" : shown(ui, goal.unit),
                                      ImGuiInputTextFlags_EnterReturnsTrue, &enter);
    record_item(ui, "log.input." + id);

    // The day: the one shown unless another is typed; never a future one.
    std::optional<Day> log_day = day;
    std::string day_error;
    if (more.open && !more.date.empty()) {
        try {
            log_day = parse_day_arg(more.date, app.today());
            if (app.today() < *log_day) {
                day_error = "A future day cannot be logged yet.";
                log_day.reset();
            }
        } catch (const std::exception&) {
            day_error = "Use a date as YYYY-MM-DD (or today, yesterday).";
            log_day.reset();
        }
    }
    ImGui::SameLine();
    std::optional<double> value = parsed.value;
    ImGui::BeginDisabled(!value || !log_day);
    bool click = ImGui::Button("Log");
    record_item(ui, "log.button." + id);
    ImGui::EndDisabled();
    if (!text.empty() && !value && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", parsed.error.c_str());
    ImGui::SameLine();
    if (ImGui::Button(more.open ? ICON_TIMES "##more" : ICON_CALENDAR "##more")) {
        more.open = !more.open;
        more.focus = more.open;
        if (!more.open) more = {};
    }
    record_item(ui, "log.more." + id);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", more.open ? "Close the day and note (Escape)" : "Another day or a note");
    // What will be saved beside the field; why it cannot be on a line of its
    // own under it (shortened, whole on hover), never wrapped down a narrow cell.
    if (value) {
        ImGui::SameLine();
        ellipsized_text(ui, "= " + format_quantity(*value, goal.unit, decimal), 0, true);
    } else if (!text.empty()) {
        ImGui::SetCursorPosX(left);
        reserved_error_line(parsed.error);
    }
    if (more.open) {
        // The day and a note on a line of their own, under the value.
        ImGui::SetCursorPosX(left);
        ImGui::SetNextItemWidth(110 * ui.scale);
        if (more.focus) {
            ImGui::SetKeyboardFocusHere();
            more.focus = false;
        }
        enter |= ImGui::InputTextWithHint("##day", format_day(day).c_str(), &more.date, ImGuiInputTextFlags_EnterReturnsTrue);
        record_item(ui, "log.date." + id);
        bool escape = escape_pressed() && (ImGui::IsItemDeactivated() || ImGui::IsItemFocused());
        ImGui::SameLine();
        ImGui::SetNextItemWidth(std::max(80.0f * ui.scale, ImGui::GetContentRegionAvail().x));
        enter |= ImGui::InputTextWithHint("##entry_note", "note (optional)", &more.note, ImGuiInputTextFlags_EnterReturnsTrue);
        record_item(ui, "log.note." + id);
        escape |= escape_pressed() && (ImGui::IsItemDeactivated() || ImGui::IsItemFocused());
        if (!day_error.empty()) {
            ImGui::SetCursorPosX(left);
            reserved_error_line(day_error);
        }
        if (escape) more = {};  // Escape closes the day and note, unsaved
    }
    if ((enter || click) && value && log_day) {
        app.post(LogProgress{goal.id, *log_day, *value, more.note});
        text.clear();
        more = {};
    }
    ImGui::PopID();
}

void draw_today_view(App& app, UiState& ui) {
    TodayState& state = ui.today;
    if (state.db != app.path()) state.db = app.path();
    // Coming back to Today (another view, or the window opening) shows today,
    // with the keyboard in the content so that the arrows reach the rows.
    int frame = ImGui::GetFrameCount();
    if (state.last_frame != frame - 1) {
        state.day.reset();
        ImGui::SetWindowFocus();
    }
    state.last_frame = frame;
    day_keys(app, ui);
    Day day = shown_day(app, ui);
    const Snapshot& snap = snapshot_for(app, ui, day);
    const TodayModel& t = snap.today;
    take_checkin_draft(app, ui, t);

    day_header(app, ui, day);
    session_line(app, ui, day);
    ImGui::Spacing();
    draw_habit_notice(app, ui);
    if (snap.goals.empty()) {
        begin_card("empty");
        section_header(ui, "Start with one goal");
        wrapped_text("Stepwise helps you turn what you want into measurable goals and small daily steps.");
        ImGui::Spacing();
        if (primary_button(ICON_PLUS "  New goal")) open_goal_editor(ui, app, nullptr);
        record_item(ui, "today.new_goal");
        end_card();
        draw_weekly_review(app, ui, t);
    } else {
        draw_steps_card(app, ui, t);
        draw_weekly_review(app, ui, t);
        measurements_card(app, ui, t);
    }
    draw_checkin_card(app, ui, t);
}

}  // namespace sw::ui
