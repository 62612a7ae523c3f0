#include "report/summary_outline.hpp"

#include "core/text.hpp"
#include "report/summary_text.hpp"

namespace sw::report {
namespace {

class Outline {
public:
    Outline(const Summary& s, const OutlineStyle& style) : s_(s), style_(style) {}

    std::string write() {
        out_ += style_.heading(1, summary_title(s_));
        out_ += summary_subtitle(s_) + "\n\n";
        // What to talk about first.
        if (s_.agenda) out_ += style_.agenda(*s_.agenda) + "\n";
        if (s_.session_notes) {
            out_ += style_.heading(3, "Notes from the session on " + format_day(s_.session_notes->date));
            for (const std::string& line : split_lines(s_.session_notes->notes))
                if (!line.empty()) item("", user(line));
            out_ += '\n';
        }
        if (s_.goals.empty()) out_ += "No goals are shared in this summary.\n\n";
        for (const SummaryGoal& g : s_.goals) goal(g);
        checkins();
        out_ += style_.rule;
        out_ += "Made with Stepwise, a coaching companion. Shared by the client, who chose what to include.\n";
        return std::move(out_);
    }

private:
    std::string user(std::string_view text) const { return style_.user_text(text); }

    // "- Label: text" (Markdown) or "  Label: text" (plain), `depth` levels in.
    void item(std::string_view label, const std::string& text, int depth = 0) {
        out_.append(static_cast<size_t>(depth + style_.indent) * 2, ' ');
        out_ += style_.marker;
        out_ += label;
        if (!label.empty()) out_ += text.empty() ? ":" : ": ";
        out_ += text;
        out_ += '\n';
    }

    void goal(const SummaryGoal& g) {
        const GoalAnalytics& a = g.at_end;
        out_ += style_.heading(2, user(g.goal.title));
        item("Goal", user(g.plan));
        item("Now", user(current_text(g)) + " · " + percent_text(a.progress) + " of the way");
        item("This period", progress_change_text(g, s_));
        item("Status", status_text(g) + " (expected " + percent_text(a.expected) + " by now)");
        if (std::string pace = pace_text(g); !pace.empty()) {
            std::string projection = projection_text(g);
            item("Pace", user(pace) + (projection.empty() ? "" : " · " + projection));
        }
        if (g.goal.is_numeric()) {
            item("Logged this period", g.entries.empty() ? "nothing" : counted(g.entries.size(), "entry", "entries"));
            for (const SummaryEntry& e : g.entries) {
                std::string line = format_day(e.date) + ": " + user(entry_value_text(g, e));
                if (e.note && !e.note->empty()) line += " — " + user(*e.note);
                item("", line, 1);
            }
        }
        item("Done this period", g.completed_steps.empty() ? "no steps" : "");
        for (const CompletedStep& c : g.completed_steps) item("", user(completed_text(c)), 1);
        if (!g.open_steps.empty()) {
            item("Still open", "");
            for (const OpenStep& o : g.open_steps) item("", user(open_step_text(o)), 1);
        }
        if (!g.habits.empty()) {
            item("Habits", "");
            for (const HabitSummary& h : g.habits) item("", user(h.title) + " " + user(habit_text(h)), 1);
        }
        if (!g.changes.empty()) {
            item("Changes to the goal", "");
            for (const SummaryGoalChange& c : g.changes) item("", user(c.sentence), 1);
        }
        out_ += '\n';
    }

    void checkins() {
        const CheckinStats& c = s_.checkins;
        out_ += style_.heading(2, "Check-ins");
        item("", checkin_count_text(s_));
        auto average = [&](const char* label, const std::optional<double>& value, int scale,
                           const std::optional<double>& delta) {
            std::string change = average_change_text(delta, s_);
            item(label, average_text(value, scale, s_) + (change.empty() ? "" : " (" + change + ")"));
        };
        average("Average mood", c.average_mood, 5, c.mood_change);
        average("Average confidence", c.average_confidence, 10, c.confidence_change);
        out_ += '\n';
        if (s_.reflections.empty()) return;
        out_ += style_.heading(3, "Reflections");
        for (const ReflectionGroup& group : s_.reflections) {
            auto line = [&](const RepeatedAnswer& a) { return user(a.text) + repeated_answer_suffix(a, s_); };
            if (group.answers.size() == 1) {  // one answer reads best on the question's line
                item(group.question, line(group.answers.front()));
                continue;
            }
            item(group.question, "");
            for (const RepeatedAnswer& a : group.answers) item("", line(a), 1);
        }
        out_ += '\n';
    }

    const Summary& s_;
    const OutlineStyle& style_;
    std::string out_;
};

}  // namespace

std::string summary_outline(const Summary& summary, const OutlineStyle& style) { return Outline(summary, style).write(); }

}  // namespace sw::report
