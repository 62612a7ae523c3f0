// gui [--screenshot FILE.png [--screenshot-info FILE.json]] [--frames N] [--size WxH] [--view …] [--scale F]
#include "gui_command.hpp"

#include "cli/context.hpp"
#include "core/text.hpp"
#include "core/errors.hpp"
#include "ui/ui_state.hpp"
#include "ui/window.hpp"

#include <future>
#include <iostream>

namespace sw::cli {

CLI::App* register_gui_command(CLI::App& root, Context& ctx) {
    struct Flags {
        std::string screenshot, screenshot_info, frames = "3", size = "1280x820", view = "today", scale;
    };
    auto f = std::make_shared<Flags>();
    auto* gui = root.add_subcommand("gui", "Open the window (the default without a command)");
    gui->add_option("--screenshot", f->screenshot, "Render, write a PNG of the last frame, exit");
    gui->add_option("--screenshot-info", f->screenshot_info,
                    "With --screenshot: write what the font atlas holds (glyphs, fallback fonts, placeholders) as JSON");
    gui->add_option("--frames", f->frames, "Frames to render before the screenshot (default 3)");
    gui->add_option("--size", f->size, "Window size WxH (default 1280x820)");
    gui->add_option("--view", f->view, "today, goals, goal:ID, edit:ID (its editor), sessions (or agenda), summary or settings");
    gui->add_option("--scale", f->scale, "UI scale, e.g. 2 for 200% (default: the monitor's)");
    ctx.on(gui, [&ctx, f] {
        ui::GuiOptions o;
        o.screenshot = f->screenshot;
        o.screenshot_info = f->screenshot_info;
        if (!o.screenshot_info.empty() && o.screenshot.empty())
            throw InputError("--screenshot-info goes with --screenshot");
        o.frames = parse_int_in_range("--frames", f->frames, 1, 1000);
        auto x = f->size.find('x');
        if (x == std::string::npos) throw InputError("--size must look like 1280x820, not '" + f->size + "'");
        o.width = parse_int_in_range("--size width", f->size.substr(0, x), 320, 8192);
        o.height = parse_int_in_range("--size height", f->size.substr(x + 1), 240, 8192);
        if (!f->scale.empty()) {
            double scale = parse_number("--scale", f->scale, DecimalSeparator::point);
            if (scale < 0.5 || scale > 4) throw InputError("--scale must be from 0.5 to 4, not '" + f->scale + "'");
            o.scale = static_cast<float>(scale);
        }
        ui::View view;
        int64_t goal = 0;
        if (!ui::parse_view(f->view, view, goal))
            throw InputError("unknown view '" + f->view + "' (today, goals, goal:ID, edit:ID, sessions, agenda, summary or settings)");
        o.view = f->view;
        if (!o.screenshot.empty()) check_output_file("the screenshot", o.screenshot, ctx.db_path);
        if (!o.screenshot_info.empty()) check_output_file("the screenshot info", o.screenshot_info, ctx.db_path);
        ctx.origin = Origin::window;  // the journal says the window made these changes
        // The database opens (and reads everything) on a thread of its own while
        // the window and its OpenGL context are created: on two cores, the first
        // frame waits for the slower of the two instead of both.
        std::future<void> opening = std::async(std::launch::async, [&ctx, view, goal] {
            App& app = ctx.app();
            if (view == ui::View::goal_detail && !app.find_goal(goal))
                throw NotFoundError("no goal with id " + std::to_string(goal));
        });
        auto wait_for_app = [&]() -> App& {
            opening.get();  // rethrows what opening threw
            return ctx.app();
        };
        bool restored = false;
        int code = 0;
        try {
            code = ui::run_gui(wait_for_app, o, restored);
        } catch (const std::runtime_error&) {
            // No window (no display): the data's own error, if any, says more.
            if (opening.valid()) opening.get();
            throw;
        }
        if (!restored) return code;
        return ui::run_gui([&]() -> App& { return ctx.app(); }, o, restored);
    });
    return gui;
}

}  // namespace sw::cli
