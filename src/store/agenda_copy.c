/* A new meeting's föredragningslista from the one before it: the items
 * that recur (procedure, standing items, information, breaks, the
 * decision round) with their föredragande and minutes, in order. */
#include "namnd/agenda.h"

#include <stdio.h>

enum nd_err meeting_previous(struct nd_db *db, long long meeting, long long *prev)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db,
		"SELECT p.id FROM meeting m JOIN meeting p ON p.committee_id = m.committee_id "
		"WHERE m.id = ?1 AND (p.date, p.start_time, p.id) < (m.date, m.start_time, m.id) "
		"ORDER BY p.date DESC, p.start_time DESC, p.id DESC LIMIT 1", &st);
	*prev = 0;
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, meeting);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*prev = sqlite3_column_int64(st, 0);
	else if (rc != SQLITE_DONE)
		e = db_fail(db, "hitta föregående sammanträde");
	sqlite3_finalize(st);
	return e;
}

/* One integer from a query with one integer parameter (0 when no row). */
static enum nd_err count_of(struct nd_db *db, const char *sql, long long arg, long long *out)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db, sql, &st);
	*out = 0;
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, arg);
	if (sqlite3_step(st) == SQLITE_ROW)
		*out = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return ND_OK;
}

static enum nd_err run(struct nd_db *db, const char *sql, long long a, long long b,
		       const char *what, int *changed)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db, sql, &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, a);
	sqlite3_bind_int64(st, 2, b);
	if (sqlite3_step(st) != SQLITE_DONE)
		e = db_fail(db, what);
	else if (changed)
		*changed = sqlite3_changes(db->h);
	sqlite3_finalize(st);
	return e;
}

enum nd_err agenda_copy(struct nd_db *db, long long meeting, long long from, int *copied)
{
	long long n = 0, same = 0;
	int done = 0;
	enum nd_err e;
	if (copied)
		*copied = 0;
	if (meeting == from)
		return nd_fail(ND_EINVAL, "Ett sammanträde kan inte få sin egen "
			       "föredragningslista kopierad.");
	if ((e = count_of(db, "SELECT count(*) FROM meeting WHERE id = ?1", from, &n)))
		return e;
	if (n == 0)
		return nd_fail(ND_ENOTFOUND, "Det finns inget sammanträde med id %lld att "
			       "kopiera från.", from);
	if ((e = count_of(db, "SELECT count(*) FROM meeting WHERE id = ?1", meeting, &same)))
		return e;
	if (same == 0)
		return nd_fail(ND_ENOTFOUND, "Det finns inget sammanträde med id %lld.", meeting);
	if ((e = db_begin(db)))
		return e;
	if ((e = count_of(db, "SELECT count(*) FROM agenda_item WHERE meeting_id = ?1 AND "
			  "case_id IS NOT NULL", meeting, &n)))
		goto fail;
	if (n > 0) {
		e = nd_fail(ND_EEXIST, "Föredragningslistan har redan %lld %s; kopiera bara "
			    "till ett sammanträde utan ärenden (eller ta bort dem först).",
			    n, n == 1 ? "ärende" : "ärenden");
		goto fail;
	}
	/* The standard items the new meeting got are replaced: the last
	 * meeting's list is the one the secretary keeps up to date. */
	if ((e = run(db, "DELETE FROM agenda_item WHERE meeting_id = ?1 AND ?2 = ?2", meeting, 0,
		     "ta bort standardpunkterna", NULL)) ||
	    (e = run(db, "INSERT INTO agenda_item (meeting_id, position, kind, title, "
		     "presenter_id, presenter_role, duration, confidential, secrecy, decision) "
		     "SELECT ?1, row_number() OVER (ORDER BY a.position), a.kind, a.title, "
		     "a.presenter_id, a.presenter_role, a.duration, a.confidential, a.secrecy, "
		     "a.decision FROM agenda_item a WHERE a.meeting_id = ?2 AND a.case_id IS NULL "
		     "ORDER BY a.position", meeting, from, "kopiera punkterna", &done)))
		goto fail;
	if ((e = db_commit(db)))
		return e;
	if (copied)
		*copied = done;
	return ND_OK;
fail:
	db_rollback(db);
	return e;
}
