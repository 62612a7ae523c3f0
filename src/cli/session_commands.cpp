// session add | list | edit | delete, question add | list | done | delete
// (DESIGN "Coaching session"). A session's commitments are steps added with
// `step add GOAL --title T --session ID`.
#include "cli/context.hpp"

#include "app/record_patch.hpp"
#include "app/records.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"

#include <algorithm>

namespace sw::cli {
namespace {

std::string first_line(const std::string& text) {
    auto end = text.find('\n');
    return end == std::string::npos ? text : text.substr(0, end);
}

// session_record + id + commitments [{id, title, done, status}].
nlohmann::json session_json(const App& app, const Session& s) {
    nlohmann::json j = session_record(s);
    j["id"] = s.id;
    j["commitments"] = nlohmann::json::array();
    for (const Step* step : app.commitments_of(s.id))
        j["commitments"].push_back({{"id", step->id},
                                    {"title", step->title},
                                    {"done", step->status == StepStatus::done},
                                    {"status", std::string(to_string(step->status))}});
    return j;
}

nlohmann::json question_json(const Question& q) {
    nlohmann::json j = question_record(q);
    j["id"] = q.id;
    return j;
}

void print_session(std::ostream& out, const App& app, const Session& s) {
    int kept = 0, open = 0, dropped = 0;
    for (const Step* step : app.commitments_of(s.id)) {
        if (step->status == StepStatus::done) ++kept;
        else if (step->status == StepStatus::open) ++open;
        else ++dropped;
    }
    out << s.id << "  " << format_day(s.date) << "  next: " << (s.next_date ? format_day(*s.next_date) : "-")
        << "  commitments: " << kept << " kept, " << open << " open";
    if (dropped) out << ", " << dropped << " dropped";
    out << (s.is_private ? "" : "  (notes shared)") << "\n";
    // The client's own terminal: their notes are shown, private or not.
    if (!s.notes.empty()) out << "    " << terminal_safe(first_line(s.notes)) << "\n";
}

void print_question(std::ostream& out, const Question& q) {
    out << q.id << "  " << format_day(q.asked_on) << "  " << terminal_safe(q.text);
    if (q.discussed_on) out << "  (discussed " << format_day(*q.discussed_on) << ")";
    if (q.is_private) out << "  [private]";
    out << "\n";
}

struct SessionFlags {
    std::optional<std::string> date, notes, next;
    bool share_notes = false, private_notes = false;

    std::vector<std::string> fields() const {
        std::vector<std::string> out;
        if (date) out.push_back("date");
        if (notes) out.push_back("notes");
        if (next) out.push_back("next_date");
        if (share_notes || private_notes) out.push_back("private");
        return out;
    }

