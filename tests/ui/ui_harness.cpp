#include "ui_harness.hpp"

#include "ui/font_atlas.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <stdexcept>

namespace sw::test {

UiHarness::UiHarness(App& app, ui::View view, int64_t goal, ImVec2 size, float scale) : app_(&app) {
    context_ = ImGui::CreateContext();
    ImGui::SetCurrentContext(context_);  // CreateContext keeps another harness's current
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;  // as the OpenGL3 backend: large lists need it
    io.DisplaySize = size;  // the default is tall enough for the whole goal editor
    ui_.scale = scale;
    io.DeltaTime = 1.0f / 60.0f;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    // The key codes the GLFW backend would map.
    io.KeyMap[ImGuiKey_Tab] = GLFW_KEY_TAB;
    io.KeyMap[ImGuiKey_Enter] = GLFW_KEY_ENTER;
    io.KeyMap[ImGuiKey_KeyPadEnter] = GLFW_KEY_KP_ENTER;
    io.KeyMap[ImGuiKey_Escape] = GLFW_KEY_ESCAPE;
    io.KeyMap[ImGuiKey_Space] = GLFW_KEY_SPACE;
    io.KeyMap[ImGuiKey_Z] = GLFW_KEY_Z;
    io.KeyMap[ImGuiKey_Y] = GLFW_KEY_Y;
    io.KeyMap[ImGuiKey_Backspace] = GLFW_KEY_BACKSPACE;
    io.KeyMap[ImGuiKey_UpArrow] = GLFW_KEY_UP;
    io.KeyMap[ImGuiKey_DownArrow] = GLFW_KEY_DOWN;
    io.KeyMap[ImGuiKey_LeftArrow] = GLFW_KEY_LEFT;
    io.KeyMap[ImGuiKey_RightArrow] = GLFW_KEY_RIGHT;
    io.KeyMap[ImGuiKey_Home] = GLFW_KEY_HOME;
    io.KeyMap[ImGuiKey_End] = GLFW_KEY_END;
    io.KeyMap[ImGuiKey_Delete] = GLFW_KEY_DELETE;
    io.KeyMap[ImGuiKey_A] = GLFW_KEY_A;  // Ctrl+A selects a field's text
    ui::load_fonts(ui_);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // the atlas a renderer would upload
    ui::use_theme(ui_.caches.theme, ui::theme_setting(app), scale);
    ui_.record_items = true;
    ui::open_view(ui_, view, goal);
    frames(2);
}

UiHarness::~UiHarness() { ImGui::DestroyContext(context_); }

void UiHarness::frame() {
    ImGui::SetCurrentContext(context_);
    ui_.item_rects.clear();
    ImGui::NewFrame();
    ui::draw_app(*app_, ui_);
    ImGui::Render();
    ui::after_frame(*app_, ui_);  // as the window does between frames
    if (ui::refresh_fonts(ui_)) {  // new characters: the window rebuilds its atlas here too
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    }
}

void UiHarness::frames(int n) {
    for (int i = 0; i < n; ++i) frame();
}

bool UiHarness::has_item(const std::string& name) const { return ui_.item_rects.count(name) > 0; }

bool UiHarness::scroll_to(const std::string& name) {
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    for (int i = 0; i < 60 && !has_item(name); ++i) {
        io.MousePos = ImVec2(io.DisplaySize.x * 0.6f, io.DisplaySize.y * 0.5f);
        io.MouseWheel = -3.0f;
        frame();
        io.MouseWheel = 0;
    }
    frame();  // settle: rects recorded where the item rests
    return has_item(name);
}

std::pair<ImVec2, ImVec2> UiHarness::rect_of(const std::string& name) const {
    auto it = ui_.item_rects.find(name);
    if (it == ui_.item_rects.end()) throw std::runtime_error("no item named " + name + " on screen");
    return it->second;
}

void UiHarness::click(const std::string& name) {
    auto it = ui_.item_rects.find(name);
    if (it == ui_.item_rects.end()) throw std::runtime_error("no item named " + name + " on screen");
    auto [min, max] = it->second;
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f);
    frame();  // hover first, as a real pointer would
    io.MouseDown[0] = true;
    frame();
    io.MouseDown[0] = false;  // a Button fires on release
    frame();
    frame();
}

void UiHarness::type(const std::string& name, const std::string& text) {
    click(name);
    ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
    frames(2);
}

void UiHarness::type_here(const std::string& text) {
    ImGui::SetCurrentContext(context_);
    ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
    frames(2);
}

void UiHarness::press_ctrl_key(int glfw_key, bool shift) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = true;
    io.KeyShift = shift;
    press_key(glfw_key);
    io.KeyCtrl = io.KeyShift = false;
    frames(1);
}

void UiHarness::press_key(int glfw_key) {
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.KeysDown[glfw_key] = true;
    frame();
    io.KeysDown[glfw_key] = false;
    frames(2);
}

}  // namespace sw::test
