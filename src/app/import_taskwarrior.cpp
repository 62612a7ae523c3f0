// Taskwarrior's `task export` (a JSON array of tasks, 2.6) read into a Stepwise
// export document (app/foreign_import.hpp).
//
// Mapping:
// - a project becomes a goal titled with the project's full name (hierarchy
//   "Home.Garden" is kept in the title, not as a parent goal); tasks without a
//   project (and a project named "Inbox") go to one goal "Inbox". The goal is a
//   milestone goal, or a habit goal when all its steps are recurring. It starts
//   on the earliest day any of its tasks touches (entry, scheduled, due, end,
//   occurrence) and is due on the latest due, scheduled, done or occurrence day,
//   or 90 days after its start when that is not later than the start.
// - a task becomes a step: title = description, due = due day, start =
//   scheduled day (else entry day), notes = annotations "YYYY-MM-DD: text", one a
//   line; pending and waiting → open, completed → done on its end day, deleted →
//   left out and listed in `skipped`.
// - a recurring parent (a task with "recur" and no "parent") becomes a recurring
//   step started on its due day; its completed occurrences (tasks naming it as
//   "parent") become completions on their due days; its pending and deleted
//   occurrences are not steps (the recurring step schedules them itself).
// Every day is the local calendar day of Taskwarrior's UTC time, as everywhere
// in the app (local_day_of_utc). UUIDs are stable_uuid("taskwarrior:project:" +
// name) and stable_uuid("taskwarrior:task:" + uuid); timestamps are the tasks'
// own, so importing the same file twice adds nothing.
#include "app/foreign_import.hpp"

#include "app/goal_history.hpp"
#include "app/records.hpp"
#include "app/validate.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"
#include "core/uuid.hpp"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>

namespace sw {
namespace {

using nlohmann::json;

constexpr const char* kInbox = "Inbox";
constexpr int kDefaultGoalDays = 90;
constexpr size_t kMaxTitle = kMaxTitleCharacters;

// A Taskwarrior time: "20261120T083000Z" (UTC), as ISO and as the local day.
struct TwTime {
    std::string iso;  // 2026-11-20T08:30:00Z
    Day day{};
};

struct Annotation {
    TwTime entry;
    std::string text;
};

struct Task {
    size_t number = 0;  // 1-based position in the file
    std::string uuid, description, status, project, recur, parent, rtype;
    std::optional<TwTime> entry, modified, end, due, scheduled, wait, until, start;
    std::vector<Annotation> annotations;
    bool priority = false, tags = false, depends = false, urgency = false;
    std::vector<std::string> unknown_keys;

    bool is_child() const { return !parent.empty(); }
    bool is_recurring_parent() const { return !is_child() && !recur.empty(); }
    // Created, last changed: the task's own times.
    const TwTime& created() const { return entry ? *entry : modified ? *modified : *end; }
    const TwTime& updated() const {
        const TwTime* latest = &created();
        for (const auto* t : {&modified, &end})
            if (*t && (*t)->iso > latest->iso) latest = &**t;
        return *latest;
    }
};

const std::set<std::string>& known_keys() {
    static const std::set<std::string> keys{
        "id",    "uuid",  "description", "status", "entry", "modified", "end",    "start",
        "due",   "scheduled", "wait",    "until",  "project", "priority", "tags", "annotations",
        "depends", "recur", "rtype", "mask", "imask", "parent", "template", "urgency", "last"};
    return keys;
}

// "20261120T083000Z" → its ISO form and local day; nullopt when it is not one.
std::optional<TwTime> parse_tw_time(const std::string& t) {
    if (t.size() != 16 || t[8] != 'T' || t[15] != 'Z') return std::nullopt;
    for (size_t i : {0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14})
        if (!std::isdigit(static_cast<unsigned char>(t[i]))) return std::nullopt;
    std::string date = t.substr(0, 4) + "-" + t.substr(4, 2) + "-" + t.substr(6, 2);
    if (!parse_iso_day(date)) return std::nullopt;
    int hh = std::stoi(t.substr(9, 2)), mm = std::stoi(t.substr(11, 2)), ss = std::stoi(t.substr(13, 2));
    if (hh > 23 || mm > 59 || ss > 60) return std::nullopt;
    TwTime out;
    out.iso = date + "T" + t.substr(9, 2) + ":" + t.substr(11, 2) + ":" + t.substr(13, 2) + "Z";
    out.day = local_day_of_utc(out.iso);
    if (!parse_iso_day(format_day(out.day))) return std::nullopt;  // shifted out of 1900–2200
    return out;
}

// One task object of the file, read and checked field by field; every error
// names the task ("task 12 (uuid …): due: not a Taskwarrior date '2026-11-20'").
class TaskReader {
public:
    TaskReader(const json& t, size_t number) : t_(t), number_(number) {}

