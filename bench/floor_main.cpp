// stepwise_floor: the least any GLFW + OpenGL3 + Dear ImGui app pays, for
// stepwise_bench to compare `stepwise gui --screenshot X.png --frames 6` with.
// The same shape as Stepwise's screenshot mode (src/ui/window.cpp): a 1280×820
// OpenGL 3.3 core window, one font (DejaVu Sans at the app's body size, 17 px),
// 6 frames of one small window with a line of text and a button, then the back
// buffer read with glReadPixels, encoded by stb_image_write and written through
// a temporary file, fsync and rename. No Stepwise code is linked.
// Usage: stepwise_floor OUT.png
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <stb_image_write.h>

#include <cfloat>
#include <cstdio>
#include <string>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr int kWidth = 1280, kHeight = 820, kFrames = 6;
constexpr float kFontPixels = 17.0f;  // font_atlas.cpp: the body font at scale 1
constexpr const char* kFont = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

void append_bytes(void* context, void* data, int size) {
    static_cast<std::string*>(context)->append(static_cast<const char*>(data), static_cast<size_t>(size));
}

// As Stepwise writes its screenshot: 0600, never half-written (temp file,
// fsync, rename, fsync of the folder).
bool write_atomically(const std::string& path, const std::string& bytes) {
    std::string tmp = path + ".tmp-XXXXXX";
    int fd = ::mkstemp(tmp.data());
    if (fd < 0) return false;
    bool ok = ::fchmod(fd, 0600) == 0 && ::write(fd, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size()) &&
              ::fsync(fd) == 0;
    ok = ::close(fd) == 0 && ok;
    ok = ok && ::rename(tmp.c_str(), path.c_str()) == 0;
    if (!ok) {
        ::unlink(tmp.c_str());
        return false;
    }
    auto slash = path.rfind('/');
    std::string dir = slash == std::string::npos ? "." : path.substr(0, slash + 1);
    int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
    return true;
}

bool write_framebuffer_png(const std::string& path, int width, int height) {
    std::vector<unsigned char> pixels(static_cast<size_t>(width) * height * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    stbi_flip_vertically_on_write(1);  // OpenGL's origin is bottom-left
    std::string png;
    if (!stbi_write_png_to_func(append_bytes, &png, width, height, 4, pixels.data(), width * 4)) return false;
    return write_atomically(path, png);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: stepwise_floor OUT.png\n");
        return 2;
    }
    if (!glfwInit()) {
        std::fprintf(stderr, "stepwise_floor: cannot open a window (no display?)\n");
        return 1;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    GLFWwindow* window = glfwCreateWindow(kWidth, kHeight, "floor", nullptr, nullptr);
    if (!window) {
        std::fprintf(stderr, "stepwise_floor: cannot create an OpenGL 3.3 window\n");
        glfwTerminate();
        return 1;
    }
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    if (!io.Fonts->AddFontFromFileTTF(kFont, kFontPixels)) {
        std::fprintf(stderr, "stepwise_floor: cannot read %s\n", kFont);
        return 1;
    }
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");

    int exit_code = 0;
    for (int frame = 1; frame <= kFrames; ++frame) {
        glfwPollEvents();
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(20, 20), ImGuiCond_Always);
        ImGui::Begin("Floor", nullptr, ImGuiWindowFlags_AlwaysAutoResize);
        ImGui::TextUnformatted("The least any ImGui app pays.");
        ImGui::Button("OK");
        ImGui::End();
        ImGui::Render();
        int fb_w = 0, fb_h = 0;
        glfwGetFramebufferSize(window, &fb_w, &fb_h);
        glViewport(0, 0, fb_w, fb_h);
        glClearColor(0.96f, 0.96f, 0.96f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        if (frame == kFrames) {
            if (!write_framebuffer_png(argv[1], fb_w, fb_h)) {
                std::fprintf(stderr, "stepwise_floor: cannot write %s\n", argv[1]);
                exit_code = 1;
            }
            break;
        }
        glfwSwapBuffers(window);
    }

    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    return exit_code;
}
