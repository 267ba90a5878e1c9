/* Vacant seats: adding one, putting a person in it, finding it by what
 * the user typed ("Vakant (M)"). */
#include "namnd/vacancy.h"
#include "namnd/entity.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util.h"

static enum nd_err parse(struct nd_db *db, const struct nd_entity *ent, const char *name,
			 const char *text, struct nd_value *out)
{
	return field_parse(db, field_find(ent->fields, name), text, out);
}

enum nd_err vacancy_add(struct nd_db *db, long long committee, const char *party,
			const char *from, long long *membership)
{
	struct nd_value p = { 0 }, f = { 0 };
	sqlite3_stmt *st = NULL;
	enum nd_err e;
	if (!party || !*party)
		return nd_hint(nd_fail(ND_EINVAL, "En vakant plats är ett partis plats: "
				       "fältet \"parti\" måste anges."), "(--party M)");
	if ((e = parse(db, &person_entity, "party", party, &p)) ||
	    (e = parse(db, &membership_entity, "from", from, &f)))
		goto out;
	if ((e = db_begin(db)))
		goto out;
	if ((e = db_prepare(db, "INSERT INTO person (name, party, vacant) VALUES ('Vakant', ?1, 1)",
			    &st)))
		goto fail;
	value_bind(st, 1, &p);
	if ((e = stmt_done(db, st, "lägga till den vakanta platsen")))
		goto fail;
	long long person = sqlite3_last_insert_rowid(db->h);
	if ((e = db_prepare(db, "INSERT INTO membership (person_id, committee_id, role, valid_from) "
			    "VALUES (?1, ?2, 'ledamot', coalesce(?3, nd_today()))", &st)))
		goto fail;
	sqlite3_bind_int64(st, 1, person);
	sqlite3_bind_int64(st, 2, committee);
	value_bind(st, 3, &f);
	if ((e = stmt_done(db, st, "lägga till den vakanta platsen")))
		goto fail;
	*membership = sqlite3_last_insert_rowid(db->h);
	if (!(e = db_commit(db)))
		goto out;
fail:
	db_rollback(db);
out:
	value_clear(&p);
	value_clear(&f);
	return e;
}

/* ND_ELOCKED naming the meeting when the seat was vacant at a justerat
 * meeting (or one with an omedelbart justerad paragraph) on or after
 * the first day asked for: that protokoll says the seat was vacant then,
 * and an ersättare may have served for it. */
static enum nd_err fill_after_justerat(struct nd_db *db, long long membership,
				       const struct nd_value *from)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db, "SELECT c.code, x.date, date(x.date, '+1 day') "
				   "FROM membership m JOIN meeting x ON x.committee_id = "
				   "m.committee_id JOIN committee c ON c.id = m.committee_id "
				   "WHERE m.id = ?1 AND x.date >= max(m.valid_from, "
				   "coalesce(?2, nd_today())) AND (m.valid_to IS NULL OR "
				   "x.date <= m.valid_to) AND (x.justerad_on IS NOT NULL OR "
				   "EXISTS (SELECT 1 FROM paragraph g WHERE g.meeting_id = x.id "
				   "AND g.justerad_on IS NOT NULL)) ORDER BY x.date DESC LIMIT 1",
				   &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, membership);
	value_bind(st, 2, from);
	if (sqlite3_step(st) == SQLITE_ROW)
		e = nd_hint(nd_fail(ND_ELOCKED, "Platsen (uppdrag %lld) var vakant vid det "
				    "justerade sammanträdet %s %s, och det protokollet säger "
				    "så; den kan tillsättas tidigast dagen efter.", membership,
				    (const char *)sqlite3_column_text(st, 0),
				    (const char *)sqlite3_column_text(st, 1)),
			    "(--from %s)", (const char *)sqlite3_column_text(st, 2));
	sqlite3_finalize(st);
	return e;
}

/* What the secretary may want to check after filling seat (the person's
 * new membership): another party than the seat's (after a party switch it
 * happens, so it is said, not refused), and another uppdrag in the same
 * body at the same time. */
