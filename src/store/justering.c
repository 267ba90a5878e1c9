/* Justerare, justering with its checksum, anslag and rättelse. */
#include "namnd/justering.h"
#include "namnd/rules.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/attendance.h"
#include "namnd/date.h"
#include "namnd/entity.h"
#include "namnd/meeting_role.h"
#include "namnd/paragraph.h"
#include "namnd/parnum.h"
#include "namnd/sitting.h"
#include "quote.h"
#include "util.h"

/* date (NULL: today) as checked ISO text in buf. */
static enum nd_err date_or_today(const char *date, const char *label, char buf[11])
{
	struct nd_date d;
	enum nd_err e = date ? date_parse(date, &d) : date_today(&d);
	if (e) {
		char msg[600];
		snprintf(msg, sizeof msg, "%s", nd_errmsg());
		return nd_fail(e, "Fältet \"%s\": %s", label, msg);
	}
	date_format(d, buf);
	return ND_OK;
}

/* True when person serves (ledamot present or tjänstgörande ersättare) at
 * some point of the meeting. */
static bool serves_at_meeting(const struct nd_sitting *s, long long person)
{
	for (size_t i = 0; i < s->natt; i++)
		if (s->att[i].person == person &&
		    ((s->att[i].status == PRES_PRESENT && sitting_seat(s, person)) ||
		     s->att[i].status == PRES_SERVING))
			return true;
	return false;
}

/* Who may justera (meeting_role_rules) with people as the protokoll's
 * justerare: checked at each § (the meeting as a whole before any is
 * numbered), for each of them. */
static enum nd_err justerare_rules(struct nd_db *db, long long meeting,
				   const long long *people, size_t n)
{
	struct nd_protocol *p = NULL, q;
	struct nd_pperson chosen[4];
	char names[4][256], why[1][MEETING_ROLE_MSG];
	enum nd_err e = protocol_load(db, meeting, &p);
	if (e)
		return e;
	if (n > 2 && meeting_role_law(p)) {
		e = nd_fail(ND_EINVAL, "Ange en eller två justerare, inte %zu: protokollet justeras "
			    "av ordföranden och en eller två andra ledamöter (kommunallagen "
			    "5 kap. 69 §).", n);
		protocol_free(p);
		return e;
	}
	for (size_t i = 0; i < n && i < 4; i++)
		chosen[i] = (struct nd_pperson){ people[i], person_name(db, people[i], names[i],
									 sizeof names[i]),
						 NULL, NULL, NULL };
	q = *p;
	q.justerare = chosen;
	q.njusterare = n;
	for (size_t i = 0; i < q.nparagraphs + !q.nparagraphs && !e; i++)
		for (size_t k = 0; k < n && !e; k++)
			if (meeting_role_rules(&q, q.nparagraphs ? q.paragraphs[i].number : 0,
					       people[k], why, 1))
				e = nd_fail(ND_EINVAL, "%s", why[0]);
	protocol_free(p);
	return e;
}

enum nd_err justerare_set(struct nd_db *db, long long meeting, const long long *people,
			  size_t n)
{
	struct nd_sitting s;
	sqlite3_stmt *st = NULL;
	char name[256];
	enum nd_err e;

	if (n < 1 || n > 4)
		return nd_fail(ND_EINVAL, "Ange en eller två justerare, inte %zu (högst fyra för "
			       "ett organ med egna regler).", n);
	if ((e = db_begin(db)))
		return e;
	if ((e = meeting_check_open(db, meeting)) || (e = sitting_load(db, meeting, &s)))
		goto fail;
	for (size_t i = 0; i < n && !e; i++) {
		if (!serves_at_meeting(&s, people[i]))
			e = nd_fail(ND_EINVAL, "%s tjänstgör inte vid sammanträdet och kan inte "
				    "väljas att justera protokollet (anteckna närvaron först).",
				    person_name(db, people[i], name, sizeof name));
		for (size_t j = 0; j < i && !e; j++)
			if (people[j] == people[i])
				e = nd_fail(ND_EINVAL, "%s är angiven två gånger som justerare.",
					    person_name(db, people[i], name, sizeof name));
	}
	sitting_free(&s);
	if (!e)
		e = justerare_rules(db, meeting, people, n);
	if (e || (e = db_prepare(db, "DELETE FROM justerare WHERE meeting_id = ?1", &st)))
		goto fail;
	sqlite3_bind_int64(st, 1, meeting);
	if ((e = stmt_done(db, st, "välja justerare")))
		goto fail;
	for (size_t i = 0; i < n && !e; i++) {
		if ((e = db_prepare(db, "INSERT INTO justerare (meeting_id, person_id, position) "
				    "VALUES (?1, ?2, ?3)", &st)))
			break;
		sqlite3_bind_int64(st, 1, meeting);
		sqlite3_bind_int64(st, 2, people[i]);
		sqlite3_bind_int(st, 3, (int)i + 1);
		e = stmt_done(db, st, "välja justerare");
	}
	if (e || (e = db_commit(db)))
		goto fail;
	return ND_OK;
fail:
	db_rollback(db);
	return e;
}