    Task read() {
        Task task;
        task.number = number_;
        if (!t_.is_object()) fail(std::string("expected a task object, found ") + t_.type_name());
        const json* uuid = find("uuid");
        if (!uuid) fail("no uuid");
        if (!uuid->is_string()) fail(std::string("uuid: expected a string, found ") + uuid->type_name());
        task.uuid = uuid->get<std::string>();
        if (!looks_like_uuid(task.uuid)) fail("uuid: not a uuid '" + task.uuid + "'");
        uuid_ = task.uuid;

        task.description = text("description");
        if (task.description.empty()) fail("no description");
        if (trim(task.description).empty()) fail("description: empty");
        task.status = text("status");
        if (task.status.empty()) fail("no status");
        static const std::set<std::string> statuses{"pending", "completed", "deleted", "waiting", "recurring"};
        if (!statuses.count(task.status))
            fail("status: unknown status '" + task.status +
                 "' (expected pending, completed, deleted, waiting or recurring)");

        task.entry = time("entry");
        task.modified = time("modified");
        task.end = time("end");
        task.due = time("due");
        task.scheduled = time("scheduled");
        task.wait = time("wait");
        task.until = time("until");
        task.start = time("start");
        if (!task.entry && !task.modified && !task.end) fail("no entry date");

        task.project = trim(text("project"));
        task.recur = text("recur");
        task.rtype = text("rtype");
        task.parent = text("parent");
        if (task.parent.empty()) task.parent = text("template");  // Taskwarrior 3 names it so
        if (!task.parent.empty() && !looks_like_uuid(task.parent))
            fail("parent: not a uuid '" + task.parent + "'");

        if (const json* a = find("annotations")) {
            if (!a->is_array()) fail(std::string("annotations: expected an array, found ") + a->type_name());
            for (size_t i = 0; i < a->size(); ++i) {
                const json& item = (*a)[i];
                std::string where = "annotations[" + std::to_string(i) + "]";
                if (!item.is_object()) fail(where + ": expected an object, found " + item.type_name());
                auto entry = item.find("entry");
                auto text = item.find("description");
                if (entry == item.end() || !entry->is_string()) fail(where + ".entry: missing or not a date");
                if (text == item.end() || !text->is_string()) fail(where + ".description: missing or not a string");
                auto when = parse_tw_time(entry->get<std::string>());
                if (!when) fail(where + ".entry: not a Taskwarrior date '" + entry->get<std::string>() + "' (YYYYMMDDTHHMMSSZ)");
                task.annotations.push_back({*when, text->get<std::string>()});
            }
        }
        if (const json* tags = find("tags")) {
            if (!tags->is_array() && !tags->is_string())
                fail(std::string("tags: expected an array, found ") + tags->type_name());
            task.tags = !tags->empty() && !(tags->is_string() && tags->get<std::string>().empty());
        }
        if (const json* deps = find("depends")) {
            if (!deps->is_array() && !deps->is_string())
                fail(std::string("depends: expected an array, found ") + deps->type_name());
            task.depends = !deps->empty() && !(deps->is_string() && deps->get<std::string>().empty());
        }
        task.priority = !text("priority").empty();
        task.urgency = find("urgency") != nullptr;
        for (const auto& [key, value] : t_.items())
            if (!known_keys().count(key) && !value.is_null()) task.unknown_keys.push_back(key);
        return task;
    }