static void fill_note(struct nd_db *db, long long seat, const char *seat_party, char *note,
		      size_t size)
{
	sqlite3_stmt *st = NULL;
	note[0] = '\0';
	if (db_prepare(db, "SELECT p.name, coalesce(p.party, ''), (SELECT group_concat(o.role "
		       "|| ' (uppdrag ' || o.id || ')', ', ') FROM membership o WHERE "
		       "o.person_id = m.person_id AND o.committee_id = m.committee_id AND "
		       "o.id <> m.id AND (o.valid_to IS NULL OR o.valid_to >= m.valid_from) AND "
		       "(m.valid_to IS NULL OR o.valid_from <= m.valid_to)) FROM membership m "
		       "JOIN person p ON p.id = m.person_id WHERE m.id = ?1", &st))
		return;
	sqlite3_bind_int64(st, 1, seat);
	if (sqlite3_step(st) == SQLITE_ROW) {
		const char *name = (const char *)sqlite3_column_text(st, 0);
		const char *party = (const char *)sqlite3_column_text(st, 1);
		const char *other = (const char *)sqlite3_column_text(st, 2);
		size_t l;
		if (seat_party && *seat_party && strcasecmp(party, seat_party) != 0)
			snprintf(note, size, "Obs: %s har partiet %s, platsen var %s:s.", name,
				 *party ? party : "inget", seat_party);
		l = strlen(note);
		if (other && *other)
			snprintf(note + l, size - l, "%sObs: %s har också uppdraget %s i samma "
				 "nämnd under samma tid.", l ? " " : "", name, other);
	}
	sqlite3_finalize(st);
}

enum nd_err vacancy_fill(struct nd_db *db, long long membership, long long person,
			 const char *from, long long *filled, char *note, size_t size)
{
	struct nd_value f = { 0 };
	sqlite3_stmt *st = NULL;
	enum nd_err e;
	bool in_place = false;
	char seat_party[64] = "";
	if ((e = parse(db, &membership_entity, "from", from, &f)))
		return e;
	if ((e = db_begin(db)))
		goto out;
	/* The seat, and whether the person's first day is its first (or
	 * earlier): then the person takes it in place. */
	if ((e = db_prepare(db, "SELECT p.vacant, coalesce(?2, nd_today()) <= m.valid_from, "
			    "m.valid_to IS NOT NULL AND m.valid_to < coalesce(?2, nd_today()), "
			    "(SELECT vacant FROM person WHERE id = ?3), coalesce(p.party, '') "
			    "FROM membership m JOIN person p ON p.id = m.person_id WHERE m.id = ?1",
			    &st)))
		goto fail;
	sqlite3_bind_int64(st, 1, membership);
	value_bind(st, 2, &f);
	sqlite3_bind_int64(st, 3, person);
	if (sqlite3_step(st) != SQLITE_ROW) {
		e = nd_fail(ND_ENOTFOUND, "Det finns inget uppdrag med id %lld.", membership);
	} else if (!sqlite3_column_int(st, 0)) {
		e = nd_hint(nd_fail(ND_EINVAL, "Uppdrag %lld är ingen vakant plats.", membership),
			    "Se 'namnd member list': en vakant plats står som Vakant.");
	} else if (sqlite3_column_int(st, 2)) {
		e = nd_fail(ND_EINVAL, "Den vakanta platsen (uppdrag %lld) upphörde före %s.",
			    membership, f.s ? f.s : "i dag");
	} else if (sqlite3_column_type(st, 3) == SQLITE_NULL) {
		e = nd_fail(ND_ENOTFOUND, "Det finns ingen person med id %lld.", person);
	} else if (sqlite3_column_int(st, 3)) {
		e = nd_fail(ND_EINVAL, "En vakant plats kan inte tillsättas med en annan vakant "
			    "plats.");
	}
	in_place = sqlite3_column_int(st, 1) != 0;
	if (sqlite3_column_text(st, 4))
		snprintf(seat_party, sizeof seat_party, "%s",
			 (const char *)sqlite3_column_text(st, 4));
	sqlite3_finalize(st);
	if (e || (e = fill_after_justerat(db, membership, &f)))
		goto fail;
	if (in_place) {
		/* The person's seat for the whole of it, and the vacancy gone
		 * (schema 035 keeps a seat from changing person in place). */
		if ((e = db_prepare(db, "INSERT INTO membership (person_id, committee_id, role, "
				    "valid_from, valid_to) SELECT ?2, committee_id, 'ledamot', "
				    "valid_from, valid_to FROM membership WHERE id = ?1", &st)))
			goto fail;
		sqlite3_bind_int64(st, 1, membership);
		sqlite3_bind_int64(st, 2, person);
		if ((e = stmt_done(db, st, "tillsätta platsen")))
			goto fail;
		*filled = sqlite3_last_insert_rowid(db->h);
		if ((e = db_prepare(db, "DELETE FROM membership WHERE id = ?1", &st)))
			goto fail;
		sqlite3_bind_int64(st, 1, membership);
		if ((e = stmt_done(db, st, "tillsätta platsen")))
			goto fail;
	} else {
		/* The person's seat from the day, to the end the vacancy had. */
		if ((e = db_prepare(db, "INSERT INTO membership (person_id, committee_id, role, "
				    "valid_from, valid_to) SELECT ?2, committee_id, 'ledamot', "
				    "coalesce(?3, nd_today()), valid_to FROM membership WHERE id = ?1",
				    &st)))
			goto fail;
		sqlite3_bind_int64(st, 1, membership);
		sqlite3_bind_int64(st, 2, person);
		value_bind(st, 3, &f);
		if ((e = stmt_done(db, st, "tillsätta platsen")))
			goto fail;
		*filled = sqlite3_last_insert_rowid(db->h);
		if ((e = db_prepare(db, "UPDATE membership SET valid_to = date(coalesce(?2, "
				    "nd_today()), '-1 day') WHERE id = ?1", &st)))
			goto fail;
		sqlite3_bind_int64(st, 1, membership);
		value_bind(st, 2, &f);
		if ((e = stmt_done(db, st, "avsluta den vakanta platsen")))
			goto fail;
	}
	if (note)
		fill_note(db, *filled, seat_party, note, size);
	if (!(e = db_commit(db)))
		goto out;
fail:
	db_rollback(db);
out:
	value_clear(&f);
	return e;
}