static bool signed_by(const long long *by, size_t nby, long long person)
{
	for (size_t k = 0; k < nby; k++)
		if (by[k] == person)
			return true;
	return false;
}

/* Who justerar (DOMAIN.md: the justerare chosen at the meeting approve
 * the protokoll together with the ordförande): each of by is the
 * ordförande presiding, a chosen justerare, or one with a role as
 * justerare or ersättande justerare (schema 026); and every chosen
 * justerare is among them, an ersättande justerare signing for a
 * justerare who cannot. At least one justerare is chosen. */
static enum nd_err check_signers(struct nd_db *db, const struct nd_protocol *p,
				 const long long *by, size_t nby)
{
	char name[256], list[600] = "", missing[800] = "";
	size_t standby = 0, absent = 0;
	if (p->njusterare == 0)
		return nd_fail(ND_EINVAL, "Inga justerare är valda för sammanträdet %s; välj dem "
			       "med 'namnd justerare set'.", p->date);
	if (nby == 0)
		return nd_fail(ND_EINVAL, "Ange vem som justerar (--by NAMN): de valda "
			       "justerarna och ordföranden.");
	for (size_t i = 0; i < p->njusterare; i++) {
		size_t l = strlen(list);
		snprintf(list + l, sizeof list - l, "%s%s", l ? ", " : "", p->justerare[i].name);
	}
	for (size_t k = 0; k < nby; k++) {
		bool ok = p->chair.id == by[k];
		for (size_t i = 0; i < p->njusterare && !ok; i++)
			ok = p->justerare[i].id == by[k];
		for (size_t i = 0; i < p->nroles && !ok; i++)
			if (p->roles[i].who.id == by[k] &&
			    strcmp(p->roles[i].role, "sekreterare") != 0 &&
			    strcmp(p->roles[i].role, "ordförande") != 0) {
				ok = true;
				standby += strcmp(p->roles[i].role, "ersättande justerare") == 0;
			}
		if (!ok)
			return nd_fail(ND_EINVAL, "%s är inte vald att justera protokollet för %s "
				       "(valda justerare: %s; ordförande: %s).",
				       person_name(db, by[k], name, sizeof name), p->date, list,
				       p->chair.name ? p->chair.name : "ingen antecknad");
	}
	/* Which chosen justerare has not signed. (The ordförande's own
	 * signature is not asked for here: --by names who justerar besides.) */
	for (size_t i = 0; i < p->njusterare; i++)
		absent += p->justerare[i].id != p->chair.id &&
			  !signed_by(by, nby, p->justerare[i].id);
	for (size_t i = 0; i < p->njusterare && absent > standby; i++) {
		size_t l = strlen(missing);
		if (p->justerare[i].id == p->chair.id || signed_by(by, nby, p->justerare[i].id))
			continue;
		snprintf(missing + l, sizeof missing - l, "%s%s (justerare)", l ? ", " : "",
			 p->justerare[i].name);
	}
	if (*missing)
		return nd_fail(ND_EINVAL, "Alla valda justerare har inte justerat protokollet "
			       "för %s: %s saknas. Protokollet justeras av alla de valda "
			       "justerarna tillsammans med ordföranden; ange var och en med --by "
			       "(en ersättande justerare kan justera i stället för en justerare "
			       "som inte kan).", p->date, missing);
	return ND_OK;
}

static enum nd_err exec_bind(struct nd_db *db, const char *sql, long long id, const char *a,
			     const char *b, const char *what)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db, sql, &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, id);
	db_bind_text(st, 2, a);
	db_bind_text(st, 3, b);
	return stmt_done(db, st, what);
}

