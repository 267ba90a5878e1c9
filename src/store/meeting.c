/* Meetings (sammanträden) and their agenda items. */
#include "namnd/agenda.h"
#include "namnd/meetstate.h"

#include <stdio.h>
#include <string.h>

#include "util.h"

/* A meeting's start time "HH:MM" as minutes since midnight, in SQL. */
#define START_MINUTES(t) "(CAST(substr(" t ", 1, 2) AS INTEGER) * 60 + " \
	"CAST(substr(" t ", 4, 2) AS INTEGER))"

static const char *const meeting_statuses[] = {
	"planerat", "kallat", "genomfört", "justerat", "anslaget", "arkiverat", NULL,
};

static const struct nd_field meeting_fields[] = {
	{ "committee", "nämnd", FT_COMMITTEE, 0, 0, NULL, NULL },
	{ "date", "datum", FT_DATE, 0, 0, NULL,
	  "UPDATE meeting SET date = ?1 WHERE id = ?2" },
	{ "time", "starttid", FT_TIME, 0, 0, NULL,
	  "UPDATE meeting SET start_time = ?1 WHERE id = ?2" },
	{ "end", "sluttid", FT_TIME, 0, 0, NULL,
	  "UPDATE meeting SET end_time = ?1 WHERE id = ?2" },
	{ "place", "plats", FT_TEXT, 1, 200, NULL,
	  "UPDATE meeting SET place = ?1 WHERE id = ?2" },
	/* Set by the acts themselves (meetstate.h), never chosen. */
	{ "status", "status", FT_ENUM, 0, 0, meeting_statuses, NULL },
	{ "notes", "anteckningar", FT_LONGTEXT, 0, 10000, NULL,
	  "UPDATE meeting SET notes = ?1 WHERE id = ?2" },
	{ "justering-place", "justeringens plats", FT_TEXT, 1, 200, NULL,
	  "UPDATE meeting SET justering_place = ?1 WHERE id = ?2" },
	{ "justering-date", "justeringsdag", FT_DATE, 0, 0, NULL,
	  "UPDATE meeting SET justering_date = ?1 WHERE id = ?2" },
	{ "year", "år", FT_INT, 1900, 2199, NULL, NULL },
	{ NULL, NULL, 0, 0, 0, NULL, NULL },
};

static const char *const meeting_insert[] = { "committee", "date", "time", "place", NULL };
static const char *const meeting_required[] = { "committee", "date", NULL };
static const char *const meeting_filters[] = { "committee", "year", NULL };
static const int meeting_widths[] = { 5, 7, 11, 6, 10, 0 };

/* Computed times must stay within the meeting's day: an agenda that runs
 * past midnight would print a slot that ends before it starts. */
static enum nd_err agenda_fits_day(struct nd_db *db, long long meeting)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db,
		"SELECT " START_MINUTES("m.start_time") " + coalesce(sum(a.duration), 0) "
		"FROM meeting m LEFT JOIN agenda_item a ON a.meeting_id = m.id "
		"WHERE m.id = ?1", &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, meeting);
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) > 24 * 60) {
		int end = sqlite3_column_int(st, 0);
		e = nd_fail(ND_EINVAL, "Föredragningslistan skulle sluta kl. %02d.%02d nästa "
			    "dag; ett sammanträde måste sluta senast 24.00. Korta punkterna "
			    "eller börja tidigare.", (end / 60) % 24, end % 60);
	}
	sqlite3_finalize(st);
	return e;
}

static enum nd_err meeting_check(struct nd_db *db, long long id, bool created)
{
	enum nd_err e = created ? agenda_apply_template(db, id) : ND_OK;
	return e ? e : agenda_fits_day(db, id);
}

static enum nd_err agenda_check(struct nd_db *db, long long id, bool created)
{
	sqlite3_stmt *st = NULL;
	long long meeting = 0;
	enum nd_err e = db_prepare(db, "SELECT meeting_id FROM agenda_item WHERE id = ?1", &st);
	(void)created;
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW)
		meeting = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if ((e = agenda_check_open(db, meeting)))
		return e;
	return agenda_fits_day(db, meeting);
}