enum nd_err vacancy_at_meeting(struct nd_db *db, long long meeting, const char *party,
			       long long seat, long long *person)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e;
	char day[11] = "", body[220] = "", seats[400] = "", first[64] = "";
	int n = 0;
	/* The body's vacant seats on the day, as registered. */
	if ((e = db_prepare(db, "SELECT x.date, k.name, m.id, p.id, p.party FROM meeting x "
			    "JOIN committee k ON k.id = x.committee_id "
			    "LEFT JOIN membership m ON m.committee_id = x.committee_id "
			    "AND m.valid_from <= x.date AND (m.valid_to IS NULL OR "
			    "m.valid_to >= x.date) AND (?3 = 0 OR m.id = ?3) AND "
			    "EXISTS (SELECT 1 FROM person v WHERE v.id = m.person_id AND "
			    "v.vacant = 1 AND (?2 IS NULL OR v.party = ?2 COLLATE NOCASE)) "
			    "LEFT JOIN person p ON p.id = m.person_id WHERE x.id = ?1 "
			    "ORDER BY m.id", &st)))
		return e;
	sqlite3_bind_int64(st, 1, meeting);
	if (party && *party)
		sqlite3_bind_text(st, 2, party, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 3, seat);
	*person = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		size_t l = strlen(seats);
		snprintf(day, sizeof day, "%s", (const char *)sqlite3_column_text(st, 0));
		snprintf(body, sizeof body, "%s", (const char *)sqlite3_column_text(st, 1));
		if (sqlite3_column_type(st, 3) == SQLITE_NULL)
			break;
		if (n++ == 0) {
			*person = sqlite3_column_int64(st, 3);
			snprintf(first, sizeof first, "Vakant (%s) uppdrag %lld",
				 (const char *)sqlite3_column_text(st, 4),
				 sqlite3_column_int64(st, 2));
		}
		snprintf(seats + l, sizeof seats - l, "%suppdrag %lld (%s)", l ? ", " : "",
			 sqlite3_column_int64(st, 2), (const char *)sqlite3_column_text(st, 4));
	}
	sqlite3_finalize(st);
	if (!*day)
		return nd_fail(ND_ENOTFOUND, "Det finns inget sammanträde med id %lld.", meeting);
	if (!*person && seat)
		return nd_hint(nd_fail(ND_ENOTFOUND, "Uppdrag %lld är ingen vakant plats%s%s i "
				       "%s den %s.", seat, party && *party ? " för " : "",
				       party && *party ? party : "", body, day),
			       "Se 'namnd member list --committee KOD'.");
	if (!*person)
		return nd_hint(nd_fail(ND_ENOTFOUND, "%s har ingen vakant plats%s%s den %s.",
				       body, party && *party ? " för " : "",
				       party && *party ? party : "", day),
			       "Se 'namnd member list --committee KOD'.");
	if (n > 1) {
		*person = 0;
		return nd_fail(ND_EINVAL, "%s har %d vakanta platser%s%s den %s: %s. Ange "
			       "vilken med uppdragets nummer, t.ex. \"%s\".", body, n,
			       party && *party ? " för " : "", party && *party ? party : "",
			       day, seats, first);
	}
	return ND_OK;
}

