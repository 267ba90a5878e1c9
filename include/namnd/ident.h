/* Names that identify the organisation's records outside namnd: the
 * host part of calendar UIDs, Message-IDs and Atom ids, and slugs for
 * file names on the published site. */
#ifndef NAMND_IDENT_H
#define NAMND_IDENT_H

#include <stdbool.h>
#include <stddef.h>
#include "namnd/db.h"

/* s in lower-case ASCII for a file name or a host label: letters and
 * digits kept (å ä → a, ö → o, é → e, ü → u), anything else one '-',
 * no '-' at either end; "" when nothing is left. Cut to size - 1 bytes. */
void ident_slug(const char *s, char *out, size_t size);

/* A meeting's name on the published site: the committee code's slug and
 * the date ("ubn-2024-03-20"), and the start time ("-1300") when the
 * body met more than once that day (same_day). */
void ident_meeting_slug(const char *code, const char *date, const char *start, bool same_day,
			char *buf, size_t size);

/* The organisation's host: the org_domain setting when set, else the
 * slug of org_name under ".namnd" ("exempelstads-kommun.namnd"), else
 * "namnd.invalid". Allocated; the caller frees. NULL on out of memory. */
char *ident_host(struct nd_db *db);

#endif
