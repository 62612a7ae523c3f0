#pragma once
// The screen shown instead of the app when the database failed its check.
#include "store/database.hpp"
#include "ui/ui_state.hpp"

#include <optional>
#include <string>

namespace sw::ui {

struct RecoveryState {
    std::string message;                // the store's one-line explanation
    std::string db_path;
    bool damaged = false;               // failed its check (else: foreign, newer, unreadable)
    std::optional<std::string> backup;  // newest good backup, when damaged
    bool restore_requested = false;  // the shell restores after the frame
    bool restored = false;
    bool continue_requested = false;
    bool done = false;
    std::string moved_aside;
    std::string failure;
};

void draw_recovery(UiState& ui, RecoveryState& state);

}  // namespace sw::ui
