/* Finding records from what a user types: a code, a name, a dnr, a
 * meeting as CODE:YYYY-MM-DD, or an id. */
#include "namnd/entity.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "namnd/case.h"
#include "namnd/date.h"
#include "namnd/dnr.h"
#include "quote.h"

static bool all_digits(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (!isdigit((unsigned char)*s))
			return false;
	return true;
}

/* Run a one-parameter lookup; returns the number of matches (0, 1, 2 =
 * several) and the first id. */
static enum nd_err lookup(struct nd_db *db, const char *sql, const char *text,
			  long long num, int *count, long long *id)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db, sql, &st);
	if (e)
		return e;
	if (text)
		sqlite3_bind_text(st, 1, text, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_int64(st, 1, num);
	*count = 0;
	int rc;
	while (*count < 2 && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		if ((*count)++ == 0)
			*id = sqlite3_column_int64(st, 0);
	}
	sqlite3_finalize(st);
	return ND_OK;
}

enum nd_err id_resolve(struct nd_db *db, const char *ref, long long *id)
{
	(void)db;
	if (!all_digits(ref) || strlen(ref) > 18)
		return nd_fail(ND_EINVAL, "\"%s\" är inget id (ett positivt heltal).",
			       msgval(ref));
	*id = atoll(ref);
	return ND_OK;
}

enum nd_err committee_resolve(struct nd_db *db, const char *code, long long *id)
{
	int n = 0;
	enum nd_err e = all_digits(code) && strlen(code) <= 18 ?
		lookup(db, "SELECT id FROM committee WHERE id = ?1", NULL, atoll(code), &n, id) :
		lookup(db, "SELECT id FROM committee WHERE code = upper(?1)", code, 0, &n, id);
	if (e)
		return e;
	if (n == 0)
		return nd_fail(ND_ENOTFOUND, "Okänd nämnd: \"%s\". Se 'namnd committee "
			       "list' för koderna.", msgval(code));
	return ND_OK;
}

enum nd_err person_resolve(struct nd_db *db, const char *ref, long long *id)
{
	int n = 0;
	enum nd_err e;
	if (all_digits(ref) && strlen(ref) <= 18) {
		e = lookup(db, "SELECT id FROM person WHERE id = ?1", NULL, atoll(ref), &n, id);
		if (!e && n == 0)
			e = nd_fail(ND_ENOTFOUND, "Det finns ingen person med id %s.", ref);
		return e;
	}
	/* The name column collates "sv": case and accents do not matter. */
	if ((e = lookup(db, "SELECT id FROM person WHERE name = ?1 AND vacant = 0 ORDER BY id", ref, 0,
			&n, id)))
		return e;
	if (n == 0)
		return nd_hint(nd_fail(ND_ENOTFOUND, "Okänd person: \"%s\".", msgval(ref)),
			       "Lägg till personen med 'namnd person add' eller ange ett id.");
	if (n > 1)
		return nd_hint(nd_fail(ND_EINVAL, "Flera personer heter \"%s\".", msgval(ref)),
			       "Ange personens id (se 'namnd person list').");
	return ND_OK;
}

/* An utkast has no dnr: it is named by its id, as the list writes it
 * ("utkast 57", also "utkast:57") or bare ("57", which is never a dnr).
 * *done: the text was such a name (found, or the error returned). */
static enum nd_err draft_resolve(struct nd_db *db, const char *text, long long *id,
				 bool *done)
{
	const char *p = text;
	size_t n = strlen(CASE_DRAFT_TEXT);
	bool named = strncasecmp(p, CASE_DRAFT_TEXT, n) == 0;
	int count = 0;
	enum nd_err e;
	*done = false;
	if (named) {
		p += n;
		while (*p == ' ' || *p == ':' || *p == '#')
			p++;
	}
	if (!*p || !all_digits(p) || strlen(p) > 18)
		return ND_OK;
	if ((e = lookup(db, "SELECT id FROM cases c WHERE c.id = ?1 AND " CASE_DRAFT_SQL, NULL,
			atoll(p), &count, id)))
		return e;
	if (count == 1 || named)
		*done = true;
	if (count == 0 && named)
		return nd_fail(ND_ENOTFOUND, "Det finns inget utkast med id %s.", p);
	if (count == 0) {
		/* A bare number is never a dnr; when it is the id of a
		 * registered ärende, say which (the list shows ids only for
		 * utkast, but --tsv and the database show every id). */
		char dnr[96];
		if ((e = lookup(db, "SELECT id FROM cases WHERE id = ?1", NULL, atoll(p), &count,
				id)))
			return e;
		if (count == 0)
			return ND_OK;
		*done = true;
		case_dnr_of(db, *id, dnr, sizeof dnr);
		return nd_fail(ND_EINVAL, "\"%s\" är inget diarienummer: ett id anger bara ett "
			       "utkast, och id %s är det registrerade ärendet %s. Ange det med "
			       "dess diarienummer.", p, p, dnr);
	}
	return ND_OK;
}

