#pragma once
// The desktop shell: a GLFW window with an OpenGL 3.3 core context, Dear ImGui's
// GLFW and OpenGL3 backends, and an event-driven loop.
#include "app/app.hpp"

#include <functional>
#include <string>

namespace sw::ui {

struct GuiOptions {
    std::string screenshot;  // write a PNG of the last frame and exit
    std::string screenshot_info;  // with it: what the font atlas holds, as JSON (font_report_json)
    int frames = 3;          // frames rendered before the screenshot
    int width = 1280;
    int height = 820;
    std::string view = "today";
    float scale = 0;  // UI scale; 0 = the monitor's content scale (HiDPI)
};

// Runs until the window closes (or the screenshot is written). Returns an exit
// code. `wait_for_app` is called once the window and its OpenGL context exist:
// the database can open on another thread meanwhile. When it throws StoreError,
// the same window explains why (and for a damaged file offers the newest good
// backup or a repair) and the code is non-zero; `restored` then says whether
// the file was mended and the person chose to continue, for the caller to
// open the app again. Other errors propagate, with the window closed.
int run_gui(const std::function<App&()>& wait_for_app, const GuiOptions& options, bool& restored);

}  // namespace sw::ui
