#include "report/summary_html.hpp"

#include "chart/bullet_bar.hpp"
#include "chart/checkin_trend.hpp"
#include "chart/progress_chart.hpp"
#include "chart/text_measure.hpp"
#include "report/agenda_render.hpp"
#include "core/text.hpp"
#include "report/summary_text.hpp"
#include "report/svg_chart.hpp"

#include <string_view>

namespace sw::report {
namespace {

constexpr float kChartWidth = 640;
constexpr float kChartHeight = 220;
constexpr float kMoodChartHeight = 180;
constexpr float kBarHeight = 20;
constexpr float kChartFontPx = 12;

// Print-first, on A4: compact enough that a month of five goals fits on two
// pages (smaller type, lower charts, entries in two columns); a goal's section
// may break between its parts, but never inside a chart or a table row; no
// buttons or navigation on paper, links as plain text, and the colours (status,
// bars) kept.
constexpr std::string_view kStyle = R"css(
:root { --text:#1f2937; --muted:#6b7280; --border:#e5e7eb; --card:#ffffff; --bg:#f6f7f9; --accent:#2f6fde;
  --ahead:#0e9f6e; --on_track:#43a047; --behind:#d89b00; --at_risk:#dc4c3e; --overdue:#dc4c3e;
  --achieved:#1b7f4b; --not_started:#6b7280; --paused:#6b7280; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text);
  font: 15px/1.5 "DejaVu Sans", "Noto Sans", "Noto Sans Arabic", "Noto Sans Hebrew", "Noto Sans CJK SC",
    "WenQuanYi Micro Hei", "Segoe UI", Helvetica, Arial, system-ui, sans-serif; }
main { max-width: 760px; margin: 0 auto; padding: 28px 20px 40px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 0 0 6px; overflow-wrap: anywhere; }
h3 { font-size: 14px; margin: 16px 0 4px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.muted { color: var(--muted); }
section { background: var(--card); border: 1px solid var(--border); border-radius: 10px; padding: 18px 20px;
  margin: 16px 0; break-inside: avoid; page-break-inside: avoid; }
.plan { margin: 0 0 12px; overflow-wrap: anywhere; }
.stats { display: flex; flex-wrap: wrap; gap: 8px 28px; margin: 0 0 10px; }
.stats div { min-width: 90px; }
.stats .label { display: block; font-size: 12px; color: var(--muted); }
.stats .value { font-size: 17px; font-weight: bold; }
.status { font-weight: bold; }
.s-ahead { color: var(--ahead); } .s-on_track { color: var(--on_track); } .s-behind { color: var(--behind); }
.s-at_risk, .s-overdue { color: var(--at_risk); } .s-achieved { color: var(--achieved); }
.s-not_started, .s-paused { color: var(--muted); }
figure { margin: 8px 0; }
svg { max-width: 100%; height: auto; display: block; }
ul { margin: 4px 0; padding-left: 22px; }
li { overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
td, th { text-align: left; padding: 3px 8px 3px 0; border-bottom: 1px solid var(--border); vertical-align: top; }
td.num { white-space: nowrap; width: 1%; padding-right: 20px; }
.delta { font-size: 13px; font-weight: normal; color: var(--muted); }
.note { white-space: pre-line; overflow-wrap: anywhere; }
.overdue { color: var(--at_risk); }
dl.answers { margin: 4px 0; } dl.answers dt { font-weight: bold; margin-top: 10px; }
dl.answers dd { margin: 2px 0 0 16px; white-space: pre-line; overflow-wrap: anywhere; }
footer { color: var(--muted); font-size: 12px; margin-top: 24px; }
@page { size: A4; margin: 12mm 12mm 14mm; }
@media print {
  html, body { background: #fff; }
  body { font-size: 8.5pt; line-height: 1.2; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  main { max-width: none; padding: 0; }
  nav, button, input, select, .no-print { display: none !important; }
  a { color: inherit; text-decoration: none; }
  header p { margin: 0 0 4pt; }
  section { border: 0; border-top: 1px solid #bbb; border-radius: 0; box-shadow: none; margin: 0 0 4pt;
    padding: 4pt 0 0; break-inside: auto; page-break-inside: auto; }
  h1 { font-size: 13pt; margin: 0; } h2 { font-size: 10.5pt; margin: 0 0 1pt; }
  h3 { font-size: 7.5pt; margin: 3pt 0 1pt; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  .plan { margin: 0 0 2pt; }
  .stats { margin: 0 0 2pt; }
  .stats div { min-width: 0; margin-right: 14pt; }
  .stats .label { display: inline; font-size: 7.5pt; margin-right: 3pt; }
  .stats .value { font-size: 8.5pt; }
  p { margin: 1pt 0; }
  ul { margin: 0; padding-left: 12pt; }
  figure { margin: 2pt 0; }
  figure, svg, tr, li, dt, dd { break-inside: avoid; page-break-inside: avoid; }
  svg { width: 100%; height: auto; max-width: 100%; }
  figure.bar svg { width: auto; max-height: 4.5mm; }
  /* The chart on the left, what was logged beside it. */
  /* The chart and what was logged side by side; the chart sized for the A4
     text width (186 mm) in its own proportions (640 × 220). */
  .chart-row { display: table; width: 100%; }
  .chart-row > * { display: table-cell; vertical-align: top; }
  .chart-row > figure.chart { width: 96mm; padding-right: 10pt; }
  figure.chart svg { width: 96mm; height: 33mm; }
  .logged h3:first-child { margin-top: 2pt; }
  section.checkins figure.mood svg { width: 96mm; height: 27mm; }
  .lists { columns: 2; column-gap: 14pt; }
  .lists h3:first-child { margin-top: 2pt; }
  table { font-size: 7pt; line-height: 1.15; }
  td, th { padding: 0 5pt 0 0; }
  td.num { padding-right: 6pt; }
  dl.answers { clear: both; columns: 2; column-gap: 14pt; }
  dl.answers > div { break-inside: avoid; }
  dl.answers dt { margin-top: 3pt; } dl.answers dd { margin: 0 0 0 8pt; }
  footer { clear: both; margin-top: 6pt; font-size: 7pt; }
}
)css";

std::string esc(std::string_view text) { return xml_escape(text); }

// User text inside a line of ours: isolated, so an Arabic or Hebrew title keeps
// its own direction (from its first strong letter) and neither reorders the
// words and numbers around it nor is reordered by them. <bdi> is dir="auto"
// and isolation in one element.
std::string user(std::string_view text) { return "<bdi>" + esc(text) + "</bdi>"; }

// A line that begins with the user's title (a step, then its date): the title
// isolated, the rest ours.
std::string titled(const std::string& line, const std::string& title) {
    if (line.rfind(title, 0) != 0) return user(line);
    return user(title) + esc(std::string_view(line).substr(title.size()));
}

// Inline SVG in HTML needs no namespace; dropping it keeps the file free of
// any URL at all.
std::string inline_svg(std::string svg) {
    static constexpr std::string_view kNamespace = " xmlns=\"http://www.w3.org/2000/svg\"";
    if (auto at = svg.find(kNamespace); at != std::string::npos) svg.erase(at, kNamespace.size());
    return svg;
}

std::string status_class(const SummaryGoal& g) {
    if (g.goal.status == GoalStatus::paused || g.goal.status == GoalStatus::abandoned) return "paused";
    return std::string(to_string(g.at_end.status));
}

void stat(std::string& out, std::string_view label, const std::string& value_html) {
    out += "<div><span class=\"label\">";
    out += label;
    out += "</span><span class=\"value\">" + value_html + "</span></div>\n";
}

// The bullet bar the Goals view draws, from the same model (chart/bullet_bar).
void progress_bar(std::string& out, const SummaryGoal& g) {
    chart::ChartModel bar = chart::build_goal_bullet_bar(g.at_end, g.goal.status, kChartWidth, kBarHeight,
                                                         chart::approximate_text_measure(kChartFontPx));
    out += "<figure class=\"bar\">" + inline_svg(chart_to_svg(bar)) + "</figure>\n";
}

void chart(std::string& out, const Summary& s, const SummaryGoal& g) {
    if (!g.goal.is_numeric()) return;
    chart::ProgressChartInput in;
    in.goal = &g.goal;
    in.entries = g.chart_entries;
    in.analytics = g.at_end;
    in.today = s.to;
    in.range = chart::ChartRange::all;
    in.decimal = s.decimal;
    in.today_label = s.to == s.generated_on ? "Today" : "End";  // a period that ended earlier is not today
    in.changes = g.chart_changes;  // diamonds on the date axis, as on the goal page
    chart::ChartModel model =
        chart::build_progress_chart(in, kChartWidth, kChartHeight, chart::approximate_text_measure(kChartFontPx));
    if (!model.empty_message.empty()) {
        out += "<p class=\"muted\">" + esc(model.empty_message) + "</p>\n";
        return;
    }
    out += "<figure class=\"chart\">" + inline_svg(chart_to_svg(model)) + "</figure>\n";
}

void entries_table(std::string& out, const SummaryGoal& g) {
    if (!g.goal.is_numeric()) return;
    out += "<h3>Logged this period</h3>\n";
    if (g.entries.empty()) {
        out += "<p class=\"muted\">Nothing logged in this period.</p>\n";
        return;
    }
    out += "<table class=\"entries\"><tbody>\n";
    for (const SummaryEntry& e : g.entries) {
        out += "<tr><td class=\"num\">" + format_day(e.date) + "</td><td class=\"num\">" +
               esc(entry_value_text(g, e)) + "</td><td class=\"note\" dir=\"auto\">";
        if (e.note) out += esc(*e.note);
        out += "</td></tr>\n";
    }
    out += "</tbody></table>\n";
}

void steps_lists(std::string& out, const SummaryGoal& g) {
    out += "<h3>Done this period</h3>\n";
    if (g.completed_steps.empty()) out += "<p class=\"muted\">No steps completed in this period.</p>\n";
    else {
        out += "<ul>\n";
        for (const CompletedStep& s : g.completed_steps) out += "<li>" + titled(completed_text(s), s.title) + "</li>\n";
        out += "</ul>\n";
    }
    if (!g.open_steps.empty()) {
        out += "<h3>Still open</h3>\n<ul>\n";
        for (const OpenStep& s : g.open_steps)
            out += std::string(s.overdue ? "<li class=\"overdue\">" : "<li>") + titled(open_step_text(s), s.title) + "</li>\n";
        out += "</ul>\n";
    }
    if (!g.habits.empty()) {
        out += "<h3>Habits</h3>\n<ul>\n";
        for (const HabitSummary& h : g.habits)
            out += "<li>" + user(h.title) + " <span class=\"muted\">" + esc(habit_text(h)) + "</span></li>\n";
        out += "</ul>\n";
    }
}

void changes_list(std::string& out, const SummaryGoal& g) {
    if (g.changes.empty()) return;
    out += "<h3>Changes to the goal</h3>\n<ul class=\"changes\">\n";
    for (const SummaryGoalChange& c : g.changes) out += "<li>" + user(c.sentence) + "</li>\n";
    out += "</ul>\n";
}

void goal_section(std::string& out, const Summary& s, const SummaryGoal& g) {
    const GoalAnalytics& a = g.at_end;
    out += "<section class=\"goal\">\n<h2 dir=\"auto\">" + esc(g.goal.title) + "</h2>\n";
    out += "<p class=\"plan\">" + esc(g.plan) + "</p>\n<div class=\"stats\">\n";
    stat(out, "Now", esc(current_text(g)));
    stat(out, "Progress", percent_text(a.progress));
    stat(out, "Expected by now", percent_text(a.expected));
    stat(out, "Status", "<span class=\"status s-" + status_class(g) + "\">" + esc(status_text(g)) + "</span>");
    out += "</div>\n<p class=\"change\">" + esc(progress_change_text(g, s)) + "</p>\n";
    progress_bar(out, g);
    if (std::string pace = pace_text(g); !pace.empty()) {
        std::string projection = projection_text(g);
        out += "<p class=\"muted\">Pace: " + esc(pace) + (projection.empty() ? "" : " · " + esc(projection)) + "</p>\n";
    }
    out += "<div class=\"chart-row\">\n";  // in print: the chart, what was logged beside it
    chart(out, s, g);
    out += "<div class=\"logged\">\n";
    entries_table(out, g);
    out += "</div>\n</div>\n<div class=\"lists\">\n";  // in print: two columns below the chart
    steps_lists(out, g);
    changes_list(out, g);
    out += "</div>\n</section>\n";
}

// Mood and confidence over the period, from the chart the Today view draws;
// only the scores (Summary::checkin_scores carries no text).
void mood_chart(std::string& out, const Summary& s) {
    if (s.checkin_scores.empty()) return;
    chart::ChartModel model = chart::build_checkin_trend(s.checkin_scores, s.from, s.to, kChartWidth, kMoodChartHeight,
                                                         chart::approximate_text_measure(kChartFontPx));
    if (!model.empty_message.empty()) return;
    out += "<figure class=\"mood\">" + inline_svg(chart_to_svg(model)) + "</figure>\n";
}

void checkin_section(std::string& out, const Summary& s) {
    const CheckinStats& c = s.checkins;
    out += "<section class=\"checkins\">\n<h2>Check-ins</h2>\n<div class=\"stats\">\n";
    stat(out, "Check-ins",
         std::to_string(c.count) + " <span class=\"delta\">in " + std::to_string(c.days) + (c.days == 1 ? " day" : " days") + "</span>");
    auto average = [&](const char* label, const std::optional<double>& value, int scale,
                       const std::optional<double>& delta) {
        std::string change = average_change_text(delta, s);
        stat(out, label, esc(average_text(value, scale, s)) +
                             (change.empty() ? "" : " <span class=\"delta\">" + esc(change) + "</span>"));
    };
    average("Average mood", c.average_mood, 5, c.mood_change);
    average("Average confidence", c.average_confidence, 10, c.confidence_change);
    out += "</div>\n<p class=\"muted\">" + esc(checkin_count_text(s)) + "</p>\n";
    mood_chart(out, s);
    if (!s.reflections.empty()) {
        out += "<h3>Reflections</h3>\n<dl class=\"answers\">\n";
        for (const ReflectionGroup& group : s.reflections) {
            // One block per question, so a printed column never parts a question from its answers.
            out += "<div><dt>" + esc(group.question) + "</dt>\n";
            for (const RepeatedAnswer& a : group.answers)
                out += "<dd>" + user(a.text) + "<span class=\"muted\">" + esc(repeated_answer_suffix(a, s)) +
                       "</span></dd>\n";
            out += "</div>\n";
        }
        out += "</dl>\n";
    }
    out += "</section>\n";
}

// "For our next session": the agenda's sections, then the session's notes when shared.
void agenda_section(std::string& out, const Summary& s) {
    const Agenda& a = *s.agenda;
    out += "<section class=\"agenda\">\n<h2>" + esc(agenda_title()) + "</h2>\n";
    out += "<p class=\"muted\">" + esc(agenda_period_text(a)) + "</p>\n";
    std::vector<AgendaSection> parts = agenda_sections(a, user);
    if (parts.empty()) out += "<p>" + esc(agenda_empty_text()) + "</p>\n";
    out += "<div class=\"lists\">\n";
    for (const AgendaSection& part : parts) {
        out += "<h3>" + esc(part.heading) + "</h3>\n<ul>\n";
        for (const std::string& line : part.lines) out += "<li>" + line + "</li>\n";  // user text isolated by user()
        out += "</ul>\n";
    }
    out += "</div>\n";
    if (s.session_notes) {
        out += "<h3>Notes from the session on " + esc(format_day(s.session_notes->date)) + "</h3>\n";
        for (const std::string& line : split_lines(s.session_notes->notes))
            if (!line.empty()) out += "<p>" + user(line) + "</p>\n";
    }
    out += "</section>\n";
}

}  // namespace

std::string summary_html(const Summary& s) {
    std::string out;
    out.reserve(16 * 1024);
    out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n";
    out += "<title>" + esc(summary_title(s)) + "</title>\n<style>";
    out += kStyle;
    out += "</style>\n</head>\n<body>\n<main>\n<header>\n<h1>" + esc(summary_title(s)) + "</h1>\n";
    out += "<p class=\"muted\">" + esc(summary_subtitle(s)) + "</p>\n</header>\n";
    // The sections, in reading order: what to talk about first.
    if (s.agenda) agenda_section(out, s);
    if (s.goals.empty()) out += "<section><p class=\"muted\">No goals are shared in this summary.</p></section>\n";
    for (const SummaryGoal& g : s.goals) goal_section(out, s, g);
    checkin_section(out, s);
    out += "<footer>Made with Stepwise, a coaching companion. Shared by the client, who chose what to include.</footer>\n";
    out += "</main>\n</body>\n</html>\n";
    return out;
}

}  // namespace sw::report
