#pragma once
// The cards of the Today view (today_view.cpp draws them in order). Each reads
// the TodayModel of the day shown and posts commands for that day.
#include "ui/ui_state.hpp"

namespace sw::ui {

// The day Today shows: ui.today.day when it is before today, else today.
Day shown_day(const App& app, const UiState& ui);

// Overdue and due steps, the day's habits (tick, skip, note) and what was done
// that day (today_steps.cpp).
void draw_steps_card(App& app, UiState& ui, const TodayModel& t);

// The form of the shown day's check-in: the draft kept in ui.checkin (parked,
// restored, refreshed; today_checkin.cpp). Called before any card reads it.
void take_checkin_draft(App& app, UiState& ui, const TodayModel& t);
void draw_checkin_card(App& app, UiState& ui, const TodayModel& t);

// On the review weekday only (today_review.cpp).
void draw_weekly_review(App& app, UiState& ui, const TodayModel& t);

}  // namespace sw::ui
