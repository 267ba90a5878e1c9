/* Förhinder before a meeting, as attendance rows. */
#include "namnd/absence.h"

#include <stdio.h>

#include "namnd/attendance.h"
#include "namnd/vacancy.h"

static enum nd_err member_check(struct nd_db *db, long long meeting, long long person)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db,
		"SELECT p.name, k.name, m.date, EXISTS (SELECT 1 FROM membership s "
		"  WHERE s.person_id = p.id AND s.committee_id = k.id AND s.role NOT IN "
		"  ('sekreterare', 'övrig') AND s.valid_from <= m.date "
		"  AND (s.valid_to IS NULL OR s.valid_to >= m.date)) "
		"FROM meeting m JOIN committee k ON k.id = m.committee_id, person p "
		"WHERE m.id = ?1 AND p.id = ?2", &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, meeting);
	sqlite3_bind_int64(st, 2, person);
	if (sqlite3_step(st) != SQLITE_ROW)
		e = nd_fail(ND_ENOTFOUND, "Det finns inget sammanträde med id %lld.", meeting);
	else if (!sqlite3_column_int(st, 3))
		e = nd_fail(ND_EINVAL, "%s är inte ledamot eller ersättare i %s den %s; "
			    "förhinder anmäls bara för dem.",
			    (const char *)sqlite3_column_text(st, 0),
			    (const char *)sqlite3_column_text(st, 1),
			    (const char *)sqlite3_column_text(st, 2));
	sqlite3_finalize(st);
	return e;
}

/* A förhinder is attendance like any other: recorded through
 * attendance_set, so it replaces what was recorded for the person and the
 * meeting's attendance is checked as a whole (no two rows of one person
 * at once, no absent member with a vote, nothing justerat changed). */
enum nd_err absence_set(struct nd_db *db, long long meeting, long long person, bool absent)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e;
	char seat[48];
	if (vacancy_is(db, person, seat, sizeof seat))
		return nd_fail(ND_EINVAL, "%s är en vakant plats: ingen sitter på den som kan "
			       "anmäla förhinder.", seat);
	if ((e = db_begin(db)))
		return e;
	if ((e = member_check(db, meeting, person)))
		goto fail;
	if (absent) {
		if ((e = attendance_set(db, meeting, person, PRES_ABSENT, 0, 0, 0)))
			goto fail;
	} else {
		if ((e = meeting_check_open(db, meeting)) ||
		    (e = db_prepare(db, "DELETE FROM attendance WHERE meeting_id = ?1 AND "
				    "person_id = ?2 AND from_paragraph = 0 AND to_paragraph "
				    "IS NULL AND status = 'frånvarande'", &st)))
			goto fail;
		sqlite3_bind_int64(st, 1, meeting);
		sqlite3_bind_int64(st, 2, person);
		if (sqlite3_step(st) != SQLITE_DONE)
			e = db_fail(db, "ta bort förhindret");
		else if (sqlite3_changes(db->h) == 0)
			e = nd_fail(ND_ENOTFOUND, "Inget förhinder är anmält för person %lld till "
				    "sammanträde %lld.", person, meeting);
		sqlite3_finalize(st);
		if (e)
			goto fail;
	}
	if ((e = db_commit(db)))
		goto fail;
	return ND_OK;
fail:
	db_rollback(db);
	return e;
}
