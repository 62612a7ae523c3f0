#include "ui/screenshot.hpp"

#include "app/atomic_file.hpp"

#include <GLFW/glfw3.h>
#include <stb_image_write.h>

#include <stdexcept>
#include <vector>

namespace sw::ui {

namespace {
// stb hands the encoded PNG over in pieces; they are collected in memory.
void append_bytes(void* context, void* data, int size) {
    static_cast<std::string*>(context)->append(static_cast<const char*>(data), static_cast<size_t>(size));
}
}  // namespace

std::string write_framebuffer_png(const std::string& path, int width, int height) {
    if (width <= 0 || height <= 0) return "the window has no pixels to capture";
    std::vector<unsigned char> pixels(static_cast<size_t>(width) * height * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    // OpenGL's origin is bottom-left; PNG rows go top-down.
    stbi_flip_vertically_on_write(1);
    int stride = width * 4;
    std::string png;
    if (!stbi_write_png_to_func(append_bytes, &png, width, height, 4, pixels.data(), stride))
        return "cannot encode the screenshot as PNG";
    // Through the atomic writer, not stb's fopen: the file is 0600 whatever the
    // umask (a screenshot shows private goals) and never left half-written.
    try {
        write_file_atomically(path, png);
    } catch (const std::runtime_error& e) {
        return e.what();
    }
    return "";
}

}  // namespace sw::ui
