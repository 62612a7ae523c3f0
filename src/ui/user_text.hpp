#pragma once
// Text the user wrote (titles, notes, units), as the views draw it: in visual
// order when it holds right-to-left script, and with its characters noted for
// the font atlas. Text fields keep the logical order; only display goes here.
#include "ui/ui_state.hpp"

#include <string>

namespace sw::ui {

// The text to hand ImGui for one line of user text. Left-to-right text comes
// back as text.c_str() itself; right-to-left text from a cache in ui.text, so
// the pointer is good until the frame ends.
const char* shown(UiState& ui, const std::string& text);

// One line of user text in at most `width` pixels: cut at a character boundary
// with "…" when it does not fit (the full text then shows as a tooltip when
// hovered). `muted` draws it in the muted colour. Width <= 0: what is left of
// the line.
void ellipsized_text(UiState& ui, const std::string& text, float width = 0, bool muted = false);
// The label itself, for widgets that draw their own (checkboxes, selectables).
std::string fit_to_width(const char* shown_text, float width);

// User text wrapped to the available width, optionally in the muted colour.
// Right-to-left paragraphs are broken into lines before reordering.
void wrapped_user_text(UiState& ui, const std::string& text, bool muted = false);

// Notes every character of the App's text (goals, steps, entries' notes,
// check-ins, settings) and of its shaped right-to-left forms, so one atlas
// build covers whatever view opens next. Runs when the revision changed; reads
// memory only, never the database.
void note_app_text(UiState& ui, const App& app);

}  // namespace sw::ui
