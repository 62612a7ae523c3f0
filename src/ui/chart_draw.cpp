#include "ui/chart_draw.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <vector>

namespace sw::ui {

using namespace sw::chart;

namespace {

ImU32 to_imu32(Rgba c) { return IM_COL32(c.r, c.g, c.b, c.a); }

ImVec2 at(ImVec2 origin, Vec2 p) { return {origin.x + p.x, origin.y + p.y}; }

// Dashes run continuously along the whole path (the phase carries over
// corners), so a dashed polyline looks even however it is segmented. Like the
// pen, the pattern is in points: at 200 % a dash is as long as it looks at 100 %.
void add_dashed_path(ImDrawList* dl, const std::vector<ImVec2>& points, ImU32 col, float thickness, float pen_scale) {
    const float dash = kDashLength * pen_scale;
    const float period = (kDashLength + kDashGap) * pen_scale;
    float phase = 0;  // distance into the current period
    for (size_t i = 1; i < points.size(); ++i) {
        ImVec2 a = points[i - 1];
        ImVec2 b = points[i];
        float dx = b.x - a.x, dy = b.y - a.y;
        float length = std::sqrt(dx * dx + dy * dy);
        float t = 0;
        while (t < length) {
            float remaining = (phase < dash ? dash : period) - phase;
            float step = std::min(remaining, length - t);
            if (phase < dash) {
                ImVec2 p0{a.x + dx * t / length, a.y + dy * t / length};
                ImVec2 p1{a.x + dx * (t + step) / length, a.y + dy * (t + step) / length};
                dl->AddLine(p0, p1, col, thickness);
            }
            t += step;
            phase = std::fmod(phase + step, period);
        }
    }
}

struct Painter {
    ImDrawList* dl;
    ImVec2 origin;
    const ChartPalette& palette;

