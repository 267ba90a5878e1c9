/* Keyset pages over people and meetings: one statement per direction
 * and whether there is a key, so each page is a range search on an
 * index (see case_page). */
#include "namnd/page.h"

#include <stddef.h>

#define PERSON_COLS "SELECT p.id, p.name, coalesce(p.party, ''), " \
	"coalesce(p.title, p.organisation, ''), (SELECT group_concat(c.code || ' ' || " \
	"m.role, ', ') FROM membership m JOIN committee c ON c.id = m.committee_id " \
	"WHERE m.person_id = p.id AND m.valid_from <= nd_today() AND (m.valid_to IS " \
	"NULL OR m.valid_to >= nd_today())) FROM person p "

static const char *const person_sql[2][2] = {
	{ PERSON_COLS "WHERE ?1 IS NULL AND p.vacant = 0 ORDER BY p.name, p.id LIMIT ?3",
	  PERSON_COLS "WHERE (p.name, p.id) > (?1, ?2) AND p.vacant = 0 "
		      "ORDER BY p.name, p.id LIMIT ?3" },
	{ PERSON_COLS "WHERE ?1 IS NULL AND p.vacant = 0 ORDER BY p.name DESC, p.id DESC LIMIT ?3",
	  PERSON_COLS "WHERE (p.name, p.id) < (?1, ?2) AND p.vacant = 0 "
		      "ORDER BY p.name DESC, p.id DESC LIMIT ?3" },
};

enum nd_err person_page(struct nd_db *db, bool backward, const char *name,
			long long id, int limit, nd_row_fn fn, void *ctx)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db, person_sql[backward][name != NULL], &st);
	if (e)
		return e;
	db_bind_text(st, 1, name);
	sqlite3_bind_int64(st, 2, id);
	sqlite3_bind_int(st, 3, limit > 0 ? limit : -1);
	return db_rows(db, st, fn, ctx, NULL, "läsa personregistret");
}

#define MEETING_COLS "SELECT m.id, c.code, m.date, m.start_time, nd_state(m.status, m.anslag_on), " \
	"coalesce(m.place, ''), (SELECT count(*) FROM agenda_item a WHERE " \
	"a.meeting_id = m.id) FROM meeting m JOIN committee c ON c.id = m.committee_id " \
	"WHERE (?5 IS NULL OR m.committee_id = (SELECT id FROM committee WHERE " \
	"code = upper(?5))) AND "
#define M_KEY "(m.date, m.start_time, m.id)"
#define M_ASC " ORDER BY m.date, m.start_time, m.id LIMIT ?4"
#define M_DESC " ORDER BY m.date DESC, m.start_time DESC, m.id DESC LIMIT ?4"

static const char *const meeting_sql[2][2] = {
	{ MEETING_COLS "?1 IS NULL" M_ASC, MEETING_COLS M_KEY " > (?1, ?2, ?3)" M_ASC },
	{ MEETING_COLS "?1 IS NULL" M_DESC, MEETING_COLS M_KEY " < (?1, ?2, ?3)" M_DESC },
};

enum nd_err meeting_page(struct nd_db *db, const char *committee, bool backward,
			 const char *date, const char *time, long long id, int limit,
			 nd_row_fn fn, void *ctx)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db, meeting_sql[backward][date != NULL], &st);
	if (e)
		return e;
	db_bind_text(st, 1, date);
	db_bind_text(st, 2, time ? time : "");
	sqlite3_bind_int64(st, 3, id);
	sqlite3_bind_int(st, 4, limit > 0 ? limit : -1);
	db_bind_text(st, 5, committee);
	return db_rows(db, st, fn, ctx, NULL, "läsa sammanträdena");
}
