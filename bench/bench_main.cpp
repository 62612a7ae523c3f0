// stepwise_bench: builds a large database (200 goals, 2,000 steps, 200,000
// entries ≈ ten years of logging) and reports, in one run:
//   in process: open + build view-models, the daily check and backup, analytics
//   for every goal, and frame times of the real views (headless ImGui, no GL);
//   as child processes: the window's first frames and peak memory against a
//   bare ImGui app (stepwise_floor), and the common CLI commands
//   (process_bench.cpp; the window part needs a display: run under `xvfb-run -a`).
// Usage: stepwise_bench [--keep PATH]   (keep the database to open in the GUI)
#include "app/app.hpp"
#include "child_process.hpp"
#include "process_bench.hpp"
#include "store/maintenance.hpp"
#include "ten_year_database.hpp"
#include "ui/font_atlas.hpp"
#include "ui/ui_state.hpp"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <thread>
#include <vector>

using namespace sw;
using Clock = std::chrono::steady_clock;

namespace {

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

constexpr double kFrameP95Ms = 0.5;  // issue 10

struct FrameStats {
    double median, p95, max;
};

FrameStats time_frames(App& app, ui::UiState& ui, int frames) {
    std::vector<double> times;
    ImGuiIO& io = ImGui::GetIO();
    for (int i = 0; i < frames; ++i) {
        // Move the mouse a little so hover paths run, as with a real pointer.
        io.MousePos = ImVec2(400.0f + static_cast<float>(i % 50) * 12.0f, 300.0f + static_cast<float>(i % 17) * 20.0f);
        auto start = Clock::now();
        ImGui::NewFrame();
        ui::draw_app(app, ui);
        ImGui::Render();
        times.push_back(ms_since(start));
        // As the window does between frames (not timed: it happens once per new character).
        if (ui::refresh_fonts(ui)) {
            unsigned char* pixels = nullptr;
            int w = 0, h = 0;
            io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        }
    }
    std::sort(times.begin(), times.end());
    return {times[times.size() / 2], times[static_cast<size_t>(times.size() * 0.95)], times.back()};
}

}  // namespace

int main(int argc, char** argv) {
    bench::start_launcher();  // while this process is small (child_process.hpp)
    std::string keep = argc == 3 && std::string(argv[1]) == "--keep" ? argv[2] : "";
    auto dir = std::filesystem::temp_directory_path() / ("stepwise-bench-" + std::to_string(std::random_device{}()));
    std::filesystem::create_directories(dir);
    std::string path = keep.empty() ? (dir / "bench.db").string() : keep;
    Day today = today_local();
    if (const char* display = std::getenv("DISPLAY"); !display || !*display)
        std::printf("note: DISPLAY is not set — the window measurements will be skipped (run under `xvfb-run -a`)\n");
    // Every figure is wall time: on a shared machine, other work shows in it.
    std::ifstream loadavg("/proc/loadavg");
    double load = 0;
    loadavg >> load;
    std::printf("machine: %u cores, load average %.2f at start\n", std::thread::hardware_concurrency(), load);

    auto t0 = Clock::now();
    if (!std::filesystem::exists(path)) bench::build_ten_year_database(path, today);
    std::printf("database: %d goals, %d steps, %d entries (built in %.0f ms)\n", bench::kGoals,
                bench::kGoals * bench::kStepsPerGoal, bench::kEntries, ms_since(t0));

    // The app's own open path, on a copy. The first open of a day also runs the
    // full check and the backup (store/maintenance.hpp), after answering: in a
    // detached process for the CLI, on a thread for the window.
    std::string copy = (dir / "copy.db").string();
    std::filesystem::copy_file(path, copy, std::filesystem::copy_options::overwrite_existing);
    auto t1 = Clock::now();
    App app(Database::open(copy, OpenOptions::for_app(today)), today);
    const Snapshot& snap = app.snapshot();
    std::printf("open + build view-models: %.1f ms (%zu goal rows)\n", ms_since(t1), snap.goals.size());

    auto t1b = Clock::now();
    MaintenanceReport daily = run_daily_maintenance(copy, (dir / "backups").string(), today);
    double daily_ms = ms_since(t1b);
    if (daily.ran && daily.backup)
        std::printf("daily full check + backup (once a day, after the first answer): %.1f ms\n", daily_ms);
    else
        std::printf("daily full check + backup: did not run (%s)\n", daily.message.c_str());

    auto t2 = Clock::now();
    Snapshot again = app.snapshot_on(today);
    std::printf("analytics for all %zu goals: %.1f ms\n", again.goals.size(), ms_since(t2));

    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;  // as the OpenGL3 backend: large lists need it
    io.DisplaySize = ImVec2(1280, 820);
    io.DeltaTime = 1.0f / 60.0f;
    ui::UiState ui;
    ui::load_fonts(ui);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    ui::apply_theme(ui::ThemeKind::light, 1.0f);

    // The goal with the most entries is the heaviest detail view.
    int64_t busiest = snap.goals.front().goal.id;
    for (const auto& row : snap.goals)
        if (row.entry_count > snap.goal(busiest)->entry_count) busiest = row.goal.id;

    std::printf("\n%-26s %10s %10s %10s   %s\n", "view (300 frames)", "median", "p95", "max", "target");
    struct Case {
        const char* name;
        ui::View view;
        int64_t goal;
    } cases[] = {{"Goals", ui::View::goals, 0},
                 {"Today", ui::View::today, 0},
                 {"Goal detail (busiest)", ui::View::goal_detail, busiest},
                 {"Summary (preview)", ui::View::summary, 0}};
    for (const auto& c : cases) {
        ui::open_view(ui, c.view, c.goal);
        time_frames(app, ui, 10);  // warm-up: first-use allocations, cached charts
        FrameStats s = time_frames(app, ui, 300);
        std::printf("%-26s %8.3f ms %7.3f ms %7.3f ms   p95 < %.1f ms %s\n", c.name, s.median, s.p95, s.max,
                    kFrameP95Ms, s.p95 < kFrameP95Ms ? "met" : "NOT met");
    }
    ImGui::DestroyContext();

    bench::run_process_benchmarks(path, dir.string(), today);

    std::filesystem::remove_all(dir);
    if (!keep.empty()) std::printf("\nkept %s — open it with: stepwise --db %s\n", path.c_str(), path.c_str());
    return 0;
}
