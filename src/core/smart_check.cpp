#include "core/smart_check.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

namespace sw {
namespace {

std::string lowercase(std::string_view text) {
    std::string out(text);
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string trimmed(std::string_view text) {
    auto is_space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    return std::string(text);
}

// Words that make a goal sound like a wish rather than something you can act on.
bool sounds_vague(const std::string& lower_title) {
    static constexpr std::array vague = {"better", "more ",   "less ", "improve", "try ",
                                         "some",   "stuff",   "things", "maybe", "somehow",
                                         "a lot",  "healthier", "happier"};
    std::string padded = lower_title + " ";
    return std::any_of(vague.begin(), vague.end(),
                       [&](const char* w) { return padded.find(w) != std::string::npos; });
}

CriterionResult ok(std::string message) { return {CheckLevel::ok, std::move(message)}; }
CriterionResult warn(std::string message) { return {CheckLevel::warn, std::move(message)}; }
CriterionResult fail(std::string message) { return {CheckLevel::fail, std::move(message)}; }

CriterionResult check_specific(const Goal& g) {
    std::string title = trimmed(g.title);
    if (title.empty()) return fail("Give the goal a title — a few words that name what you want.");
    if (title.size() < 4) return warn("The title is very short; say what exactly you want to reach.");
    if (sounds_vague(lowercase(title)) && trimmed(g.description).empty())
        return warn("\"" + title + "\" sounds open-ended; describe what exactly, where or with whom.");
    if (title.size() > 120) return warn("Keep the title short and move details into the description.");
    return ok("Clear and specific.");
}

CriterionResult check_measurable(const Goal& g) {
    if (g.is_habit()) {
        if (!(g.target_rate > 0 && g.target_rate <= 1)) return fail("Aim at a share of the days from 1 % to 100 %.");
        return ok("Measured by how often you do its recurring steps — aiming at " +
                  std::to_string(static_cast<int>(std::lround(g.target_rate * 100))) + " % of the scheduled days.");
    }
    if (!g.is_numeric()) {
        return ok("Measured by its action steps — add steps to track progress.");
    }
    if (!std::isfinite(g.target) || !std::isfinite(g.baseline))
        return fail("Baseline and target must be numbers.");
    if (g.target == g.baseline)
        return fail("The target equals the baseline — set a target different from where you start.");
    if (trimmed(g.unit).empty())
        return warn("Add a unit (km, kg, pages, €) so progress reads clearly.");
    return ok("Measured in " + trimmed(g.unit) + ".");
}

CriterionResult check_achievable(const Goal& g) {
    if (g.confidence < 1 || g.confidence > 10)
        return warn("Rate your confidence from 1 to 10.");
    if (g.confidence <= 4)
        return warn("Confidence is " + std::to_string(g.confidence) +
                    "/10 — consider a smaller first target or note the resources you need.");
    if (trimmed(g.resources).empty() && trimmed(g.obstacles).empty())
        return warn("Note what will help you and what may get in the way.");
    return ok("Confidence " + std::to_string(g.confidence) + "/10.");
}

CriterionResult check_relevant(const Goal& g) {
    if (trimmed(g.why).empty())
        return warn("Write down why this matters to you — it helps on hard days.");
    return ok("You know why it matters.");
}

CriterionResult check_time_bound(const Goal& g, Day today) {
    if (!g.start_date.ok() || !g.due_date.ok()) return fail("Set a start date and a due date.");
    if (days_between(g.start_date, g.due_date) <= 0)
        return fail("The due date must be after the start date.");
    if (days_between(today, g.due_date) < 0)
        return warn("The due date is in the past — fine for a goal you are recording afterwards.");
    if (days_between(g.start_date, g.due_date) > 3 * 365)
        return warn("The deadline is years away; consider a nearer milestone to aim for first.");
    return ok("Due " + format_day(g.due_date) + ".");
}

}  // namespace

std::string_view to_string(CheckLevel level) {
    switch (level) {
        case CheckLevel::ok: return "ok";
        case CheckLevel::warn: return "warn";
        case CheckLevel::fail: return "fail";
    }
    return "ok";
}

bool SmartReport::has_failure() const {
    return specific.level == CheckLevel::fail || measurable.level == CheckLevel::fail ||
           achievable.level == CheckLevel::fail || relevant.level == CheckLevel::fail ||
           time_bound.level == CheckLevel::fail;
}

std::vector<std::string> SmartReport::problems(CheckLevel at_least) const {
    const std::pair<const char*, const CriterionResult*> all[] = {
        {"Specific", &specific},   {"Measurable", &measurable}, {"Achievable", &achievable},
        {"Relevant", &relevant},   {"Time-bound", &time_bound}};
    std::vector<std::string> out;
    for (auto level : {CheckLevel::fail, CheckLevel::warn}) {
        if (level < at_least) continue;
        for (auto& [name, result] : all)
            if (result->level == level) out.push_back(std::string(name) + ": " + result->message);
    }
    return out;
}

SmartReport smart_check(const Goal& goal, Day today) {
    return {check_specific(goal), check_measurable(goal), check_achievable(goal),
            check_relevant(goal), check_time_bound(goal, today)};
}

}  // namespace sw
