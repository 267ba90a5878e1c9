/* libical, loaded when first needed (lazy.h), for plan_ics.c.
 * Include after the library's header; every entry point calls
 * lazy_load(&lazy_ical_group) before anything else here is used. */
#include "lazy.h"

#define LAZY_ICAL_SYMS(X) \
	X(icalcomponent_add_component) \
	X(icalcomponent_add_property) \
	X(icalcomponent_as_ical_string_r) \
	X(icalcomponent_free) \
	X(icalcomponent_vanew) \
	X(icalparameter_new_tzid) \
	X(icalproperty_add_parameter) \
	X(icalproperty_new_calscale) \
	X(icalproperty_new_class) \
	X(icalproperty_new_description) \
	X(icalproperty_new_dtend) \
	X(icalproperty_new_dtstamp) \
	X(icalproperty_new_dtstart) \
	X(icalproperty_new_lastmodified) \
	X(icalproperty_new_location) \
	X(icalproperty_new_method) \
	X(icalproperty_new_prodid) \
	X(icalproperty_new_rrule) \
	X(icalproperty_new_sequence) \
	X(icalproperty_new_summary) \
	X(icalproperty_new_tzid) \
	X(icalproperty_new_tzname) \
	X(icalproperty_new_tzoffsetfrom) \
	X(icalproperty_new_tzoffsetto) \
	X(icalproperty_new_uid) \
	X(icalproperty_new_version) \
	X(icalproperty_new_x) \
	X(icalproperty_set_x_name) \
	X(icalrecurrencetype_from_string) \
	X(icaltime_adjust) \
	X(icaltime_current_time_with_zone) \
	X(icaltime_from_string) \
	X(icaltime_null_time) \
	X(icaltimezone_get_utc_timezone)

struct lazy_ical {
	LAZY_ICAL_SYMS(LAZY_MEMBER)
};
#define LAZY_ICAL_ENTRY(f) LAZY_ENTRY(lazy_ical, f)
static struct lazy_ical lazy_ical;
static const struct lazy_sym lazy_ical_syms[] = { LAZY_ICAL_SYMS(LAZY_ICAL_ENTRY) };
static const char *const lazy_ical_libs[] = { ND_SONAME_ICAL, NULL };
/* Empty when the build could not read the library's soname (readelf). */
_Static_assert(sizeof ND_SONAME_ICAL > 1, "the soname of the ical library was not found at build time: is binutils (readelf) installed?");
static struct lazy_group lazy_ical_group = {
	lazy_ical_libs, lazy_ical_syms, sizeof lazy_ical_syms / sizeof *lazy_ical_syms,
	&lazy_ical, "kalenderfilen", false
};

/* Every call below goes through the table. */
#define icalcomponent_add_component (*lazy_ical.icalcomponent_add_component)
#define icalcomponent_add_property (*lazy_ical.icalcomponent_add_property)
#define icalcomponent_as_ical_string_r (*lazy_ical.icalcomponent_as_ical_string_r)
#define icalcomponent_free (*lazy_ical.icalcomponent_free)
#define icalcomponent_vanew (*lazy_ical.icalcomponent_vanew)
#define icalparameter_new_tzid (*lazy_ical.icalparameter_new_tzid)
#define icalproperty_add_parameter (*lazy_ical.icalproperty_add_parameter)
#define icalproperty_new_calscale (*lazy_ical.icalproperty_new_calscale)
#define icalproperty_new_class (*lazy_ical.icalproperty_new_class)
#define icalproperty_new_description (*lazy_ical.icalproperty_new_description)
#define icalproperty_new_dtend (*lazy_ical.icalproperty_new_dtend)
#define icalproperty_new_dtstamp (*lazy_ical.icalproperty_new_dtstamp)
#define icalproperty_new_dtstart (*lazy_ical.icalproperty_new_dtstart)
#define icalproperty_new_lastmodified (*lazy_ical.icalproperty_new_lastmodified)
#define icalproperty_new_location (*lazy_ical.icalproperty_new_location)
#define icalproperty_new_method (*lazy_ical.icalproperty_new_method)
#define icalproperty_new_prodid (*lazy_ical.icalproperty_new_prodid)
#define icalproperty_new_rrule (*lazy_ical.icalproperty_new_rrule)
#define icalproperty_new_sequence (*lazy_ical.icalproperty_new_sequence)
#define icalproperty_new_summary (*lazy_ical.icalproperty_new_summary)
#define icalproperty_new_tzid (*lazy_ical.icalproperty_new_tzid)
#define icalproperty_new_tzname (*lazy_ical.icalproperty_new_tzname)
#define icalproperty_new_tzoffsetfrom (*lazy_ical.icalproperty_new_tzoffsetfrom)
#define icalproperty_new_tzoffsetto (*lazy_ical.icalproperty_new_tzoffsetto)
#define icalproperty_new_uid (*lazy_ical.icalproperty_new_uid)
#define icalproperty_new_version (*lazy_ical.icalproperty_new_version)
#define icalproperty_new_x (*lazy_ical.icalproperty_new_x)
#define icalproperty_set_x_name (*lazy_ical.icalproperty_set_x_name)
#define icalrecurrencetype_from_string (*lazy_ical.icalrecurrencetype_from_string)
#define icaltime_adjust (*lazy_ical.icaltime_adjust)
#define icaltime_current_time_with_zone (*lazy_ical.icaltime_current_time_with_zone)
#define icaltime_from_string (*lazy_ical.icaltime_from_string)
#define icaltime_null_time (*lazy_ical.icaltime_null_time)
#define icaltimezone_get_utc_timezone (*lazy_ical.icaltimezone_get_utc_timezone)
