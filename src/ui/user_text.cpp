#include "ui/user_text.hpp"

#include "ui/bidi_text.hpp"
#include "ui/font_atlas.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstring>

namespace sw::ui {

const char* shown(UiState& ui, const std::string& text) {
    note_text(ui.text, text);
    if (!has_rtl(text)) return text.c_str();
    auto [it, added] = ui.text.visual.try_emplace(text);
    if (added) {
        it->second = visual_order(text);
        note_text(ui.text, it->second);  // presentation forms are other code points than the letters
    }
    return it->second.c_str();
}

void wrapped_user_text(UiState& ui, const std::string& text, bool muted) {
    if (muted) ImGui::PushStyleColor(ImGuiCol_Text, palette().muted);
    note_text(ui.text, text);
    if (!has_rtl(text)) {
        wrapped_text(text);  // ImGui wraps left-to-right text itself
    } else {
        ImFont* font = ImGui::GetFont();
        float width = ImGui::GetContentRegionAvail().x;
        float scale = ImGui::GetFontSize() / font->FontSize;
        // Widths change with the font and with each atlas build (a shaped form
        // measured as the placeholder before its glyph arrived).
        std::string key = text + '\0' + std::to_string(static_cast<int>(width)) + ':' +
                          std::to_string(static_cast<int>(ImGui::GetFontSize())) + ':' + std::to_string(ui.text.builds);
        auto [it, added] = ui.text.wrapped.try_emplace(std::move(key));
        if (added) {
            auto advance = [&](char32_t c) {
                return c > 0xFFFF ? font->FallbackAdvanceX * scale : font->GetCharAdvance(static_cast<ImWchar>(c)) * scale;
            };
            // One text with line breaks: ImGui spaces its lines as it does wrapped text.
            std::vector<std::string> lines = visual_lines(text, width, advance);
            for (size_t i = 0; i < lines.size(); ++i) it->second += (i ? "\n" : "") + lines[i];
            note_text(ui.text, it->second);
        }
        ImGui::TextUnformatted(it->second.c_str(), it->second.c_str() + it->second.size());
    }
    if (muted) ImGui::PopStyleColor();
}

void note_app_text(UiState& ui, const App& app) {
    if (ui.text.noted_revision == app.revision()) return;
    ui.text.noted_revision = app.revision();
    auto note = [&](const std::string& s) {
        note_text(ui.text, s);
        if (has_rtl(s)) note_text(ui.text, visual_order(s));
    };
    for (const Goal& g : app.goals()) {
        for (const std::string* s : {&g.title, &g.description, &g.unit, &g.why, &g.life_area, &g.resources, &g.obstacles})
            note(*s);
        for (const ProgressEntry& e : app.entries_of(g.id)) note(e.note);
    }
    for (const Step& s : app.steps())
        for (const std::string* t : {&s.title, &s.notes, &s.if_text, &s.then_text}) note(*t);
    for (const CheckIn& c : app.checkins())
        for (const std::string* t : {&c.win, &c.obstacle, &c.next_step, &c.note}) note(*t);
    for (const auto& [key, value] : app.settings()) note(value);
}

std::string fit_to_width(const char* shown_text, float width) {
    std::string text = shown_text;
    if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
    const char* ellipsis = "\u2026";
    float budget = width - ImGui::CalcTextSize(ellipsis).x;
    // Longest prefix that fits, found by halving; cut only between characters.
    size_t lo = 0, hi = text.size();
    while (lo < hi) {
        size_t mid = (lo + hi + 1) / 2;
        while (mid > lo && (static_cast<unsigned char>(text[mid]) & 0xC0) == 0x80) --mid;
        if (mid == lo) break;
        if (ImGui::CalcTextSize(text.c_str(), text.c_str() + mid).x <= budget) lo = mid;
        else hi = mid - 1;
    }
    while (lo > 0 && (static_cast<unsigned char>(text[lo]) & 0xC0) == 0x80) --lo;
    return text.substr(0, lo) + ellipsis;
}

void ellipsized_text(UiState& ui, const std::string& text, float width, bool muted) {
    if (width <= 0) width = ImGui::GetContentRegionAvail().x;
    const char* full = shown(ui, text);
    std::string fitted = fit_to_width(full, std::max(width, 1.0f));
    if (muted) ImGui::PushStyleColor(ImGuiCol_Text, palette().muted);
    ImGui::TextUnformatted(fitted.c_str());
    if (muted) ImGui::PopStyleColor();
    if (fitted.size() != std::strlen(full) && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", full);
}

}  // namespace sw::ui
