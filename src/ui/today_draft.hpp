#pragma once
// The check-in form as a draft: filled from the day's check-in, dirty once the
// user changed an answer, and kept when the window closes.
//
// Where an unsaved draft is kept: in the window's imgui.ini, through a Dear
// ImGui settings handler ([StepwiseDraft][checkin], one JSON line per day and
// database). The shell already writes that file atomically and 0600 between
// frames — a few seconds after a change (MarkIniSettingsDirty) and when the
// window closes — and reads it before the first frame. So a draft costs no
// SQLite write per frame or per keystroke, no journal row, nothing to undo, and
// no file code in a view. A draft is not data: it is gone once saved or
// discarded, and it comes back only for the database and the day it was typed for.
#include "ui/ui_state.hpp"

#include <nlohmann/json.hpp>

#include <optional>

namespace sw::ui {

// A fresh form for `day` from its check-in, if any (mood 3 and confidence 6 when unset).
CheckInDraft draft_from_checkin(Day day, const std::optional<CheckIn>& checkin);
// The day's check-in as the form would save it.
CheckIn checkin_of_draft(const CheckInDraft& d);
// The user changed an answer since the form was filled or last saved.
bool draft_dirty(const CheckInDraft& d);
// The answers (not ids or timestamps) are the same.
bool same_answers(const CheckIn& a, const CheckIn& b);

// Every unsaved draft of the window, for imgui.ini: the open one, those parked
// while other days were shown, and those read at start that no day took yet.
std::vector<TodayState::StoredDraft> unsaved_drafts(const UiState& ui);
nlohmann::json draft_json(const TodayState::StoredDraft& draft);
std::optional<TodayState::StoredDraft> draft_from_json(const nlohmann::json& j);

// The drafts changed: imgui.ini is written again within a few seconds (and on
// exit), so that what was typed survives the window closing.
void note_draft_changed();

// Adds the handler that reads and writes the drafts in imgui.ini to the current
// ImGui context; before the ini file is loaded. `ui` must outlive the context.
void register_today_settings(UiState& ui);

}  // namespace sw::ui
