// Loop Habit Tracker's CSV export (a folder with Habits.csv and Checkmarks.csv)
// as a Stepwise export document, by the same rules as its backup
// (import_loop_common.cpp). CSV has no ids: a habit is known by its name.
#include "app/foreign_import.hpp"
#include "app/import_loop_common.hpp"
#include "app/validate.hpp"
#include "core/errors.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace sw {
namespace {

namespace fs = std::filesystem;

struct CsvRow {
    size_t line = 0;  // where the row starts, from 1
    std::vector<std::string> fields;
};

// RFC 4180: fields separated by commas, rows by CRLF or LF; a field in double
// quotes may hold commas, line breaks and doubled quotes. Every error names the
// file and line.
std::vector<CsvRow> parse_csv(const std::string& text, const std::string& file) {
    std::vector<CsvRow> rows;
    size_t i = 0, line = 1;
    if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) i = 3;  // a byte order mark
    auto fail = [&](size_t at_line, const std::string& what) -> void {
        throw InputError(file + " line " + std::to_string(at_line) + ": " + what);
    };
    while (i < text.size()) {
        CsvRow row;
        row.line = line;
        while (true) {  // one field
            std::string field;
            if (i < text.size() && text[i] == '"') {
                size_t opened = line;
                ++i;
                while (true) {
                    if (i >= text.size()) fail(opened, "a quoted field is never closed");
                    char c = text[i++];
                    if (c == '"') {
                        if (i < text.size() && text[i] == '"') {
                            field += '"';
                            ++i;
                        } else {
                            break;
                        }
                    } else {
                        if (c == '\n') ++line;
                        field += c;
                    }
                }
                if (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r')
                    fail(line, "text after the closing quote of a field");
            } else {
                while (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
                    if (text[i] == '"') fail(line, "a quote inside a field that does not start with one");
                    field += text[i++];
                }
            }
            row.fields.push_back(std::move(field));
            if (i < text.size() && text[i] == ',') {
                ++i;
                continue;
            }
            if (i < text.size() && text[i] == '\r') {
                ++i;
                if (i < text.size() && text[i] != '\n') fail(line, "a carriage return not followed by a line feed");
            }
            if (i < text.size() && text[i] == '\n') ++i;
            ++line;
            break;
        }
        bool blank = row.fields.size() == 1 && row.fields[0].empty();
        if (!blank) rows.push_back(std::move(row));
    }
    return rows;
}

std::string read_text(const fs::path& p) {
    std::error_code ec;
    if (!fs::is_regular_file(p, ec)) throw InputError("not a Loop Habit Tracker CSV export: no " + p.filename().string() +
                                                      " in " + p.parent_path().string());
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    if (!in && !in.eof()) throw InputError("cannot read " + p.string());
    return s.str();
}

std::string lower_trimmed(std::string s) {
    s = trim(std::move(s));
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// The header's columns by name, lower case.
struct Header {
    std::map<std::string, size_t> index;
    size_t size = 0;
    std::optional<size_t> find(std::initializer_list<const char*> names) const {
        for (const char* n : names) {
            auto it = index.find(n);
            if (it != index.end()) return it->second;
        }
        return std::nullopt;
    }
};

std::optional<long long> whole_number(const std::string& text) {
    std::string t = trim(text);
    long long v = 0;
    auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
    if (ec != std::errc() || end != t.data() + t.size() || t.empty()) return std::nullopt;
    return v;
}

std::optional<double> decimal_number(const std::string& text) {
    std::string t = trim(text);
    if (t.empty()) return std::nullopt;
    double v = 0;
    auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), v, std::chars_format::fixed);
    if (ec != std::errc() || end != t.data() + t.size() || !std::isfinite(v)) return std::nullopt;
    return v;
}

}  // namespace

