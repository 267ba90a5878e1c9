/* The facts behind a meeting's state: kallelse sent, archived; the
 * status that follows from attendance; laga kraft. */
#include "namnd/meetstate.h"

#include <stdio.h>
#include <string.h>

#include "namnd/preflight.h"
#include "util.h"

static enum nd_err day_or_today(const char *date, const char *label, char buf[11])
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

enum nd_err kallelse_sendable(struct nd_db *db, long long meeting)
{
	struct pf_list pf;
	struct nd_date today;
	sqlite3_stmt *st = NULL;
	enum nd_err e;
	if ((e = date_today(&today)))
		return e;
	if ((e = db_prepare(db, "SELECT status, date FROM meeting WHERE id = ?1", &st)))
		return e;
	sqlite3_bind_int64(st, 1, meeting);
	if (sqlite3_step(st) != SQLITE_ROW) {
		e = nd_fail(ND_ENOTFOUND, "Det finns inget sammanträde med id %lld.", meeting);
	} else {
		const char *status = (const char *)sqlite3_column_text(st, 0);
		if (strcmp(status, "planerat") != 0 && strcmp(status, "kallat") != 0)
			e = nd_fail(ND_EINVAL, "Sammanträdet %s är %s; en kallelse skickas före "
				    "sammanträdet.", sqlite3_column_text(st, 1), status);
	}
	sqlite3_finalize(st);
	if (e)
		return e;
	if ((e = preflight_check(db, meeting, today, &pf))) {
		preflight_free(&pf);
		return e;
	}
	if (pf.errors > 0) {
		for (size_t i = 0; i < pf.n; i++)
			if (pf.v[i].severity == PF_ERROR) {
				e = nd_fail(ND_EINVAL, "Kallelsen kan inte skickas: kontrollen har %d "
					    "fel, först %s: %s Rätta dem först (namnd check).",
					    pf.errors, pf.v[i].where, pf.v[i].message);
				break;
			}
	}
	preflight_free(&pf);
	return e;
}

enum nd_err kallelse_record_sent(struct nd_db *db, long long meeting, const char *date)
{
	struct nd_date today;
	sqlite3_stmt *st = NULL;
	char day[11], now[11];
	enum nd_err e;
	if ((e = day_or_today(date, "skickad", day)) || (e = date_today(&today)))
		return e;
	date_format(today, now);
	if (strcmp(day, now) > 0)
		return nd_fail(ND_EINVAL, "Fältet \"skickad\": %s har inte kommit än (idag är "
			       "det %s).", day, now);
	if ((e = db_begin(db)))
		return e;
	if ((e = kallelse_sendable(db, meeting)) ||
	    (e = db_prepare(db, "UPDATE meeting SET kallelse_sent_on = ?2, "
			    "kallelse_sent_by = ?3, kallelse_sent_as = date || ' ' || "
			    "start_time || ' ' || coalesce(place, ''), status = 'kallat' "
			    "WHERE id = ?1", &st)))
		goto fail;
	sqlite3_bind_int64(st, 1, meeting);
	sqlite3_bind_text(st, 2, day, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, db->user ? db->user : "", -1, SQLITE_TRANSIENT);
	if ((e = stmt_done(db, st, "anteckna kallelsen som skickad")) || (e = db_commit(db)))
		goto fail;
	return ND_OK;
fail:
	db_rollback(db);
	return e;
}

/* The end of the appeal period for an anslag on day (ISO). */
static bool appeal_end(const char *anslag_on, struct nd_date *end)
{
	struct nd_date a;
	struct nd_deadlines dl;
	if (!anslag_on || date_parse(anslag_on, &a) != ND_OK)
		return false;
	deadlines_compute(a, 0, &a, &a, &dl);
	*end = dl.appeal_end;
	return true;
}

const char *meeting_state(const char *status, const char *anslag_on, struct nd_date today)
{
	struct nd_date end;
	if (status && strcmp(status, "anslaget") == 0 && appeal_end(anslag_on, &end) &&
	    date_cmp(today, end) > 0)
		return "laga kraft";
	return status;
}

