#include "ui/today_draft.hpp"

#include "app/record_patch.hpp"
#include "app/records.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // ImGuiSettingsHandler: ImGui's own way to keep state in its .ini

#include <algorithm>
#include <cstring>

namespace sw::ui {

CheckInDraft draft_from_checkin(Day day, const std::optional<CheckIn>& checkin) {
    CheckInDraft d;
    d.date = day;
    d.loaded = true;
    d.seen = checkin ? *checkin : CheckIn{};
    d.seen.date = day;
    d.mood = d.seen.mood.value_or(3);
    d.confidence = d.seen.confidence.value_or(6);
    d.win = d.seen.win;
    d.obstacle = d.seen.obstacle;
    d.next_step = d.seen.next_step;
    d.note = d.seen.note;
    d.next_week = d.seen.next_week;
    return d;
}

CheckIn checkin_of_draft(const CheckInDraft& d) {
    CheckIn c = d.seen;
    c.mood = d.mood;
    c.confidence = d.confidence;
    c.win = d.win;
    c.obstacle = d.obstacle;
    c.next_step = d.next_step;
    c.note = d.note;
    c.next_week = d.next_week;
    return c;
}

bool draft_dirty(const CheckInDraft& d) {
    const CheckIn& s = d.seen;
    return d.mood != s.mood.value_or(3) || d.confidence != s.confidence.value_or(6) || d.win != s.win ||
           d.obstacle != s.obstacle || d.next_step != s.next_step || d.note != s.note || d.next_week != s.next_week;
}

bool same_answers(const CheckIn& a, const CheckIn& b) {
    return a.mood == b.mood && a.confidence == b.confidence && a.win == b.win && a.obstacle == b.obstacle &&
           a.next_step == b.next_step && a.note == b.note && a.next_week == b.next_week;
}

std::vector<TodayState::StoredDraft> unsaved_drafts(const UiState& ui) {
    std::vector<TodayState::StoredDraft> out;
    if (ui.checkin.loaded && draft_dirty(ui.checkin)) out.push_back({ui.today.db, ui.checkin});
    for (const auto& [day, d] : ui.today.parked)
        if (draft_dirty(d)) out.push_back({ui.today.db, d});
    // Read at start and not yet shown (another day, another database): kept, the
    // newest few, so that a draft survives opening another file in between.
    constexpr size_t kKept = 8;
    size_t kept = 0;
    for (auto it = ui.today.stored.rbegin(); it != ui.today.stored.rend() && kept < kKept; ++it) {
        bool shown = std::any_of(out.begin(), out.end(), [&](const TodayState::StoredDraft& o) {
            return o.db == it->db && o.draft.date == it->draft.date;
        });
        if (!shown) {
            out.push_back(*it);
            ++kept;
        }
    }
    return out;
}

nlohmann::json draft_json(const TodayState::StoredDraft& s) {
    const CheckInDraft& d = s.draft;
    return {{"db", s.db},
            {"date", format_day(d.date)},
            {"mood", d.mood},
            {"confidence", d.confidence},
            {"win", d.win},
            {"obstacle", d.obstacle},
            {"next_step", d.next_step},
            {"note", d.note},
            {"next_week", d.next_week},
            // What the form was filled from: saving it later still finds what
            // someone else changed meanwhile (a conflict, never an overwrite).
            {"seen", checkin_record(d.seen)}};
}

std::optional<TodayState::StoredDraft> draft_from_json(const nlohmann::json& j) {
    try {
        auto day = parse_iso_day(j.at("date").get<std::string>());
        if (!day) return std::nullopt;
        TodayState::StoredDraft s;
        s.db = j.at("db").get<std::string>();
        CheckInDraft& d = s.draft;
        d.date = *day;
        d.loaded = true;
        CheckIn blank;
        blank.date = *day;
        d.seen = checkin_from_record(blank, j.at("seen"));
        d.seen.date = *day;
        d.mood = std::clamp(j.at("mood").get<int>(), 1, 5);
        d.confidence = std::clamp(j.at("confidence").get<int>(), 1, 10);
        d.win = j.at("win").get<std::string>();
        d.obstacle = j.at("obstacle").get<std::string>();
        d.next_step = j.at("next_step").get<std::string>();
        d.note = j.at("note").get<std::string>();
        d.next_week = j.value("next_week", "");
        return s;
    } catch (const std::exception&) {
        return std::nullopt;  // a hand-edited or older line: no draft rather than a wrong one
    }
}

namespace {

constexpr const char* kType = "StepwiseDraft";
constexpr const char* kLine = "draft=";

UiState& owner(ImGuiSettingsHandler* handler) { return *static_cast<UiState*>(handler->UserData); }

void* read_open(ImGuiContext*, ImGuiSettingsHandler*, const char* name) {
    return std::strcmp(name, "checkin") == 0 ? reinterpret_cast<void*>(1) : nullptr;
}

void read_line(ImGuiContext*, ImGuiSettingsHandler* handler, void*, const char* line) {
    if (std::strncmp(line, kLine, std::strlen(kLine)) != 0) return;
    auto j = nlohmann::json::parse(line + std::strlen(kLine), nullptr, false);
    if (j.is_discarded()) return;
    if (auto draft = draft_from_json(j)) owner(handler).today.stored.push_back(std::move(*draft));
}

void write_all(ImGuiContext*, ImGuiSettingsHandler* handler, ImGuiTextBuffer* out) {
    auto drafts = unsaved_drafts(owner(handler));
    if (drafts.empty()) return;
    out->appendf("[%s][checkin]\n", kType);
    for (const auto& d : drafts) {
        // One line: JSON escapes the newlines of multi-line answers.
        std::string line = kLine + draft_json(d).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        out->append(line.c_str(), line.c_str() + line.size());
        out->append("\n");
    }
    out->append("\n");
}

}  // namespace

void note_draft_changed() { ImGui::MarkIniSettingsDirty(); }

void register_today_settings(UiState& ui) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    if (ImGui::FindSettingsHandler(kType)) return;
    ImGuiSettingsHandler handler;
    handler.TypeName = kType;
    handler.TypeHash = ImHashStr(kType);
    handler.ReadOpenFn = read_open;
    handler.ReadLineFn = read_line;
    handler.WriteAllFn = write_all;
    handler.UserData = &ui;
    g.SettingsHandlers.push_back(handler);
}

}  // namespace sw::ui