ForeignImport read_loop_csv(const std::string& path, const ImportProgress& progress) {
    using namespace loop_import;
    std::error_code ec;
    fs::path given(path);
    if (!fs::exists(given, ec)) throw InputError("no such file or folder");
    fs::path folder = fs::is_directory(given, ec) ? given : given.parent_path();
    if (folder.empty()) folder = ".";
    fs::path habits_path = folder / "Habits.csv";
    if (!fs::is_directory(given, ec) && lower_trimmed(given.filename().string()) != "checkmarks.csv")
        habits_path = given;
    fs::path marks_path = folder / "Checkmarks.csv";
    const std::string habits_name = habits_path.filename().string();
    const std::string marks_name = "Checkmarks.csv";

    // ---- Habits.csv
    std::vector<CsvRow> habit_rows = parse_csv(read_text(habits_path), habits_name);
    if (habit_rows.empty()) throw InputError(habits_name + ": empty, expected a header line");
    Header h;
    h.size = habit_rows[0].fields.size();
    for (size_t c = 0; c < h.size; ++c) h.index.emplace(lower_trimmed(habit_rows[0].fields[c]), c);
    auto name_col = h.find({"name"});
    if (!name_col) throw InputError(habits_name + " line 1: no Name column; not a Loop Habit Tracker export");
    auto num_col = h.find({"frequencynumerator", "numrepetitions"});
    auto den_col = h.find({"frequencydenominator", "interval"});
    auto type_col = h.find({"type"});
    auto question_col = h.find({"question"});
    auto description_col = h.find({"description"});
    auto unit_col = h.find({"unit"});
    auto target_type_col = h.find({"target type", "targettype"});
    auto target_value_col = h.find({"target value", "targetvalue"});
    auto archived_col = h.find({"archived?", "archived"});
    auto position_col = h.find({"position"});

    ForeignImport out;
    out.format = "loop-csv";
    out.description = "Loop Habit Tracker CSV export (" + folder.filename().string() + ")";
    if (!num_col || !den_col)
        out.losses.push_back(habits_name + " has no frequency columns: every habit became daily");

    struct Parsed {
        long long position;
        size_t order;
        LoopHabit habit;
    };
    std::vector<Parsed> parsed;
    std::map<std::string, int> seen_names;
    for (size_t r = 1; r < habit_rows.size(); ++r) {
        const CsvRow& row = habit_rows[r];
        std::string where = habits_name + " line " + std::to_string(row.line);
        if (row.fields.size() != h.size)
            throw InputError(where + ": " + std::to_string(row.fields.size()) + " fields, expected " +
                             std::to_string(h.size));
        auto field = [&](std::optional<size_t> col) { return col ? row.fields[*col] : std::string(); };
        LoopHabit habit;
        habit.name = field(name_col);
        int n = ++seen_names[habit.name];
        habit.identity = n == 1 ? habit.name : habit.name + "#" + std::to_string(n);
        if (n > 1)
            out.losses.push_back("habit '" + habit.name + "': " + std::to_string(n) +
                                 " habits share this name; this one is told apart as '" + habit.identity +
                                 "', so renaming either in Loop makes a new goal on the next import");
        habit.question = field(question_col);
        habit.description = field(description_col);
        habit.unit = field(unit_col);
        if (num_col && den_col) {
            auto num = whole_number(field(num_col)), den = whole_number(field(den_col));
            if (!num || !den || *num <= 0 || *den <= 0)
                throw InputError(where + ": the frequency '" + field(num_col) + "' in '" + field(den_col) +
                                 "' days is not two whole numbers above 0");
            habit.freq_num = *num;
            habit.freq_den = *den;
        }
        std::string type = lower_trimmed(field(type_col));
        if (type == "numerical" || type == "numeric") habit.numerical = true;
        else if (!type.empty() && type != "yes_no")
            throw InputError(where + ": unknown habit type '" + field(type_col) + "' (expected YES_NO or NUMERICAL)");
        habit.at_most = lower_trimmed(field(target_type_col)) == "at_most";
        if (target_value_col && !trim(field(target_value_col)).empty()) {
            auto v = decimal_number(field(target_value_col));
            if (!v) throw InputError(where + ": the target value '" + field(target_value_col) + "' is not a number");
            habit.target_value = *v;
        }
        std::string archived = lower_trimmed(field(archived_col));
        if (archived == "true") habit.archived = true;
        else if (!archived.empty() && archived != "false")
            throw InputError(where + ": Archived? is '" + field(archived_col) + "', expected true or false");
        long long position = static_cast<long long>(r);
        if (position_col) position = whole_number(field(position_col)).value_or(position);
        parsed.push_back({position, parsed.size(), std::move(habit)});
    }
    std::stable_sort(parsed.begin(), parsed.end(),
                     [](const Parsed& a, const Parsed& b) { return a.position < b.position; });
    std::vector<LoopHabit> habits;
    for (auto& p : parsed) habits.push_back(std::move(p.habit));

    // ---- Checkmarks.csv: a Date column, then one per habit (and an empty one
    // after the trailing comma Loop writes).
    std::vector<CsvRow> mark_rows = parse_csv(read_text(marks_path), marks_name);
    if (mark_rows.empty()) throw InputError(marks_name + ": empty, expected a header line");
    const auto& head = mark_rows[0].fields;
    if (head.empty() || lower_trimmed(head[0]) != "date")
        throw InputError(marks_name + " line 1: the first column is not Date; not a Loop Habit Tracker export");
    std::vector<std::optional<size_t>> habit_of(head.size());  // column -> index in habits
    std::vector<bool> taken(habits.size(), false);
    for (size_t c = 1; c < head.size(); ++c) {
        if (c + 1 == head.size() && head[c].empty()) break;  // the trailing comma
        // The columns follow Habits.csv's order; a name that repeats takes the next habit of that name.
        std::optional<size_t> match;
        if (c - 1 < habits.size() && !taken[c - 1] && habits[c - 1].name == head[c]) match = c - 1;
        for (size_t k = 0; !match && k < habits.size(); ++k)
            if (!taken[k] && habits[k].name == head[c]) match = k;
        if (!match)
            throw InputError(marks_name + " line 1: the column '" + head[c] + "' names no habit in " + habits_name);
        taken[*match] = true;
        habit_of[c] = match;
    }
    for (size_t k = 0; k < habits.size(); ++k)
        if (!taken[k])
            out.losses.push_back("habit '" + habits[k].name + "' has no column in " + marks_name +
                                 ": it was imported with no days");

    size_t total = mark_rows.size() - 1;
    for (size_t r = 1; r < mark_rows.size(); ++r) {
        const CsvRow& row = mark_rows[r];
        std::string where = marks_name + " line " + std::to_string(row.line);
        if (row.fields.size() != head.size())
            throw InputError(where + ": " + std::to_string(row.fields.size()) + " fields, expected " +
                             std::to_string(head.size()));
        auto day = parse_iso_day(trim(row.fields[0]));
        if (!day) throw InputError(where + ": '" + row.fields[0] + "' is not a date (YYYY-MM-DD)");
        for (size_t c = 1; c < row.fields.size(); ++c) {
            if (!habit_of[c]) {
                if (!trim(row.fields[c]).empty())
                    throw InputError(where + ": a value in the unnamed column " + std::to_string(c + 1));
                continue;
            }
            LoopHabit& habit = habits[*habit_of[c]];
            std::string v = trim(row.fields[c]);
            std::string upper = v;
            for (char& ch : upper) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
            if (upper.empty() || upper == "UNKNOWN" || upper == "-1") continue;
            LoopDay d;
            d.day = *day;
            if (habit.numerical) {
                auto amount = decimal_number(v);
                if (!amount) {
                    if (upper == "SKIP") {
                        out.skipped.push_back("habit '" + habit.name + "' " + format_day(*day) +
                                              ": a skipped day of a numerical habit was left out");
                        continue;
                    }
                    throw InputError(where + ": '" + v + "' for the numerical habit '" + habit.name +
                                     "' is not a number");
                }
                d.mark = Mark::amount;
                d.amount = *amount;
            } else if (upper == "YES_MANUAL" || upper == "YES" || upper == "2") {
                d.mark = Mark::done;
            } else if (upper == "YES_AUTO" || upper == "1") {
                d.mark = Mark::implied;
            } else if (upper == "NO" || upper == "0") {
                d.mark = Mark::not_done;
            } else if (upper == "SKIP" || upper == "3") {
                d.mark = Mark::skipped;
            } else {
                throw InputError(where + ": '" + v + "' for the habit '" + habit.name +
                                 "' is not a Loop checkmark (YES_MANUAL, YES_AUTO, NO, SKIP or UNKNOWN)");
            }
            habit.days.push_back(std::move(d));
        }
        if (progress && r % 500 == 0) progress(static_cast<double>(r) / static_cast<double>(total));
    }
    if (progress) progress(1.0);
    build_document(std::move(habits), "loop-csv", out);
    return out;
}

}  // namespace sw
