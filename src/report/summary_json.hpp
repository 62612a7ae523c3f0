#pragma once
// The coach summary as JSON for tools. The shape is a contract documented field
// by field in docs/summary-schema.md: add fields, never rename or retype them.
#include "report/summary_model.hpp"

#include <nlohmann/json.hpp>

namespace sw::report {

inline constexpr int kSummarySchemaVersion = 1;

nlohmann::json summary_json(const Summary& summary);

}  // namespace sw::report