/* A record another program wrote for this meeting (or paragraph number)
 * before it was justerat blocks nothing: readers ignore it, and the
 * justering removes it before writing its own (hostile20 F11; schema
 * 043 lets a record be removed while what it is for is not justerat).
 * The whole protokoll: every record but those of paragraphs omedelbart
 * justerade, a § that does not exist included. */
static enum nd_err remove_strays(struct nd_db *db, long long meeting, int number)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db, number ?
		"DELETE FROM protocol_record WHERE meeting_id = ?1 AND number = ?2" :
		"DELETE FROM protocol_record WHERE meeting_id = ?1 AND number NOT IN (SELECT "
		"p.number FROM paragraph p WHERE p.meeting_id = ?1 AND p.justerad_on IS NOT NULL "
		"AND p.justerad_sha256 IS NOT NULL)", &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, meeting);
	if (number)
		sqlite3_bind_int(st, 2, number);
	return stmt_done(db, st, "ta bort ett sparat protokoll som inte justerats");
}

int justering_days_late(const char *meeting_date, const char *day, int days)
{
	struct nd_date m, d;
	struct nd_deadlines dl;
	if (days <= 0 || date_parse(meeting_date, &m) || date_parse(day, &d))
		return 0;
	deadlines_for(m, 0, days, false, false, NULL, NULL, &dl);
	return date_cmp(d, dl.justering_due) > 0 ? (int)date_diff(d, dl.justering_due) : 0;
}

/* Record a justering after the deadline: how late, and who confirmed. */
static enum nd_err record_late(struct nd_db *db, long long meeting, int late, int days)
{
	sqlite3_stmt *st = NULL;
	char reason[400];
	enum nd_err e;
	snprintf(reason, sizeof reason, "Justerat %d dag%s efter fristen (%d dagar efter "
		 "sammanträdet); bekräftat av %s.", late, late == 1 ? "" : "ar", days,
		 db->user && *db->user ? db->user : "okänd användare");
	if ((e = db_prepare(db, "INSERT INTO review_override (meeting_id, paragraph_id, kind, "
			    "reason) VALUES (?1, NULL, 'sen justering', ?2)", &st)))
		return e;
	sqlite3_bind_int64(st, 1, meeting);
	sqlite3_bind_text(st, 2, reason, -1, SQLITE_TRANSIENT);
	return stmt_done(db, st, "anteckna den sena justeringen");
}