bool vacancy_ref(const char *text, char *party, size_t size, long long *seat)
{
	const char *p = text, *u;
	size_t n;
	party[0] = '\0';
	*seat = 0;
	while (*p == ' ')
		p++;
	if (strncasecmp(p, "vakant", 6) != 0)
		return false;
	p += 6;
	while (*p == ' ' || *p == '(')
		p++;
	n = strlen(p);
	/* "… uppdrag 60": the seat by its membership id. */
	for (u = p; *u; u++)
		if (strncasecmp(u, "uppdrag", 7) == 0 && (u == p || u[-1] == ' ' || u[-1] == ')'))
			break;
	if (*u) {
		char *end;
		const char *d = u + 7;
		while (*d == ' ')
			d++;
		long long v = strtoll(d, &end, 10);
		while (*end == ' ')
			end++;
		if (d == end || *end || v < 1)
			return false;
		*seat = v;
		n = (size_t)(u - p);
	}
	while (n && (p[n - 1] == ' ' || p[n - 1] == ')'))
		n--;
	if (n >= size)
		return false;
	for (size_t i = 0; i < n; i++)
		if (p[i] == '(' || p[i] == ')')
			return false;
	memcpy(party, p, n);
	party[n] = '\0';
	return true;
}

bool vacancy_is(struct nd_db *db, long long person, char *label, size_t size)
{
	sqlite3_stmt *st = NULL;
	bool vacant = false;
	if (db_prepare(db, "SELECT vacant, party FROM person WHERE id = ?1", &st))
		return false;
	sqlite3_bind_int64(st, 1, person);
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0)) {
		vacant = true;
		if (label)
			snprintf(label, size, "Vakant (%s)", (const char *)sqlite3_column_text(st, 1));
	}
	sqlite3_finalize(st);
	return vacant;
}

enum nd_err membership_span(struct nd_db *db, long long membership, char from[11],
			    char to[11])
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db, "SELECT valid_from, coalesce(valid_to, '') FROM "
				   "membership WHERE id = ?1", &st);
	from[0] = to[0] = '\0';
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, membership);
	if (sqlite3_step(st) == SQLITE_ROW) {
		snprintf(from, 11, "%s", (const char *)sqlite3_column_text(st, 0));
		snprintf(to, 11, "%s", (const char *)sqlite3_column_text(st, 1));
	} else {
		e = nd_fail(ND_ENOTFOUND, "Det finns inget uppdrag med id %lld.", membership);
	}
	sqlite3_finalize(st);
	return e;
}

