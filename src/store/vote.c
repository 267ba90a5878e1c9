/* Omröstning, and the check that votes and jäv fit the attendance. */
#include "namnd/minutes.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/paragraph.h"
#include "namnd/parnum.h"
#include "namnd/sitting.h"
#include "util.h"

static enum nd_err delete_votes(struct nd_db *db, long long paragraph)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db, "DELETE FROM vote WHERE paragraph_id = ?1", &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, paragraph);
	return stmt_done(db, st, "ta bort omröstningen");
}

enum nd_err vote_record(struct nd_db *db, long long paragraph,
			const struct nd_ballot *b, size_t n, struct nd_tally *t)
{
	struct nd_sitting s;
	struct nd_serving *serving = NULL;
	sqlite3_stmt *st = NULL;
	size_t ns = 0;
	int number = 0;
	enum nd_err e;

	if (n == 0)
		return nd_fail(ND_EINVAL, "Omröstningen har inga röster: ange --ja, --nej "
			       "och --avstar med de tjänstgörande ledamöternas namn.");
	if ((e = db_begin(db)))
		return e;
	if ((e = paragraph_check_open(db, paragraph, NULL, NULL)) ||
	    (e = paragraph_serving(db, paragraph, &s, &serving, &ns, &number)))
		goto fail;
	e = tally_check(serving, ns, b, n, number, s.items, t);
	free(serving);
	sitting_free(&s);
	if (e || (e = delete_votes(db, paragraph)))
		goto fail;
	for (size_t i = 0; i < n && !e; i++) {
		if ((e = db_prepare(db, "INSERT INTO vote (paragraph_id, person_id, vote) "
				    "VALUES (?1, ?2, ?3)", &st)))
			break;
		sqlite3_bind_int64(st, 1, paragraph);
		sqlite3_bind_int64(st, 2, b[i].person);
		sqlite3_bind_text(st, 3, choice_name(b[i].choice), -1, SQLITE_STATIC);
		e = stmt_done(db, st, "spara omröstningen");
	}
	if (e || (e = db_commit(db)))
		goto fail;
	return ND_OK;
fail:
	db_rollback(db);
	return e;
}

enum nd_err vote_clear(struct nd_db *db, long long paragraph)
{
	enum nd_err e;
	if ((e = db_begin(db)))
		return e;
	if ((e = paragraph_check_open(db, paragraph, NULL, NULL)) ||
	    (e = delete_votes(db, paragraph)) || (e = db_commit(db))) {
		db_rollback(db);
		return e;
	}
	return ND_OK;
}

/* Each vote of the paragraph is by someone serving there. */
static enum nd_err check_votes(struct nd_db *db, const struct nd_sitting *s,
			       long long paragraph, int number,
			       const struct nd_serving *serving, size_t ns)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db, "SELECT v.person_id, p.name FROM vote v JOIN person p "
				   "ON p.id = v.person_id WHERE v.paragraph_id = ?1 "
				   "ORDER BY v.id", &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, paragraph);
	while (!e && sqlite3_step(st) == SQLITE_ROW)
		if (!serving_has(serving, ns, sqlite3_column_int64(st, 0)))
			e = nd_fail(ND_EINVAL, "%s har röstat i omröstningen i %s men "
				    "tjänstgör då inte där (frånvarande, jävig eller utan "
				    "rösträtt). Ta bort omröstningen först ('namnd vote clear') "
				    "eller ändra närvaron.", sqlite3_column_text(st, 1),
				    PAR(s->items, number));
	sqlite3_finalize(st);
	return e;
}

/* An ersättare filling a jävig member's seat holds no other seat there. */
static enum nd_err check_recusals(struct nd_db *db, const struct nd_sitting *s,
				  long long paragraph, int number, struct nd_serving *tmp)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db, "SELECT r.replaced_by, q.name FROM recusal r JOIN "
				   "person q ON q.id = r.replaced_by WHERE "
				   "r.paragraph_id = ?1", &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, paragraph);
	while (!e && sqlite3_step(st) == SQLITE_ROW) {
		/* Who serves by attendance alone, without the jäv. */
		size_t n = serving_at(s->seats, s->nseats, s->att, s->natt, NULL, 0, number, tmp);
		if (serving_has(tmp, n, sqlite3_column_int64(st, 0)))
			e = nd_fail(ND_EINVAL, "%s ersätter en jävig ledamot i %s men "
				    "tjänstgör redan där enligt närvaron.",
				    sqlite3_column_text(st, 1), PAR(s->items, number));
	}
	sqlite3_finalize(st);
	return e;
}

enum nd_err minutes_check(struct nd_db *db, long long meeting)
{
	struct nd_sitting s;
	struct nd_serving *serving = NULL, *tmp = NULL;
	sqlite3_stmt *st = NULL;
	enum nd_err e = sitting_load(db, meeting, &s);
	if (e)
		return e;
	serving = calloc(s.nseats + 1, sizeof *serving);
	tmp = calloc(s.nseats + 1, sizeof *tmp);
	if (!serving || !tmp) {
		e = nd_fail(ND_ENOMEM, "Slut på minne.");
		goto out;
	}
	if ((e = db_prepare(db, "SELECT p.id, p.number FROM paragraph p WHERE "
			    "p.meeting_id = ?1 AND (EXISTS (SELECT 1 FROM vote v WHERE "
			    "v.paragraph_id = p.id) OR EXISTS (SELECT 1 FROM recusal r WHERE "
			    "r.paragraph_id = p.id AND r.replaced_by IS NOT NULL)) "
			    "ORDER BY p.number", &st)))
		goto out;
	sqlite3_bind_int64(st, 1, meeting);
	while (!e && sqlite3_step(st) == SQLITE_ROW) {
		long long id = sqlite3_column_int64(st, 0);
		int number = sqlite3_column_int(st, 1);
		size_t ns = 0;
		if (!(e = sitting_serving(db, &s, id, number, serving, &ns)) &&
		    !(e = check_votes(db, &s, id, number, serving, ns)))
			e = check_recusals(db, &s, id, number, tmp);
	}
	sqlite3_finalize(st);
out:
	free(serving);
	free(tmp);
	sitting_free(&s);
	return e;
}
