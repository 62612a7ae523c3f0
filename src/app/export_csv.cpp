// The CSV export (export_csv.hpp): each table built from the records' *_fields
// visitors, so a field added to a record appears as a column without a change here.
#include "app/export_csv.hpp"

#include "app/records.hpp"

#include <unordered_map>

namespace sw {
namespace {

bool needs_quotes(std::string_view value) { return value.find_first_of(",\"\r\n") != std::string_view::npos; }

// What a spreadsheet would run as a formula.
bool looks_like_formula(std::string_view value) {
    return !value.empty() && std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos;
}

// Cells of one row, appended as the visitor names the fields.
class RowWriter {
public:
    RowWriter(std::string& out, std::vector<std::string>* names) : out_(out), names_(names) {}
    void cell(const std::string& name, std::string_view value, bool is_text) {
        if (names_) names_->push_back(name);
        if (!first_) out_ += ',';
        out_ += csv_field(value, is_text);
        first_ = false;
    }
    void operator()(const char* name, const std::string& text) { cell(name, text, true); }
    void operator()(const char* name, bool yes) { cell(name, yes ? "true" : "false", false); }
    void operator()(const char* name, int number) { cell(name, std::to_string(number), false); }
    void operator()(const char* name, double number) { cell(name, json(number).dump(), false); }
    void operator()(const char* name, const json& value) {
        if (value.is_null()) return cell(name, "", false);
        if (value.is_string()) return cell(name, value.get_ref<const std::string&>(), true);
        cell(name, value.dump(), false);
    }
    void operator()(const char*, const char*) = delete;  // would otherwise become a bool
    void end() { out_ += "\r\n"; }

private:
    std::string& out_;
    std::vector<std::string>* names_;
    bool first_ = true;
};

// A table of `records`; `write_row(record, row)` writes one row's cells. The
// header comes from a row written for `sample` (a default record) into scratch:
// an empty table still has its columns.
template <class Record, class Records, class WriteRow>
CsvTable make_table(std::string file_name, const Records& records, WriteRow write_row) {
    CsvTable table{std::move(file_name), {}, 0};
    std::vector<std::string> names;
    std::string scratch;
    {
        RowWriter header_names(scratch, &names);
        write_row(Record{}, header_names);
    }
    for (size_t i = 0; i < names.size(); ++i) {
        if (i) table.text += ',';
        table.text += csv_field(names[i], false);
    }
    table.text += "\r\n";
    for (const auto& record : records) {
        RowWriter row(table.text, nullptr);
        write_row(record, row);
        row.end();
        ++table.rows;
    }
    return table;
}

struct Mark {  // a completion or a skip: one day of one recurring step
    const Step* step = nullptr;
    Day day{};
    std::string note;
};

}  // namespace

std::string csv_field(std::string_view value, bool is_text) {
    std::string out;
    if (is_text && looks_like_formula(value)) out += '\'';
    out += value;
    if (!needs_quotes(out)) return out;
    std::string quoted = "\"";
    for (char c : out) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

std::vector<CsvTable> export_csv_tables(App& app) {
    std::unordered_map<int64_t, std::string> uuid_of_goal;
    for (const auto& g : app.goals()) uuid_of_goal[g.id] = g.uuid;
    auto goal_uuid = [&](int64_t id) {
        auto it = uuid_of_goal.find(id);
        return it == uuid_of_goal.end() ? std::string() : it->second;
    };
    auto session_uuid = [&](const Step& s) {
        const Session* session = s.session_id ? app.find_session(*s.session_id) : nullptr;
        return session ? session->uuid : std::string();
    };
    auto ids = [](int64_t id) { return std::to_string(id); };
    const Step no_step{};  // the header's sample mark has no step

    std::vector<CsvTable> tables;
    tables.push_back(make_table<Goal>("goals.csv", app.goals(), [&](const Goal& g, RowWriter& row) {
        row.cell("id", ids(g.id), false);
        goal_fields(g, row);
    }));
    tables.push_back(make_table<Step>("steps.csv", app.steps(), [&](const Step& s, RowWriter& row) {
        row.cell("id", ids(s.id), false);
        row.cell("goal_id", ids(s.goal_id), false);
        step_fields(s, goal_uuid(s.goal_id), session_uuid(s), row);
    }));
    std::vector<Mark> completions, skips;
    for (const auto& s : app.steps()) {
        for (Day d : app.completions_of(s.id)) completions.push_back({&s, d, app.completion_note(s.id, d)});
        for (Day d : app.skips_of(s.id)) skips.push_back({&s, d, {}});
    }
    auto mark_step = [&](const Mark& m) -> const Step& { return m.step ? *m.step : no_step; };
    tables.push_back(make_table<Mark>("completions.csv", completions, [&](const Mark& m, RowWriter& row) {
        row.cell("step_id", ids(mark_step(m).id), false);
        completion_fields(mark_step(m).uuid, m.day, m.note, row);
    }));
    tables.push_back(make_table<Mark>("skips.csv", skips, [&](const Mark& m, RowWriter& row) {
        row.cell("step_id", ids(mark_step(m).id), false);
        skip_fields(mark_step(m).uuid, m.day, row);
    }));
    std::vector<ProgressEntry> entries;
    for (const auto& g : app.goals())
        for (auto& e : app.full_entries_of(g.id)) entries.push_back(std::move(e));
    tables.push_back(make_table<ProgressEntry>("entries.csv", entries, [&](const ProgressEntry& e, RowWriter& row) {
        row.cell("id", ids(e.id), false);
        row.cell("goal_id", ids(e.goal_id), false);
        entry_fields(e, goal_uuid(e.goal_id), row);
    }));
    tables.push_back(make_table<CheckIn>("checkins.csv", app.checkins(), [&](const CheckIn& c, RowWriter& row) {
        row.cell("id", ids(c.id), false);
        checkin_fields(c, row);
    }));
    tables.push_back(make_table<Session>("sessions.csv", app.sessions(), [&](const Session& s, RowWriter& row) {
        row.cell("id", ids(s.id), false);
        session_fields(s, row);
    }));
    tables.push_back(make_table<Question>("questions.csv", app.questions(), [&](const Question& q, RowWriter& row) {
        row.cell("id", ids(q.id), false);
        question_fields(q, row);
    }));
    return tables;
}

}  // namespace sw
