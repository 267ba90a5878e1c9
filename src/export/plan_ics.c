/* The sammanträdesplan as iCalendar: see calendar.h. */
#include "namnd/calendar.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libical/ical.h>

#include "namnd/doc.h"
#include "namnd/ident.h"
#include "lazy_ical.h"

#define TZ_NAME "Europe/Stockholm"
/* A meeting with neither an end time nor an agenda is shown this long. */
#define DEFAULT_MINUTES 120

/* ?1 committee (0: all), ?2..?3 dates. Columns: 0 id, 1 date, 2 start,
 * 3 end (or NULL), 4 body, 5 code, 6 place, 7 agenda minutes, 8 last
 * change (audit), 9 changes. */
static const char ics_sql[] =
	"SELECT m.id, m.date, m.start_time, m.end_time, k.name, k.code, m.place, "
	"(SELECT total(a.duration) FROM agenda_item a WHERE a.meeting_id = m.id), "
	"(SELECT max(l.at) FROM audit_log l WHERE l.tbl = 'meeting' AND l.row_id = m.id), "
	"(SELECT count(*) FROM audit_log l WHERE l.tbl = 'meeting' AND l.row_id = m.id "
	"  AND l.action = 'update') "
	"FROM meeting m JOIN committee k ON k.id = m.committee_id "
	"WHERE (?1 = 0 OR k.id = ?1 OR k.parent_id = ?1) AND m.date BETWEEN ?2 AND ?3 "
	"ORDER BY m.date, m.start_time, k.name COLLATE sv, m.id";

static int hhmm(const char *s)
{
	if (!s || strlen(s) != 5)
		return -1;
	return ((s[0] - '0') * 10 + (s[1] - '0')) * 60 + (s[3] - '0') * 10 + (s[4] - '0');
}

/* Europe/Stockholm since 1996: CET, CEST from the last Sunday in March
 * 02.00 to the last Sunday in October 03.00. */
static icalcomponent *stockholm(void)
{
	icalcomponent *summer = icalcomponent_vanew(
		ICAL_XDAYLIGHT_COMPONENT, icalproperty_new_tzname("CEST"),
		icalproperty_new_tzoffsetfrom(3600), icalproperty_new_tzoffsetto(7200),
		icalproperty_new_dtstart(icaltime_from_string("19700329T020000")),
		icalproperty_new_rrule(icalrecurrencetype_from_string(
			"FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")),
		(void *)0);
	icalcomponent *winter = icalcomponent_vanew(
		ICAL_XSTANDARD_COMPONENT, icalproperty_new_tzname("CET"),
		icalproperty_new_tzoffsetfrom(7200), icalproperty_new_tzoffsetto(3600),
		icalproperty_new_dtstart(icaltime_from_string("19701025T030000")),
		icalproperty_new_rrule(icalrecurrencetype_from_string(
			"FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")),
		(void *)0);
	return icalcomponent_vanew(ICAL_VTIMEZONE_COMPONENT, icalproperty_new_tzid(TZ_NAME),
				   summer, winter, (void *)0);
}

static icalproperty *local_time(icalproperty *p)
{
	icalproperty_add_parameter(p, icalparameter_new_tzid(TZ_NAME));
	return p;
}

/* The audit log's "2024-03-12T10:15:00.123Z" as a UTC time; now when
 * the log has nothing (a file written by another program). */
static struct icaltimetype utc_of(const char *at)
{
	struct icaltimetype t = icaltime_null_time();
	int y, mo, d, h, mi, s;
	if (at && sscanf(at, "%4d-%2d-%2dT%2d:%2d:%2d", &y, &mo, &d, &h, &mi, &s) == 6) {
		t.year = y;
		t.month = mo;
		t.day = d;
		t.hour = h;
		t.minute = mi;
		t.second = s;
		t.zone = icaltimezone_get_utc_timezone();
		return t;
	}
	return icaltime_current_time_with_zone(icaltimezone_get_utc_timezone());
}