enum nd_err justera(struct nd_db *db, long long meeting, int number, const char *date,
		    const long long *by, size_t nby, bool late_ok, char sha[65])
{
	struct nd_protocol *p = NULL;
	const struct nd_pparagraph *g = NULL;
	char day[11], today[11], hex[65], ref[64];
	char *text = NULL;
	int late = 0;
	struct nd_rules rules;
	enum nd_err e;

	if ((e = date_or_today(date, "justeringsdag", day)) ||
	    (e = date_or_today(NULL, "idag", today)))
		return e;
	if ((e = db_begin(db)))
		return e;
	if ((e = meeting_check_open(db, meeting)))
		goto fail;
	if (number == 0 && (e = exec_bind(db, "UPDATE meeting SET justering_date = "
					  "coalesce(justering_date, ?2) WHERE id = ?1", meeting,
					  day, NULL, "spara justeringsdagen")))
		goto fail;
	if ((e = protocol_load(db, meeting, &p)))
		goto fail;
	if (strcmp(day, p->date) < 0) {
		e = nd_fail(ND_EINVAL, "Fältet \"justeringsdag\": protokollet kan inte justeras "
			    "%s, före sammanträdet %s.", day, p->date);
		goto fail;
	}
	if (strcmp(day, today) > 0) {
		e = nd_fail(ND_EINVAL, "Fältet \"justeringsdag\": %s har inte kommit än (idag "
			    "är det %s); justera när det sker.", day, today);
		goto fail;
	}
	if (p->nparagraphs == 0) {
		e = nd_fail(ND_EINVAL, "Sammanträdet %s har inga paragrafer; numrera dem "
			    "först ('namnd paragraph number').", p->date);
		goto fail;
	}
	if (number) {
		if (!(g = protocol_paragraph(p, number))) {
			e = nd_fail(ND_ENOTFOUND, "Sammanträdet har ingen %s.",
				    PAR(p->items, number));
			goto fail;
		}
		if (g->justerad_on) {
			e = nd_fail(ND_ELOCKED, "%s är redan justerad %s.",
				    PAR_CAP(p->items, number), g->justerad_on);
			goto fail;
		}
		if (strcmp(day, p->date) != 0) {
			e = nd_fail(ND_EINVAL, "Fältet \"justeringsdag\": omedelbar justering sker "
				    "vid sammanträdet %s, inte %s.", p->date, day);
			goto fail;
		}
	}
	if ((e = check_signers(db, p, by, nby)))
		goto fail;
	snprintf(ref, sizeof ref, "%s:%s", p->code ? p->code : "", p->date);
	if ((e = review_gate(db, meeting, number, ref)))
		goto fail;
	if ((e = rules_meeting(db, meeting, &rules)))
		goto fail;
	if (!number && (late = justering_days_late(p->date, day, rules.justering_days)) > 0) {
		if (!late_ok) {
			e = nd_fail(ND_EINVAL, "Fältet \"justeringsdag\": %s är %d dag%s efter "
				    "fristen för justering (%d dagar efter sammanträdet %s). "
				    "Bekräfta att protokollet justeras för sent (--late); det "
				    "antecknas.", day, late, late == 1 ? "" : "ar",
				    rules.justering_days, p->date);
			goto fail;
		}
		if ((e = record_late(db, meeting, late, rules.justering_days)))
			goto fail;
	}
	if (g && !g->immediate) {
		/* The canonical text says it is omedelbart justerad. */
		((struct nd_pparagraph *)g)->immediate = true;
		if ((e = exec_bind(db, "UPDATE paragraph SET immediate = 1 WHERE id = ?1",
				   g->id, NULL, NULL, "markera omedelbar justering")))
			goto fail;
	}
	if (!(text = protocol_canonical(p, g, day))) {
		e = nd_fail(ND_ENOMEM, "Slut på minne.");
		goto fail;
	}
	protocol_sha256(text, hex);
	/* From now on its documents are made from this record. It comes
	 * first: the database sets justerad_on only where it exists
	 * (schema 041). */
	if ((e = remove_strays(db, meeting, number)) || (e = protocol_record_save(db, p, number)))
		goto fail;
	if (g)
		e = exec_bind(db, "UPDATE paragraph SET justerad_on = ?2, justerad_sha256 = ?3 "
			      "WHERE id = ?1", g->id, day, hex, "justera paragrafen");
	else if (!(e = exec_bind(db, "UPDATE paragraph SET justerad_on = ?2 WHERE "
				 "meeting_id = ?1 AND justerad_on IS NULL", meeting, day, NULL,
				 "justera paragraferna")))
		e = exec_bind(db, "UPDATE meeting SET justerad_on = ?2, protocol_sha256 = ?3, "
			      "status = 'justerat' WHERE id = ?1", meeting, day, hex,
			      "justera protokollet");
	if (e || (e = db_commit(db)))
		goto fail;
	if (sha)
		memcpy(sha, hex, 65);
	free(text);
	protocol_free(p);
	return ND_OK;
fail:
	db_rollback(db);
	free(text);
	protocol_free(p);
	return e;
}

/* ND_EINVAL with a message when the body of meeting has no anslag. */
static enum nd_err anslag_rule(struct nd_db *db, long long meeting, int number)
{
	struct nd_rules r;
	enum nd_err e = rules_paragraph(db, meeting, number, &r);
	if (e || r.anslag)
		return e;
	/* Justerat without one, and the body has one now. */
	sqlite3_stmt *st = NULL;
	bool now = false;
	if (r.frozen && !db_prepare(db, "SELECT r.anslag FROM meeting m JOIN committee_rules r "
				    "ON r.committee_id = m.committee_id WHERE m.id = ?1", &st)) {
		sqlite3_bind_int64(st, 1, meeting);
		now = sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0);
		sqlite3_finalize(st);
	}
	if (now)
		return nd_fail(ND_EINVAL, "%s justerades utan anslag, enligt organets "
			       "regler då (%s, %s); regler som ändrats efter justeringen gäller "
			       "inte %s.", number ? "Paragrafen" : "Protokollet", r.kind, r.basis,
			       number ? "den" : "det");
	return nd_fail(ND_EINVAL, "Organet har inget anslag enligt sina regler (%s, %s); "
		       "sätt 'namnd committee edit KOD --anslag ja' om justeringen ska "
		       "tillkännages på anslagstavlan.", r.kind, r.basis);
}