enum nd_err case_resolve(struct nd_db *db, const char *text, long long *id)
{
	struct nd_dnr d;
	sqlite3_stmt *st = NULL;
	bool done;
	enum nd_err e = draft_resolve(db, text, id, &done);
	int n = 0;
	if (e || done)
		return e;
	if ((e = dnr_parse(text, &d)))
		return case_typo_hint(db, text, e);
	/* With its series, the dnr is one seek in the unique index; a dnr
	 * written without series ("2023/109", as in many documents) matches
	 * when only one series has that number. */
	if ((e = db_prepare(db, d.series[0] ?
			    "SELECT id FROM cases WHERE dnr_series = ?1 AND dnr_year = ?2 AND "
			    "dnr_number = ?3" :
			    "SELECT id FROM cases WHERE dnr_year = ?2 AND dnr_number = ?3 "
			    "LIMIT 2", &st)))
		return e;
	sqlite3_bind_text(st, 1, d.series, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(st, 2, d.year);
	sqlite3_bind_int64(st, 3, d.number);
	long long first = 0;
	while (sqlite3_step(st) == SQLITE_ROW)
		if (n++ == 0)
			first = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (n == 0)
		return case_typo_hint(db, text, nd_fail(ND_ENOTFOUND, "Inget ärende har "
							"diarienummer \"%s\".", msgval(text)));
	if (n > 1 && d.series[0] == '\0')
		return nd_fail(ND_EINVAL, "Diarienumret \"%s\" finns i flera serier; "
			       "ange serien (t.ex. \"UBN %d/%ld\").", msgval(text), d.year,
			       d.number);
	*id = first;
	return ND_OK;
}

enum nd_err meeting_resolve(struct nd_db *db, const char *ref, long long *id)
{
	char code[64];
	const char *sep;
	struct nd_date d;
	sqlite3_stmt *st = NULL;
	int n = 0;
	enum nd_err e;

	if (all_digits(ref) && strlen(ref) <= 18) {
		e = lookup(db, "SELECT id FROM meeting WHERE id = ?1", NULL, atoll(ref), &n, id);
		if (!e && n == 0)
			e = nd_fail(ND_ENOTFOUND, "Det finns inget sammanträde med id %s.", ref);
		return e;
	}
	sep = strpbrk(ref, ": ");
	if (!sep || (size_t)(sep - ref) >= sizeof code)
		return nd_fail(ND_EINVAL, "\"%s\" anger inget sammanträde: skriv id eller "
			       "KOD:ÅÅÅÅ-MM-DD, t.ex. UBN:2024-03-20.", msgval(ref));
	memcpy(code, ref, (size_t)(sep - ref));
	code[sep - ref] = '\0';
	if ((e = date_parse(sep + 1, &d)))
		return e;
	if ((e = db_prepare(db, "SELECT m.id FROM meeting m JOIN committee c ON "
			    "c.id = m.committee_id WHERE c.code = upper(?1) AND "
			    "m.date = ?2 ORDER BY m.start_time LIMIT 2", &st)))
		return e;
	sqlite3_bind_text(st, 1, code, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, sep + 1, -1, SQLITE_TRANSIENT);
	while (sqlite3_step(st) == SQLITE_ROW)
		if (n++ == 0)
			*id = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (n == 0)
		return nd_fail(ND_ENOTFOUND, "Inget sammanträde \"%s\" finns.", msgval(ref));
	if (n > 1)
		return nd_fail(ND_EINVAL, "Flera sammanträden \"%s\" samma dag; ange "
			       "id (se 'namnd meeting list').", msgval(ref));
	return ND_OK;
}
