// Settings and About: theme, reminders, where the data lives, what Stepwise is not.
#include "app/platform.hpp"
#include "core/errors.hpp"
#include "ui/icons.hpp"

#include <filesystem>
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <imgui_stdlib.h>

namespace sw::ui {
namespace {

// Where the Summary view saves HTML and JSON; empty means the default folder.
void summary_folder_card(App& app, UiState& ui) {
    SummaryState& s = ui.summary;
    if (!s.folder_loaded) {
        s.folder_draft = app.setting("summary_folder");
        s.folder_loaded = true;
    }
    begin_card("summary_folder");
    section_header(ui, ICON_FOLDER "  Summary folder");
    wrapped_text("Summaries you save as HTML or JSON go here.");
    float save = buttons_width({"Save##folder"}, false);
    ImGui::SetNextItemWidth(card_inner_width() - save - ImGui::GetStyle().ItemSpacing.x);
    ImGui::InputTextWithHint("##summary_folder", default_summary_folder().c_str(), &s.folder_draft);
    record_item(ui, "settings.summary_folder");
    ImGui::SameLine();
    if (ImGui::Button("Save##folder")) {
        // Stray spaces around a pasted path would name a different folder.
        std::string folder = s.folder_draft;
        folder.erase(0, folder.find_first_not_of(" \t"));
        folder.erase(folder.find_last_not_of(" \t") + 1);
        s.folder_draft = folder;
        app.post(SetSetting{"summary_folder", folder});
    }
    record_item(ui, "settings.summary_folder.save");
    muted_text("Now: %s", summary_folder(app).c_str());
    end_card();
}

// How numbers are typed and shown: the locale's separator unless the user picks one.
void numbers_card(App& app, UiState& ui) {
    begin_card("numbers");
    section_header(ui, "Numbers");
    DecimalChoice choice =
        parse_decimal_choice(app.setting(kDecimalSetting)).value_or(DecimalChoice::automatic);
    std::string automatic = std::string("Automatic (") +
                            (locale_decimal_separator() == DecimalSeparator::comma ? "85,4" : "85.4") +
                            ", from your language settings)";
    struct Option {
        DecimalChoice choice;
        std::string label;
    };
    const Option options[] = {{DecimalChoice::automatic, automatic},
                              {DecimalChoice::point, "Decimal point: 85.4"},
                              {DecimalChoice::comma, "Decimal comma: 85,4"}};
    for (const auto& o : options) {
        if (ImGui::RadioButton(o.label.c_str(), choice == o.choice) && choice != o.choice)
            app.post(SetSetting{kDecimalSetting, std::string(to_string(o.choice))});
        record_item(ui, "settings.decimal." + std::string(to_string(o.choice)));
    }
    muted_text("A point is always read as a decimal point. Numbers never take thousands separators.");
    end_card();
}

// The daily review's reminder time (typed as HH:MM, never filtered, checked as
// typed) and the weekly review's day.
void reminders_card(App& app, UiState& ui) {
    ReminderState& r = ui.reminders;
    // The draft follows the stored value unless the client is typing another.
    std::string stored = app.setting(kReviewTimeSetting);
    if (!r.review_time_loaded || stored != r.review_time_seen) {
        if (!r.review_time_loaded || r.review_time_draft == r.review_time_seen) r.review_time_draft = stored;
        r.review_time_seen = stored;
        r.review_time_loaded = true;
    }
    begin_card("reminders_settings");
    section_header(ui, "Reminders");
    ImGui::TextUnformatted("Daily review");
    std::string error;
    std::optional<int> at;
    if (!r.review_time_draft.empty()) {
        try {
            at = parse_time_of_day(r.review_time_draft);
        } catch (const InputError& e) {
            error = e.what();
        }
    }
    float buttons = buttons_width({"Save", "No reminder"}, false);
    ImGui::SetNextItemWidth(std::min(220 * ui.scale, card_inner_width() - buttons - ImGui::GetStyle().ItemSpacing.x));
    bool entered = ImGui::InputTextWithHint("##review_time", "HH:MM, e.g. 21:00", &r.review_time_draft,
                                            ImGuiInputTextFlags_EnterReturnsTrue);
    record_item(ui, "settings.review_time");
    ImGui::SameLine();
    bool can_save = error.empty() && r.review_time_draft != stored;
    ImGui::BeginDisabled(!can_save);
    bool save = ImGui::Button("Save##review_time");
    record_item(ui, "settings.review_time.save");
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(stored.empty() && r.review_time_draft.empty());
    if (ImGui::Button("No reminder##review_time")) {
        r.review_time_draft.clear();
        save = can_save = !stored.empty();
    }
    ImGui::EndDisabled();
    if ((save || entered) && can_save) app.post(SetSetting{kReviewTimeSetting, r.review_time_draft});
    if (!error.empty()) reserved_error_line(error);
    else if (at) muted_text("A reminder at %s on days without a check-in.", format_time_of_day(*at).c_str());
    else muted_text("No daily-review reminder.");

    ImGui::Spacing();
    ImGui::TextUnformatted("Weekly review");
    static constexpr const char* kDays[] = {"None",     "Monday", "Tuesday", "Wednesday",
                                            "Thursday", "Friday", "Saturday", "Sunday"};
    std::optional<int> weekday = parse_weekday_name(app.setting(kReviewWeekdaySetting));
    int choice = weekday ? *weekday + 1 : 0;
    ImGui::SetNextItemWidth(std::min(220 * ui.scale, card_inner_width()));
    if (ImGui::Combo("##review_weekday", &choice, kDays, IM_ARRAYSIZE(kDays)))
        app.post(SetSetting{kReviewWeekdaySetting, choice == 0 ? "" : std::string(weekday_name(choice - 1))});
    record_item(ui, "settings.review_weekday");
    muted_text("The day Today asks how your week went.");
    ImGui::Spacing();
    wrapped_text("While Stepwise is open it shows reminders itself. For desktop notifications when it is "
                 "closed, run \u201cstepwise remind --install\u201d once in a terminal.");
    end_card();
}

}  // namespace

void draw_settings_view(App& app, UiState& ui) {
    page_title(ui, "Settings");
    ImGui::Spacing();
    begin_card("appearance");
    section_header(ui, "Appearance");
    int theme = current_theme() == ThemeKind::light ? 0 : 1;
    // The theme follows the stored setting (draw_app), so saving it is all it takes.
    if (ImGui::RadioButton("Light", theme == 0) && theme != 0) app.post(SetSetting{"theme", "light"});
    ImGui::SameLine();
    if (ImGui::RadioButton("Dark", theme == 1) && theme != 1) app.post(SetSetting{"theme", "dark"});
    end_card();
    numbers_card(app, ui);
    reminders_card(app, ui);

    begin_card("data");
    section_header(ui, "Your data");
    wrapped_text("Everything is stored in one file on this computer, readable only by you. Nothing "
                 "leaves it unless you export or share it.");
    std::error_code ec;
    auto where = std::filesystem::absolute(app.path(), ec);
    muted_text("%s", (ec ? app.path() : where.string()).c_str());
    end_card();

    summary_folder_card(app, ui);

    begin_card("about");
    section_header(ui, ICON_INFO "  About Stepwise");
    wrapped_text("Stepwise " STEPWISE_VERSION " is a companion for working with a coach: measurable goals, "
                 "action plans, accountability and tracking.");
    ImGui::Spacing();
    wrapped_text("It is a coaching tool, not therapy, and it does not diagnose anything. If you are "
                 "struggling, a licensed professional can help; in an emergency, contact your local "
                 "emergency services.");
    end_card();
}

}  // namespace sw::ui