    // Every flag parsed, so that bad input is refused before the database opens.
    void apply(Session& s, Day today) const {
        if (share_notes && private_notes) throw InputError("give --share-notes or --private-notes, not both");
        if (date) s.date = parse_day("--date", *date, today);
        if (notes) s.notes = *notes;
        if (next) s.next_date = next->empty() ? std::nullopt : std::optional(parse_day("--next", *next, today));
        if (share_notes) s.is_private = false;
        if (private_notes) s.is_private = true;
    }
};

void register_session(CLI::App& root, Context& ctx) {
    auto* session = root.add_subcommand("session", "Coaching sessions and their commitments");
    session->require_subcommand(1);
    {
        auto f = std::make_shared<SessionFlags>();
        auto* add = session->add_subcommand("add", "Record a coaching session; prints its id");
        add->add_option("--date", f->date, "The day of the session (YYYY-MM-DD, today, yesterday)")->required();
        add->add_option("--notes", f->notes, "Notes (private unless --share-notes)");
        add->add_option("--next", f->next, "The day of the next session");
        add->add_flag("--share-notes", f->share_notes, "Let the notes go into coach summaries");
        ctx.on(add, [&ctx, f] {
            Session s;
            f->apply(s, ctx.today());
            *ctx.out << ctx.app(Reads::nothing()).add_session(s) << "\n";
            return 0;
        });
    }
    {
        auto json = std::make_shared<bool>(false);
        auto* list = session->add_subcommand("list", "List sessions, newest first, with their commitments");
        list->add_flag("--json", *json, "Machine-readable output");
        ctx.on(list, [&ctx, json] {
            App& app = ctx.app(Reads::records());
            std::vector<const Session*> newest_first;
            for (const auto& s : app.sessions()) newest_first.push_back(&s);
            std::reverse(newest_first.begin(), newest_first.end());
            nlohmann::json arr = nlohmann::json::array();
            for (const Session* s : newest_first) {
                if (*json) arr.push_back(session_json(app, *s));
                else print_session(*ctx.out, app, *s);
            }
            if (*json) *ctx.out << arr.dump(2) << "\n";
            else if (newest_first.empty()) *ctx.out << "No sessions yet.\n";
            return 0;
        });
    }
    {
        auto f = std::make_shared<SessionFlags>();
        auto id = std::make_shared<std::string>();
        auto* edit = session->add_subcommand("edit", "Change a session");
        edit->add_option("SESSION", *id, "Session id")->required();
        edit->add_option("--date", f->date, "The day of the session");
        edit->add_option("--notes", f->notes, "Notes");
        edit->add_option("--next", f->next, "The day of the next session ('' for none)");
        edit->add_flag("--share-notes", f->share_notes, "Let the notes go into coach summaries");
        edit->add_flag("--private-notes", f->private_notes, "Keep the notes out of coach summaries");
        ctx.on(edit, [&ctx, f, id] {
            int64_t session_id = parse_id("session id", *id);
            Session probe;
            f->apply(probe, ctx.today());
            if (f->fields().empty())
                throw InputError("nothing to change: give --date, --notes, --next, --share-notes or --private-notes");
            App& app = ctx.app(Reads::records());
            const Session* s = app.find_session(session_id);
            if (!s) throw NotFoundError("no session with id " + std::to_string(session_id));
            Session changed = *s;
            f->apply(changed, app.today());
            app.edit_session(session_id, patch_of_fields(session_record(changed), f->fields()));
            return 0;
        });
    }
    {
        auto id = std::make_shared<std::string>();
        auto* del = session->add_subcommand("delete", "Delete a session (its commitments stay, unlinked)");
        del->add_option("SESSION", *id, "Session id")->required();
        ctx.on(del, [&ctx, id] {
            int64_t session_id = parse_id("session id", *id);
            ctx.app(Reads::nothing()).delete_session(session_id);
            return 0;
        });
    }
}

void register_question(CLI::App& root, Context& ctx) {
    auto* question = root.add_subcommand("question", "Questions for your coach");
    question->require_subcommand(1);
    {
        auto text = std::make_shared<std::string>();
        auto is_private = std::make_shared<bool>(false);
        auto* add = question->add_subcommand("add", "Jot down a question for the next session; prints its id");
        add->add_option("TEXT", *text, "The question (one line)")->required();
        add->add_flag("--private", *is_private, "Keep it out of coach summaries");
        ctx.on(add, [&ctx, text, is_private] {
            Question q;
            q.text = *text;
            q.is_private = *is_private;
            q.asked_on = ctx.today();
            *ctx.out << ctx.app(Reads::nothing()).add_question(q) << "\n";
            return 0;
        });
    }
    {
        auto all = std::make_shared<bool>(false);
        auto json = std::make_shared<bool>(false);
        auto* list = question->add_subcommand("list", "List the open questions");
        list->add_flag("--all", *all, "Also those already discussed");
        list->add_flag("--json", *json, "Machine-readable output");
        ctx.on(list, [&ctx, all, json] {
            App& app = ctx.app(Reads::records());
            nlohmann::json arr = nlohmann::json::array();
            int shown = 0;
            for (const auto& q : app.questions()) {
                if (!*all && !q.is_open()) continue;
                ++shown;
                if (*json) arr.push_back(question_json(q));
                else print_question(*ctx.out, q);
            }
            if (*json) *ctx.out << arr.dump(2) << "\n";
            else if (shown == 0) *ctx.out << (*all ? "No questions yet.\n" : "No open questions.\n");
            return 0;
        });
    }
    {
        auto id = std::make_shared<std::string>();
        auto undo = std::make_shared<bool>(false);
        auto* done = question->add_subcommand("done", "Mark a question discussed (today)");
        done->add_option("QUESTION", *id, "Question id")->required();
        done->add_flag("--undo", *undo, "Open it again");
        ctx.on(done, [&ctx, id, undo] {
            int64_t question_id = parse_id("question id", *id);
            App& app = ctx.app(Reads::records());
            const Question* q = app.find_question(question_id);
            if (!q) throw NotFoundError("no question with id " + std::to_string(question_id));
            if (!*undo && !q->is_open()) return 0;  // discussed already: so it stays, with its day
            if (*undo && q->is_open())
                throw InputError("question " + std::to_string(question_id) +
                                 " is not marked discussed, so there is nothing to undo");
            // Applied to the question as it is in the file: changed meanwhile is a conflict.
            Patch p = set_field("discussed_on", *undo ? nlohmann::json(nullptr)
                                                      : nlohmann::json(format_day(app.today())));
            p.seen["discussed_on"] = optional_day_json(q->discussed_on);
            app.edit_question(question_id, p);
            return 0;
        });
    }
    {
        auto id = std::make_shared<std::string>();
        auto* del = question->add_subcommand("delete", "Delete a question");
        del->add_option("QUESTION", *id, "Question id")->required();
        ctx.on(del, [&ctx, id] {
            int64_t question_id = parse_id("question id", *id);
            ctx.app(Reads::nothing()).delete_question(question_id);
            return 0;
        });
    }
}

}  // namespace

void register_session_commands(CLI::App& root, Context& ctx) {
    register_session(root, ctx);
    register_question(root, ctx);
}

}  // namespace sw::cli
