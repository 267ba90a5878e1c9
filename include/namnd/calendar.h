/* The sammanträdesplan as iCalendar (RFC 5545), written with libical:
 * one VEVENT per meeting with the body as summary, the place as location
 * and local times in Europe/Stockholm (a VTIMEZONE with the EU summer-time
 * rules is included). Each event's UID is "sammantrade-ID@HOST": the
 * meeting's id and the organisation's host (ident_host), so a new export
 * of a changed plan updates the events a calendar already holds instead
 * of adding new ones. DTSTAMP and LAST-MODIFIED are the meeting's last
 * change in the audit log and SEQUENCE counts its changes, so exporting
 * unchanged data gives the same bytes. */
#ifndef NAMND_CALENDAR_H
#define NAMND_CALENDAR_H

#include "namnd/db.h"

/* Meetings dated from..to (ISO dates, inclusive) of committee and its
 * utskott, or of every committee when committee is 0. name is the
 * calendar's name (X-WR-CALNAME); NULL: "Sammanträden: " and the
 * committee's (or the organisation's) name. On success *out is the calendar text
 * (CRLF line ends), owned by the caller (free). */
enum nd_err calendar_ics(struct nd_db *db, long long committee, const char *from,
			 const char *to, const char *name, char **out);

/* calendar_ics written atomically to path (as doc_write). */
enum nd_err calendar_ics_write(struct nd_db *db, long long committee, const char *from,
			       const char *to, const char *name, const char *path);

#endif