enum nd_err meeting_archive(struct nd_db *db, long long meeting, const char *date)
{
	sqlite3_stmt *st = NULL;
	struct nd_date end;
	char day[11], buf[11];
	enum nd_err e;
	if ((e = day_or_today(date, "arkiverat", day)))
		return e;
	if ((e = db_begin(db)))
		return e;
	if ((e = db_prepare(db, "SELECT status, anslag_on, archived_on, date FROM meeting "
			    "WHERE id = ?1", &st)))
		goto fail;
	sqlite3_bind_int64(st, 1, meeting);
	if (sqlite3_step(st) != SQLITE_ROW) {
		e = nd_fail(ND_ENOTFOUND, "Det finns inget sammanträde med id %lld.", meeting);
	} else if (sqlite3_column_type(st, 2) != SQLITE_NULL) {
		e = nd_fail(ND_EEXIST, "Sammanträdet %s arkiverades %s.",
			    sqlite3_column_text(st, 3), sqlite3_column_text(st, 2));
	} else if (!appeal_end((const char *)sqlite3_column_text(st, 1), &end)) {
		e = nd_fail(ND_EINVAL, "Sammanträdet %s är %s: det arkiveras när protokollet "
			    "har vunnit laga kraft (justerat, anslaget och överklagandetiden "
			    "slut).", sqlite3_column_text(st, 3), sqlite3_column_text(st, 0));
	} else {
		struct nd_date d;
		date_format(end, buf);
		if (date_parse(day, &d) == ND_OK && date_cmp(d, end) <= 0)
			e = nd_fail(ND_EINVAL, "Fältet \"arkiverat\": överklagandetiden för "
				    "sammanträdet %s går ut %s; det arkiveras först när "
				    "protokollet har vunnit laga kraft.",
				    sqlite3_column_text(st, 3), buf);
	}
	sqlite3_finalize(st);
	if (e || (e = db_prepare(db, "UPDATE meeting SET archived_on = ?2, status = "
				 "'arkiverat' WHERE id = ?1", &st)))
		goto fail;
	sqlite3_bind_int64(st, 1, meeting);
	sqlite3_bind_text(st, 2, day, -1, SQLITE_TRANSIENT);
	if ((e = stmt_done(db, st, "arkivera sammanträdet")) || (e = db_commit(db)))
		goto fail;
	return ND_OK;
fail:
	db_rollback(db);
	return e;
}

enum nd_err meeting_status_from_attendance(struct nd_db *db, long long meeting)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db,
		"UPDATE meeting SET status = CASE WHEN EXISTS (SELECT 1 FROM attendance a "
		"WHERE a.meeting_id = meeting.id AND a.status IN ('närvarande', "
		"'tjänstgörande ersättare')) THEN 'genomfört' WHEN kallelse_sent_on IS NOT "
		"NULL THEN 'kallat' ELSE 'planerat' END WHERE id = ?1 AND justerad_on IS NULL",
		&st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, meeting);
	return stmt_done(db, st, "sätta sammanträdets status");
}

enum nd_err agenda_check_open(struct nd_db *db, long long meeting)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db, "SELECT m.justerad_on, m.date, c.code, m.status FROM "
				   "meeting m JOIN committee c ON c.id = m.committee_id "
				   "WHERE m.id = ?1", &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, meeting);
	if (sqlite3_step(st) != SQLITE_ROW)
		e = nd_fail(ND_ENOTFOUND, "Det finns inget sammanträde med id %lld.", meeting);
	else if (sqlite3_column_type(st, 0) != SQLITE_NULL)
		e = nd_fail(ND_ELOCKED, "Sammanträdet %s %s är justerat %s (%s): "
			    "föredragningslistan, dess punkter och tider kan inte ändras.",
			    sqlite3_column_text(st, 2), sqlite3_column_text(st, 1),
			    sqlite3_column_text(st, 0), sqlite3_column_text(st, 3));
	sqlite3_finalize(st);
	return e;
}
