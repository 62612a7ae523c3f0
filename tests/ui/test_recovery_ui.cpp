// The recovery screen, driven headless: a file with index-only damage is offered
// a Repair, the click repairs it between frames, and the app can open it again.
#include "../store/damage_support.hpp"
#include "store/backup.hpp"
#include "store/integrity.hpp"
#include "support/temp_dir.hpp"
#include "ui/recovery_view.hpp"
#include "ui/theme.hpp"

#include <catch2/catch.hpp>
#include <imgui.h>

using namespace sw;
using namespace sw::test;

namespace {

// The recovery screen alone, as run_gui shows it when the database cannot be opened, with no window.
class RecoveryHarness {
public:
    explicit RecoveryHarness(ui::RecoveryState& state) : state_(state) {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(1000, 700);
        io.DeltaTime = 1.0f / 60.0f;
        io.Fonts->AddFontDefault();
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        ui::apply_theme(ui::ThemeKind::light, 1.0f);
        ui_.record_items = true;
        frames(2);
    }
    ~RecoveryHarness() { ImGui::DestroyContext(); }

    void frame() {
        ui_.item_rects.clear();
        ImGui::NewFrame();
        ui::draw_recovery(ui_, state_);
        ImGui::Render();
        ui::apply_recovery_request(state_);  // what the shell does between frames
    }
    void frames(int n) {
        for (int i = 0; i < n; ++i) frame();
    }
    bool has_item(const std::string& name) const { return ui_.item_rects.count(name) > 0; }
    void click(const std::string& name) {
        REQUIRE(has_item(name));
        auto [min, max] = ui_.item_rects.at(name);
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = ImVec2((min.x + max.x) / 2, (min.y + max.y) / 2);
        frame();
        io.MouseDown[0] = true;
        frame();
        io.MouseDown[0] = false;
        frames(2);
    }

private:
    ui::RecoveryState& state_;
    ui::UiState ui_;
};

}  // namespace

TEST_CASE("The recovery screen repairs index-only damage and then lets the app open the file", "[ui][damage]") {
    TempDir dir;
    std::string path = dir.file("s.db");
    make_goal_with_entries(path, 20);
    hide_rows_from_index(path, 3);
    // The daily full check found it; from then on the window opens on this screen.
    CHECK_THROWS_AS(require_intact(path, backup_dir_for(path), CheckScope::full), DamagedDatabaseError);
    ui::RecoveryState state;
    try {
        Database::open(path);
        FAIL("a damaged file opened");
    } catch (const DamagedDatabaseError& e) {
        REQUIRE(e.repairable);
        state.message = e.what();
        state.damaged = true;
        state.repairable = true;
        state.db_path = e.path;
        state.backup = e.backup;
    }
    RecoveryHarness h(state);
    REQUIRE(h.has_item("recovery.repair"));
    h.click("recovery.repair");
    CHECK(state.repaired);
    CHECK(state.failure.empty());
    CHECK_FALSE(state.moved_aside.empty());  // the damaged file was kept first
    CHECK(h.has_item("recovery.continue"));
    CHECK_NOTHROW(Database::open(path));
    CHECK(table_rows(path, "progress_entries") == 23);  // nothing lost
}