    [[noreturn]] void fail(const std::string& problem) const {
        throw InputError("task " + std::to_string(number_) + (uuid_.empty() ? "" : " (uuid " + uuid_ + ")") + ": " +
                         problem);
    }

private:
    const json* find(const char* key) const {
        auto it = t_.find(key);
        return it == t_.end() || it->is_null() ? nullptr : &*it;
    }
    std::string text(const char* key) const {
        const json* v = find(key);
        if (!v) return "";
        if (!v->is_string()) fail(std::string(key) + ": expected a string, found " + v->type_name());
        return v->get<std::string>();
    }
    std::optional<TwTime> time(const char* key) const {
        const json* v = find(key);
        if (!v) return std::nullopt;
        if (!v->is_string()) fail(std::string(key) + ": expected a date, found " + v->type_name());
        auto t = parse_tw_time(v->get<std::string>());
        if (!t) fail(std::string(key) + ": not a Taskwarrior date '" + v->get<std::string>() + "' (YYYYMMDDTHHMMSSZ)");
        return t;
    }

    const json& t_;
    size_t number_;
    std::string uuid_;
};

[[noreturn]] void task_error(const Task& t, const std::string& problem) {
    throw InputError("task " + std::to_string(t.number) + " (uuid " + t.uuid + "): " + problem);
}

// What a Taskwarrior "recur" value becomes; `approximation` is empty when the
// repeat is exact, else what it became in words.
struct RepeatChoice {
    Recurrence repeat;
    std::string approximation;
};

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

Recurrence every_days(int n) {
    Recurrence r;
    if (n == 1) {
        r.kind = Recurrence::Kind::daily;
    } else {
        r.kind = Recurrence::Kind::every_n;
        r.every_n = n;
    }
    return r;
}

// "daily", "weekly", "weekdays", "2d", "3 days", "2wks", "monthly", "P1M", …
// (Taskwarrior's durations). nullopt when it is none of them.
std::optional<RepeatChoice> map_recur(const std::string& recur, Day anchor) {
    std::string r = lower(trim(recur));
    auto weekly_on_anchor = [&] {
        Recurrence w;
        w.kind = Recurrence::Kind::weekly;
        w.weekdays = 1u << weekday_index(anchor);
        return w;
    };
    if (r == "weekdays") {
        Recurrence w;
        w.kind = Recurrence::Kind::weekly;
        w.weekdays = 0x1f;  // Monday to Friday
        return RepeatChoice{w, ""};
    }
    // Named periods and "<number><unit>" (the number may be missing or spaced).
    static const std::map<std::string, std::pair<int, char>> named{
        {"daily", {1, 'd'}},      {"day", {1, 'd'}},        {"weekly", {1, 'w'}},    {"week", {1, 'w'}},
        {"sennight", {1, 'w'}},   {"biweekly", {2, 'w'}},   {"fortnight", {2, 'w'}}, {"monthly", {1, 'm'}},
        {"month", {1, 'm'}},      {"bimonthly", {2, 'm'}},  {"quarterly", {3, 'm'}}, {"quarter", {3, 'm'}},
        {"semiannual", {6, 'm'}}, {"yearly", {1, 'y'}},     {"year", {1, 'y'}},      {"annual", {1, 'y'}},
        {"biannual", {2, 'y'}},   {"biyearly", {2, 'y'}},   {"hourly", {1, 'h'}}};
    int count = 0;
    char unit = 0;
    if (auto it = named.find(r); it != named.end()) {
        std::tie(count, unit) = it->second;
    } else {
        std::string s = r;
        if (!s.empty() && s[0] == 'p') {  // ISO 8601: P1D, P2W, P1M, P1Y (no time part)
            s = s.substr(1);
            if (s.find('t') != std::string::npos) s.replace(s.find('t'), 1, "");
        }
        size_t i = 0;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
        if (i > 6) return std::nullopt;
        count = i == 0 ? 1 : std::stoi(s.substr(0, i));
        std::string u = trim(s.substr(i));
        static const std::map<std::string, char> units{
            {"d", 'd'},   {"day", 'd'},    {"days", 'd'},   {"w", 'w'},     {"wk", 'w'},    {"wks", 'w'},
            {"week", 'w'}, {"weeks", 'w'}, {"m", 'm'},      {"mo", 'm'},    {"mos", 'm'},   {"mth", 'm'},
            {"mths", 'm'}, {"month", 'm'}, {"months", 'm'}, {"monthly", 'm'}, {"q", 'q'},   {"qtr", 'q'},
            {"qtrs", 'q'}, {"quarter", 'q'}, {"quarters", 'q'}, {"y", 'y'}, {"yr", 'y'},    {"yrs", 'y'},
            {"year", 'y'}, {"years", 'y'}, {"h", 'h'},      {"hr", 'h'},    {"hrs", 'h'},   {"hour", 'h'},
            {"hours", 'h'}, {"min", 'h'},  {"mins", 'h'},   {"minute", 'h'}, {"minutes", 'h'}, {"s", 'h'},
            {"sec", 'h'},  {"secs", 'h'},  {"second", 'h'}, {"seconds", 'h'}, {"days", 'd'}, {"daily", 'd'},
            {"weekly", 'w'}, {"yearly", 'y'}, {"quarterly", 'q'}};
        auto found = units.find(u);
        if (found == units.end() || count < 1) return std::nullopt;
        unit = found->second;
        if (unit == 'q') {
            unit = 'm';
            count *= 3;
        }
    }
    auto approx = [&](int days) {
        int n = std::min(std::max(days, 1), kMaxEveryN);
        Recurrence rep = every_days(n);
        return RepeatChoice{rep, describe(rep)};
    };
    switch (unit) {
        case 'd':
            if (count <= kMaxEveryN) return RepeatChoice{every_days(count), ""};
            return approx(count);
        case 'w':
            if (count == 1) return RepeatChoice{weekly_on_anchor(), ""};
            if (count * 7 <= kMaxEveryN) return RepeatChoice{every_days(count * 7), ""};
            return approx(count * 7);
        case 'm': return approx(static_cast<int>(std::lround(count * 30.436875)));
        case 'y': return approx(static_cast<int>(std::lround(count * 365.2425)));
        case 'h': {  // more often than daily: once a day is as often as a step repeats
            Recurrence d;
            d.kind = Recurrence::Kind::daily;
            return RepeatChoice{d, "every day"};
        }
    }
    return std::nullopt;
}

std::string in_quotes(const std::string& title) { return "'" + title + "'"; }

// The first `n` characters of valid UTF-8.
std::string first_characters(const std::string& text, size_t n) {
    size_t at = 0;
    for (size_t i = 0; i < n && at < text.size(); ++i) {
        auto c = decode_utf8_at(text, at);
        at += c ? c->length : 1;
    }
    return text.substr(0, at);
}

std::string notes_of(const std::vector<Annotation>& annotations) {
    std::string out;
    for (const auto& a : annotations) {
        if (!out.empty()) out += "\n";
        out += format_day(a.entry.day) + ": " + a.text;
    }
    return out;
}

std::string count_of(size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string read_file_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(std::string("cannot read the file: ") + std::strerror(errno));
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) throw InputError(std::string("cannot read the file: ") + std::strerror(errno));
    return text.str();
}

// nlohmann's "[json.exception.parse_error.101] parse error at line 1, column
// 6882: syntax error while parsing value - unexpected end of input; expected
// '[', '{', or a literal" → "unexpected end of input at byte 6881" (nlohmann
// counts the end of a 6881-byte text as byte 6882).
std::string parse_problem(const json::parse_error& e, size_t size) {
    std::string what = e.what();
    size_t dash = what.find(" - ");
    std::string problem = dash == std::string::npos ? what : what.substr(dash + 3);
    if (size_t semi = problem.find(';'); semi != std::string::npos) problem = problem.substr(0, semi);
    if (problem.rfind("syntax error", 0) == 0 || problem.empty()) problem = "syntax error";
    // Control characters in the text quoted by the parser stay out of a one-line message.
    for (char& c : problem)
        if (static_cast<unsigned char>(c) < 0x20) c = ' ';
    return problem + " at byte " + std::to_string(std::min<size_t>(e.byte, size));  // the end is the last byte
}

// A step of one goal, being built.
struct GoalParts {
    std::string name;
    std::vector<const Task*> tasks;  // every task that became a step or a completion
    std::vector<Day> days;           // every day its tasks touch (for the start)
    std::vector<Day> ends;           // due, scheduled, done and occurrence days (for the due)
    json steps = json::array();
    bool any_one_off = false, any_recurring = false;
};

}  // namespace

