#include "ui/widgets.hpp"

#include "ui/user_text.hpp"

#include <imgui_internal.h>  // ImHashStr
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdarg>
#include <vector>

namespace sw::ui {

void page_title(const UiState& ui, const char* text) {
    ImGui::PushFont(ui.fonts.title);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

void section_header(const UiState& ui, const char* text) {
    ImGui::PushFont(ui.fonts.heading);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

void muted_text(const char* fmt, ...) {
    va_list args;
    va_start(args, fmt);
    ImGui::PushStyleColor(ImGuiCol_Text, palette().muted);
    ImGui::TextWrappedV(fmt, args);
    ImGui::PopStyleColor();
    va_end(args);
}

void wrapped_text(const std::string& text) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str(), text.c_str() + text.size());
    ImGui::PopTextWrapPos();
}

void record_item(UiState& ui, const std::string& name) {
    // Only what a person could click: clipped or scrolled-away items are not recorded.
    if (ui.record_items && ImGui::IsItemVisible())
        ui.item_rects[name] = {ImGui::GetItemRectMin(), ImGui::GetItemRectMax()};
}

namespace {
// A filled button in one colour with white text; hover and press darken it.
bool coloured_button(const char* label, const ImVec4& c, const ImVec2& size) {
    ImGui::PushStyleColor(ImGuiCol_Button, c);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(c.x * 0.9f, c.y * 0.9f, c.z * 0.95f, 1));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImVec4(c.x * 0.8f, c.y * 0.8f, c.z * 0.9f, 1));
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    bool pressed = ImGui::Button(label, size);
    ImGui::PopStyleColor(4);
    return pressed;
}
}  // namespace

bool primary_button(const char* label, const ImVec2& size) { return coloured_button(label, palette().accent, size); }
bool danger_button(const char* label, const ImVec2& size) { return coloured_button(label, palette().danger, size); }

ImVec4 status_color(ProgressStatus status) {
    const Palette& p = palette();
    switch (status) {
        case ProgressStatus::achieved:
        case ProgressStatus::ahead:
        case ProgressStatus::on_track: return p.success;
        case ProgressStatus::behind: return p.warning;
        case ProgressStatus::at_risk:
        case ProgressStatus::overdue: return p.danger;
        case ProgressStatus::not_started:
        case ProgressStatus::getting_started: return p.muted;
    }
    return p.muted;
}

void status_pill(ProgressStatus status) {
    ImVec4 c = status_color(status);
    const char* label = status_label(status).data();
    ImVec2 text = ImGui::CalcTextSize(label);
    ImVec2 pos = ImGui::GetCursorScreenPos();
    float pad_x = 8, pad_y = 2;
    ImVec2 size(text.x + 2 * pad_x, text.y + 2 * pad_y);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y),
                      ImGui::GetColorU32(ImVec4(c.x, c.y, c.z, 0.14f)), size.y * 0.5f);
    dl->AddText(ImVec2(pos.x + pad_x, pos.y + pad_y), ImGui::GetColorU32(c), label);
    ImGui::Dummy(size);
}

namespace {
constexpr float kCardPad = 16.0f;
// Whether the current window has a card open (cards do not nest). Kept in the
// window's state storage, ImGui's place for a widget's per-window state, so
// nothing outlives the window or leaks from one ImGui context to another.
int* open_card() { return ImGui::GetStateStorage()->GetIntRef(ImHashStr("sw::ui::open_card"), 0); }
int* on_card_colour() { return ImGui::GetStateStorage()->GetIntRef(ImHashStr("sw::ui::on_card_colour"), 0); }
}  // namespace

// A card is a group drawn on the foreground channel, with its background added
// behind it once its height is known.
void begin_card(const char* id) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    ImVec2 start = ImGui::GetCursorScreenPos();
    *open_card() = 1;
    ImGui::SetCursorScreenPos(ImVec2(start.x + kCardPad, start.y + kCardPad));
    ImGui::PushID(id);
    ImGui::BeginGroup();
    float wrap = ImGui::GetWindowContentRegionMax().x - kCardPad;
    ImGui::PushTextWrapPos(wrap);
}

void align_right(float width) {
    // Screen coordinates: SameLine(x) would be offset by an enclosing group (a card).
    float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x -
                  (*open_card() ? kCardPad : 0.0f);
    ImGui::SameLine();
    ImVec2 cursor = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(std::max(cursor.x, right - width), cursor.y));
}

float buttons_width(std::initializer_list<const char*> labels, bool small) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float pad = small ? 0.0f : style.FramePadding.x;
    float w = 0;
    for (const char* l : labels) w += ImGui::CalcTextSize(l, nullptr, true).x + 2 * (small ? style.FramePadding.x : pad);
    return w + style.ItemSpacing.x * static_cast<float>(labels.size() - 1);
}

float card_inner_width() {
    return ImGui::GetWindowContentRegionMax().x + ImGui::GetWindowPos().x - ImGui::GetCursorScreenPos().x -
           kCardPad;
}

void cards_on_card_colour(bool yes) { *on_card_colour() = yes ? 1 : 0; }

