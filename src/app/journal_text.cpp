#include "app/journal_text.hpp"

namespace sw {

using nlohmann::json;

namespace {

json parse_or_null(const std::string& text) {
    if (text.empty()) return nullptr;
    return json::parse(text, nullptr, /*allow_exceptions=*/false);  // discarded -> null-ish
}

// Values as a person reads them; long text cut at a character boundary.
std::string shown(const json& v) {
    constexpr size_t kMax = 40;
    std::string text = v.is_null() ? "(none)" : v.is_string() ? v.get<std::string>() : v.dump();
    if (v.is_string() && text.empty()) return "(empty)";
    if (text.size() > kMax) {
        size_t cut = kMax;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 continuation
        text = text.substr(0, cut) + "\u2026";
    }
    return "\u201c" + text + "\u201d";
}

std::string name_of(const JournalRow& row, const json& before, const json& after) {
    const json& record = after.is_object() ? after : before;
    std::string name = row.entity;
    if (record.is_object()) {
        if (auto t = record.find("title"); t != record.end() && t->is_string()) name += " " + shown(*t);
        else if (auto d = record.find("date"); d != record.end() && d->is_string()) name += " of " + d->get<std::string>();
        else if (auto k = record.find("key"); k != record.end() && k->is_string()) name += " " + k->get<std::string>();
    }
    return name;
}

}  // namespace

std::string describe_change(const JournalRow& row) {
    json before = parse_or_null(row.before), after = parse_or_null(row.after);
    if (row.entity == "database" && after.is_object() && after.contains("summary"))
        return row.command + ": " + after["summary"].get<std::string>();
    std::string text = name_of(row, before, after);
    if (!before.is_object()) return text + (row.entity == "completion" ? " ticked" : " added");
    if (!after.is_object()) return text + (row.entity == "completion" ? " unticked" : " deleted");
    std::string changes;
    for (const auto& [key, value] : after.items()) {
        if (key == "updated_at") continue;
        auto old = before.find(key);
        if (old != before.end() && *old == value) continue;
        changes += (changes.empty() ? ": " : ", ") + key + " " +
                   (old == before.end() ? std::string("(none)") : shown(*old)) + " \u2192 " + shown(value);
    }
    return text + changes;
}

json journal_json(const JournalRow& row) {
    return json{{"id", row.id},
                {"at", row.at},
                {"origin", std::string(to_string(row.origin))},
                {"command", row.command},
                {"entity", row.entity},
                {"uuid", row.entity_uuid},
                {"before", parse_or_null(row.before)},
                {"after", parse_or_null(row.after)},
                {"undoes", row.undoes ? json(*row.undoes) : json(nullptr)}};
}

}  // namespace sw