ForeignImport read_taskwarrior_export(const std::string& path, const ImportProgress& progress) {
    std::string text = read_file_text(path);
    json array;
    try {
        array = json::parse(text);
    } catch (const json::parse_error& e) {
        throw InputError("not valid JSON: " + parse_problem(e, text.size()));
    }
    if (!array.is_array())
        throw InputError("not a Taskwarrior export: expected a JSON array of tasks, found " +
                         std::string(array.type_name()));

    // Read and check every task first: an error names the task, nothing is built.
    std::vector<Task> tasks;
    tasks.reserve(array.size());
    std::unordered_map<std::string, size_t> by_uuid;
    for (size_t i = 0; i < array.size(); ++i) {
        TaskReader reader(array[i], i + 1);
        Task task = reader.read();
        auto [it, fresh] = by_uuid.emplace(task.uuid, tasks.size());
        if (!fresh) reader.fail("the same uuid as task " + std::to_string(tasks[it->second].number));
        tasks.push_back(std::move(task));
    }

    ForeignImport out;
    out.format = "taskwarrior";
    out.description = "Taskwarrior export (" + count_of(tasks.size(), "task", "tasks") + ")";

    // Children by parent, in file order.
    // Children by parent, in file order; a child whose recurring parent is not
    // in the file is read as a task of its own.
    std::map<std::string, std::vector<const Task*>> children;
    auto has_parent = [&](const Task& t) {
        if (!t.is_child()) return false;
        auto it = by_uuid.find(t.parent);
        return it != by_uuid.end() && tasks[it->second].is_recurring_parent();
    };
    for (const Task& t : tasks)
        if (has_parent(t)) children[t.parent].push_back(&t);

    std::map<std::string, GoalParts> goals;  // by project name
    json completions = json::array();
    size_t pending_children = 0, deleted_children = 0, orphans = 0, redated_completions = 0;
    size_t no_end = 0, long_titles = 0, chained = 0, completed_parents = 0;
    size_t n_priority = 0, n_tags = 0, n_until = 0, n_urgency = 0, n_wait = 0, n_depends = 0, n_start = 0,
           n_annotated = 0;
    std::set<std::string> unknown_keys;
    size_t n_unknown = 0;
    std::string hierarchy;  // the first project with a parent, "Home.Garden"
    std::string exported_at;

    auto count_attributes = [&](const Task& t) {
        n_priority += t.priority;
        n_tags += t.tags;
        n_until += t.until.has_value();
        n_urgency += t.urgency;
        n_wait += t.wait.has_value() || t.status == "waiting";
        n_depends += t.depends;
        n_start += t.start.has_value();
        n_annotated += !t.annotations.empty();
        if (!t.unknown_keys.empty()) {
            ++n_unknown;
            unknown_keys.insert(t.unknown_keys.begin(), t.unknown_keys.end());
        }
    };

    for (size_t i = 0; i < tasks.size(); ++i) {
        if (progress) progress(static_cast<double>(i) / static_cast<double>(tasks.size()));
        const Task& t = tasks[i];
        if (exported_at < t.updated().iso) exported_at = t.updated().iso;
        if (has_parent(t)) continue;  // read with its parent

        if (t.status == "deleted") {
            std::string line = "task " + in_quotes(t.description) + ": deleted in Taskwarrior";
            if (t.is_recurring_parent()) {
                size_t done = 0, all = 0;
                for (const Task* c : children[t.uuid]) {
                    ++all;
                    done += c->status == "completed";
                }
                if (all)
                    line += " (a recurring task; its " + count_of(all, "occurrence", "occurrences") + ", " +
                            std::to_string(done) + " of them done, are left out with it)";
            }
            out.skipped.push_back(line);
            continue;
        }

        orphans += t.is_child();
        std::string name = t.project.empty() ? kInbox : t.project;
        if (hierarchy.empty() && name.find('.') != std::string::npos) hierarchy = name;
        GoalParts& goal = goals[name];
        goal.name = name;
        goal.tasks.push_back(&t);
        count_attributes(t);

        Step s;
        s.uuid = stable_uuid("taskwarrior:task:" + t.uuid);
        s.position = static_cast<int>(goal.steps.size());
        s.title = trim(t.description);
        if (count_characters(s.title) > kMaxTitle) {
            ++long_titles;
            s.notes = s.title;
            s.title = trim(first_characters(s.title, kMaxTitle - 1)) + "…";
        }
        std::string annotations = notes_of(t.annotations);
        if (!annotations.empty()) s.notes += (s.notes.empty() ? "" : "\n\n") + annotations;
        s.created_at = t.created().iso;
        s.updated_at = t.updated().iso;
        goal.days.push_back(t.created().day);

        if (t.is_recurring_parent()) {
            chained += t.rtype == "chained";
            s.start_date = t.due ? t.due->day : t.scheduled ? t.scheduled->day : t.created().day;
            auto choice = map_recur(t.recur, s.start_date);
            if (!choice) task_error(t, "recur: '" + t.recur + "' is not a Taskwarrior recurrence Stepwise understands");
            s.repeat = choice->repeat;
            if (!choice->approximation.empty())
                out.losses.push_back("recurring task " + in_quotes(s.title) + ": '" + t.recur +
                                     "' has no exact Stepwise repeat; it became " + choice->approximation +
                                     " from " + format_day(s.start_date));
            if (t.status == "completed") {  // its recurrence ended
                ++completed_parents;
                s.status = StepStatus::done;
                s.done_date = t.end ? t.end->day : t.updated().day;
            }
            goal.any_recurring = true;
            goal.days.push_back(s.start_date);
            goal.ends.push_back(s.start_date);
            std::set<std::string> done_days;
            for (const Task* c : children[t.uuid]) {
                if (c->status == "pending" || c->status == "waiting" || c->status == "recurring") {
                    ++pending_children;
                    continue;
                }
                if (c->status == "deleted") {
                    ++deleted_children;
                    continue;
                }
                count_attributes(*c);
                goal.tasks.push_back(c);
                if (exported_at < c->updated().iso) exported_at = c->updated().iso;
                Day day = c->due ? c->due->day : c->end ? c->end->day : c->updated().day;
                if (c->end && c->end->day != day) ++redated_completions;
                if (!done_days.insert(format_day(day)).second) continue;  // one completion a day
                goal.days.push_back(day);
                goal.ends.push_back(day);
                completions.push_back(completion_record(s.uuid, day, notes_of(c->annotations)));
            }
        } else {
            s.start_date = t.scheduled ? t.scheduled->day : t.created().day;
            if (t.due) s.due_date = t.due->day;
            if (t.status == "completed") {
                s.status = StepStatus::done;
                if (!t.end) ++no_end;
                s.done_date = t.end ? t.end->day : t.updated().day;
            }
            goal.any_one_off = true;
            goal.days.push_back(s.start_date);
            for (const auto& d : {s.due_date, s.done_date})
                if (d) {
                    goal.days.push_back(*d);
                    goal.ends.push_back(*d);
                }
            if (t.scheduled) goal.ends.push_back(t.scheduled->day);
        }
        try {
            validate_step(s);
        } catch (const InputError& e) {
            task_error(t, e.what());
        }
        goal.steps.push_back(step_record(s, stable_uuid("taskwarrior:project:" + name)));
    }

    if (exported_at.empty()) exported_at = "1970-01-01T00:00:00Z";  // an empty export
    out.document = export_document_skeleton(exported_at);

    for (auto& [name, parts] : goals) {
        Goal g;
        g.uuid = stable_uuid("taskwarrior:project:" + name);
        g.title = name;
        g.description = name == kInbox ? "Taskwarrior tasks without a project." : "Taskwarrior project " + name + ".";
        g.kind = parts.any_recurring && !parts.any_one_off ? GoalKind::habit : GoalKind::milestone;
        g.start_date = *std::min_element(parts.days.begin(), parts.days.end());
        Day due = parts.ends.empty() ? g.start_date : *std::max_element(parts.ends.begin(), parts.ends.end());
        g.due_date = g.start_date < due ? due : add_days(g.start_date, kDefaultGoalDays);
        g.created_at = parts.tasks.front()->created().iso;
        g.updated_at = parts.tasks.front()->updated().iso;
        for (const Task* t : parts.tasks) {
            g.created_at = std::min(g.created_at, t->created().iso);
            g.updated_at = std::max(g.updated_at, t->updated().iso);
        }
        try {
            validate_goal(g, g.start_date);
        } catch (const InputError& e) {
            throw InputError("project '" + name + "': " + e.what());
        }
        out.document["goals"].push_back(goal_record(g));
        for (auto& step : parts.steps) out.document["steps"].push_back(std::move(step));
    }
    out.document["completions"] = std::move(completions);

    // What did not fit, one line per kind.
    auto& losses = out.losses;
    if (!goals.empty())
        losses.push_back("projects have no dates in Taskwarrior: each goal starts on the earliest day its tasks "
                         "touch and is due on their latest due, scheduled or done day (or " +
                         std::to_string(kDefaultGoalDays) + " days after its start when there is none later)");
    if (!hierarchy.empty())
        losses.push_back("project hierarchy is not kept: a project such as " + in_quotes(hierarchy) +
                         " is a goal of its own, titled with its full name");
    if (pending_children || deleted_children)
        losses.push_back((pending_children ? count_of(pending_children, "pending occurrence", "pending occurrences") : "") +
                         (pending_children && deleted_children ? " and " : "") +
                         (deleted_children ? count_of(deleted_children, "deleted occurrence", "deleted occurrences") : "") +
                         " of recurring tasks are not steps: the recurring step schedules its days itself");
    if (redated_completions)
        losses.push_back(redated_completions == 1
                             ? "1 completed occurrence is ticked on the day it was due, not the day it was done"
                             : std::to_string(redated_completions) +
                                   " completed occurrences are ticked on the day they were due, not the day they were done");
    if (orphans)
        losses.push_back(orphans == 1 ? "1 occurrence whose recurring task is not in the file became a one-off step"
                                      : std::to_string(orphans) +
                                            " occurrences whose recurring tasks are not in the file became one-off steps");
    if (completed_parents)
        losses.push_back(count_of(completed_parents, "finished recurring task is", "finished recurring tasks are") +
                         " a recurring step marked done");
    if (chained)
        losses.push_back(count_of(chained, "chained recurring task", "chained recurring tasks") +
                         " (next one due after the last is done) repeat from a fixed start in Stepwise");
    if (no_end)
        losses.push_back(count_of(no_end, "completed task has", "completed tasks have") +
                         " no end date: done on the day it was last modified");
    if (long_titles)
        losses.push_back(count_of(long_titles, "description is", "descriptions are") + " longer than " +
                         std::to_string(kMaxTitle) + " characters: the title is shortened, the whole text is in the notes");
    if (n_annotated)
        losses.push_back("annotations of " + count_of(n_annotated, "task", "tasks") +
                         " became lines of the notes ('YYYY-MM-DD: text'); their time of day is not kept");
    if (n_wait)
        losses.push_back("wait dates of " + count_of(n_wait, "task", "tasks") +
                         " are not kept: those steps are open at once");
    if (n_until)
        losses.push_back("'until' of " + count_of(n_until, "task", "tasks") +
                         " is not kept: Stepwise recurring steps have no end date");
    if (n_start)
        losses.push_back(count_of(n_start, "task was", "tasks were") +
                         " started (active) in Taskwarrior: a step is open or done");
    if (n_priority)
        losses.push_back("priorities of " + count_of(n_priority, "task", "tasks") + " are not kept");
    if (n_tags) losses.push_back("tags of " + count_of(n_tags, "task", "tasks") + " are not kept");
    if (n_depends)
        losses.push_back("dependencies of " + count_of(n_depends, "task", "tasks") + " are not kept");
    if (n_urgency)
        losses.push_back("urgency (computed by Taskwarrior) of " + count_of(n_urgency, "task", "tasks") +
                         " is not kept");
    if (n_unknown) {
        std::string keys;
        for (const auto& k : unknown_keys) keys += (keys.empty() ? "" : ", ") + k;
        losses.push_back("attributes Stepwise does not know (" + keys + ") of " + count_of(n_unknown, "task", "tasks") +
                         " are not kept");
    }
    if (progress) progress(1.0);
    return out;
}

}  // namespace sw
