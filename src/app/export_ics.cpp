// The calendar export (export_ics.hpp), through libical's C API (loaded on
// first use, app/libical.hpp): components and properties are built as values,
// and libical writes the text.
#include "app/export_ics.hpp"

#include "app/libical.hpp"
#include "core/dates.hpp"

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <unordered_map>

namespace sw {
namespace {

const LibIcal& ical() { return libical(); }

// A component this code owns until it is added to a parent.
struct ComponentFree {
    void operator()(icalcomponent* c) const { ical().icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

icaltimetype ical_day(Day day) {
    icaltimetype t = ical().icaltime_null_date();
    t.year = static_cast<int>(day.year());
    t.month = static_cast<int>(static_cast<unsigned>(day.month()));
    t.day = static_cast<int>(static_cast<unsigned>(day.day()));
    t.is_date = 1;
    return t;
}

icaltimetype utc_time(int year, int month, int day, int hour, int minute, int second) {
    icaltimetype t = ical().icaltime_null_time();
    t.year = year;
    t.month = month;
    t.day = day;
    t.hour = hour;
    t.minute = minute;
    t.second = second;
    t.zone = ical().icaltimezone_get_utc_timezone();
    return t;
}

// "2026-11-26T18:40:00Z" (the records' timestamps); the Unix epoch when it is
// not one, so a damaged timestamp still gives a valid, stable file.
icaltimetype utc_stamp(const std::string& iso) {
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    char zulu = 0;
    if (std::sscanf(iso.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%c", &y, &mo, &d, &h, &mi, &s, &zulu) == 7 && zulu == 'Z')
        return utc_time(y, mo, d, h, mi, s);
    return utc_time(1970, 1, 1, 0, 0, 0);
}

void add(icalcomponent* c, icalproperty* p) { ical().icalcomponent_add_property(c, p); }

// What every item has: UID, DTSTAMP, CREATED, LAST-MODIFIED, SUMMARY and,
// when there is any, DESCRIPTION.
Component new_item(icalcomponent_kind kind, const std::string& uuid, const std::string& created_at,
                   const std::string& updated_at, const std::string& summary, const std::string& description) {
    Component c(ical().icalcomponent_new(kind));
    add(c.get(), ical().icalproperty_new_uid((uuid + "@stepwise").c_str()));
    add(c.get(), ical().icalproperty_new_dtstamp(utc_stamp(updated_at)));
    add(c.get(), ical().icalproperty_new_created(utc_stamp(created_at)));
    add(c.get(), ical().icalproperty_new_lastmodified(utc_stamp(updated_at)));
    add(c.get(), ical().icalproperty_new_summary(summary.c_str()));
    if (!description.empty()) add(c.get(), ical().icalproperty_new_description(description.c_str()));
    return c;
}

void add_all_day(icalcomponent* event, Day first, int days) {
    add(event, ical().icalproperty_new_dtstart(ical_day(first)));
    add(event, ical().icalproperty_new_dtend(ical_day(add_days(first, days))));
    add(event, ical().icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
}

void add_text_line(std::string& text, const std::string& line) {
    if (line.empty()) return;
    if (!text.empty()) text += "\n";
    text += line;
}

std::string step_description(const Step& s, const Goal* goal) {
    std::string text;
    if (s.is_recurring()) add_text_line(text, "Repeats " + describe(s.repeat) + ".");
    add_text_line(text, s.notes);
    add_text_line(text, if_then_sentence(s.if_text, s.then_text));
    if (goal) add_text_line(text, "Goal: " + goal->title);
    return text;
}

// The first day on or after `start` that the step is scheduled (weekly steps
// may start on a day that is not one of theirs; RFC 5545 wants DTSTART to be
// an occurrence).
Day first_occurrence(const Recurrence& r, Day start) {
    for (int i = 0; i < 7; ++i)
        if (is_scheduled(r, start, add_days(start, i))) return add_days(start, i);
    return start;
}

icalrecurrencetype_weekday ical_weekday(int iso_index) {  // 0 = Monday
    static constexpr icalrecurrencetype_weekday kDays[] = {
        ICAL_MONDAY_WEEKDAY, ICAL_TUESDAY_WEEKDAY,  ICAL_WEDNESDAY_WEEKDAY, ICAL_THURSDAY_WEEKDAY,
        ICAL_FRIDAY_WEEKDAY, ICAL_SATURDAY_WEEKDAY, ICAL_SUNDAY_WEEKDAY};
    return kDays[iso_index];
}

Component recurring_event(const Step& s, const Goal* goal, const App& app) {
    const Recurrence& r = s.repeat;
    bool per_week = r.kind == Recurrence::Kind::times_per_week;
    std::string summary = s.title;
    if (per_week) summary += " (" + std::to_string(r.times) + (r.times == 1 ? " time" : " times") + " this week)";
    Component event = new_item(ICAL_VEVENT_COMPONENT, s.uuid, s.created_at, s.updated_at, summary, step_description(s, goal));

    icalrecurrencetype rule;
    ical().icalrecurrencetype_clear(&rule);
    rule.week_start = ICAL_MONDAY_WEEKDAY;
    Day first = s.start_date;
    switch (r.kind) {
        case Recurrence::Kind::daily: rule.freq = ICAL_DAILY_RECURRENCE; break;
        case Recurrence::Kind::every_n:
            rule.freq = ICAL_DAILY_RECURRENCE;
            rule.interval = static_cast<short>(r.every_n);
            break;
        case Recurrence::Kind::weekly: {
            rule.freq = ICAL_WEEKLY_RECURRENCE;
            int n = 0;
            for (int i = 0; i < 7; ++i)
                if (r.weekdays & (1u << i)) rule.by_day[n++] = static_cast<short>(ical_weekday(i));
            rule.by_day[n] = ICAL_RECURRENCE_ARRAY_MAX;
            first = first_occurrence(r, s.start_date);
            break;
        }
        case Recurrence::Kind::times_per_week:
            // The whole ISO week the start falls in, then every week.
            rule.freq = ICAL_WEEKLY_RECURRENCE;
            first = add_days(s.start_date, -weekday_index(s.start_date));
            break;
        case Recurrence::Kind::none: break;
    }
    if (goal && days_between(first, goal->due_date) >= 0) rule.until = ical_day(goal->due_date);
    add_all_day(event.get(), first, per_week ? 7 : 1);
    add(event.get(), ical().icalproperty_new_rrule(rule));
    if (!per_week)
        for (Day skipped : app.skips_of(s.id)) add(event.get(), ical().icalproperty_new_exdate(ical_day(skipped)));
    icalproperty* repeat = ical().icalproperty_new_x(to_string(r).c_str());
    ical().icalproperty_set_x_name(repeat, "X-STEPWISE-REPEAT");
    add(event.get(), repeat);
    return event;
}

Component one_off_todo(const Step& s, const Goal* goal) {
    Component todo = new_item(ICAL_VTODO_COMPONENT, s.uuid, s.created_at, s.updated_at, s.title, step_description(s, goal));
    add(todo.get(), ical().icalproperty_new_due(ical_day(*s.due_date)));
    if (s.status == StepStatus::done) {
        add(todo.get(), ical().icalproperty_new_status(ICAL_STATUS_COMPLETED));
        add(todo.get(), ical().icalproperty_new_percentcomplete(100));
        Day done = s.done_date.value_or(*s.due_date);
        add(todo.get(), ical().icalproperty_new_completed(utc_time(static_cast<int>(done.year()),
                                                            static_cast<int>(static_cast<unsigned>(done.month())),
                                                            static_cast<int>(static_cast<unsigned>(done.day())), 12, 0, 0)));
    } else {
        add(todo.get(), ical().icalproperty_new_status(ICAL_STATUS_NEEDSACTION));
    }
    return todo;
}

Component goal_due_event(const Goal& g) {
    std::string text;
    add_text_line(text, g.description);
    if (!g.why.empty()) add_text_line(text, "Why: " + g.why);
    Component event = new_item(ICAL_VEVENT_COMPONENT, g.uuid, g.created_at, g.updated_at, "Goal due: " + g.title, text);
    add_all_day(event.get(), g.due_date, 1);
    if (!g.life_area.empty()) add(event.get(), ical().icalproperty_new_categories(g.life_area.c_str()));
    return event;
}

void relate_to_goal(icalcomponent* item, const Goal* goal) {
    if (goal) add(item, ical().icalproperty_new_relatedto((goal->uuid + "@stepwise").c_str()));
}

}  // namespace

std::string export_ics(const App& app, bool include_private, IcsCounts& counts) {
    counts = {};
    Component calendar(ical().icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    add(calendar.get(), ical().icalproperty_new_prodid("-//Stepwise//Stepwise//EN"));
    add(calendar.get(), ical().icalproperty_new_version("2.0"));
    add(calendar.get(), ical().icalproperty_new_calscale("GREGORIAN"));
    icalproperty* name = ical().icalproperty_new_x("Stepwise");
    ical().icalproperty_set_x_name(name, "X-WR-CALNAME");
    add(calendar.get(), name);

    std::unordered_map<int64_t, const Goal*> goal_of;
    for (const auto& g : app.goals()) {
        if (g.is_private && !include_private) {
            ++counts.private_goals_left_out;
            continue;
        }
        goal_of[g.id] = &g;
        ical().icalcomponent_add_component(calendar.get(), goal_due_event(g).release());
        ++counts.events;
    }
    for (const auto& s : app.steps()) {
        auto it = goal_of.find(s.goal_id);
        if (it == goal_of.end() || s.status == StepStatus::dropped) continue;  // private goal, or none
        const Goal* goal = it->second;
        Component item;
        if (s.is_recurring()) {
            item = recurring_event(s, goal, app);
            ++counts.events;
        } else if (s.due_date) {
            item = one_off_todo(s, goal);
            ++counts.todos;
        } else {
            continue;
        }
        relate_to_goal(item.get(), goal);
        ical().icalcomponent_add_component(calendar.get(), item.release());
    }

    char* text = ical().icalcomponent_as_ical_string_r(calendar.get());
    if (!text) throw std::runtime_error("libical could not write the calendar");
    std::string out(text);
    std::free(text);
    return out;
}

}  // namespace sw
