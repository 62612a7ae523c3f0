#pragma once
#include "app/commands.hpp"
#include "core/numbers.hpp"
// Small building blocks shared by the views: headings, muted text, cards,
// status pills, and the item recorder the headless tests click through.
#include "core/analytics.hpp"
#include "ui/ui_state.hpp"
#include "ui/user_text.hpp"  // shown(): every view draws user text through it

#include <imgui.h>

#include <initializer_list>

namespace sw::ui {

void page_title(const UiState& ui, const char* text);
void section_header(const UiState& ui, const char* text);
void muted_text(const char* fmt, ...) IM_FMTARGS(1);
void wrapped_text(const std::string& text);
// Remembers the last item's rectangle under `name` when tests asked for it.
void record_item(UiState& ui, const std::string& name);
bool primary_button(const char* label, const ImVec2& size = ImVec2(0, 0));
bool danger_button(const char* label, const ImVec2& size = ImVec2(0, 0));
// Status as a coloured label: the word is always there, never colour alone.
void status_pill(ProgressStatus status);
ImVec4 status_color(ProgressStatus status);
// A rounded card around whatever is drawn between begin and end; spans the
// window's width and grows to its content. Cards do not nest.
void begin_card(const char* id);
void end_card();
// Inside a region already painted in the card colour (the app's content pane),
// cards draw their border only: on a software renderer every filled pixel costs.
void cards_on_card_colour(bool yes);
float card_inner_width();
// Puts the next items on this line, flush with the right edge (of the card, if in one).
void align_right(float width);
// Width of a row of buttons with these labels (SmallButton when `small`).
float buttons_width(std::initializer_list<const char*> labels, bool small);  // width left for a widget inside the card, from the cursor
// An editor's modal (step, session): opened on the frame after `request_open`,
// centred, `width` wide, growing with its content. False when it is not open.
bool begin_editor_modal(const char* name, bool& request_open, float width);
// The outcome of the editor's posted save (`pending`), once it arrives: true
// when it succeeded — the popup is then closed and ended, draw nothing more.
// A failure leaves the editor open with what was typed and `error` set.
bool editor_saved(App& app, uint64_t& pending, std::string& error, std::vector<FieldConflict>* conflicts = nullptr);

// Horizontal progress bar with an expected-progress tick.
void progress_bar(double progress, double expected, ProgressStatus status, float width);
void field_error(const std::string& message);  // red text under a field, if any
// One line under a field that is always there: the message in red (shortened,
// whole on hover) or empty, so fields below never move while the user types.
void reserved_error_line(const std::string& message);

// A number field: whatever is typed stays as typed (no character filter drops a
// comma), and what will be saved is read by core's one parser. Returns that.
NumberParse number_input(const char* id, std::string& text, DecimalSeparator decimal, const char* hint = "",
                         ImGuiInputTextFlags flags = 0, bool* entered = nullptr);
// One line under or beside a number field: "= 85.4 kg" when it reads, else the
// reason in red; an empty field shows nothing but keeps the line, so fields
// below do not move while typing.
void number_feedback(UiState& ui, const NumberParse& parsed, const std::string& text, std::string_view unit,
                     DecimalSeparator decimal);

// Fields someone else changed while the user was editing: each with both values,
// and the user's choice. Draws nothing when there are none.
enum class ConflictChoice { none, keep_mine, use_theirs };
ConflictChoice conflict_choice(UiState& ui, const std::vector<FieldConflict>& conflicts);

}  // namespace sw::ui
