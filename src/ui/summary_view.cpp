// Summary: the client picks a period, the goals and the kinds of text to share,
// sees exactly what will leave (the Markdown itself), then copies or saves it.
#include "app/platform.hpp"
#include "chart/format.hpp"
#include "core/errors.hpp"
#include "report/summary_html.hpp"
#include "report/summary_json.hpp"
#include "report/summary_markdown.hpp"
#include "report/summary_plain.hpp"
#include "ui/icons.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <imgui_stdlib.h>

#include <cfloat>
#include <string_view>

namespace sw::ui {
namespace {

// ---- options and the cached summary ------------------------------------------------

bool is_ticked(const SummaryState& s, const Goal& g) {
    auto it = s.ticked.find({g.id, g.is_private});
    return it != s.ticked.end() ? it->second : !g.is_private;  // private goals start unticked
}

report::Period custom_period(const SummaryState& s, Day today) {
    if (s.from_text.empty() || s.to_text.empty()) throw InputError("Enter both days as YYYY-MM-DD.");
    Day from = parse_day_arg(s.from_text, today);
    Day to = parse_day_arg(s.to_text, today);
    if (to < from) throw InputError("The first day is after the last day.");
    if (today < to) throw InputError("The last day is in the future; a summary looks back.");
    return {from, to};
}

// The options as the client set them; nullopt (with period_error set) when the
// custom dates are not usable yet.
std::optional<report::SummaryOptions> current_options(const App& app, SummaryState& s) {
    report::SummaryOptions o;
    try {
        report::Period p = s.period == SummaryPeriod::custom ? custom_period(s, app.today())
                           : report::period_for(s.period == SummaryPeriod::week ? "week" : "month", app.today());
        o.from = p.from;
        o.to = p.to;
        s.period_error.clear();
    } catch (const InputError& e) {
        s.period_error = e.what();
        return std::nullopt;
    }
    for (const Goal& g : app.goals()) {
        if (!is_ticked(s, g)) o.excluded_goals.insert(g.id);
        else if (g.is_private) o.include_private_goals = true;
    }
    o.include_checkin_text = s.include_checkin_text;
    o.include_entry_notes = s.include_entry_notes;
    o.include_session_notes = s.include_session_notes;
    o.include_private_questions = s.include_private_questions;
    return o;
}

// Rebuilds only when something that goes into the summary changed.
void refresh(const App& app, SummaryState& s) {
    auto options = current_options(app, s);
    if (!options) {
        s.built = false;
        s.markdown.clear();
        s.plain_text.clear();
        return;
    }
    if (s.built && s.built_revision == app.revision() && s.built_options == *options) return;
    s.summary = report::build_summary(app, *options);
    s.markdown = report::summary_markdown(s.summary);
    s.plain_text = report::summary_plain_text(s.summary);
    s.built_options = *options;
    s.built_revision = app.revision();
    s.built = true;
    ++s.builds;
}

// ---- drawing -----------------------------------------------------------------------------

// Keeps the next item on this line when it fits in the card, else starts a new
// line, so a row of radios or buttons never runs off a narrow window.
void same_line_if_fits(float next_width) {
    ImGui::SameLine();
    if (card_inner_width() < next_width) ImGui::NewLine();
}

float radio_width(const char* label) {
    return ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(label, nullptr, true).x;
}

void period_card(App& app, UiState& ui) {
    SummaryState& s = ui.summary;
    begin_card("period");
    section_header(ui, ICON_CALENDAR "  Period");
    auto radio = [&](const char* label, SummaryPeriod value, const char* name) {
        if (ImGui::RadioButton(label, s.period == value)) {
            if (value == SummaryPeriod::custom && s.from_text.empty() && s.to_text.empty()) {
                report::Period week = report::period_for("week", app.today());
                s.from_text = format_day(week.from);
                s.to_text = format_day(week.to);
            }
            s.period = value;
        }
        record_item(ui, name);
    };
    radio("Last 7 days", SummaryPeriod::week, "summary.period.week");
    same_line_if_fits(radio_width("Last 30 days"));
    radio("Last 30 days", SummaryPeriod::month, "summary.period.month");
    same_line_if_fits(radio_width("Custom"));
    radio("Custom", SummaryPeriod::custom, "summary.period.custom");
    if (s.period == SummaryPeriod::custom) {
        float field = (card_inner_width() - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
        ImGui::SetNextItemWidth(field);
        ImGui::InputTextWithHint("##from", "from YYYY-MM-DD", &s.from_text);
        record_item(ui, "summary.from");
        ImGui::SameLine();
        ImGui::SetNextItemWidth(field);
        ImGui::InputTextWithHint("##to", "to YYYY-MM-DD", &s.to_text);
        record_item(ui, "summary.to");
        field_error(s.period_error);
    }
    if (s.built)
        muted_text("%s – %s · %d %s", format_day_short(s.summary.from).c_str(),
                   chart::format_day_with_year(s.summary.to).c_str(), s.summary.days(),
                   s.summary.days() == 1 ? "day" : "days");
    end_card();
}

void goal_tick(UiState& ui, const Goal& g) {
    SummaryState& s = ui.summary;
    bool starts_later = s.built && s.summary.to < g.start_date;
    bool value = is_ticked(s, g) && !starts_later;
    ImGui::PushID(static_cast<int>(g.id));
    ImGui::BeginDisabled(starts_later);
    // The title is drawn as text, not as the checkbox label, so "##" in a title shows.
    if (ImGui::Checkbox("##tick", &value)) s.ticked[{g.id, g.is_private}] = value;
    record_item(ui, "summary.goal." + std::to_string(g.id));
    ImGui::SameLine();
    std::string label = (g.is_private ? ICON_LOCK " " : "") + std::string(shown(ui, g.title));
    ImGui::TextUnformatted(label.c_str());
    if (ImGui::IsItemClicked() && !starts_later) s.ticked[{g.id, g.is_private}] = !value;
    ImGui::EndDisabled();
    if (g.is_private && !starts_later) {
        ImGui::SameLine();
        muted_text("private");
    }
    if (starts_later) {
        ImGui::SameLine();
        muted_text("starts after this period");
    }
    ImGui::PopID();
}

void goals_card(App& app, UiState& ui) {
    begin_card("goals");
    section_header(ui, ICON_TASKS "  Goals to share");
    bool any = false;
    for (const Goal& g : app.goals()) {
        if (g.archived) continue;
        goal_tick(ui, g);
        any = true;
    }
    if (!any) muted_text("No goals yet. Goals you add appear here.");
    else muted_text(ICON_LOCK " Private goals stay out unless you tick them.");
    end_card();
}

void text_card(UiState& ui) {
    SummaryState& s = ui.summary;
    begin_card("text");
    section_header(ui, ICON_PENCIL "  Text to include");
    ImGui::Checkbox("Check-in answers and notes", &s.include_checkin_text);
    record_item(ui, "summary.include.checkins");
    muted_text("What went well, what got in the way, your next step.");
    ImGui::Checkbox("Notes on logged values", &s.include_entry_notes);
    record_item(ui, "summary.include.notes");
    ImGui::Checkbox("Notes of the last session, even if private", &s.include_session_notes);
    record_item(ui, "summary.include.session_notes");
    ImGui::Checkbox("Questions you marked private", &s.include_private_questions);
    record_item(ui, "summary.include.private_questions");
    muted_text("Mood and confidence averages are always included; your words are not, unless ticked.");
    end_card();
}

void actions_card(App& app, UiState& ui) {
    SummaryState& s = ui.summary;
    begin_card("actions");
    ImGui::BeginDisabled(!s.built);
    if (primary_button(ICON_COPY "  Copy Markdown")) {
        ImGui::SetClipboardText(s.markdown.c_str());
        ui.toast = "Copied — paste it into an email";
        ui.toast_until = ImGui::GetTime() + 2.5;
        ui.toast_action = UiState::ToastAction::none;
    }
    record_item(ui, "summary.copy");
    same_line_if_fits(buttons_width({ICON_COPY "  Copy for e-mail"}, false));
    if (ImGui::Button(ICON_COPY "  Copy for e-mail")) {
        ImGui::SetClipboardText(s.plain_text.c_str());
        ui.toast = "Copied as plain text — paste it into the body of an e-mail";
        ui.toast_until = ImGui::GetTime() + 2.5;
        ui.toast_action = UiState::ToastAction::none;
    }
    record_item(ui, "summary.copy_text");
    same_line_if_fits(buttons_width({ICON_SAVE "  Save HTML"}, false));
    if (ImGui::Button(ICON_SAVE "  Save HTML"))
        ui.file_requests.push_back({UiState::FileRequest::Kind::save_summary_html, summary_folder(app)});
    record_item(ui, "summary.save_html");
    same_line_if_fits(buttons_width({ICON_SAVE "  Save JSON"}, false));
    if (ImGui::Button(ICON_SAVE "  Save JSON"))
        ui.file_requests.push_back({UiState::FileRequest::Kind::save_summary_json, summary_folder(app)});
    record_item(ui, "summary.save_json");
    ImGui::EndDisabled();
    std::string folder = summary_folder(app);
    if (!s.saved_path.empty()) {
        ImGui::TextColored(palette().success, ICON_CHECK " Saved");
        ImGui::SameLine();
        wrapped_text(s.saved_path);
    } else {
        muted_text("Files are saved in %s (change it in Settings).", folder.c_str());
    }
    if (ImGui::SmallButton(ICON_FOLDER " Open folder"))
        ui.file_requests.push_back({UiState::FileRequest::Kind::open_folder, folder});
    record_item(ui, "summary.open_folder");
    end_card();
}

bool is_heading(std::string_view line) { return line.rfind("#", 0) == 0; }

void preview_line(UiState& ui, std::string_view line) {
    bool heading = is_heading(line);
    if (heading) ImGui::PushFont(ui.fonts.heading);
    if (line.empty()) ImGui::Spacing();
    else ImGui::TextUnformatted(shown(ui, std::string(line)));  // user text inside: visual order
    if (heading) ImGui::PopFont();
}

// Measures every line once per summary and width (wrapping makes heights vary).
void layout_preview(UiState& ui, float width) {
    SummaryState& s = ui.summary;
    if (s.layout_build == s.builds && s.layout_width == width) return;
    s.layout_build = s.builds;
    s.layout_width = width;
    s.lines.clear();
    s.line_tops.clear();
    const std::string& text = s.markdown;
    float spacing = ImGui::GetStyle().ItemSpacing.y;
    float y = 0;
    for (size_t start = 0; start <= text.size();) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string_view line(text.data() + start, end - start);
        s.lines.emplace_back(start, end - start);
        s.line_tops.push_back(y);
        if (line.empty()) {
            y += spacing;
        } else {
            ImFont* font = is_heading(line) ? ui.fonts.heading : ImGui::GetFont();
            float h = font->CalcTextSizeA(font->FontSize, FLT_MAX, width, line.data(), line.data() + line.size()).y;
            y += h + spacing;
        }
        if (end == text.size()) break;
        start = end + 1;
    }
    s.line_tops.push_back(y);
}

void preview(UiState& ui) {
    SummaryState& s = ui.summary;
    section_header(ui, "Preview");
    muted_text("Exactly what will be shared. The HTML file adds a progress chart for each numeric goal.");
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette().card);
    ImGui::BeginChild("##preview", ImVec2(0, 0), true);
    record_item(ui, "summary.preview");
    if (!s.built) {
        muted_text("Choose a valid period to see the preview.");
    } else {
        ImGui::PushTextWrapPos(0.0f);
        float width = ImGui::GetContentRegionAvail().x;
        layout_preview(ui, width);
        // Only the lines in view are drawn; the rest keep their place.
        float origin = ImGui::GetCursorPosY();
        float top = ImGui::GetScrollY() - origin, bottom = top + ImGui::GetWindowHeight();
        for (size_t i = 0; i < s.lines.size(); ++i) {
            if (s.line_tops[i + 1] < top || s.line_tops[i] > bottom) continue;
            ImGui::SetCursorPosY(origin + s.line_tops[i]);
            preview_line(ui, std::string_view(s.markdown).substr(s.lines[i].first, s.lines[i].second));
        }
        ImGui::SetCursorPosY(origin + s.line_tops.back());
        ImGui::Dummy(ImVec2(0, 0));
        ImGui::PopTextWrapPos();
    }
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

// A pane that scrolls on its own; a hair of padding keeps card borders unclipped.
void begin_pane(const char* id, float width) {
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(2, 2));
    ImGui::BeginChild(id, ImVec2(width, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleVar();
}

}  // namespace

void draw_summary_view(App& app, UiState& ui) {
    refresh(app, ui.summary);
    page_title(ui, "Summary for your coach");
    muted_text("Choose what to share, check the preview, then copy it or save a file. Nothing is sent anywhere.");
    ImGui::Spacing();
    float left = std::min(400.0f * ui.scale, ImGui::GetContentRegionAvail().x * 0.42f);
    begin_pane("##summary_options", left);
    period_card(app, ui);
    goals_card(app, ui);
    text_card(ui);
    ImGui::EndChild();
    ImGui::SameLine(0, 14 * ui.scale);
    // Choices made above show in this very frame's preview (a no-op when unchanged).
    refresh(app, ui.summary);
    begin_pane("##summary_output", 0);
    actions_card(app, ui);
    preview(ui);
    ImGui::EndChild();
}

}  // namespace sw::ui
