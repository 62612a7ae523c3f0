#include "app/goal_history.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <ctime>

namespace sw {
namespace {

constexpr std::array<const char*, 6> kFields = {"title", "target", "baseline", "unit", "start_date", "due_date"};

nlohmann::json parse_record(const std::string& text) {
    if (text.empty()) return nullptr;
    auto j = nlohmann::json::parse(text, nullptr, false);
    return j.is_object() ? j : nlohmann::json(nullptr);
}

nlohmann::json value_of(const nlohmann::json& record, const char* field) {
    auto it = record.find(field);
    return it == record.end() ? nlohmann::json(nullptr) : *it;
}

bool same(const nlohmann::json& a, const nlohmann::json& b) {
    if (a.is_number() && b.is_number()) return a.get<double>() == b.get<double>();
    return a == b;
}

std::string value_text(const std::string& field, const nlohmann::json& value, const nlohmann::json& record,
                       DecimalSeparator decimal) {
    if (value.is_number()) {
        double v = value.get<double>();
        if (!std::isfinite(v)) return "none";
        auto unit = value_of(record, "unit");
        return format_quantity(v, unit.is_string() ? unit.get<std::string>() : std::string(), decimal);
    }
    if (!value.is_string()) return "none";
    std::string s = value.get<std::string>();
    if (s.empty()) return "none";
    if (field == "title") return "“" + s + "”";
    return s;
}

std::string label_of(const std::string& field) {
    if (field == "start_date") return "Start date";
    if (field == "due_date") return "Due date";
    std::string s = field;
    if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

}  // namespace

std::span<const char* const> goal_history_fields() { return kFields; }

Day local_day_of_utc(const std::string& utc_iso) {
    std::tm tm{};
    const char* end = strptime(utc_iso.c_str(), "%Y-%m-%dT%H:%M:%S", &tm);
    if (end) {
        std::time_t t = timegm(&tm);
        std::tm local{};
        if (localtime_r(&t, &local))
            return Day{date::year{local.tm_year + 1900}, date::month{static_cast<unsigned>(local.tm_mon + 1)},
                       date::day{static_cast<unsigned>(local.tm_mday)}};
    }
    if (auto d = parse_iso_day(utc_iso.substr(0, 10))) return *d;
    return Day{};
}

std::vector<GoalChange> goal_history(std::span<const JournalRow> rows, const std::string& goal_uuid,
                                     DecimalSeparator decimal) {
    std::vector<const JournalRow*> mine;
    for (const JournalRow& r : rows)
        if (r.entity == "goal" && r.entity_uuid == goal_uuid && !r.before.empty() && !r.after.empty())
            mine.push_back(&r);
    std::stable_sort(mine.begin(), mine.end(), [](const JournalRow* a, const JournalRow* b) { return a->id < b->id; });

    std::vector<GoalChange> out;
    for (const JournalRow* r : mine) {
        nlohmann::json before = parse_record(r->before);
        nlohmann::json after = parse_record(r->after);
        if (before.is_null() || after.is_null()) continue;
        for (const char* field : kFields) {
            nlohmann::json from = value_of(before, field);
            nlohmann::json to = value_of(after, field);
            if (same(from, to)) continue;
            GoalChange c;
            c.journal_id = r->id;
            c.at = r->at;
            c.date = local_day_of_utc(r->at);
            c.field = field;
            c.from_text = value_text(field, from, before, decimal);
            c.to_text = value_text(field, to, after, decimal);
            c.from = std::move(from);
            c.to = std::move(to);
            c.origin = r->origin;
            c.command = r->command;
            out.push_back(std::move(c));
        }
    }
    return out;
}

std::string describe_goal_change(const GoalChange& c) {
    return label_of(c.field) + " " + c.from_text + " → " + c.to_text;
}

nlohmann::json goal_change_json(const GoalChange& c) {
    return {{"at", c.at},         {"date", format_day(c.date)}, {"field", c.field},
            {"from", c.from},     {"to", c.to},                 {"origin", std::string(to_string(c.origin))},
            {"command", c.command}};
}

}  // namespace sw