const struct nd_entity meeting_entity = {
	.name = "meeting",
	.label = "sammanträde",
	.fields = meeting_fields,
	.insert_fields = meeting_insert,
	.required = meeting_required,
	/* Time and place default to the committee's usual ones. */
	.insert_sql = "INSERT INTO meeting (committee_id, date, start_time, place) "
		      "VALUES (?1, ?2, coalesce(?3, (SELECT start_time FROM committee "
		      "WHERE id = ?1), '09:00'), coalesce(?4, (SELECT place FROM "
		      "committee WHERE id = ?1)))",
	.delete_sql = "DELETE FROM meeting WHERE id = ?1",
	.show_sql = "SELECT m.id AS \"Id\", c.code AS \"Nämnd\", c.name AS \"Namn\", "
		    "m.date AS \"Datum\", replace(m.start_time, ':', '.') AS \"Starttid\", "
		    "replace(m.end_time, ':', '.') AS \"Sluttid\", m.place AS \"Plats\", "
		    "nd_state(m.status, m.anslag_on) AS \"Status\", "
		    "m.kallelse_sent_on AS \"Kallelse skickad\", "
		    "nullif(m.kallelse_sent_by, '') AS \"Kallelse skickad av\", "
		    "m.archived_on AS \"Arkiverat\", m.notes AS \"Anteckningar\", "
		    "m.justering_place AS \"Justeringens plats\", "
		    "m.justering_date AS \"Justeringsdag\", m.justerad_on AS \"Justerat\", "
		    "m.anslag_on AS \"Anslaget\", "
		    "(SELECT count(*) FROM agenda_item a WHERE a.meeting_id = m.id) "
		    "AS \"Punkter\" FROM meeting m JOIN committee c ON "
		    "c.id = m.committee_id WHERE m.id = ?1",
	.list_sql = "SELECT m.id AS \"Id\", c.code AS \"Nämnd\", m.date AS \"Datum\", "
		    "replace(m.start_time, ':', '.') AS \"Tid\", "
		    "nd_state(m.status, m.anslag_on) AS \"Status\", "
		    "coalesce(m.place, '') AS \"Plats\" FROM meeting m "
		    "JOIN committee c ON c.id = m.committee_id "
		    "WHERE (?1 IS NULL OR m.committee_id = ?1) AND (?2 IS NULL OR "
		    "m.date BETWEEN ?2 || '-01-01' AND ?2 || '-12-31') "
		    "ORDER BY m.date, m.start_time, m.id",
	.list_filters = meeting_filters,
	.list_widths = meeting_widths,
	.resolve = meeting_resolve,
	.check = meeting_check,
};

static const char *const agenda_kinds[] = {
	"procedur", "ärende", "information", "stående", "paus", "beslutsomgång", NULL,
};

static const struct nd_field agenda_fields[] = {
	{ "kind", "typ", FT_ENUM, 0, 0, agenda_kinds,
	  "UPDATE agenda_item SET kind = coalesce(?1, kind) WHERE id = ?2" },
	{ "title", "rubrik", FT_TEXT, 1, 1000, NULL,
	  "UPDATE agenda_item SET title = ?1 WHERE id = ?2" },
	{ "case", "ärende", FT_CASE, 0, 0, NULL,
	  "UPDATE agenda_item SET case_id = ?1 WHERE id = ?2" },
	{ "presenter", "föredragande", FT_PERSON, 0, 0, NULL,
	  "UPDATE agenda_item SET presenter_id = ?1, presenter_role = CASE WHEN ?1 "
	  "IS NULL THEN presenter_role END WHERE id = ?2" },
	{ "role", "föredragande (roll)", FT_TEXT, 1, 200, NULL,
	  "UPDATE agenda_item SET presenter_role = ?1, presenter_id = CASE WHEN ?1 "
	  "IS NULL THEN presenter_id END WHERE id = ?2" },
	{ "minutes", "längd i minuter", FT_INT, 0, 720, NULL,
	  "UPDATE agenda_item SET duration = coalesce(?1, 5) WHERE id = ?2" },
	{ "confidential", "sekretess", FT_BOOL, 0, 0, NULL,
	  "UPDATE agenda_item SET confidential = coalesce(?1, 0) WHERE id = ?2" },
	{ "secrecy", "sekretessgrund", FT_TEXT, 1, 200, NULL,
	  "UPDATE agenda_item SET secrecy = ?1 WHERE id = ?2" },
	{ "decision", "beslutspunkt", FT_BOOL, 0, 0, NULL,
	  "UPDATE agenda_item SET decision = ?1 WHERE id = ?2" },
	{ NULL, NULL, 0, 0, 0, NULL, NULL },
};