static void add_event(icalcomponent *cal, sqlite3_stmt *st, const char *host)
{
	const char *date = (const char *)sqlite3_column_text(st, 1);
	const char *body = (const char *)sqlite3_column_text(st, 4);
	const char *code = (const char *)sqlite3_column_text(st, 5);
	const char *place = (const char *)sqlite3_column_text(st, 6);
	int start = hhmm((const char *)sqlite3_column_text(st, 2));
	int end = hhmm((const char *)sqlite3_column_text(st, 3));
	int agenda = sqlite3_column_int(st, 7);
	char uid[300], desc[400];
	struct icaltimetype t0 = icaltime_null_time(), t1;
	int y, m, d;

	if (sscanf(date, "%4d-%2d-%2d", &y, &m, &d) != 3 || start < 0)
		return;
	t0.year = y;
	t0.month = m;
	t0.day = d;
	t0.hour = start / 60;
	t0.minute = start % 60;
	/* The protokoll's end time once held; before that the agenda's. */
	int minutes = end > start ? end - start : agenda > 0 ? agenda : DEFAULT_MINUTES;
	t1 = t0;
	icaltime_adjust(&t1, 0, 0, minutes, 0);
	snprintf(uid, sizeof uid, "sammantrade-%lld@%s", (long long)sqlite3_column_int64(st, 0),
		 host);
	snprintf(desc, sizeof desc, "Sammanträde: %s (%s).", body, code);
	struct icaltimetype changed = utc_of((const char *)sqlite3_column_text(st, 8));
	icalcomponent *ev = icalcomponent_vanew(
		ICAL_VEVENT_COMPONENT, icalproperty_new_uid(uid), icalproperty_new_dtstamp(changed),
		icalproperty_new_lastmodified(changed),
		icalproperty_new_sequence(sqlite3_column_int(st, 9)),
		local_time(icalproperty_new_dtstart(t0)), local_time(icalproperty_new_dtend(t1)),
		icalproperty_new_summary(body), icalproperty_new_description(desc),
		icalproperty_new_class(ICAL_CLASS_PUBLIC), (void *)0);
	if (place)
		icalcomponent_add_property(ev, icalproperty_new_location(place));
	icalcomponent_add_component(cal, ev);
}

/* name, or "Sammanträden: BODY" (the organisation's name for all). */
static enum nd_err calendar_name(struct nd_db *db, long long committee, const char *name,
				 char **out)
{
	sqlite3_stmt *st = NULL;
	char *body = NULL;
	enum nd_err e;
	if (name) {
		*out = strdup(name);
		return *out ? ND_OK : nd_fail(ND_ENOMEM, "Minnet räckte inte.");
	}
	if (committee == 0) {
		body = setting_get(db, "org_name", "");
	} else {
		if ((e = db_prepare(db, "SELECT name FROM committee WHERE id = ?1", &st)))
			return e;
		sqlite3_bind_int64(st, 1, committee);
		body = strdup(sqlite3_step(st) == SQLITE_ROW
			      ? (const char *)sqlite3_column_text(st, 0) : "");
		sqlite3_finalize(st);
	}
	if (!body)
		return nd_fail(ND_ENOMEM, "Minnet räckte inte.");
	size_t n = strlen(body) + 32;
	if ((*out = malloc(n)))
		snprintf(*out, n, *body ? "Sammanträden: %s" : "Sammanträden", body);
	free(body);
	return *out ? ND_OK : nd_fail(ND_ENOMEM, "Minnet räckte inte.");
}

enum nd_err calendar_ics(struct nd_db *db, long long committee, const char *from,
			 const char *to, const char *name, char **out)
{
	sqlite3_stmt *st = NULL;
	icalcomponent *cal = NULL;
	char *host = NULL, *own = NULL;
	enum nd_err e;
	int rc;
	*out = NULL;
	if ((e = lazy_load(&lazy_ical_group)))
		return e;
	if (!(host = ident_host(db)))
		return nd_fail(ND_ENOMEM, "Minnet räckte inte.");
	if ((e = db_prepare(db, ics_sql, &st)))
		goto out;
	cal = icalcomponent_vanew(ICAL_VCALENDAR_COMPONENT, icalproperty_new_version("2.0"),
				  icalproperty_new_prodid("-//namnd//Sammanträdesplan//SV"),
				  icalproperty_new_calscale("GREGORIAN"),
				  icalproperty_new_method(ICAL_METHOD_PUBLISH), (void *)0);
	if (!cal) {
		e = nd_fail(ND_ENOMEM, "Minnet räckte inte.");
		goto out;
	}
	if ((e = calendar_name(db, committee, name, &own)))
		goto out;
	if (*own) {
		icalproperty *p = icalproperty_new_x(own);
		icalproperty_set_x_name(p, "X-WR-CALNAME");
		icalcomponent_add_property(cal, p);
	}
	icalcomponent_add_component(cal, stockholm());
	sqlite3_bind_int64(st, 1, committee);
	sqlite3_bind_text(st, 2, from, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, to, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		add_event(cal, st, host);
	if (rc != SQLITE_DONE) {
		e = db_fail(db, "läsa sammanträdena till kalendern");
		goto out;
	}
	if (!(*out = icalcomponent_as_ical_string_r(cal)))
		e = nd_fail(ND_ENOMEM, "Minnet räckte inte.");
out:
	sqlite3_finalize(st);
	if (cal)
		icalcomponent_free(cal);
	free(host);
	free(own);
	return e;
}

enum nd_err calendar_ics_write(struct nd_db *db, long long committee, const char *from,
			       const char *to, const char *name, const char *path)
{
	char *text = NULL;
	enum nd_err e = calendar_ics(db, committee, from, to, name, &text);
	if (!e)
		e = doc_write_string(path, text);
	free(text);
	return e;
}