enum nd_err membership_justerat(struct nd_db *db, long long membership, const char *from,
				const char *to, bool any_role, char *label, size_t size,
				int *n)
{
	sqlite3_stmt *st = NULL;
	/* ?2..?3 widen the period: an open end ("") is open. */
	enum nd_err e = db_prepare(db, "SELECT count(*), max(x.date), c.code FROM membership m "
				   "JOIN committee c ON c.id = m.committee_id JOIN meeting x ON "
				   "x.committee_id = m.committee_id WHERE m.id = ?1 AND (?4 OR "
				   "m.role IN ('ordförande', '1:e vice ordförande', '2:e vice "
				   "ordförande', 'ledamot')) AND x.date >= CASE WHEN ?2 IS NULL "
				   "THEN m.valid_from ELSE min(m.valid_from, ?2) END AND "
				   "(m.valid_to IS NULL OR ?3 = '' OR x.date <= max(m.valid_to, "
				   "coalesce(?3, m.valid_to))) AND (x.justerad_on IS NOT NULL OR "
				   "EXISTS (SELECT 1 FROM paragraph g WHERE g.meeting_id = x.id "
				   "AND g.justerad_on IS NOT NULL))", &st);
	*n = 0;
	label[0] = '\0';
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, membership);
	if (from && *from)
		sqlite3_bind_text(st, 2, from, -1, SQLITE_TRANSIENT);
	if (to)
		sqlite3_bind_text(st, 3, to, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(st, 4, any_role);
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) > 0) {
		*n = sqlite3_column_int(st, 0);
		snprintf(label, size, "%s %s", (const char *)sqlite3_column_text(st, 2),
			 (const char *)sqlite3_column_text(st, 1));
	}
	sqlite3_finalize(st);
	return ND_OK;
}

enum nd_err vacancy_fill_moved(struct nd_db *db, long long membership, const char *from)
{
	struct nd_value f = { 0 };
	sqlite3_stmt *st = NULL;
	long long seat = 0;
	char seat_from[11] = "";
	enum nd_err e;
	if ((e = parse(db, &membership_entity, "from", from, &f)))
		return e;
	/* The vacancy it filled: the body's vacant seat that ended the day
	 * before it began (as vacancy_fill leaves them). */
	if ((e = db_prepare(db, "SELECT v.id, v.valid_from FROM membership m JOIN membership v "
			    "ON v.committee_id = m.committee_id AND v.valid_to = date(m.valid_from, "
			    "'-1 day') JOIN person p ON p.id = v.person_id AND p.vacant = 1 "
			    "JOIN person q ON q.id = m.person_id AND q.vacant = 0 "
			    "WHERE m.id = ?1 AND m.role = 'ledamot' ORDER BY v.id LIMIT 1", &st)))
		goto out;
	sqlite3_bind_int64(st, 1, membership);
	if (sqlite3_step(st) == SQLITE_ROW) {
		seat = sqlite3_column_int64(st, 0);
		snprintf(seat_from, sizeof seat_from, "%s", (const char *)sqlite3_column_text(st, 1));
	}
	sqlite3_finalize(st);
	if (!seat || !f.s)
		goto out;
	/* Back over a justerat meeting where the seat was vacant: refused
	 * as member fill refuses it. */
	if ((e = fill_after_justerat(db, seat, &f)))
		goto out;
	/* From the seat's first day or before: the person holds it for the
	 * whole of it, as member fill in place leaves it (it was vacant at
	 * no justerat meeting, or that was refused above). */
	if (strcmp(f.s, seat_from) <= 0) {
		if ((e = db_prepare(db, "DELETE FROM membership WHERE id = ?1", &st)))
			goto out;
		sqlite3_bind_int64(st, 1, seat);
		e = stmt_done(db, st, "ta bort den tillsatta vakanta platsen");
		goto out;
	}
	/* The vacancy keeps ending the day before: one seat, never two. */
	if ((e = db_prepare(db, "UPDATE membership SET valid_to = date(?2, '-1 day') "
			    "WHERE id = ?1", &st)))
		goto out;
	sqlite3_bind_int64(st, 1, seat);
	value_bind(st, 2, &f);
	e = stmt_done(db, st, "flytta den vakanta platsens slut");
out:
	value_clear(&f);
	return e;
}

