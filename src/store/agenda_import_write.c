/* Agenda import: given times become durations, then every row is
 * written in one transaction. */
#include "agenda_import_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/date.h"

#define UNTIMED_AT_END 5

static void gap_warning(struct ai_ctx *x, const struct ai_row *row, int prev_end, bool first)
{
	char at[6], prev[6];
	int gap = row->from - prev_end;
	time_format(row->from, '.', at);
	time_format(prev_end, '.', prev);
	if (gap > 0)
		ai_msg(x->res, row->line, false, "Rad %zu: punkten börjar %s, %d minuter efter "
		       "%s %s; tiderna räknas utan uppehåll.", row->line, at, gap,
		       first ? "sammanträdets start" : "föregående punkts slut", prev);
	else
		ai_msg(x->res, row->line, false, "Rad %zu: punkten börjar %s, före %s %s; "
		       "tiderna räknas från punkternas längd.", row->line, at,
		       first ? "sammanträdets start" : "föregående punkts slut", prev);
}

/* Durations from the given slots; rows without a time share the gap
 * before the next timed row (the first ones get the odd minutes). */
static void durations(struct ai_ctx *x)
{
	int prev_end = x->start;
	size_t pending = 0, npending = 0;
	bool first = true;
	for (size_t i = 0; i < x->nrows; i++) {
		struct ai_row *row = &x->rows[i];
		if (!row->timed) {
			if (npending++ == 0)
				pending = i;
			continue;
		}
		int gap = row->from - prev_end;
		if (npending > 0) {
			int share = gap > 0 ? gap / (int)npending : 0;
			int rem = gap > 0 ? gap % (int)npending : 0;
			for (size_t k = 0; k < npending; k++)
				x->rows[pending + k].duration = share + ((int)k < rem);
			if (gap < 0)
				gap_warning(x, row, prev_end, first);
		} else if (gap != 0) {
			gap_warning(x, row, prev_end, first);
		}
		row->duration = row->to - row->from;
		prev_end = row->to;
		npending = 0;
		first = false;
	}
	for (size_t k = 0; k < npending; k++)
		x->rows[pending + k].duration = UNTIMED_AT_END;
}

static enum nd_err insert_rows(struct ai_ctx *x)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(x->db,
		"INSERT INTO agenda_item (meeting_id, position, kind, title, case_id, "
		"presenter_id, presenter_role, duration) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
		&st);
	if (e)
		return e;
	for (size_t i = 0; i < x->nrows && !e; i++) {
		const struct ai_row *row = &x->rows[i];
		/* The ärende's own title is not repeated; a different one is
		 * kept as the item's heading. */
		bool own = row->case_title && strcmp(row->case_title, row->title) == 0;
		sqlite3_reset(st);
		sqlite3_bind_int64(st, 1, x->meeting);
		sqlite3_bind_int64(st, 2, (long long)i + 1);
		sqlite3_bind_text(st, 3, row->kind, -1, SQLITE_STATIC);
		db_bind_text(st, 4, own ? NULL : row->title);
		if (row->case_id)
			sqlite3_bind_int64(st, 5, row->case_id);
		else
			sqlite3_bind_null(st, 5);
		if (row->presenter_id)
			sqlite3_bind_int64(st, 6, row->presenter_id);
		else
			sqlite3_bind_null(st, 6);
		db_bind_text(st, 7, row->role);
		sqlite3_bind_int(st, 8, row->duration);
		if (sqlite3_step(st) != SQLITE_DONE)
			e = db_fail(x->db, "lägga in punkten");
	}
	sqlite3_finalize(st);
	return e;
}

static enum nd_err write_rows(struct ai_ctx *x, bool replace)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e;
	int count = 0;
	if ((e = db_begin(x->db)))
		return e;
	if ((e = db_prepare(x->db, "SELECT count(*) FROM agenda_item WHERE meeting_id = ?1", &st)))
		goto fail;
	sqlite3_bind_int64(st, 1, x->meeting);
	if (sqlite3_step(st) == SQLITE_ROW)
		count = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	if (count > 0 && !replace) {
		e = nd_fail(ND_EEXIST, "Föredragningslistan har redan %d %s; ingenting "
			    "lades in. --replace ersätter dem med filens.", count,
			    count == 1 ? "punkt" : "punkter");
		goto fail;
	}
	if (count > 0) {
		char id[24];
		const char *vals[1] = { id };
		snprintf(id, sizeof id, "%lld", x->meeting);
		if ((e = db_exec_text(x->db, "DELETE FROM agenda_item WHERE meeting_id = ?1",
				      1, vals)))
			goto fail;
	}
	if ((e = insert_rows(x)) || (e = db_commit(x->db)))
		goto fail;
	x->res->items = (int)x->nrows;
	return ND_OK;
fail:
	db_rollback(x->db);
	return e;
}

static enum nd_err load_meeting(struct ai_ctx *x)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(x->db,
		"SELECT m.start_time, coalesce(k.dnr_series, p.dnr_series, p.code, k.code) "
		"FROM meeting m JOIN committee k ON k.id = m.committee_id "
		"LEFT JOIN committee p ON p.id = k.parent_id WHERE m.id = ?1", &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, x->meeting);
	if (sqlite3_step(st) != SQLITE_ROW) {
		e = nd_fail(ND_ENOTFOUND, "Det finns inget sammanträde med id %lld.", x->meeting);
	} else {
		const char *t = (const char *)sqlite3_column_text(st, 0);
		if (time_parse(t, &x->start) != ND_OK)
			x->start = 0;
		x->series = strdup((const char *)sqlite3_column_text(st, 1));
		if (!x->series)
			e = nd_fail(ND_ENOMEM, "Slut på minne.");
	}
	sqlite3_finalize(st);
	return e;
}

enum nd_err agenda_import(struct nd_db *db, long long meeting, const struct tab_file *t,
			  bool replace, struct ai_result *res)
{
	struct ai_ctx x = { db, res, meeting, 0, NULL, NULL, 0 };
	enum nd_err e;
	memset(res, 0, sizeof *res);
	if ((e = load_meeting(&x)) || (e = ai_read(&x, t)))
		goto out;
	if (res->errors) {
		e = nd_fail(ND_EINVAL, "Ingenting lades in: %d fel i filen.", res->errors);
		goto out;
	}
	durations(&x);
	int end = x.start;
	for (size_t i = 0; i < x.nrows; i++)
		end += x.rows[i].duration;
	if (end > 24 * 60) {
		e = nd_fail(ND_EINVAL, "Med filens tider skulle föredragningslistan sluta "
			    "kl. %02d.%02d nästa dag; ingenting lades in.", (end / 60) % 24,
			    end % 60);
		goto out;
	}
	e = write_rows(&x, replace);
out:
	for (size_t i = 0; i < x.nrows; i++) {
		free(x.rows[i].title);
		free(x.rows[i].case_title);
		free(x.rows[i].role);
	}
	free(x.rows);
	free(x.series);
	return e;
}
