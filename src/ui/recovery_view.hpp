#pragma once
// The screen shown instead of the app when the database failed its check.
#include "store/database.hpp"
#include "ui/ui_state.hpp"

#include <string>

namespace sw::ui {

struct RecoveryState {
    const DamagedDatabaseError* error = nullptr;
    bool restore_requested = false;  // the shell restores after the frame
    bool restored = false;
    bool continue_requested = false;
    bool done = false;
    std::string moved_aside;
    std::string failure;
};

void draw_recovery(UiState& ui, RecoveryState& state);

}  // namespace sw::ui
