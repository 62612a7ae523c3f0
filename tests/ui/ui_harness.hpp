#pragma once
// Drives the real views headless: an ImGui context with no window and no GL,
// input fed through ImGuiIO as the GLFW backend would (Dear ImGui 1.86 API).
#include "app/app.hpp"
#include "ui/ui_state.hpp"

#include <string>

namespace sw::test {

class UiHarness {
public:
    // `size` is the window's in pixels; `scale` the UI scale (2 for 200 %).
    explicit UiHarness(App& app, ui::View view = ui::View::today, int64_t goal = 0,
                       ImVec2 size = ImVec2(1280, 1200), float scale = 1.0f);
    ~UiHarness();

    void frame();               // NewFrame, draw_app, Render, then apply posted commands
    void frames(int n);
    bool has_item(const std::string& name) const;
    std::pair<ImVec2, ImVec2> rect_of(const std::string& name) const;  // throws when not on screen
    // Turns the mouse wheel over the view until the item is on screen; false if it never is.
    bool scroll_to(const std::string& name);
    void click(const std::string& name);        // press and release over a recorded item
    void type(const std::string& name, const std::string& text);  // click into a field, type
    void type_here(const std::string& text);  // type into the field that has the focus
    void press_key(int glfw_key);
    void press_ctrl_key(int glfw_key, bool shift = false);  // Ctrl(+Shift)+key
    ui::UiState& ui() { return ui_; }
    // From the next frame on, draws `app` instead, in the same window with the
    // same UiState (and so the same caches).
    void show(App& app) { app_ = &app; }

private:
    App* app_;
    ui::UiState ui_;
    ImGuiContext* context_ = nullptr;  // each harness its own: two can take turns
};

}  // namespace sw::test
