#include "chart/palette.hpp"

#include <cstdio>
#include <initializer_list>
#include <utility>

namespace sw::chart {

namespace {

constexpr Rgba hex(uint32_t rgb) {
    return Rgba{static_cast<uint8_t>(rgb >> 16), static_cast<uint8_t>(rgb >> 8),
                static_cast<uint8_t>(rgb), 255};
}

// Listing (ink, colour) pairs keeps the tables readable and makes a forgotten
// ink obvious (it would stay black).
Palette make_palette(std::initializer_list<std::pair<Ink, uint32_t>> colours) {
    Palette palette{};
    for (auto [ink, rgb] : colours) palette[ink_index(ink)] = hex(rgb);
    return palette;
}

}  // namespace

const Palette& light_palette() {
    static const Palette palette = make_palette({
        {Ink::background, 0xFFFFFF}, {Ink::grid, 0xE5E7EB},       {Ink::axis, 0x9CA3AF},
        {Ink::text, 0x1F2937},       {Ink::muted_text, 0x6B7280}, {Ink::actual, 0x2F6FDE},
        {Ink::ideal, 0x9CA3AF},      {Ink::target, 0x0F8A7A},     {Ink::today, 0x8B5CF6},
        {Ink::trend, 0x5B8DEF},      {Ink::ahead, 0x0E9F6E},      {Ink::on_track, 0x43A047},
        {Ink::behind, 0xD89B00},     {Ink::at_risk, 0xDC4C3E},    {Ink::achieved, 0x1B7F4B},
        {Ink::neutral, 0xA0A7B1},    {Ink::heat0, 0xEBEDF0},      {Ink::heat1, 0xC6DBF7},
        {Ink::heat2, 0x8DB5EE},      {Ink::heat3, 0x4F8BE3},      {Ink::heat4, 0x2456B8},
        {Ink::done, 0x2F9E62},       {Ink::missed, 0xDC4C3E},     {Ink::not_scheduled, 0xD1D5DB},
        {Ink::mood, 0x2F6FDE},       {Ink::confidence, 0xC2661A},
        // Blue and orange stay apart for every common colour vision; the
        // consistency line is dashed as well.
        {Ink::strength, 0x2F6FDE},   {Ink::consistency, 0xC2661A}, {Ink::skipped, 0x7C8596},
    });
    return palette;
}

const Palette& dark_palette() {
    static const Palette palette = make_palette({
        {Ink::background, 0x252930}, {Ink::grid, 0x343A42},       {Ink::axis, 0x6B7280},
        {Ink::text, 0xE5E7EB},       {Ink::muted_text, 0x9CA3AF}, {Ink::actual, 0x6396F2},
        {Ink::ideal, 0x7D8694},      {Ink::target, 0x3CC7B1},     {Ink::today, 0xB39DFF},
        {Ink::trend, 0x8DB6FF},      {Ink::ahead, 0x34C6A8},      {Ink::on_track, 0x66BB6A},
        {Ink::behind, 0xF2B636},     {Ink::at_risk, 0xF26B5B},    {Ink::achieved, 0x4CC38A},
        {Ink::neutral, 0x7D8694},    {Ink::heat0, 0x2A2F36},      {Ink::heat1, 0x1F3A66},
        {Ink::heat2, 0x2B559A},      {Ink::heat3, 0x3F78D1},      {Ink::heat4, 0x79A8FF},
        {Ink::done, 0x4CC38A},       {Ink::missed, 0xF26B5B},     {Ink::not_scheduled, 0x3A4048},
        {Ink::mood, 0x6396F2},       {Ink::confidence, 0xF2A65A},
        {Ink::strength, 0x6396F2},   {Ink::consistency, 0xF2A65A}, {Ink::skipped, 0x9AA3B2},
    });
    return palette;
}

std::string to_hex(Rgba colour) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%02x%02x%02x", colour.r, colour.g, colour.b);
    return buf;
}

}  // namespace sw::chart