enum nd_err anslag_record(struct nd_db *db, long long meeting, const char *date)
{
	sqlite3_stmt *st = NULL;
	char day[11];
	enum nd_err e;
	if ((e = date_or_today(date, "anslagsdag", day)) || (e = anslag_rule(db, meeting, 0)))
		return e;
	if ((e = db_begin(db)))
		return e;
	if ((e = db_prepare(db, "SELECT date, justerad_on, anslag_on FROM meeting WHERE id = ?1",
			    &st)))
		goto fail;
	sqlite3_bind_int64(st, 1, meeting);
	if (sqlite3_step(st) != SQLITE_ROW)
		e = nd_fail(ND_ENOTFOUND, "Det finns inget sammanträde med id %lld.", meeting);
	else if (sqlite3_column_type(st, 1) == SQLITE_NULL)
		e = nd_fail(ND_EINVAL, "Anslaget kan inte sättas upp före justeringen: "
			    "protokollet för sammanträdet %s är inte justerat.",
			    sqlite3_column_text(st, 0));
	else if (strcmp(day, (const char *)sqlite3_column_text(st, 1)) < 0)
		e = nd_fail(ND_EINVAL, "Fältet \"anslagsdag\": %s ligger före justeringen %s; "
			    "anslaget sätts upp efter den.", day, sqlite3_column_text(st, 1));
	else if (sqlite3_column_type(st, 2) != SQLITE_NULL)
		e = nd_fail(ND_EEXIST, "Anslaget om justeringen sattes upp %s och kan inte "
			    "ändras.", sqlite3_column_text(st, 2));
	sqlite3_finalize(st);
	if (e || (e = exec_bind(db, "UPDATE meeting SET anslag_on = ?2, status = 'anslaget' "
				"WHERE id = ?1", meeting, day, NULL, "spara anslaget")) ||
	    (e = db_commit(db)))
		goto fail;
	return ND_OK;
fail:
	db_rollback(db);
	return e;
}

enum nd_err anslag_record_paragraph(struct nd_db *db, long long meeting, int number,
				    const char *date)
{
	sqlite3_stmt *st = NULL;
	long long id = 0;
	char day[11];
	bool items = paragraph_items(db, meeting);
	enum nd_err e;
	if ((e = date_or_today(date, "anslagsdag", day)) || (e = anslag_rule(db, meeting, number)))
		return e;
	if ((e = db_begin(db)))
		return e;
	/* Only omedelbar justering stores a paragraph's own checksum. */
	if ((e = db_prepare(db, "SELECT id, justerad_on, anslag_on, justerad_sha256 "
			    "FROM paragraph WHERE meeting_id = ?1 AND number = ?2", &st)))
		goto fail;
	sqlite3_bind_int64(st, 1, meeting);
	sqlite3_bind_int(st, 2, number);
	if (sqlite3_step(st) != SQLITE_ROW)
		e = nd_fail(ND_ENOTFOUND, "Sammanträdet har ingen %s.", PAR(items, number));
	else if (sqlite3_column_type(st, 1) == SQLITE_NULL ||
		 sqlite3_column_type(st, 3) == SQLITE_NULL)
		e = nd_fail(ND_EINVAL, "%s är inte omedelbart justerad; anslaget gäller då "
			    "hela protokollet ('namnd anslag SAMMANTRÄDE --date …').",
			    PAR_CAP(items, number));
	else if (strcmp(day, (const char *)sqlite3_column_text(st, 1)) < 0)
		e = nd_fail(ND_EINVAL, "Fältet \"anslagsdag\": %s ligger före justeringen av "
			    "%s %s.", day, PAR(items, number), sqlite3_column_text(st, 1));
	else if (sqlite3_column_type(st, 2) != SQLITE_NULL)
		e = nd_fail(ND_EEXIST, "Anslaget om justeringen av %s sattes upp %s och kan "
			    "inte ändras.", PAR(items, number), sqlite3_column_text(st, 2));
	else
		id = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (e || (e = exec_bind(db, "UPDATE paragraph SET anslag_on = ?2 WHERE id = ?1", id,
				day, NULL, "spara anslaget")) || (e = db_commit(db)))
		goto fail;
	return ND_OK;
fail:
	db_rollback(db);
	return e;
}