    void operator()(const Line& l) const {
        ImU32 col = palette[l.ink];
        float w = l.thickness * palette.pen_scale;
        if (l.dashed) add_dashed_path(dl, {at(origin, l.p0), at(origin, l.p1)}, col, w, palette.pen_scale);
        else dl->AddLine(at(origin, l.p0), at(origin, l.p1), col, w);
    }
    void operator()(const Polyline& p) const {
        std::vector<ImVec2> points;
        points.reserve(p.points.size());
        for (Vec2 v : p.points) points.push_back(at(origin, v));
        if (points.size() < 2) return;
        ImU32 col = palette[p.ink];
        float w = p.thickness * palette.pen_scale;
        if (p.dashed) add_dashed_path(dl, points, col, w, palette.pen_scale);
        else dl->AddPolyline(points.data(), static_cast<int>(points.size()), col, ImDrawFlags_None, w);
    }
    void operator()(const Rect& r) const {
        ImU32 col = palette[r.ink];
        if (r.filled) dl->AddRectFilled(at(origin, r.min), at(origin, r.max), col, r.rounding);
        else dl->AddRect(at(origin, r.min), at(origin, r.max), col, r.rounding, ImDrawFlags_None,
                         r.thickness * palette.pen_scale);
    }
    void operator()(const Text& t) const {
        const char* begin = t.text.data();
        const char* end = begin + t.text.size();
        ImVec2 size = ImGui::CalcTextSize(begin, end);
        ImVec2 pos = at(origin, t.pos);
        if (t.halign == HAlign::center) pos.x -= size.x / 2;
        if (t.halign == HAlign::right) pos.x -= size.x;
        if (t.valign == VAlign::middle) pos.y -= size.y / 2;
        if (t.valign == VAlign::bottom) pos.y -= size.y;
        // Whole pixels keep the font crisp.
        dl->AddText(ImVec2(std::floor(pos.x), std::floor(pos.y)), palette[t.ink], begin, end);
    }
    void operator()(const Circle& c) const {
        ImVec2 center = at(origin, c.center);
        float radius = c.radius * palette.pen_scale;
        if (c.filled) {
            dl->AddCircleFilled(center, radius, palette[c.ink]);
            return;
        }
        dl->AddCircleFilled(center, radius, palette[Ink::background]);  // hide the line behind
        dl->AddCircle(center, radius, palette[c.ink], 0, c.thickness * palette.pen_scale);
    }
};

void draw_highlight(ImDrawList* dl, const HoverTarget& target, ImVec2 origin, const ChartModel& model,
                    const ChartPalette& palette) {
    ImU32 col = palette[Ink::text];
    if (const auto* cell = std::get_if<Area>(&target.area)) {
        bool whole_chart = cell->width() >= model.width - 1 && cell->height() >= model.height - 1;
        if (whole_chart) return;  // e.g. a bullet bar: a frame around everything says nothing
        dl->AddRect(at(origin, cell->min), at(origin, cell->max), col, 2.0f, ImDrawFlags_None, 1.5f);
        return;
    }
    Vec2 p = std::get<Vec2>(target.area);
    if (!model.plot_area.empty())  // a faint guide line helps read the date
        dl->AddLine(at(origin, {p.x, model.plot_area.min.y}), at(origin, {p.x, model.plot_area.max.y}),
                    palette[Ink::axis], 1.0f);
    dl->AddCircle(at(origin, p), 5.5f, col, 0, 1.5f);
}

}  // namespace

ChartPalette to_chart_palette(const Palette& palette) {
    ChartPalette out{};
    for (size_t i = 0; i < ink_count; ++i) out.ink[i] = to_imu32(palette[i]);
    return out;
}

ChartPalette light_chart_palette() { return to_chart_palette(light_palette()); }
ChartPalette dark_chart_palette() { return to_chart_palette(dark_palette()); }

TextMeasure imgui_text_measure() {
    return TextMeasure{[](std::string_view text) {
                           return ImGui::CalcTextSize(text.data(), text.data() + text.size()).x;
                       },
                       ImGui::GetFontSize()};
}

void draw_chart(ImDrawList* draw_list, const ChartModel& model, ImVec2 origin, const ChartPalette& palette) {
    ImVec2 max{origin.x + model.width, origin.y + model.height};
    draw_list->PushClipRect(origin, max, true);  // ImDrawList works in screen coordinates
    Painter painter{draw_list, origin, palette};
    for (const Primitive& p : model.primitives) std::visit(painter, p);
    draw_list->PopClipRect();
}

ChartInput chart_widget(const char* id, const ChartModel& model, const ChartPalette& palette) {
    ImVec2 origin = ImGui::GetCursorScreenPos();
    // InvisibleButton asserts on a zero size.
    ImVec2 size{std::max(model.width, 1.0f), std::max(model.height, 1.0f)};
    bool released = ImGui::InvisibleButton(id, size);  // true on release over it, as a Button
    bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    draw_chart(dl, model, origin, palette);
    ChartInput input;
    if (!hovered) return input;

    ImVec2 mouse = ImGui::GetIO().MousePos;
    auto index = hover_target_at(model, {mouse.x - origin.x, mouse.y - origin.y});
    if (!index) return input;
    input.hovered = static_cast<int>(*index);
    const HoverTarget& target = model.hover_targets[*index];
    bool clickable = target.response == HoverTarget::Response::click;
    if (target.response != HoverTarget::Response::quiet) {
        dl->PushClipRect(origin, {origin.x + size.x, origin.y + size.y}, true);
        draw_highlight(dl, target, origin, model, palette);
        dl->PopClipRect();
    }
    if (clickable) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        if (released) input.clicked = input.hovered;
    }
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(target.tooltip.data(), target.tooltip.data() + target.tooltip.size());
    if (clickable) ImGui::TextDisabled("Click to change");
    ImGui::EndTooltip();
    return input;
}

}  // namespace sw::ui