static const char *const agenda_insert[] = { "kind", "title", "case", NULL };

const struct nd_entity agenda_entity = {
	.name = "agenda",
	.label = "punkt",
	.fields = agenda_fields,
	.insert_fields = agenda_insert,
	.required = NULL,
	/* ?1 meeting, ?2 position come from agenda_add. */
	.insert_sql = "INSERT INTO agenda_item (meeting_id, position, kind, title, case_id) "
		      "VALUES (?1, ?2, coalesce(?3, CASE WHEN ?5 IS NULL THEN "
		      "'information' ELSE 'ärende' END), ?4, ?5)",
	.delete_sql = "DELETE FROM agenda_item WHERE id = ?1",
	.check = agenda_check,
	.show_sql = "SELECT a.id AS \"Id\", a.position AS \"Plats i listan\", "
		    "a.kind AS \"Typ\", coalesce(a.title, c.title) AS \"Rubrik\", "
		    "nd_dnr(c.dnr_series, c.dnr_year, c.dnr_number) AS \"Dnr\", "
		    "coalesce(p.name, a.presenter_role) AS \"Föredragande\", "
		    "a.duration AS \"Minuter\", CASE WHEN a.confidential = 1 OR "
		    "c.confidential = 1 THEN 'ja' ELSE 'nej' END AS \"Sekretess\", "
		    "a.secrecy AS \"Sekretessgrund\", CASE WHEN coalesce(a.decision, "
		    "a.kind = 'ärende') THEN 'ja' ELSE 'nej' END AS \"Beslutspunkt\" "
		    "FROM agenda_item a "
		    "LEFT JOIN cases c ON c.id = a.case_id LEFT JOIN person p ON "
		    "p.id = a.presenter_id WHERE a.id = ?1",
	.resolve = id_resolve,
};

/* Positions are unique per meeting, so shifting a range is done in two
 * steps through a band far above any real position. */
static enum nd_err shift(struct nd_db *db, long long meeting, int lo, int hi, int by)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e;
	if (lo > hi)
		return ND_OK;
	if ((e = db_prepare(db, "UPDATE agenda_item SET position = position + 1000000 "
			    "WHERE meeting_id = ?1 AND position BETWEEN ?2 AND ?3", &st)))
		return e;
	sqlite3_bind_int64(st, 1, meeting);
	sqlite3_bind_int(st, 2, lo);
	sqlite3_bind_int(st, 3, hi);
	if (sqlite3_step(st) != SQLITE_DONE)
		e = db_fail(db, "flytta punkter");
	sqlite3_finalize(st);
	if (e || (e = db_prepare(db, "UPDATE agenda_item SET position = position - "
				 "1000000 + ?2 WHERE meeting_id = ?1 AND position > 1000000 "
				 "AND position < 2000000", &st)))
		return e;
	sqlite3_bind_int64(st, 1, meeting);
	sqlite3_bind_int(st, 2, by);
	if (sqlite3_step(st) != SQLITE_DONE)
		e = db_fail(db, "flytta punkter");
	sqlite3_finalize(st);
	return e;
}

static enum nd_err int_query(struct nd_db *db, const char *sql, long long arg, long long *out,
			     bool *found)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db, sql, &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, arg);
	*found = false;
	if (sqlite3_step(st) == SQLITE_ROW) {
		*found = true;
		*out = sqlite3_column_int64(st, 0);
	}
	sqlite3_finalize(st);
	return ND_OK;
}

static enum nd_err set_position(struct nd_db *db, long long item, long long pos)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db, "UPDATE agenda_item SET position = ?2 WHERE id = ?1",
				   &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, item);
	sqlite3_bind_int64(st, 2, pos);
	if (sqlite3_step(st) != SQLITE_DONE)
		e = db_fail(db, "flytta punkten");
	sqlite3_finalize(st);
	return e;
}

