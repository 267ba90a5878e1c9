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

/* Whether r stands at number; number 0 is the meeting as a whole (no §
 * numbered yet): only a role for the whole meeting does. */
static bool covers(const struct nd_prole *r, int number)
{
	return number ? protocol_role_covers(r, number) : !r->from && !r->to;
}

/* Who presides at number: the tjänstgörande ordförande recorded for it,
 * else the meeting's ordförande (NULL when none is known). */
static const struct nd_pperson *presiding(const struct nd_protocol *p, int number,
					  bool *acting)
{
	*acting = false;
	for (size_t i = 0; i < p->nroles; i++)
		if (strcmp(p->roles[i].role, "ordförande") == 0 && covers(&p->roles[i], number)) {
			*acting = true;
			return &p->roles[i].who;
		}
	return p->chair.id ? &p->chair : NULL;
}

struct holder { const struct nd_pperson *who; const char *role; };

/* Everyone holding role at number: the protokoll's own justerare or
 * sekreterare first, then the roles for a range; each person once. */
static size_t holders(const struct nd_protocol *p, int number, const char *role,
		      struct holder *out, size_t max)
{
	size_t n = 0;
	const struct nd_pperson *own = NULL;
	size_t nown = 0;
	if (strcmp(role, "justerare") == 0) {
		own = p->justerare;
		nown = p->njusterare;
	} else if (strcmp(role, "sekreterare") == 0 && p->secretary.id) {
		own = &p->secretary;
		nown = 1;
	}
	for (size_t i = 0; i < nown + p->nroles && n < max; i++) {
		const struct nd_pperson *w = i < nown ? &own[i] : &p->roles[i - nown].who;
		bool dup = false;
		if (i >= nown && (strcmp(p->roles[i - nown].role, role) != 0 ||
				  !covers(&p->roles[i - nown], number)))
			continue;
		for (size_t k = 0; k < n && !dup; k++)
			dup = out[k].who->id == w->id;
		if (!dup)
			out[n++] = (struct holder){ w, role };
	}
	return n;
}

bool meeting_role_law(const struct nd_protocol *p)
{
	return strcmp(p->rules.basis, "egna regler") != 0;
}

size_t meeting_role_rules(const struct nd_protocol *p, int number, long long who,
			  char (*msgs)[MEETING_ROLE_MSG], size_t max)
{
	enum { MAXH = 16 };
	struct holder jus[MAXH * 2], sec[MAXH];
	size_t nj = holders(p, number, "justerare", jus, MAXH);
	size_t nplain = nj, ns = holders(p, number, "sekreterare", sec, MAXH), n = 0;
	bool acting = false;
	bool law = meeting_role_law(p);
	const struct nd_pperson *chair = law ? presiding(p, number, &acting) : NULL;
	char at[PARNUM_MAX + 16];
	snprintf(at, sizeof at, "%s", number ? PAR(p->items, number) : "sammanträdet");
	nj += holders(p, number, "ersättande justerare", jus + nj, MAXH);
	for (size_t i = 0; i < nj && n < max; i++) {
		const struct nd_pperson *j = jus[i].who;
		const char *name = j->name ? j->name : "?";
		if (who && j->id != who)
			continue;
		/* KL 5:69: the ordförande and at least one other ledamot. */
		if (chair && chair->id == j->id)
			snprintf(msgs[n++], MEETING_ROLE_MSG, "%s är %s vid %s och kan inte också "
				 "vara %s där: protokollet justeras av ordföranden och en annan "
				 "ledamot.", name, acting ? "tjänstgörande ordförande" : "ordförande",
				 at, jus[i].role);
		for (size_t k = 0; k < ns && n < max; k++)
			if (sec[k].who->id == j->id)
				snprintf(msgs[n++], MEETING_ROLE_MSG, "%s är sekreterare vid %s och "
					 "kan inte också vara %s där: sekreteraren justerar inte sitt "
					 "eget protokoll.", name, at, jus[i].role);
	}
	if (law && nplain > 2 && n < max) {
		const char *names[MAXH];
		size_t nn = 0;
		bool mine = !who;
		char list[600] = "";
		for (size_t i = 0; i < nplain; i++) {
			mine |= jus[i].who->id == who;
			if (!who || jus[i].who->id != who)
				names[nn++] = jus[i].who->name ? jus[i].who->name : "?";
		}
		for (size_t i = 0; i < nn; i++) {
			size_t l = strlen(list);
			snprintf(list + l, sizeof list - l, "%s%s",
				 !i ? "" : i + 1 == nn ? " och " : ", ", names[i]);
		}
		if (mine && who)
			snprintf(msgs[n++], MEETING_ROLE_MSG, "Vid %s justerar redan %s: högst två "
				 "justerare får justera protokollet jämte ordföranden.", at, list);
		else if (mine)
			snprintf(msgs[n++], MEETING_ROLE_MSG, "Vid %s är %zu justerare valda (%s): "
				 "högst två får justera protokollet jämte ordföranden.", at, nplain,
				 list);
	}
	return n;
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
	/* Who may justera, with the new role among the others (no § yet:
	 * the meeting as a whole). */
	if (!e && others) {
		struct nd_protocol q = *p;
		char why[1][MEETING_ROLE_MSG];
		others[n] = r;
		q.roles = others;
		q.nroles = n + 1;
		for (size_t i = 0; i < q.nparagraphs + !q.nparagraphs && !e; i++) {
			int number = q.nparagraphs ? q.paragraphs[i].number : 0;
			if (covers(&r, number) && meeting_role_rules(&q, number, person, why, 1))
				e = nd_fail(ND_EINVAL, "%s", why[0]);
		}
	}
	free(others);
	sitting_free(&s);
	protocol_free(p);
	return e;
}

