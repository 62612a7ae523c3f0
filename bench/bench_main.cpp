// stepwise_bench: builds a large database (200 goals, 2,000 steps, 200,000
// entries ≈ ten years of logging) and reports measured timings:
//   open + build view-models, frame times of the real views (headless ImGui,
//   no GL), and analytics for every goal.
// Usage: stepwise_bench [--keep PATH]   (keep the database to open in the GUI)
#include "app/app.hpp"
#include "store/entry_repository.hpp"
#include "store/goal_repository.hpp"
#include "store/step_repository.hpp"
#include "ui/font_atlas.hpp"
#include "ui/ui_state.hpp"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

using namespace sw;
using Clock = std::chrono::steady_clock;

namespace {

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

constexpr int kGoals = 200, kStepsPerGoal = 10, kEntries = 200000;

void build_database(const std::string& path, Day today) {
    Database db = Database::open(path);
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> noise(-1.0, 1.0);
    db.write([&] {
        int entries_left = kEntries;
        for (int i = 0; i < kGoals; ++i) {
            Goal g;
            g.title = "Goal " + std::to_string(i + 1) + (i % 7 == 0 ? " — Café ✓" : "");
            g.life_area = default_life_areas()[i % default_life_areas().size()];
            g.start_date = add_days(today, -3650 + i);
            g.due_date = add_days(today, 90 + i);
            g.why = "Because it matters";
            bool milestone = i % 10 == 9;
            if (!milestone) {
                g.kind = GoalKind::numeric;
                g.measure = i % 2 ? Measure::total : Measure::level;
                g.unit = g.measure == Measure::total ? "km" : "kg";
                g.baseline = g.measure == Measure::total ? 0 : 90;
                g.target = g.measure == Measure::total ? 5000 : 75;  // level goals decrease
            }
            insert_goal(db, g);
            if (!milestone) {
                // Spread this goal's share of entries over ten years.
                int remaining_goals = kGoals - i - (kGoals - i) / 10;
                int n = entries_left / std::max(1, remaining_goals);
                entries_left -= n;
                for (int k = 0; k < n; ++k) {
                    ProgressEntry e;
                    e.goal_id = g.id;
                    e.date = add_days(g.start_date, static_cast<int>(static_cast<long>(k) * 3640 / std::max(1, n)));
                    double t = static_cast<double>(k) / n;
                    e.value = g.measure == Measure::total ? 1.5 + noise(rng) : 90 - 14 * t + noise(rng);
                    insert_entry(db, e);
                }
            }
            for (int s = 0; s < kStepsPerGoal; ++s) {
                Step step;
                step.goal_id = g.id;
                step.title = "Step " + std::to_string(s + 1) + " of goal " + std::to_string(i + 1);
                // Daily habits started with the goal (ten years of schedule for streaks
                // to walk); the others started about a year ago.
                step.start_date = s == 0 ? g.start_date : add_days(today, -400);
                if (s < 3) step.repeat = parse_recurrence(s == 0 ? "daily" : s == 1 ? "weekly:MO,WE,FR" : "every:3");
                else step.due_date = add_days(today, (s - 6) * 5);
                if (s >= 3 && s < 6) {
                    step.status = StepStatus::done;
                    step.done_date = add_days(today, -s);
                }
                insert_step(db, step);
                if (step.is_recurring())
                    for (int d = -400; d < 0; ++d)
                        if (rng() % 4 != 0 && is_scheduled(step.repeat, step.start_date, add_days(today, d)))
                            add_completion(db, step.id, add_days(today, d));
            }
        }
    });
}

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
    std::string keep = argc == 3 && std::string(argv[1]) == "--keep" ? argv[2] : "";
    auto dir = std::filesystem::temp_directory_path() / ("stepwise-bench-" + std::to_string(std::random_device{}()));
    std::filesystem::create_directories(dir);
    std::string path = keep.empty() ? (dir / "bench.db").string() : keep;
    Day today = today_local();

    auto t0 = Clock::now();
    if (!std::filesystem::exists(path)) build_database(path, today);
    std::printf("database: %d goals, %d steps, %d entries (built in %.0f ms)\n", kGoals, kGoals * kStepsPerGoal,
                kEntries, ms_since(t0));

    // The app's own open path: quick_check, and once a day an online backup
    // (checked with integrity_check) before anything else. Measured on a copy
    // with an empty backups folder, then again once today's backup exists.
    std::string copy = (dir / "copy.db").string();
    std::filesystem::copy_file(path, copy, std::filesystem::copy_options::overwrite_existing);
    OpenOptions app_open = OpenOptions::for_app(today);
    app_open.backup_dir = (dir / "backups").string();
    auto t0b = Clock::now();
    { App first(Database::open(copy, app_open), today); first.snapshot(); }
    std::printf("first open of the day (with the daily backup): %.1f ms\n", ms_since(t0b));

    auto t1 = Clock::now();
    App app(Database::open(copy, app_open), today);
    const Snapshot& snap = app.snapshot();
    double open_ms = ms_since(t1);
    std::printf("open + build view-models: %.1f ms (%zu goal rows)\n", open_ms, snap.goals.size());

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

    std::printf("\n%-26s %10s %10s %10s\n", "view (300 frames)", "median", "p95", "max");
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
        std::printf("%-26s %8.3f ms %7.3f ms %7.3f ms\n", c.name, s.median, s.p95, s.max);
    }
    ImGui::DestroyContext();
    std::filesystem::remove_all(dir);
    if (!keep.empty()) std::printf("\nkept %s — open it with: stepwise --db %s\n", path.c_str(), path.c_str());
    return 0;
}