void end_card() {
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    ImGui::PopID();
    *open_card() = 0;
    // The group began one padding inside the card's corner (begin_card).
    ImVec2 start(ImGui::GetItemRectMin().x - kCardPad, ImGui::GetItemRectMin().y - kCardPad);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 max(ImGui::GetWindowContentRegionMax().x + ImGui::GetWindowPos().x,
               ImGui::GetItemRectMax().y + kCardPad);
    dl->ChannelsSetCurrent(0);
    const Palette& p = palette();
    float rounding = ImGui::GetStyle().ChildRounding;
    if (!*on_card_colour()) dl->AddRectFilled(start, max, ImGui::GetColorU32(p.card), rounding);
    dl->AddRect(start, max, ImGui::GetColorU32(p.border), rounding);
    dl->ChannelsMerge();
    ImGui::SetCursorScreenPos(start);
    ImGui::Dummy(ImVec2(max.x - start.x, max.y - start.y));
    ImGui::Spacing();
}

void progress_bar(double progress, double expected, ProgressStatus status, float width) {
    float h = ImGui::GetTextLineHeight() * 0.55f;
    ImVec2 pos = ImGui::GetCursorScreenPos();
    pos.y += (ImGui::GetTextLineHeight() - h) * 0.5f;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const Palette& p = palette();
    dl->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + h), ImGui::GetColorU32(p.border), h * 0.5f);
    float filled = static_cast<float>(std::clamp(progress, 0.0, 1.0)) * width;
    if (filled > 0)
        dl->AddRectFilled(pos, ImVec2(pos.x + filled, pos.y + h), ImGui::GetColorU32(status_color(status)),
                          h * 0.5f);
    float tick = pos.x + static_cast<float>(std::clamp(expected, 0.0, 1.0)) * width;
    dl->AddLine(ImVec2(tick, pos.y - 3), ImVec2(tick, pos.y + h + 3), ImGui::GetColorU32(p.text), 2.0f);
    ImGui::Dummy(ImVec2(width, ImGui::GetTextLineHeight()));
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Progress %.0f%% · expected by now %.0f%%", progress * 100, expected * 100);
}

void field_error(const std::string& message) {
    if (message.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, palette().danger);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(message.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

}  // namespace sw::ui

namespace sw::ui {

namespace {
// A field's value as a person reads it: text without JSON quotes, "(empty)".
std::string readable(const nlohmann::json& v) {
    if (v.is_null()) return "(none)";
    if (v.is_string()) return v.get<std::string>().empty() ? "(empty)" : v.get<std::string>();
    if (v.is_boolean()) return v.get<bool>() ? "yes" : "no";
    return v.dump();
}
}  // namespace

void reserved_error_line(const std::string& message) {
    if (message.empty()) {
        ImGui::TextUnformatted(" ");
        return;
    }
    std::string line = fit_to_width(message.c_str(), ImGui::GetContentRegionAvail().x);
    ImGui::TextColored(palette().danger, "%s", line.c_str());
    if (line != message && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", message.c_str());
}

NumberParse number_input(const char* id, std::string& text, DecimalSeparator decimal, const char* hint,
                         ImGuiInputTextFlags flags, bool* entered) {
    bool enter = ImGui::InputTextWithHint(id, hint, &text, flags);
    if (entered) *entered = enter;
    return parse_number_input(text, decimal);
}

void number_feedback(UiState& ui, const NumberParse& parsed, const std::string& text, std::string_view unit,
                     DecimalSeparator decimal) {
    if (text.empty()) {
        ImGui::TextUnformatted(" ");
    } else if (parsed.value) {
        std::string saved = "= " + format_quantity(*parsed.value, unit, decimal);
        ImGui::TextColored(palette().muted, "%s", shown(ui, saved));
    } else {
        field_error(parsed.error);
    }
}

ConflictChoice conflict_choice(UiState& ui, const std::vector<FieldConflict>& conflicts) {
    if (conflicts.empty()) return ConflictChoice::none;
    const Palette& p = palette();
    ImGui::PushStyleColor(ImGuiCol_Text, p.warning);
    ImGui::TextWrapped("Changed elsewhere while you were editing (another window or the command line):");
    ImGui::PopStyleColor();
    for (const auto& c : conflicts) {
        std::string line = c.field + ": now \u201c" + readable(c.theirs) + "\u201d, yours \u201c" + readable(c.mine) + "\u201d";
        ImGui::Bullet();
        ImGui::TextWrapped("%s", line.c_str());
    }
    ConflictChoice choice = ConflictChoice::none;
    if (ImGui::Button("Keep mine")) choice = ConflictChoice::keep_mine;
    record_item(ui, "conflict.keep_mine");
    ImGui::SameLine();
    if (ImGui::Button("Use theirs")) choice = ConflictChoice::use_theirs;
    record_item(ui, "conflict.use_theirs");
    return choice;
}

bool begin_editor_modal(const char* name, bool& request_open, float width) {
    if (request_open) {
        ImGui::OpenPopup(name);
        request_open = false;
    }
    ImGui::SetNextWindowSize(ImVec2(width, 0), ImGuiCond_Always);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f),
                            ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    return ImGui::BeginPopupModal(name, nullptr,
                                  ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_AlwaysAutoResize);
}

bool editor_saved(App& app, uint64_t& pending, std::string& error, std::vector<FieldConflict>* conflicts) {
    const Outcome* o = pending ? app.outcome(pending) : nullptr;
    if (!o) return false;
    pending = 0;
    if (o->ok) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return true;
    }
    error = o->error;  // stays open: nothing typed is lost
    if (conflicts) *conflicts = o->conflicts;
    return false;
}

}  // namespace sw::ui
