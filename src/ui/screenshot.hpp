#pragma once
#include <string>

namespace sw::ui {
// Reads the current OpenGL back buffer and writes it as a PNG; returns an error
// message, or "" on success.
std::string write_framebuffer_png(const std::string& path, int width, int height);
}  // namespace sw::ui
