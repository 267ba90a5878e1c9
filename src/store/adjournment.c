/* Ajourneringar of a meeting. */
#include "namnd/adjourn.h"

#include <stdio.h>
#include <string.h>

#include "namnd/date.h"
#include "util.h"

/* "10.15" into "10:15", with the field named on error. */
static enum nd_err hhmm(const char *text, const char *field, char out[6])
{
	int m;
	if (!text || !*text)
		return nd_fail(ND_EINVAL, "Fältet \"%s\" saknas (t.ex. 10.15).", field);
	if (time_parse(text, &m))
		return nd_fail(ND_EINVAL, "Fältet \"%s\": \"%s\" är ingen tid (t.ex. 10.15).",
			       field, text);
	/* time_parse gives 0..1439. */
	m = m < 0 ? 0 : m > 1439 ? 1439 : m;
	snprintf(out, 6, "%02d:%02d", (m / 60) % 24, m % 60);
	return ND_OK;
}

enum nd_err adjournment_add(struct nd_db *db, long long meeting, const char *from,
			    const char *to)
{
	sqlite3_stmt *st = NULL;
	char a[6], b[6];
	enum nd_err e;
	if ((e = hhmm(from, "från", a)) || (e = hhmm(to, "till", b)))
		return e;
	if (strcmp(b, a) <= 0)
		return nd_fail(ND_EINVAL, "Fältet \"till\": ajourneringen slutar kl. %s, inte efter "
			       "att den börjar kl. %s.", to, from);
	if ((e = db_begin(db)))
		return e;
	/* Within the meeting: not before it began, nor after it ended (when
	 * its end is recorded). */
	if ((e = db_prepare(db, "SELECT replace(start_time, ':', '.'), replace(end_time, ':', "
			    "'.'), start_time > ?2, end_time < ?3 FROM meeting WHERE id = ?1",
			    &st)))
		goto fail;
	sqlite3_bind_int64(st, 1, meeting);
	sqlite3_bind_text(st, 2, a, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, b, -1, SQLITE_TRANSIENT);
	bool row = sqlite3_step(st) == SQLITE_ROW;
	if (row && sqlite3_column_int(st, 2))
		e = nd_fail(ND_EINVAL, "Fältet \"från\": ajourneringen kl. %s börjar innan "
			    "sammanträdet började kl. %s.", from, sqlite3_column_text(st, 0));
	else if (row && sqlite3_column_int(st, 3))
		e = nd_fail(ND_EINVAL, "Fältet \"till\": ajourneringen slutar kl. %s, efter att "
			    "sammanträdet slutade kl. %s.", to, sqlite3_column_text(st, 1));
	sqlite3_finalize(st);
	if (e)
		goto fail;
	if ((e = db_prepare(db, "SELECT replace(start_time, ':', '.'), replace(end_time, ':', "
			    "'.') FROM adjournment WHERE meeting_id = ?1 AND start_time < ?3 "
			    "AND end_time > ?2 ORDER BY start_time LIMIT 1", &st)))
		goto fail;
	sqlite3_bind_int64(st, 1, meeting);
	sqlite3_bind_text(st, 2, a, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, b, -1, SQLITE_TRANSIENT);
	if (sqlite3_step(st) == SQLITE_ROW)
		e = nd_fail(ND_EEXIST, "Ajourneringen kl. %s–%s går in i den som redan är "
			    "antecknad kl. %s–%s.", from, to, sqlite3_column_text(st, 0),
			    sqlite3_column_text(st, 1));
	sqlite3_finalize(st);
	if (e || (e = db_prepare(db, "INSERT INTO adjournment (meeting_id, start_time, "
				 "end_time) VALUES (?1, ?2, ?3)", &st)))
		goto fail;
	sqlite3_bind_int64(st, 1, meeting);
	sqlite3_bind_text(st, 2, a, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, b, -1, SQLITE_TRANSIENT);
	if ((e = stmt_done(db, st, "spara ajourneringen")) || (e = db_commit(db)))
		goto fail;
	return ND_OK;
fail:
	db_rollback(db);
	return e;
}

enum nd_err adjournment_remove(struct nd_db *db, long long meeting, const char *from)
{
	sqlite3_stmt *st = NULL;
	char a[6];
	enum nd_err e;
	if ((e = hhmm(from, "från", a)))
		return e;
	if ((e = db_prepare(db, "DELETE FROM adjournment WHERE meeting_id = ?1 AND "
			    "start_time = ?2", &st)))
		return e;
	sqlite3_bind_int64(st, 1, meeting);
	sqlite3_bind_text(st, 2, a, -1, SQLITE_TRANSIENT);
	if ((e = stmt_done(db, st, "ta bort ajourneringen")))
		return e;
	if (sqlite3_changes(db->h) == 0)
		return nd_fail(ND_ENOTFOUND, "Det finns ingen ajournering kl. %s.", from);
	return ND_OK;
}