/* The value given for field name, or NULL when absent or empty. */
static const char *given_value(int n, const char *const *names, const char *const *values,
			       const char *name)
{
	const char *v = NULL;
	for (int i = 0; i < n; i++)
		if (strcmp(names[i], name) == 0)
			v = values[i];
	return v && *v ? v : NULL;
}

/* What the schema's row checks would refuse, said field by field. */
static enum nd_err item_complete(int n, const char *const *names, const char *const *values)
{
	const char *kind = given_value(n, names, values, "kind");
	if (given_value(n, names, values, "case"))
		return ND_OK;
	if (kind && strcmp(kind, "ärende") == 0)
		return nd_hint(nd_fail(ND_EINVAL, "En punkt av typen ärende behöver ett "
				       "ärende ur diariet."), "Ange --case DNR.");
	if (!given_value(n, names, values, "title"))
		return nd_hint(nd_fail(ND_EINVAL, "Fältet \"rubrik\" måste anges när punkten "
				       "inte har något ärende."),
			       "(--title RUBRIK eller --case DNR)");
	return ND_OK;
}

enum nd_err agenda_add(struct nd_db *db, long long meeting, int at, int n,
		       const char *const *names, const char *const *values,
		       long long *id_out)
{
	long long count = 0;
	bool found;
	struct nd_value pre[2] = { { V_INT, meeting, NULL }, { V_INT, 0, NULL } };
	enum nd_err e;

	if ((e = item_complete(n, names, values)))
		return e;
	if ((e = db_begin(db)))
		return e;
	if ((e = int_query(db, "SELECT 1 FROM meeting WHERE id = ?1", meeting, &count,
			   &found)))
		goto fail;
	if (!found) {
		e = nd_fail(ND_ENOTFOUND, "Det finns inget sammanträde med id %lld.", meeting);
		goto fail;
	}
	if ((e = agenda_check_open(db, meeting)))
		goto fail;
	if ((e = int_query(db, "SELECT count(*) FROM agenda_item WHERE meeting_id = ?1",
			   meeting, &count, &found)))
		goto fail;
	if (at <= 0 || at > count + 1)
		at = (int)count + 1;
	if ((e = shift(db, meeting, at, (int)count, 1)))
		goto fail;
	pre[1].i = at;
	if ((e = entity_insert(db, &agenda_entity, 2, pre, n, names, values, id_out)) ||
	    (e = db_commit(db)))
		goto fail;
	return ND_OK;
fail:
	db_rollback(db);
	return e;
}

static enum nd_err item_place(struct nd_db *db, long long item, long long *meeting,
			      long long *pos, long long *count)
{
	bool found;
	enum nd_err e = int_query(db, "SELECT meeting_id FROM agenda_item WHERE id = ?1",
				  item, meeting, &found);
	if (!e && !found)
		return nd_fail(ND_ENOTFOUND, "Det finns ingen punkt med id %lld.", item);
	if (!e)
		e = int_query(db, "SELECT position FROM agenda_item WHERE id = ?1", item,
			      pos, &found);
	if (!e)
		e = int_query(db, "SELECT count(*) FROM agenda_item WHERE meeting_id = ?1",
			      *meeting, count, &found);
	return e;
}

enum nd_err agenda_move(struct nd_db *db, long long item, int to)
{
	long long meeting, from, count;
	enum nd_err e;
	if ((e = db_begin(db)))
		return e;
	if ((e = item_place(db, item, &meeting, &from, &count)) ||
	    (e = agenda_check_open(db, meeting)))
		goto fail;
	if (to < 1)
		to = 1;
	if (to > count)
		to = (int)count;
	if (to != from) {
		if ((e = set_position(db, item, 3000000)))
			goto fail;
		if (to < from)
			e = shift(db, meeting, to, (int)from - 1, 1);
		else
			e = shift(db, meeting, (int)from + 1, to, -1);
		if (e || (e = set_position(db, item, to)))
			goto fail;
	}
	return db_commit(db);
fail:
	db_rollback(db);
	return e;
}

