#pragma once
// `export --format csv`: the export's tables as RFC 4180 files a spreadsheet
// opens (goals.csv, steps.csv, completions.csv, skips.csv, entries.csv,
// checkins.csv, sessions.csv, questions.csv). Settings stay in the JSON export.
//
// Each file: UTF-8 without a byte-order mark, a header row, CRLF line ends, a
// field quoted when it holds a comma, a double quote, CR or LF (quotes doubled).
// Columns: "id" (this database's integer id, as the CLI shows it), for steps,
// entries, completions and skips the owner's id ("goal_id", "step_id"), then
// every field of the record's export encoding (app/records.hpp), in the same
// names and order as the JSON export. Null is an empty cell; true/false and
// numbers as JSON writes them ("85.4", "-3.5").
//
// Formula injection: a spreadsheet runs a cell that starts with = + - @ (or a
// TAB or CR before one) as a formula. Only text cells — what a person typed
// (titles, notes, uuids, dates) — are protected with a leading apostrophe
// ("'=SUM(A1)", "'-2 kg"); number cells are our own output and stay numbers, so
// a baseline of -3.5 is written -3.5 and sums in the spreadsheet.
#include "app/app.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace sw {

struct CsvTable {
    std::string file_name;  // "goals.csv"
    std::string text;       // the whole file
    size_t rows = 0;        // data rows, not counting the header
};

// Every table, in the order above (reads entries in full from the store).
std::vector<CsvTable> export_csv_tables(App& app);

// One field as RFC 4180 writes it; `is_text` applies the formula protection.
std::string csv_field(std::string_view value, bool is_text);

}  // namespace sw
