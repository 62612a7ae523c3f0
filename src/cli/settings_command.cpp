// settings [list] | settings get KEY | settings set KEY VALUE — everything the
// Settings view changes, for scripts and for people who use a screen reader.
#include "cli/context.hpp"

#include "core/errors.hpp"

#include <array>

namespace sw::cli {
namespace {

struct Known {
    const char* key;
    const char* values;  // for help and messages
    const char* fallback;
};

constexpr std::array<Known, 5> kKnown = {{
    {"theme", "light or dark", "light"},
    {kDecimalSetting, "automatic, point or comma", "automatic"},
    {"summary_folder", "a folder (empty for the default)", ""},
    {kReviewTimeSetting, "a time HH:MM for the daily-review reminder (empty for none)", ""},
    {kReviewWeekdaySetting, "the weekly review's day, monday to sunday (empty for none)", ""},
}};

const Known& known(const std::string& key) {
    for (const auto& k : kKnown)
        if (key == k.key) return k;
    std::string names;
    for (const auto& k : kKnown) names += (names.empty() ? "" : ", ") + std::string(k.key);
    throw InputError("unknown setting '" + key + "' (" + names + ")");
}

void check_value(const Known& k, const std::string& value) {
    std::string key = k.key;
    bool ok = key == "theme"                 ? (value == "light" || value == "dark")
              : key == kDecimalSetting        ? parse_decimal_choice(value).has_value()
              : key == kReviewTimeSetting     ? value.empty() || is_time_of_day(value)
              : key == kReviewWeekdaySetting  ? value.empty() || parse_weekday_name(value).has_value()
                                              : true;
    if (!ok) throw InputError(key + " is " + k.values + ", not '" + value + "'");
}

}  // namespace

void register_settings_command(CLI::App& root, Context& ctx) {
    auto* settings = root.add_subcommand("settings", "Show or change settings (theme, decimal separator, summary folder)");
    ctx.on(settings, [&ctx] {
        App& app = ctx.app(Reads::records());
        for (const auto& k : kKnown) *ctx.out << k.key << " = " << app.setting(k.key, k.fallback) << "\n";
        return 0;
    });
    {
        auto key = std::make_shared<std::string>();
        auto* get = settings->add_subcommand("get", "Print one setting");
        get->add_option("KEY", *key, "Setting name")->required();
        ctx.on(get, [&ctx, key] {
            const Known& k = known(*key);
            *ctx.out << ctx.app(Reads::records()).setting(k.key, k.fallback) << "\n";
            return 0;
        });
    }
    {
        auto key = std::make_shared<std::string>();
        auto value = std::make_shared<std::string>();
        auto* set = settings->add_subcommand("set", "Change one setting");
        set->add_option("KEY", *key, "Setting name")->required();
        set->add_option("VALUE", *value, "New value")->required();
        ctx.on(set, [&ctx, key, value] {
            const Known& k = known(*key);  // checked before the database opens
            check_value(k, *value);
            ctx.app(Reads::records()).set_setting(k.key, *value);
            return 0;
        });
    }
}

}  // namespace sw::cli