enum nd_err justering_verify(struct nd_db *db, long long meeting, int number, bool *same,
			     char now[65])
{
	struct nd_protocol *p = NULL;
	const struct nd_pparagraph *g = NULL;
	const char *stored, *on;
	char hex[65], *text = NULL;
	enum nd_err e = protocol_load_for(db, meeting, number, &p);
	if (e)
		return e;
	if (number && !(g = protocol_paragraph(p, number))) {
		e = nd_fail(ND_ENOTFOUND, "Sammanträdet har ingen %s.", PAR(p->items, number));
		goto out;
	}
	stored = g ? g->sha256 : p->sha256;
	on = g ? g->justerad_on : p->justerad_on;
	if (!on || !stored) {
		e = nd_fail(ND_EINVAL, "%s har ingen lagrad kontrollsumma: %s.",
			    g ? "Paragrafen" : "Protokollet", !on ? "det är inte justerat" :
			    "justeringen gjordes utan namnd");
		goto out;
	}
	if (!(text = protocol_canonical(p, g, on))) {
		e = nd_fail(ND_ENOMEM, "Slut på minne.");
		goto out;
	}
	protocol_sha256(text, hex);
	*same = strcmp(hex, stored) == 0;
	if (now)
		memcpy(now, hex, 65);
out:
	free(text);
	protocol_free(p);
	return e;
}

enum nd_err rattelse_add(struct nd_db *db, long long meeting, long long paragraph,
			 const char *date, const char *text)
{
	static const struct nd_field f_text = { "text", "rättelse", FT_LONGTEXT, 1, 100000,
						NULL, NULL };
	struct nd_value v = { V_NULL, 0, NULL };
	sqlite3_stmt *st = NULL;
	char day[11];
	enum nd_err e;
	if ((e = date_or_today(date, "datum", day)) || (e = field_parse(db, &f_text, text, &v)))
		return e;
	if (v.kind == V_NULL)
		return nd_fail(ND_EINVAL, "Fältet \"rättelse\" måste anges (--text).");
	if ((e = db_begin(db)))
		goto out;
	if ((e = db_prepare(db, "SELECT m.justerad_on, p.justerad_on, m.date FROM meeting m "
			    "LEFT JOIN paragraph p ON p.id = ?2 AND p.meeting_id = m.id "
			    "WHERE m.id = ?1", &st)))
		goto fail;
	sqlite3_bind_int64(st, 1, meeting);
	sqlite3_bind_int64(st, 2, paragraph);
	if (sqlite3_step(st) != SQLITE_ROW) {
		e = nd_fail(ND_ENOTFOUND, "Det finns inget sammanträde med id %lld.", meeting);
	} else {
		const char *on = (const char *)sqlite3_column_text(st, 0);
		if (!on && paragraph)
			on = (const char *)sqlite3_column_text(st, 1);
		if (!on)
			e = nd_fail(ND_EINVAL, "Protokollet för %s är inte justerat; ändra det "
				    "direkt i stället för att göra en rättelse.",
				    sqlite3_column_text(st, 2));
		else if (strcmp(day, on) < 0)
			e = nd_fail(ND_EINVAL, "Fältet \"datum\": rättelsen %s kan inte vara före "
				    "justeringen %s.", day, on);
	}
	sqlite3_finalize(st);
	if (e || (e = db_prepare(db, "INSERT INTO rattelse (meeting_id, paragraph_id, made_on, "
				 "text) VALUES (?1, ?2, ?3, ?4)", &st)))
		goto fail;
	sqlite3_bind_int64(st, 1, meeting);
	if (paragraph)
		sqlite3_bind_int64(st, 2, paragraph);
	else
		sqlite3_bind_null(st, 2);
	sqlite3_bind_text(st, 3, day, -1, SQLITE_TRANSIENT);
	value_bind(st, 4, &v);
	if ((e = stmt_done(db, st, "spara rättelsen")) || (e = db_commit(db)))
		goto fail;
	goto out;
fail:
	db_rollback(db);
out:
	value_clear(&v);
	return e;
}
