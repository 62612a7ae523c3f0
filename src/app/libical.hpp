#pragma once
// libical, loaded when the first calendar is written rather than when any
// command starts: it brings ICU along, about a millisecond of loading that
// every other command would pay for nothing. The functions export_ics.cpp
// calls, typed from libical's own header.
#include <libical/ical.h>

namespace sw {

#define SW_LIBICAL_FUNCTIONS(X) \
    X(icalcomponent_add_component) \
    X(icalcomponent_add_property) \
    X(icalcomponent_as_ical_string_r) \
    X(icalcomponent_free) \
    X(icalcomponent_new) \
    X(icalproperty_new_calscale) \
    X(icalproperty_new_categories) \
    X(icalproperty_new_completed) \
    X(icalproperty_new_created) \
    X(icalproperty_new_description) \
    X(icalproperty_new_dtend) \
    X(icalproperty_new_dtstamp) \
    X(icalproperty_new_dtstart) \
    X(icalproperty_new_due) \
    X(icalproperty_new_exdate) \
    X(icalproperty_new_lastmodified) \
    X(icalproperty_new_percentcomplete) \
    X(icalproperty_new_prodid) \
    X(icalproperty_new_relatedto) \
    X(icalproperty_new_rrule) \
    X(icalproperty_new_status) \
    X(icalproperty_new_summary) \
    X(icalproperty_new_transp) \
    X(icalproperty_new_uid) \
    X(icalproperty_new_version) \
    X(icalproperty_new_x) \
    X(icalproperty_set_x_name) \
    X(icalrecurrencetype_clear) \
    X(icaltime_null_date) \
    X(icaltime_null_time) \
    X(icaltimezone_get_utc_timezone)

struct LibIcal {
#define SW_LIBICAL_POINTER(name) decltype(&::name) name = nullptr;
    SW_LIBICAL_FUNCTIONS(SW_LIBICAL_POINTER)
#undef SW_LIBICAL_POINTER
};

// Loads libical.so.3 once; throws std::runtime_error naming the Debian package
// (libical3) when it is missing or lacks a function.
const LibIcal& libical();

}  // namespace sw
