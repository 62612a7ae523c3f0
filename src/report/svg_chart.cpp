#include "report/svg_chart.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace sw::report {

using namespace sw::chart;

namespace {

// Baseline offsets from the anchor edge, as fractions of the font size, so SVG
// text lands where ImGui's top-left-anchored text does.
constexpr float kAscent = 0.78f;
constexpr float kMiddle = 0.35f;
constexpr float kDescent = 0.22f;

std::string num(float v) {
    if (!std::isfinite(v)) v = 0;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", static_cast<double>(v));
    std::string s = buf;
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s == "-0" ? "0" : s;
}

struct Writer {
    const Palette& palette;
    float font_px;
    std::string out;

    std::string colour(Ink ink) const { return to_hex(colour_of(palette, ink)); }
    void attr(std::string_view name, std::string_view value) {
        out += ' ';
        out += name;
        out += "=\"";
        out += value;
        out += '"';
    }
    void attr(std::string_view name, float value) { attr(name, num(value)); }
    void stroke(Ink ink, float thickness, bool dashed) {
        attr("stroke", colour(ink));
        attr("stroke-width", thickness);
        if (dashed) attr("stroke-dasharray", num(kDashLength) + " " + num(kDashGap));
    }

    void operator()(const Line& l) {
        out += "<line";
        attr("x1", l.p0.x); attr("y1", l.p0.y); attr("x2", l.p1.x); attr("y2", l.p1.y);
        stroke(l.ink, l.thickness, l.dashed);
        out += "/>\n";
    }
    void operator()(const Polyline& p) {
        std::string points;
        for (Vec2 v : p.points) points += num(v.x) + "," + num(v.y) + " ";
        if (!points.empty()) points.pop_back();
        out += "<polyline";
        attr("points", points);
        attr("fill", "none");
        stroke(p.ink, p.thickness, p.dashed);
        attr("stroke-linejoin", "round");
        out += "/>\n";
    }
    void operator()(const Rect& r) {
        out += "<rect";
        attr("x", r.min.x); attr("y", r.min.y);
        attr("width", std::max(0.0f, r.max.x - r.min.x));
        attr("height", std::max(0.0f, r.max.y - r.min.y));
        if (r.rounding > 0) attr("rx", r.rounding);
        if (r.filled) attr("fill", colour(r.ink));
        else {
            attr("fill", "none");
            stroke(r.ink, r.thickness, false);
        }
        out += "/>\n";
    }
    void operator()(const Text& t) {
        float y = t.pos.y;
        switch (t.valign) {
            case VAlign::top: y += kAscent * font_px; break;
            case VAlign::middle: y += kMiddle * font_px; break;
            case VAlign::bottom: y -= kDescent * font_px; break;
        }
        out += "<text";
        attr("x", t.pos.x); attr("y", y);
        attr("fill", colour(t.ink));
        if (t.halign == HAlign::center) attr("text-anchor", "middle");
        if (t.halign == HAlign::right) attr("text-anchor", "end");
        out += '>';
        out += xml_escape(t.text);
        out += "</text>\n";
    }
    void operator()(const Circle& c) {
        out += "<circle";
        attr("cx", c.center.x); attr("cy", c.center.y); attr("r", c.radius);
        if (c.filled) attr("fill", colour(c.ink));
        else {
            attr("fill", colour(Ink::background));  // hollow dots hide the line behind them
            stroke(c.ink, c.thickness, false);
        }
        out += "/>\n";
    }

    void hit_area(Area a, const std::string& tooltip) {
        out += "<rect";
        attr("x", a.min.x); attr("y", a.min.y); attr("width", a.width()); attr("height", a.height());
        attr("fill", "#000");
        attr("fill-opacity", "0");  // invisible but still hovered (fill is not "none")
        out += "><title>" + xml_escape(tooltip) + "</title></rect>\n";
    }
};

// Point targets get columns reaching halfway to their neighbours, so the
// browser shows the nearest point by x, as the app does.
void add_point_hit_areas(Writer& w, const ChartModel& model) {
    Area plot = model.plot_area.empty() ? Area{{0, 0}, {model.width, model.height}} : model.plot_area;
    std::vector<const HoverTarget*> points;
    for (const HoverTarget& t : model.hover_targets)
        if (t.is_point()) points.push_back(&t);
    std::stable_sort(points.begin(), points.end(), [](const HoverTarget* a, const HoverTarget* b) {
        return std::get<Vec2>(a->area).x < std::get<Vec2>(b->area).x;
    });
    for (size_t i = 0; i < points.size(); ++i) {
        float x = std::get<Vec2>(points[i]->area).x;
        float left = i == 0 ? plot.min.x : (std::get<Vec2>(points[i - 1]->area).x + x) / 2;
        float right = i + 1 == points.size() ? plot.max.x : (x + std::get<Vec2>(points[i + 1]->area).x) / 2;
        if (right <= left) continue;  // same x as a neighbour: that one answers
        w.hit_area({{left, plot.min.y}, {right, plot.max.y}}, points[i]->tooltip);
    }
}

}  // namespace

std::string xml_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        auto u = static_cast<unsigned char>(c);
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default:
                if (u < 0x20 && c != '\n' && c != '\t' && c != '\r') break;  // not allowed in XML 1.0
                out += c;
        }
    }
    return out;
}

std::string chart_to_svg(const ChartModel& model, const Palette& palette) {
    Writer w{palette, model.font_px, {}};
    float width = std::max(1.0f, model.width);
    float height = std::max(1.0f, model.height);
    w.out += "<svg";
    w.attr("xmlns", "http://www.w3.org/2000/svg");
    w.attr("viewBox", "0 0 " + num(width) + " " + num(height));
    w.attr("width", width);
    w.attr("height", height);
    w.attr("font-family", "sans-serif");
    w.attr("font-size", model.font_px);
    w.out += ">\n";
    if (!model.description.empty()) w.out += "<title>" + xml_escape(model.description) + "</title>\n";
    w.out += "<rect";
    w.attr("width", width);
    w.attr("height", height);
    w.attr("fill", w.colour(Ink::background));
    w.out += "/>\n";

    for (const Primitive& p : model.primitives) std::visit(w, p);
    // Point columns first, then the cells (change markers, heatmap days): later
    // elements are on top, so a small cell inside a column still answers.
    add_point_hit_areas(w, model);
    for (const HoverTarget& t : model.hover_targets)
        if (const auto* cell = std::get_if<Area>(&t.area)) w.hit_area(*cell, t.tooltip);
    w.out += "</svg>\n";
    return std::move(w.out);
}

}  // namespace sw::report
