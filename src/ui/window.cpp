#include "ui/window.hpp"

#include "app/atomic_file.hpp"
#include "app/daily_maintenance.hpp"
#include "core/text.hpp"
#include "store/integrity.hpp"
#include "ui/font_atlas.hpp"
#include "ui/recovery_view.hpp"
#include "ui/screenshot.hpp"
#include "ui/today_draft.hpp"
#include "ui/ui_state.hpp"
#include "ui/views.hpp"

#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <functional>
#include <iostream>
#include <optional>
#include <cfloat>
#include <filesystem>
#include <stdexcept>

#include "store/database.hpp"

namespace sw::ui {
namespace {

// How often an idle window asks whether the file changed (DESIGN: within a second).
constexpr double kWatchSeconds = 1.0;

// How many more frames the loop draws: it renders only when something
// happened. Owned by run_window; GLFW's callbacks reach it through the
// window's user pointer (ImGui's backend does not use it).
struct FrameBudget {
    int frames = 3;
    void at_least(int n) { frames = std::max(frames, n); }
    void wake() { at_least(3); }  // every GLFW event
};

void wake(GLFWwindow* w) { static_cast<FrameBudget*>(glfwGetWindowUserPointer(w))->wake(); }

void install_wake_callbacks(GLFWwindow* w, FrameBudget& budget) {
    glfwSetWindowUserPointer(w, &budget);
    // Installed before ImGui's backend, which chains to them.
    glfwSetCursorPosCallback(w, [](GLFWwindow* win, double, double) { wake(win); });
    glfwSetMouseButtonCallback(w, [](GLFWwindow* win, int, int, int) { wake(win); });
    glfwSetScrollCallback(w, [](GLFWwindow* win, double, double) { wake(win); });
    glfwSetKeyCallback(w, [](GLFWwindow* win, int, int, int, int) { wake(win); });
    glfwSetCharCallback(w, [](GLFWwindow* win, unsigned int) { wake(win); });
    glfwSetWindowFocusCallback(w, [](GLFWwindow* win, int) { wake(win); });
    glfwSetCursorEnterCallback(w, [](GLFWwindow* win, int) { wake(win); });
    glfwSetWindowSizeCallback(w, [](GLFWwindow* win, int, int) { wake(win); });
    glfwSetWindowRefreshCallback(w, [](GLFWwindow* win) { wake(win); });
}

// The window layout (imgui.ini); nothing in screenshot mode (no path).
void save_layout(const std::string& ini_path) {
    ImGui::GetIO().WantSaveIniSettings = false;
    if (ini_path.empty()) return;
    try {
        write_file_atomically(ini_path, ImGui::SaveIniSettingsToMemory());
    } catch (const std::exception&) {
        // Losing a window layout is not worth interrupting anyone for.
    }
}

struct GlfwSession {
    GlfwSession() {
        if (!glfwInit()) throw std::runtime_error("cannot open a window (is a display available? try `stepwise --help` for the command line)");
    }
    ~GlfwSession() { glfwTerminate(); }
};

// The shell shared by the app and the recovery screen: one window, ImGui with
// its GLFW/OpenGL3 backends, and the event-driven loop. `ready` runs once the
// window and its OpenGL context exist (what it waits for, such as the database
// opening on another thread, overlaps their creation) and gives the theme.
// `draw` runs inside a frame; `after_frame` runs outside it and returns true
// when something changed. `watch` runs whenever the idle loop wakes and returns
// true when the data changed.
int run_window(const GuiOptions& options, UiState& ui, const std::function<ThemeKind()>& ready,
               const std::function<void()>& draw, const std::function<bool()>& after_frame,
               const std::function<bool()>& should_close, const std::function<bool()>& watch) {
    bool screenshot_mode = !options.screenshot.empty();
    FrameBudget budget;  // outlives the window whose callbacks point at it
    GlfwSession glfw;
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    GLFWwindow* window = glfwCreateWindow(options.width, options.height, "Stepwise", nullptr, nullptr);
    if (!window) throw std::runtime_error("cannot create an OpenGL 3.3 window");
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);
    install_wake_callbacks(window, budget);
    ThemeKind theme = ready();  // a throw leaves only GLFW to close (GlfwSession)

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    register_today_settings(ui);  // unsaved check-in drafts live in imgui.ini too (today_draft.hpp)
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false;  // a blinking caret would keep an idle window busy
    std::string ini_path;
    if (!screenshot_mode) {
        try {
            create_private_directories(config_directory());  // 0700, like every folder Stepwise makes
        } catch (const StoreError&) {
            // No config folder: ImGui then cannot save the layout, which is all it is for.
        }
        // ImGui would write imgui.ini with the umask's mode; the layout is saved
        // here instead, 0600 and atomically (save_layout), like every file we write.
        ini_path = config_directory() + "/imgui.ini";
        io.IniFilename = nullptr;
        ImGui::LoadIniSettingsFromDisk(ini_path.c_str());
    } else {
        io.IniFilename = nullptr;  // screenshots are reproducible
    }

    float xscale = 1, yscale = 1;
    glfwGetWindowContentScale(window, &xscale, &yscale);
    ui.scale = options.scale > 0 ? options.scale : std::clamp(std::max(xscale, yscale), 1.0f, 3.0f);
    load_fonts(ui);  // the UI's characters; the data's join between frames (refresh_fonts)
    use_theme(ui.caches.theme, theme, ui.scale);

    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");

