#pragma once
// The import reader: an export file (portable.hpp) read into records, every field
// validated and every error named by its path ("goals[3].due_date: …"), before
// the database is touched. What an import then does with each record is the
// merge policy (portable_merge.cpp).
#include "app/records.hpp"

#include <string>
#include <utility>
#include <vector>

namespace sw {

// A record of the file with its path ("goals[3]"), for messages.
template <class T>
struct At {
    T value;
    std::string path;
};

struct ExportFile {
    std::vector<At<Goal>> goals;
    std::vector<At<FileStep>> steps;
    std::vector<At<FileCompletion>> completions;
    std::vector<At<FileCompletion>> skips;  // note always empty
    std::vector<At<FileEntry>> entries;
    std::vector<At<CheckIn>> checkins;
    std::vector<At<Session>> sessions;    // absent from version 1 files
    std::vector<At<Question>> questions;
    std::vector<std::pair<std::string, std::string>> settings;
};

// Refuses what is not a Stepwise export of a version this build reads, a bad
// field, and two records of one kind with one uuid (or two check-ins of one day).
// `today` is the day goals are validated on.
ExportFile read_export(const json& doc, Day today);

}  // namespace sw
