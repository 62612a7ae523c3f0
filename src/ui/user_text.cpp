#include "ui/user_text.hpp"

#include "ui/bidi_text.hpp"
#include "ui/font_atlas.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

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

}  // namespace sw::ui