enum nd_err agenda_remove(struct nd_db *db, long long item)
{
	long long meeting, pos, count;
	enum nd_err e;
	if ((e = db_begin(db)))
		return e;
	if ((e = item_place(db, item, &meeting, &pos, &count)) ||
	    (e = agenda_check_open(db, meeting)) ||
	    (e = entity_remove(db, &agenda_entity, item)) ||
	    (e = shift(db, meeting, (int)pos + 1, (int)count, -1)))
		goto fail;
	return db_commit(db);
fail:
	db_rollback(db);
	return e;
}

enum nd_err agenda_apply_template(struct nd_db *db, long long meeting)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db,
		"INSERT INTO agenda_item (meeting_id, position, kind, title, "
		"presenter_role, duration) SELECT m.id, row_number() OVER (ORDER BY "
		"t.position), t.kind, t.title, "
		"t.presenter_role, t.duration FROM meeting m JOIN agenda_template t ON "
		"t.committee_id = m.committee_id WHERE m.id = ?1 AND NOT EXISTS "
		"(SELECT 1 FROM agenda_item a WHERE a.meeting_id = m.id) "
		"ORDER BY t.position", &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, meeting);
	if (sqlite3_step(st) != SQLITE_DONE)
		e = db_fail(db, "lägga in standardpunkterna");
	sqlite3_finalize(st);
	return e;
}

enum nd_err agenda_list(struct nd_db *db, long long meeting, nd_row_fn fn, void *ctx)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db,
		"SELECT a.id, a.position, a.kind, coalesce(a.title, c.title), "
		"CASE WHEN c.id IS NOT NULL THEN nd_dnr(c.dnr_series, c.dnr_year, "
		"c.dnr_number) END, coalesce(p.name, a.presenter_role, ''), a.duration, "
		"s.start + sum(a.duration) OVER w - a.duration, "
		"s.start + sum(a.duration) OVER w, "
		"max(a.confidential, coalesce(c.confidential, 0)), a.secrecy, "
		"coalesce(a.decision, a.kind = 'ärende'), a.case_id "
		"FROM agenda_item a "
		"JOIN (SELECT id, " START_MINUTES("start_time") " AS start FROM meeting) s "
		"  ON s.id = a.meeting_id "
		"LEFT JOIN cases c ON c.id = a.case_id "
		"LEFT JOIN person p ON p.id = a.presenter_id "
		"WHERE a.meeting_id = ?1 "
		"WINDOW w AS (ORDER BY a.position ROWS UNBOUNDED PRECEDING) "
		"ORDER BY a.position", &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, meeting);
	return db_rows(db, st, fn, ctx, NULL, "läsa föredragningslistan");
}

void agenda_label(const char *kind, int *letters, int *numbers, char *buf, size_t size)
{
	if (strcmp(kind, "procedur") == 0) {
		int n = (*letters)++;
		/* A..Z, then AA, AB, … for very long procedural runs. */
		if (n < 26)
			snprintf(buf, size, "%c", 'A' + n);
		else
			snprintf(buf, size, "%c%c", 'A' + n / 26 - 1, 'A' + n % 26);
	} else if (strcmp(kind, "paus") == 0 || strcmp(kind, "beslutsomgång") == 0) {
		snprintf(buf, size, "%s", "");
	} else {
		snprintf(buf, size, "%d", ++*numbers);
	}
}

enum nd_err meeting_overview(struct nd_db *db, nd_row_fn fn, void *ctx)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db,
		"SELECT k.name, k.code, m.id, m.date, m.start_time, m.status, "
		"k.notice_days, m.justerad_on, m.anslag_on, " JUSTERAT_RULES
		" FROM committee k JOIN committee_rules r ON r.committee_id = k.id "
		"LEFT JOIN meeting m ON m.id = (SELECT x.id FROM meeting x WHERE "
		"x.committee_id = k.id AND x.date >= nd_today() "
		"ORDER BY x.date, x.start_time LIMIT 1) "
		"ORDER BY k.name COLLATE sv, k.id", &st);
	if (e)
		return e;
	return db_rows(db, st, fn, ctx, NULL, "läsa översikten");
}
