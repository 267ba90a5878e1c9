/* Roles for a range of a meeting's paragraphs (schema 026). */
#include "namnd/meeting_role.h"

#include <stdio.h>
#include <string.h>

#include "namnd/paragraph.h"
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

/* "§ 43", "§§ 43–44", "§ 43 och framåt" or "hela sammanträdet". */
static void range_text(int from, int to, char *buf, size_t size)
{
	if (!from && !to)
		snprintf(buf, size, "hela sammanträdet");
	else if (!to)
		snprintf(buf, size, "§ %d och framåt", from);
	else if (from == to)
		snprintf(buf, size, "§ %d", from);
	else
		snprintf(buf, size, "§§ %d–%d", from ? from : 1, to);
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

enum nd_err meeting_role_add(struct nd_db *db, long long meeting, const char *role,
			     long long person, int from, int to)
{
	const char *name = meeting_role_name(role);
	sqlite3_stmt *st = NULL;
	char who[256], range[64];
	long long id;
	enum nd_err e;
	if (!name)
		return nd_fail(ND_EINVAL, "Fältet \"roll\" kan inte vara \"%s\". Tillåtna värden: "
			       "\"ordförande\" (tjänstgörande), \"justerare\", \"ersättande "
			       "justerare\", \"sekreterare\".", role ? role : "");
	if (to && to < from)
		return nd_fail(ND_EINVAL, "Fältet \"till\": § %d ligger före § %d.", to, from);
	if ((from && (e = paragraph_find(db, meeting, from, &id))) ||
	    (to && (e = paragraph_find(db, meeting, to, &id))))
		return e;
	name_of(db, person, who, sizeof who);
	range_text(from, to, range, sizeof range);
	if ((e = db_begin(db)))
		return e;
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
			range_text(sqlite3_column_int(st, 1), sqlite3_column_int(st, 2), other,
				   sizeof other);
			e = nd_fail(ND_EEXIST, "%s har redan en tjänstgörande ordförande för %s: "
				    "%s. Ta bort den först.", range, other,
				    (const char *)sqlite3_column_text(st, 0));
		}
		sqlite3_finalize(st);
		if (e)
			goto fail;
	}
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
