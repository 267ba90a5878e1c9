/* Roles for a range of a meeting's paragraphs (schema 026): a
 * tjänstgörande ordförande for §§ 43–44 (the ordförande jävig or away),
 * a justerare for some §§ only, an ersättande justerare, a second
 * sekreterare for one §. Printed in the protokoll on its first page, in
 * the signatures and at the §; kept in the justering record and locked
 * with the rest of a justerat protokoll. */
#ifndef NAMND_MEETING_ROLE_H
#define NAMND_MEETING_ROLE_H

#include <stdbool.h>
#include <stddef.h>

#include "namnd/db.h"
#include "namnd/protocol.h"
#include "namnd/sitting.h"

/* The roles, as stored: "ordförande", "justerare", "ersättande
 * justerare", "sekreterare"; NULL-terminated. */
extern const char *const meeting_role_names[];

/* The stored name for what the user typed ("tjänstgörande ordförande"
 * is "ordförande"), or NULL when it is no role. */
const char *meeting_role_name(const char *typed);

/* Give person role in meeting for paragraphs from..to (numbers of the
 * meeting's paragraphs; from 0: from the start, to 0: to the end).
 * Refused, naming the value: an unknown role, a paragraph the meeting
 * does not have, to before from, an ordförande or justerare who does not
 * serve at the meeting, a second tjänstgörande ordförande for a §, and
 * whatever meeting_role_conflict finds at a § of the range; and by the
 * database once the protokoll, or a § of the range (omedelbart), is
 * justerat. */
enum nd_err meeting_role_add(struct nd_db *db, long long meeting, const char *role,
			     long long person, int from, int to);

/* Why role r cannot stand at paragraph number, as a Swedish sentence in
 * msg (true), or false when it can: a tjänstgörande ordförande,
 * justerare or ersättande justerare who does not serve at that § by
 * attendance (a ledamot present or a tjänstgörande ersättare there);
 * the same person in the same role (justerare and ersättande justerare
 * count as one) twice at the §, among others[0..n) or the meeting's
 * justerare; a second tjänstgörande ordförande; a second sekreterare
 * beside the protokoll's own, or the protokoll's own sekreterare again.
 * s is the meeting's sitting, p its protokoll. */
bool meeting_role_conflict(const struct nd_protocol *p, const struct nd_sitting *s,
			   const struct nd_prole *r, const struct nd_prole *others, size_t n,
			   int number, char *msg, size_t size);

/* The rules on who may justera paragraph number (0: the meeting as a
 * whole, before any § is numbered), whoever wrote the rows (DOMAIN.md,
 * KL 5:69: the protokoll is justerat by the ordförande and one or two
 * other ledamöter): the one presiding there (the tjänstgörande
 * ordförande recorded for the §, else the meeting's ordförande) is not
 * its justerare or ersättande justerare; a sekreterare of the § (the
 * protokoll's own or one for a range) is not its justerare; at most two
 * justerare (the protokoll's own and those for a range together; an
 * ersättande justerare stands by and is not counted). Each broken rule
 * is a Swedish sentence naming the person, the role and the § in
 * msgs[0..max); returns how many. Only the second for a body with
 * its own rules (meeting_role_law). who: only the rules person who breaks
 * (0: all), for refusing a new role or justerare. */
#define MEETING_ROLE_MSG 900
/* Whether p's body justerar as the kommunallag says (its rules' basis is
 * not "egna regler"): the first and third rules above apply only then;
 * a samverkansråd or beredning may let its ordförande justera alone. */
bool meeting_role_law(const struct nd_protocol *p);
size_t meeting_role_rules(const struct nd_protocol *p, int number, long long who,
			  char (*msgs)[MEETING_ROLE_MSG], size_t max);

/* After an attendance change: whether person holds a role that needs
 * them serving (tjänstgörande ordförande, justerare of the protokoll or
 * for a range, ersättande justerare) at a § where they do not serve. A
 * Swedish sentence naming the role and the §§ in msg when true. A
 * sekreterare need not attend, and is not named. */
bool meeting_role_unserved(struct nd_db *db, long long meeting, long long person,
			   char *msg, size_t size);

/* Take role from person in meeting (every range of it). */
enum nd_err meeting_role_remove(struct nd_db *db, long long meeting, const char *role,
				long long person);

/* The roles recorded for meeting, by role (as meeting_role_names) and
 * first §: rows of 0 id, 1 role, 2 person id, 3 name, 4 party (or
 * NULL), 5 from (0: the start), 6 to (NULL: the end). */
enum nd_err meeting_role_list(struct nd_db *db, long long meeting, nd_row_fn fn, void *ctx);

/* Remove one recorded role (by its id), refused once the protokoll is
 * justerat. */
enum nd_err meeting_role_remove_id(struct nd_db *db, long long id);

#endif
