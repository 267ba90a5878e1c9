/* Roles for a range of a meeting's paragraphs (schema 026). */
#include "namnd/meeting_role.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/paragraph.h"
#include "namnd/parnum.h"
#include "util.h"

const char *const meeting_role_names[] = {
	"ordförande", "justerare", "ersättande justerare", "sekreterare", NULL,
};

const char *meeting_role_name(const char *typed)
{
	if (!typed)
		return NULL;
	if (strcmp(typed, "tjänstgörande ordförande") == 0)
		return meeting_role_names[0];
	for (size_t i = 0; meeting_role_names[i]; i++)
		if (strcmp(typed, meeting_role_names[i]) == 0)
			return meeting_role_names[i];
	return NULL;
}

/* "§ 43", "§§ 43–44", "§ 43 och framåt" or "hela sammanträdet" (or
 * "punkt 3", "punkterna 3–4" where items are numbered per meeting). */
static void range_text(bool items, int from, int to, char *buf, size_t size)
{
	if (!from && !to)
		snprintf(buf, size, "hela sammanträdet");
	else if (!to)
		snprintf(buf, size, "%s och framåt", PAR(items, from));
	else
		parnum_range(items, from ? from : 1, to, buf, size);
}

/* The person's name, for messages. */
static void name_of(struct nd_db *db, long long person, char *buf, size_t size)
{
	sqlite3_stmt *st = NULL;
	snprintf(buf, size, "person %lld", person);
	if (db_prepare(db, "SELECT name FROM person WHERE id = ?1", &st))
		return;
	sqlite3_bind_int64(st, 1, person);
	if (sqlite3_step(st) == SQLITE_ROW)
		snprintf(buf, size, "%s", (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
}

/* Justerare and ersättande justerare are one duty for duplicates. */
static bool justering_duty(const char *role)
{
	return strcmp(role, "justerare") == 0 || strcmp(role, "ersättande justerare") == 0;
}

static const char *role_title(const char *role)
{
	return strcmp(role, "ordförande") == 0 ? "tjänstgörande ordförande" : role;
}

bool meeting_role_conflict(const struct nd_protocol *p, const struct nd_sitting *s,
			   const struct nd_prole *r, const struct nd_prole *others, size_t n,
			   int number, char *msg, size_t size)
{
	char range[64];
	bool secretary = strcmp(r->role, "sekreterare") == 0;
	const char *who = r->who.name ? r->who.name : "?";
	if (!secretary) {
		struct nd_serving *sv = calloc(s->nseats + 1, sizeof *sv);
		size_t ns = sv ? serving_at(s->seats, s->nseats, s->att, s->natt, NULL, 0,
					    number, sv) : 0;
		bool serves = !sv || serving_has(sv, ns, r->who.id);
		free(sv);
		if (!serves) {
			snprintf(msg, size, "%s tjänstgör inte vid %s och kan inte vara %s där.",
				 who, PAR(p->items, number), role_title(r->role));
			return true;
		}
	}
	if (secretary && p->secretary.id == r->who.id) {
		snprintf(msg, size, "%s är redan protokollets sekreterare.", who);
		return true;
	}
	for (size_t i = 0; i < n; i++) {
		const struct nd_prole *o = &others[i];
		bool same = strcmp(o->role, r->role) == 0;
		if (!protocol_role_covers(o, number))
			continue;
		range_text(p->items, o->from, o->to, range, sizeof range);
		if (o->who.id == r->who.id &&
		    (same || (justering_duty(o->role) && justering_duty(r->role)))) {
			snprintf(msg, size, "%s är redan %s vid %s (%s).", who,
				 role_title(o->role), PAR(p->items, number), range);
			return true;
		}
		if (o->who.id != r->who.id && same && !justering_duty(r->role)) {
			snprintf(msg, size, "%s har redan en %s: %s (%s).", PAR_CAP(p->items, number),
				 secretary ? "sekreterare utöver protokollets" :
				 "tjänstgörande ordförande", o->who.name ? o->who.name : "?",
				 range);
			return true;
		}
	}
	for (size_t i = 0; justering_duty(r->role) && i < p->njusterare; i++)
		if (p->justerare[i].id == r->who.id) {
			snprintf(msg, size, "%s är redan vald att justera hela protokollet.", who);
			return true;
		}
	return false;
}

/* The first § of from..to where the new role cannot stand: refused with
 * meeting_role_conflict's sentence and what to do. */
static enum nd_err check_range(struct nd_db *db, long long meeting, const char *name,
			       long long person, const char *who, int from, int to)
{
	struct nd_protocol *p = NULL;
	struct nd_sitting s;
	struct nd_prole r = { name, { person, who, NULL, NULL, NULL }, from, to };
	struct nd_prole *others = NULL;
	size_t n = 0;
	char msg[900];
	enum nd_err e = protocol_load(db, meeting, &p);
	if (e)
		return e;
	if ((e = sitting_load(db, meeting, &s))) {
		protocol_free(p);
		return e;
	}
	/* The row this one replaces (same role, person and first §) aside. */
	if (!(others = calloc(p->nroles + 1, sizeof *others)))
		e = nd_fail(ND_ENOMEM, "Slut på minne.");
	for (size_t i = 0; others && i < p->nroles; i++)
		if (strcmp(p->roles[i].role, name) != 0 || p->roles[i].who.id != person ||
		    p->roles[i].from != from)
			others[n++] = p->roles[i];
	for (size_t i = 0; i < p->nparagraphs && !e; i++) {
		int number = p->paragraphs[i].number;
		if (!protocol_role_covers(&r, number) ||
		    !meeting_role_conflict(p, &s, &r, others, n, number, msg, sizeof msg))
			continue;
		bool items = p->items;
		if (strstr(msg, "tjänstgör inte"))
			e = nd_fail(ND_EINVAL, "%s Anteckna närvaron för %s först, eller ange de %s "
				    "där hen tjänstgör (--from/--to).", msg,
				    items ? "den punkten" : "den §", items ? "punkter" : "§§");
		else
			e = nd_fail(ND_EINVAL, "%s Ta bort den rollen först ('namnd meeting role … "
				    "--remove'), eller ange andra %s (--from/--to).", msg,
				    items ? "punkter" : "§§");
	}
	free(others);
	sitting_free(&s);
	protocol_free(p);
	return e;
}

enum nd_err meeting_role_add(struct nd_db *db, long long meeting, const char *role,
			     long long person, int from, int to)
{
	const char *name = meeting_role_name(role);
	sqlite3_stmt *st = NULL;
	char who[256], range[64];
	bool items = paragraph_items(db, meeting);
	long long id;
	enum nd_err e;
	if (!name)
		return nd_fail(ND_EINVAL, "Fältet \"roll\" kan inte vara \"%s\". Tillåtna värden: "
			       "\"ordförande\" (tjänstgörande), \"justerare\", \"ersättande "
			       "justerare\", \"sekreterare\".", role ? role : "");
	if (to && to < from)
		return nd_fail(ND_EINVAL, "Fältet \"till\": %s ligger före %s.",
			       PAR(items, to), PAR(items, from));
	if ((from && (e = paragraph_find(db, meeting, from, &id))) ||
	    (to && (e = paragraph_find(db, meeting, to, &id))))
		return e;
	name_of(db, person, who, sizeof who);
	range_text(items, from, to, range, sizeof range);
	if ((e = db_begin(db)))
		return e;
	/* Locked first (the database refuses it too, schema 026 and 034):
	 * a justerat protokoll, or a § of the range justerad omedelbart. */
	if ((e = db_prepare(db, "SELECT m.justerad_on IS NOT NULL, (SELECT min(p.number) FROM "
			    "paragraph p WHERE p.meeting_id = m.id AND p.justerad_on IS NOT NULL "
			    "AND p.number >= ?2 AND (?3 = 0 OR p.number <= ?3)) FROM meeting m "
			    "WHERE m.id = ?1", &st)))
		goto fail;
	sqlite3_bind_int64(st, 1, meeting);
	sqlite3_bind_int(st, 2, from);
	sqlite3_bind_int(st, 3, to);
	if (sqlite3_step(st) == SQLITE_ROW) {
		if (sqlite3_column_int(st, 0))
			e = nd_fail(ND_ELOCKED, "Protokollet är justerat: rollerna vid "
				    "sammanträdet kan inte ändras.");
		else if (sqlite3_column_type(st, 1) != SQLITE_NULL)
			e = nd_fail(ND_ELOCKED, "Rollen för %s omfattar %s, som är "
				    "omedelbart justerad: protokollet är justerat för den "
				    "%s, och rollerna där kan inte ändras. Ange %s som "
				    "inte är justerade (--from/--to).", range,
				    PAR(items, sqlite3_column_int(st, 1)),
				    items ? "punkten" : "paragrafen", items ? "punkter" : "§§");
	}
	sqlite3_finalize(st);
	if (e)
		goto fail;
	/* Who presides or justerar serves at the meeting (a ledamot present
	 * or a tjänstgörande ersättare); a sekreterare need not. */
	if (strcmp(name, "sekreterare") != 0) {
		if ((e = db_prepare(db, "SELECT 1 FROM attendance WHERE meeting_id = ?1 AND "
				    "person_id = ?2 AND status IN ('närvarande', "
				    "'tjänstgörande ersättare') LIMIT 1", &st)))
			goto fail;
		sqlite3_bind_int64(st, 1, meeting);
		sqlite3_bind_int64(st, 2, person);
		if (sqlite3_step(st) != SQLITE_ROW)
			e = nd_fail(ND_EINVAL, "%s tjänstgör inte vid sammanträdet och kan inte "
				    "vara %s%s (anteckna närvaron först).", who,
				    strcmp(name, "ordförande") == 0 ? "tjänstgörande " : "", name);
		sqlite3_finalize(st);
		if (e)
			goto fail;
	}
	/* One tjänstgörande ordförande at a time. */
	if (strcmp(name, "ordförande") == 0) {
		if ((e = db_prepare(db, "SELECT q.name, r.from_paragraph, coalesce(r.to_paragraph, "
				    "0) FROM meeting_role r JOIN person q ON q.id = r.person_id "
				    "WHERE r.meeting_id = ?1 AND r.role = 'ordförande' AND "
				    "(?3 = 0 OR r.from_paragraph <= ?3) AND (r.to_paragraph IS NULL "
				    "OR r.to_paragraph >= ?2) ORDER BY r.from_paragraph LIMIT 1", &st)))
			goto fail;
		sqlite3_bind_int64(st, 1, meeting);
		sqlite3_bind_int(st, 2, from);
		sqlite3_bind_int(st, 3, to);
		if (sqlite3_step(st) == SQLITE_ROW) {
			char other[64];
			range_text(items, sqlite3_column_int(st, 1), sqlite3_column_int(st, 2),
				   other, sizeof other);
			e = nd_fail(ND_EEXIST, "%s har redan en tjänstgörande ordförande för %s: "
				    "%s. Ta bort den först.", parnum_upper(range), other,
				    (const char *)sqlite3_column_text(st, 0));
		}
		sqlite3_finalize(st);
		if (e)
			goto fail;
	}
	if ((e = check_range(db, meeting, name, person, who, from, to)))
		goto fail;
	if ((e = db_prepare(db, "INSERT INTO meeting_role (meeting_id, role, person_id, "
			    "from_paragraph, to_paragraph) VALUES (?1, ?2, ?3, ?4, nullif(?5, 0)) "
			    "ON CONFLICT (meeting_id, role, person_id, from_paragraph) DO UPDATE "
			    "SET to_paragraph = excluded.to_paragraph", &st)))
		goto fail;
	sqlite3_bind_int64(st, 1, meeting);
	sqlite3_bind_text(st, 2, name, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, person);
	sqlite3_bind_int(st, 4, from);
	sqlite3_bind_int(st, 5, to);
	if ((e = stmt_done(db, st, "spara rollen")) || (e = db_commit(db)))
		goto fail;
	return ND_OK;
fail:
	db_rollback(db);
	return e;
}

enum nd_err meeting_role_remove(struct nd_db *db, long long meeting, const char *role,
				long long person)
{
	const char *name = meeting_role_name(role);
	sqlite3_stmt *st = NULL;
	char who[256];
	enum nd_err e;
	if (!name)
		return nd_fail(ND_EINVAL, "Fältet \"roll\" kan inte vara \"%s\".", role ? role : "");
	if ((e = db_prepare(db, "DELETE FROM meeting_role WHERE meeting_id = ?1 AND role = ?2 "
			    "AND person_id = ?3", &st)))
		return e;
	sqlite3_bind_int64(st, 1, meeting);
	sqlite3_bind_text(st, 2, name, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, person);
	if ((e = stmt_done(db, st, "ta bort rollen")))
		return e;
	if (sqlite3_changes(db->h) == 0) {
		name_of(db, person, who, sizeof who);
		return nd_fail(ND_ENOTFOUND, "%s har ingen roll som %s vid sammanträdet.", who, name);
	}
	return ND_OK;
}

enum nd_err meeting_role_list(struct nd_db *db, long long meeting, nd_row_fn fn, void *ctx)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db, "SELECT r.id, r.role, r.person_id, p.name, p.party, "
				   "r.from_paragraph, r.to_paragraph FROM meeting_role r "
				   "JOIN person p ON p.id = r.person_id WHERE r.meeting_id = ?1 "
				   "ORDER BY CASE r.role WHEN 'ordförande' THEN 0 WHEN 'justerare' "
				   "THEN 1 WHEN 'ersättande justerare' THEN 2 ELSE 3 END, "
				   "r.from_paragraph, p.name", &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, meeting);
	return db_rows(db, st, fn, ctx, NULL, "lista rollerna");
}

enum nd_err meeting_role_remove_id(struct nd_db *db, long long id)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db, "DELETE FROM meeting_role WHERE id = ?1", &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, id);
	if ((e = stmt_done(db, st, "ta bort rollen")))
		return e;
	if (sqlite3_changes(db->h) == 0)
		return nd_fail(ND_ENOTFOUND, "Rollen finns inte längre (borttagen någon annanstans?).");
	return ND_OK;
}