    int rendered = 0;
    int exit_code = 0;
    while (!glfwWindowShouldClose(window) && !should_close()) {
        if (screenshot_mode) {
            glfwPollEvents();
        } else if (budget.frames <= 0) {
            // Idle: sleep until an event, waking once a second to ask whether another
            // process wrote to the file or the day rolled over (a cheap check, and
            // nothing is drawn unless something changed), or when a short
            // confirmation should disappear.
            double timeout = kWatchSeconds;
            if (!ui.toast.empty()) timeout = std::clamp(ui.toast_until - ImGui::GetTime(), 0.05, timeout);
            glfwWaitEventsTimeout(timeout);
            if (!ui.toast.empty() && ImGui::GetTime() >= ui.toast_until) {
                ui.toast.clear();
                budget.wake();
            }
            if (watch()) budget.wake();
            if (budget.frames <= 0) continue;
        }
        --budget.frames;

        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        // A screenshot shows the view as it rests, not a tooltip under wherever
        // the virtual display put the pointer.
        if (screenshot_mode) io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
        ImGui::NewFrame();
        draw();
        ImGui::Render();
        // Characters the atlas lacks were drawn or typed (a title loaded, a letter
        // in a field): the atlas gains their glyphs now, between frames, and this
        // frame, drawn with placeholders, is not shown; the next one is.
        if (refresh_fonts(ui)) {
            ImGui_ImplOpenGL3_DestroyFontsTexture();
            ImGui_ImplOpenGL3_CreateFontsTexture();
            budget.at_least(1);
            if (after_frame()) budget.at_least(2);
            continue;
        }
        int fb_w = 0, fb_h = 0;
        glfwGetFramebufferSize(window, &fb_w, &fb_h);
        glViewport(0, 0, fb_w, fb_h);
        ImVec4 bg = palette().background;
        glClearColor(bg.x, bg.y, bg.z, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        ++rendered;
        if (screenshot_mode && rendered >= std::max(options.frames, 1)) {
            std::string error = write_framebuffer_png(options.screenshot, fb_w, fb_h);
            if (error.empty() && !options.screenshot_info.empty()) {
                try {
                    write_file_atomically(options.screenshot_info, font_report_json(ui));
                } catch (const std::runtime_error& e) {
                    error = e.what();
                }
            }
            if (!error.empty()) {
                exit_code = 1;
                fprintf(stderr, "stepwise: %s\n", error.c_str());
            }
            break;
        }
        glfwSwapBuffers(window);
        if (io.WantSaveIniSettings) save_layout(ini_path);
        if (after_frame()) budget.at_least(2);
    }

    save_layout(ini_path);
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    return exit_code;
}

}  // namespace

namespace {

RecoveryState recovery_for(const StoreError& error) {
    RecoveryState state;
    state.message = error.what();
    if (const auto* damaged = dynamic_cast<const DamagedDatabaseError*>(&error)) {
        state.damaged = true;
        state.repairable = damaged->repairable;
        state.db_path = damaged->path;
        state.backup = damaged->backup;
    }
    return state;
}

}  // namespace

int run_gui(const std::function<App&()>& wait_for_app, const GuiOptions& options, bool& restored) {
    restored = false;
    UiState ui;
    int64_t goal = 0;
    if (!parse_view(options.view, ui.view, goal)) throw std::invalid_argument("unknown view " + options.view);
    ui.detail_goal = goal;
    ui.reminders.record = options.screenshot.empty();  // a picture is not the client seeing them
    App* opened = nullptr;
    // The database could not be opened: the same window explains why, calmly,
    // and for a damaged file offers the newest good backup or a repair.
    std::optional<RecoveryState> recovery;
    auto ready = [&] {
        try {
            App& app = wait_for_app();
            opened = &app;
            if (options.view.rfind("edit:", 0) == 0) open_goal_editor(ui, app, app.find_goal(goal));
            return theme_setting(app);
        } catch (const StoreError& error) {
            std::cerr << "stepwise: " << terminal_safe(error.what()) << "\n";
            recovery = recovery_for(error);
            return ThemeKind::light;
        }
    };
    // Used only once ready() has run: the loop starts after it.
    auto app_ref = [&]() -> App& { return *opened; };
    auto draw = [&] {
        if (recovery) draw_recovery(ui, *recovery);
        else draw_app(app_ref(), ui);
    };
    // The day's full check and backup: started once the window is up and idle
    // (the first frames never share the two cores with it), on its own thread
    // and connection; what it found shows as a banner.
    MaintenanceThread daily;
    auto daily_report = [&](bool idle) {
        App& app = app_ref();
        if (idle && app.path() != ":memory:" && app.read_only_reason().empty()) daily.start(app.path(), app.today());
        auto report = daily.take_report();
        if (!report || report->message.empty()) return false;
        ui.banner = report->message;
        return true;
    };
    auto settle = [&] {
        // The recovery screen's remedies touch files: between frames, never inside one.
        if (recovery) return apply_recovery_request(*recovery);
        bool changed = after_frame(app_ref(), ui);
        return daily_report(false) || changed;
    };
    auto should_close = [&] { return recovery && recovery->done; };
    // Woken while idle: another process's commits, and a new day while the window stays open.
    auto watch = [&] {
        if (recovery) return false;
        App& app = app_ref();
        bool changed = app.refresh_if_changed();
        if (Day now = today_local(); now != app.today()) {
            app.set_today(now);
            changed = true;
        }
        // A reminder's minute came: the window shows it without being touched.
        changed = check_reminders(app, ui.reminders, local_now()) || changed;
        return daily_report(true) || changed;
    };
    int code = run_window(options, ui, ready, draw, settle, should_close, watch);
    if (!recovery) return code;
    restored = (recovery->restored || recovery->repaired) && recovery->continue_requested;
    return code == 0 ? 1 : code;  // the app itself did not start
}

}  // namespace sw::ui