enum nd_err membership_keeps_justerat(struct nd_db *db, long long membership,
				      const char *from, const char *to)
{
	struct nd_value f = { 0 }, t = { 0 };
	sqlite3_stmt *st = NULL;
	enum nd_err e;
	if ((from && *from && (e = parse(db, &membership_entity, "from", from, &f))) ||
	    (to && *to && (e = parse(db, &membership_entity, "to", to, &t))))
		goto out;
	/* A justerat meeting (or one with a § justerad) inside the uppdrag as
	 * it is, outside it as it would be, where the person was there. */
	if ((e = db_prepare(db, "SELECT c.code, m.date, p.name, a.status, "
			    "m.date < coalesce(?2, s.valid_from) FROM membership s "
			    "JOIN committee c ON c.id = s.committee_id "
			    "JOIN person p ON p.id = s.person_id "
			    "JOIN meeting m ON m.committee_id = s.committee_id "
			    "JOIN attendance a ON a.meeting_id = m.id AND a.person_id = s.person_id "
			    "AND a.status IN ('närvarande', 'tjänstgörande ersättare', "
			    "'närvarande ersättare') "
			    "WHERE s.id = ?1 AND m.date >= s.valid_from "
			    "AND (s.valid_to IS NULL OR m.date <= s.valid_to) "
			    "AND (m.date < coalesce(?2, s.valid_from) OR "
			    "m.date > (CASE WHEN ?4 THEN coalesce(?3, '9999-12-31') "
			    "ELSE coalesce(s.valid_to, '9999-12-31') END)) "
			    "AND (m.justerad_on IS NOT NULL OR EXISTS (SELECT 1 FROM paragraph q "
			    "WHERE q.meeting_id = m.id AND q.justerad_on IS NOT NULL)) "
			    "ORDER BY m.date LIMIT 1", &st)))
		goto out;
	sqlite3_bind_int64(st, 1, membership);
	if (f.s)
		sqlite3_bind_text(st, 2, f.s, -1, SQLITE_TRANSIENT);
	if (t.s)
		sqlite3_bind_text(st, 3, t.s, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(st, 4, to != NULL);
	if (sqlite3_step(st) == SQLITE_ROW) {
		const char *date = (const char *)sqlite3_column_text(st, 1);
		bool starts_late = sqlite3_column_int(st, 4) != 0;
		e = nd_fail(ND_ELOCKED, "%s var %s vid det justerade sammanträdet %s %s i "
			    "uppdrag %lld, som protokollet visar; uppdraget kan inte %s den "
			    "dagen (%s %s).", (const char *)sqlite3_column_text(st, 2),
			    strcmp((const char *)sqlite3_column_text(st, 3),
				   "tjänstgörande ersättare") == 0 ? "tjänstgörande ersättare"
							       : "närvarande",
			    (const char *)sqlite3_column_text(st, 0), date, membership,
			    starts_late ? "börja efter" : "sluta före",
			    starts_late ? "--from senast" : "--to tidigast", date);
	}
	sqlite3_finalize(st);
out:
	value_clear(&f);
	value_clear(&t);
	return e;
}

bool membership_justerat_warning(struct nd_db *db, long long membership, const char *from,
				 const char *to, bool any_role, char *buf, size_t size)
{
	char label[64];
	int n = 0;
	buf[0] = '\0';
	if (membership_justerat(db, membership, from, to, any_role, label, sizeof label, &n) ||
	    !n)
		return false;
	snprintf(buf, size, "ändringen gäller en dag då nämnden hade ett justerat sammanträde "
		 "(%s%s); dess protokoll, närvaro och beslutförhet är de som sparades vid "
		 "justeringen och ändras inte.", label, n > 1 ? " och tidigare" : "");
	return true;
}