/* The meeting's first paragraph number (0 when none is numbered, or
 * when to, given, is before it): "--to 4" of a meeting of §§ 3–4 is
 * §§ 3–4, not §§ 1–4. */
static int first_number(struct nd_db *db, long long meeting, int to)
{
	sqlite3_stmt *st = NULL;
	int first = 0;
	if (!to || db_prepare(db, "SELECT min(number) FROM paragraph WHERE meeting_id = ?1",
			      &st))
		return 0;
	sqlite3_bind_int64(st, 1, meeting);
	if (sqlite3_step(st) == SQLITE_ROW)
		first = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return first <= to ? first : 0;
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
	range_text(items, from ? from : first_number(db, meeting, to), to, range, sizeof range);
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
			if (strcmp(other, range) == 0)
				e = nd_fail(ND_EEXIST, "%s har redan en tjänstgörande ordförande: "
					    "%s. Ta bort den först.", parnum_upper(range),
					    (const char *)sqlite3_column_text(st, 0));
			else
				e = nd_fail(ND_EEXIST, "%s är redan tjänstgörande ordförande för "
					    "%s, som överlappar %s. Ta bort den först.",
					    (const char *)sqlite3_column_text(st, 0), other, range);
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

/* "§ 4", "§§ 3–4" or "§ 3, 5" (punkt where items) of the numbers in
 * nums[0..n), ascending. */
static void numbers_text(bool items, const int *nums, size_t n, char *buf, size_t size)
{
	if (n && nums[n - 1] - nums[0] == (int)n - 1) {
		parnum_range(items, nums[0], nums[n - 1], buf, size);
		return;
	}
	parnum(items, n ? nums[0] : 0, buf, size);
	for (size_t i = 1; i < n; i++) {
		size_t l = strlen(buf);
		snprintf(buf + l, size - l, ", %d", nums[i]);
	}
}

bool meeting_role_unserved(struct nd_db *db, long long meeting, long long person,
			   char *msg, size_t size)
{
	struct nd_protocol *p = NULL;
	struct nd_sitting s;
	struct nd_serving *sv = NULL;
	int *away = NULL, *nums = NULL;
	size_t naway = 0;
	bool found = false;
	if (protocol_load(db, meeting, &p))
		return false;
	if (sitting_load(db, meeting, &s)) {
		protocol_free(p);
		return false;
	}
	sv = calloc(s.nseats + 1, sizeof *sv);
	away = calloc(p->nparagraphs + 1, sizeof *away);
	nums = calloc(p->nparagraphs + 1, sizeof *nums);
	/* The §§ where person does not serve. */
	for (size_t i = 0; sv && away && nums && i < p->nparagraphs; i++) {
		int number = p->paragraphs[i].number;
		size_t ns = serving_at(s.seats, s.nseats, s.att, s.natt, NULL, 0, number, sv);
		if (!serving_has(sv, ns, person))
			away[naway++] = number;
	}
	/* The roles that need them there: the protokoll's justerare (as a
	 * role for the whole meeting), then those for a range. */
	for (size_t k = 0; naway && nums && !found && k < p->njusterare + p->nroles; k++) {
		struct nd_prole r = { "justerare", { 0, NULL, NULL, NULL, NULL }, 0, 0 };
		bool own = k < p->njusterare;
		size_t n = 0;
		if (own)
			r.who = p->justerare[k];
		else
			r = p->roles[k - p->njusterare];
		if (r.who.id != person || strcmp(r.role, "sekreterare") == 0)
			continue;
		for (size_t i = 0; i < naway; i++)
			if (protocol_role_covers(&r, away[i]))
				nums[n++] = away[i];
		if (!n)
			continue;
		char where[400];
		numbers_text(p->items, nums, n, where, sizeof where);
		if (own)
			snprintf(msg, size, "%s är vald att justera protokollet men tjänstgör inte "
				 "vid %s.", r.who.name ? r.who.name : "?", where);
		else
			snprintf(msg, size, "%s är %s vid %s men tjänstgör inte där. Rollen står "
				 "kvar: ändra den med 'namnd meeting role' om någon annan ska ha den.",
				 r.who.name ? r.who.name : "?", role_title(r.role), where);
		found = true;
	}
	free(nums);
	free(away);
	free(sv);
	sitting_free(&s);
	protocol_free(p);
	return found;
}
