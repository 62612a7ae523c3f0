#include "ui/screenshot.hpp"

#include <GLFW/glfw3.h>
#include <stb_image_write.h>

#include <vector>

namespace sw::ui {

std::string write_framebuffer_png(const std::string& path, int width, int height) {
    if (width <= 0 || height <= 0) return "the window has no pixels to capture";
    std::vector<unsigned char> pixels(static_cast<size_t>(width) * height * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    // OpenGL's origin is bottom-left; PNG rows go top-down.
    stbi_flip_vertically_on_write(1);
    int stride = width * 4;
    if (!stbi_write_png(path.c_str(), width, height, 4, pixels.data(), stride))
        return "cannot write the screenshot to " + path;
    return "";
}

}  // namespace sw::ui
