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
    bool repairable = false;            // only its indexes are damaged: REINDEX mends it in place
    std::optional<std::string> backup;  // newest good backup, when damaged
    bool restore_requested = false;  // the shell restores after the frame
    bool restored = false;
    bool repair_requested = false;   // the shell repairs after the frame
    bool repaired = false;
    bool continue_requested = false;
    bool done = false;
    std::string moved_aside;  // where the damaged file was kept (restore or repair)
    std::string failure;
};

void draw_recovery(UiState& ui, RecoveryState& state);

// Between frames: the repair or restore the screen asked for. True when it ran
// (the screen then shows what happened, or why it failed).
bool apply_recovery_request(RecoveryState& state);

}  // namespace sw::ui
