#pragma once
// What Loop Habit Tracker's backup (import_loop.cpp) and its CSV export
// (import_loop_csv.cpp) have in common once read: habits with their recorded
// days, turned into one Stepwise export document by one set of rules.
#include "app/foreign_import.hpp"
#include "core/dates.hpp"

#include <optional>
#include <string>
#include <vector>

namespace sw::loop_import {

enum class Mark {
    done,      // Loop 2 / YES_MANUAL (and every row of a backup before version 16)
    implied,   // Loop 1 / YES_AUTO: implied by the frequency, not a completion
    not_done,  // Loop 0 / NO
    skipped,   // Loop 3 / SKIP
    amount,    // a numerical habit's amount
};

struct LoopDay {
    Day day{};
    Mark mark = Mark::done;
    double amount = 0;  // Mark::amount only, in the habit's unit
    std::string note;
};

struct LoopHabit {
    std::string identity;  // what its uuids are made from: "<uuid>" or "<id>:<name>" or "<name>"
    std::string name;
    std::string question;
    std::string description;
    long long freq_num = 1, freq_den = 1;
    bool numerical = false;
    bool at_most = false;
    double target_value = 0;
    std::string unit;
    bool archived = false;
    std::optional<int> remind_at;       // minutes after midnight
    std::optional<unsigned> remind_days;  // Loop's bitmask (bit 0 Saturday … bit 6 Friday); nullopt = every day
    std::vector<LoopDay> days;          // any order; several rows for one day are merged
};

// "loop" or "loop-csv": the prefix of every uuid name ("loop:habit:<identity>").
// Fills out.document (and its losses and skipped lines). Deterministic: the same
// habits give the same document, byte for byte.
void build_document(std::vector<LoopHabit> habits, const std::string& uuid_prefix, ForeignImport& out);

// A day from Loop's timestamp (milliseconds at UTC midnight); nullopt outside
// the days Stepwise accepts (1900 to 2200).
std::optional<Day> day_from_millis(long long millis);

// Text from another program made acceptable: valid UTF-8 is required (InputError
// naming `what` otherwise); carriage returns become newlines, other control
// characters (and, in one-line text, line breaks) become spaces. `changed` is
// set when anything was replaced.
std::string clean_text(const std::string& text, bool one_line, const std::string& what, bool& changed);

}  // namespace sw::loop_import
