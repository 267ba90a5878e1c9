/* Yrkanden, reservationer, protokollsanteckningar, jäv and expediering. */
#include "namnd/minutes.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/paragraph.h"
#include "namnd/parnum.h"
#include "namnd/sitting.h"
#include "quote.h"
#include "util.h"

static const struct nd_field f_motion = { "text", "yrkande", FT_LONGTEXT, 1, 10000, NULL, NULL };
static const struct nd_field f_reason = { "reason", "skäl för reservationen", FT_LONGTEXT,
					  1, 100000, NULL, NULL };
static const struct nd_field f_note = { "text", "protokollsanteckning", FT_LONGTEXT, 1,
					100000, NULL, NULL };
static const struct nd_field f_recipient = { "recipient", "mottagare", FT_TEXT, 1, 300,
					     NULL, NULL };

/* The paragraph is open and person serves there; what names the act
 * ("yrka", "reservera sig") for the message. */
static enum nd_err check_serves(struct nd_db *db, long long paragraph, long long person,
				const char *what)
{
	struct nd_sitting s;
	struct nd_serving *serving = NULL;
	size_t n = 0;
	int number = 0;
	char name[256];
	enum nd_err e = paragraph_check_open(db, paragraph, NULL, NULL);
	if (e || (e = paragraph_serving(db, paragraph, &s, &serving, &n, &number)))
		return e;
	if (!serving_has(serving, n, person))
		e = nd_fail(ND_EINVAL, "%s tjänstgör inte vid %s och kan inte %s där "
			    "(bara ledamöter och tjänstgörande ersättare som deltar i "
			    "%s).", person_name(db, person, name, sizeof name),
			    PAR(s.items, number), what, s.items ? "punkten" : "paragrafen");
	free(serving);
	sitting_free(&s);
	return e;
}

enum nd_err motion_add(struct nd_db *db, long long paragraph, long long person,
		       const char *text, long long *id)
{
	struct nd_value v = { V_NULL, 0, NULL };
	sqlite3_stmt *st = NULL;
	enum nd_err e;
	if ((e = field_parse(db, &f_motion, text, &v)))
		return e;
	if (v.kind == V_NULL) {
		value_clear(&v);
		return nd_fail(ND_EINVAL, "Fältet \"yrkande\" måste anges (--text).");
	}
	if ((e = db_begin(db)))
		goto out;
	if ((e = check_serves(db, paragraph, person, "yrka")) ||
	    (e = db_prepare(db, "INSERT INTO motion (paragraph_id, position, person_id, text) "
			    "VALUES (?1, (SELECT coalesce(max(position), 0) + 1 FROM motion "
			    "WHERE paragraph_id = ?1), ?2, ?3)", &st)))
		goto fail;
	sqlite3_bind_int64(st, 1, paragraph);
	sqlite3_bind_int64(st, 2, person);
	value_bind(st, 3, &v);
	if ((e = stmt_done(db, st, "spara yrkandet")))
		goto fail;
	if (id)
		*id = sqlite3_last_insert_rowid(db->h);
	e = db_commit(db);
	goto out;
fail:
	db_rollback(db);
out:
	value_clear(&v);
	return e;
}

enum nd_err motion_remove(struct nd_db *db, long long paragraph, int position)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e;
	if ((e = db_begin(db)))
		return e;
	if ((e = paragraph_check_open(db, paragraph, NULL, NULL)) ||
	    (e = db_prepare(db, "DELETE FROM motion WHERE paragraph_id = ?1 AND position = ?2",
			    &st)))
		goto fail;
	sqlite3_bind_int64(st, 1, paragraph);
	sqlite3_bind_int(st, 2, position);
	if ((e = stmt_done(db, st, "ta bort yrkandet")))
		goto fail;
	if (sqlite3_changes(db->h) == 0) {
		e = nd_fail(ND_ENOTFOUND, "Paragrafen har inget yrkande nummer %d.", position);
		goto fail;
	}
	/* Later yrkanden move up, through a band above any real position. */
	if ((e = db_prepare(db, "UPDATE motion SET position = position + 1000000 WHERE "
			    "paragraph_id = ?1 AND position > ?2", &st)))
		goto fail;
	sqlite3_bind_int64(st, 1, paragraph);
	sqlite3_bind_int(st, 2, position);
	if ((e = stmt_done(db, st, "numrera yrkandena")) ||
	    (e = db_prepare(db, "UPDATE motion SET position = position - 1000001 WHERE "
			    "paragraph_id = ?1 AND position > 1000000", &st)))
		goto fail;
	sqlite3_bind_int64(st, 1, paragraph);
	if ((e = stmt_done(db, st, "numrera yrkandena")) || (e = db_commit(db)))
		goto fail;
	return ND_OK;
fail:
	db_rollback(db);
	return e;
}

enum nd_err reservation_add(struct nd_db *db, long long paragraph, long long person,
			    const char *reason, bool promised)
{
	struct nd_value v = { V_NULL, 0, NULL };
	sqlite3_stmt *st = NULL;
	enum nd_err e;
	if (reason && (e = field_parse(db, &f_reason, reason, &v)))
		return e;
	if ((e = db_begin(db)))
		goto out;
	if ((e = check_serves(db, paragraph, person, "reservera sig")) ||
	    (e = db_prepare(db, "INSERT INTO reservation (paragraph_id, person_id, "
			    "written_promised, reason) VALUES (?1, ?2, ?3, ?4) "
			    "ON CONFLICT (paragraph_id, person_id) DO UPDATE SET "
			    "written_promised = excluded.written_promised, "
			    "reason = coalesce(excluded.reason, reason)", &st)))
		goto fail;
	sqlite3_bind_int64(st, 1, paragraph);
	sqlite3_bind_int64(st, 2, person);
	sqlite3_bind_int(st, 3, promised);
	value_bind(st, 4, &v);
	if ((e = stmt_done(db, st, "spara reservationen")) || (e = db_commit(db)))
		goto fail;
	goto out;
fail:
	db_rollback(db);
out:
	value_clear(&v);
	return e;
}

/* Delete the row matching (paragraph, key) with sql; what for messages. */
static enum nd_err remove_one(struct nd_db *db, long long paragraph, const char *sql,
			      long long key, const char *text, const char *missing)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e;
	if ((e = db_begin(db)))
		return e;
	if ((e = paragraph_check_open(db, paragraph, NULL, NULL)) ||
	    (e = db_prepare(db, sql, &st)))
		goto fail;
	sqlite3_bind_int64(st, 1, paragraph);
	if (text)
		sqlite3_bind_text(st, 2, text, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_int64(st, 2, key);
	if ((e = stmt_done(db, st, "ta bort")))
		goto fail;
	if (sqlite3_changes(db->h) == 0) {
		e = nd_fail(ND_ENOTFOUND, "%s", missing);
		goto fail;
	}
	return db_commit(db);
fail:
	db_rollback(db);
	return e;
}

enum nd_err reservation_remove(struct nd_db *db, long long paragraph, long long person)
{
	return remove_one(db, paragraph, "DELETE FROM reservation WHERE paragraph_id = ?1 "
			  "AND person_id = ?2", person, NULL,
			  "Personen har ingen reservation i paragrafen.");
}

enum nd_err note_add(struct nd_db *db, long long paragraph, long long person,
		     const char *text, long long *id)
{
	struct nd_value v = { V_NULL, 0, NULL };
	sqlite3_stmt *st = NULL;
	enum nd_err e;
	if ((e = field_parse(db, &f_note, text, &v)))
		return e;
	if (v.kind == V_NULL) {
		value_clear(&v);
		return nd_fail(ND_EINVAL, "Fältet \"protokollsanteckning\" måste anges (--text).");
	}
	if ((e = db_begin(db)))
		goto out;
	if ((e = paragraph_check_open(db, paragraph, NULL, NULL)) ||
	    (e = db_prepare(db, "INSERT INTO protocol_note (paragraph_id, person_id, text) "
			    "VALUES (?1, ?2, ?3)", &st)))
		goto fail;
	sqlite3_bind_int64(st, 1, paragraph);
	if (person)
		sqlite3_bind_int64(st, 2, person);
	else
		sqlite3_bind_null(st, 2);
	value_bind(st, 3, &v);
	if ((e = stmt_done(db, st, "spara protokollsanteckningen")))
		goto fail;
	if (id)
		*id = sqlite3_last_insert_rowid(db->h);
	e = db_commit(db);
	goto out;
fail:
	db_rollback(db);
out:
	value_clear(&v);
	return e;
}

enum nd_err note_remove(struct nd_db *db, long long note)
{
	sqlite3_stmt *st = NULL;
	long long paragraph = 0;
	enum nd_err e = db_prepare(db, "SELECT paragraph_id FROM protocol_note WHERE id = ?1",
				   &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, note);
	if (sqlite3_step(st) == SQLITE_ROW)
		paragraph = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (!paragraph)
		return nd_fail(ND_ENOTFOUND, "Det finns ingen protokollsanteckning med id %lld.",
			       note);
	return remove_one(db, paragraph, "DELETE FROM protocol_note WHERE paragraph_id = ?1 "
			  "AND id = ?2", note, NULL, "Protokollsanteckningen finns inte.");
}

enum nd_err recusal_add(struct nd_db *db, long long paragraph, long long person,
			long long replaced_by)
{
	struct nd_sitting s;
	struct nd_serving *serving = NULL;
	sqlite3_stmt *st = NULL;
	size_t n = 0;
	int number = 0;
	long long meeting = 0;
	char name[256], rname[256];
	enum nd_err e;

	if ((e = db_begin(db)))
		return e;
	if ((e = paragraph_check_open(db, paragraph, &meeting, NULL)) ||
	    (e = paragraph_serving(db, paragraph, &s, &serving, &n, &number)))
		goto fail;
	person_name(db, person, name, sizeof name);
	if (!serving_has(serving, n, person)) {
		e = nd_fail(ND_EINVAL, "Jäv: %s tjänstgör inte vid %s (frånvarande, inte "
			    "närvarande vid %s eller utan rösträtt) och kan inte "
			    "anmäla jäv där.", name, PAR(s.items, number),
			    s.items ? "punkten" : "paragrafen");
	} else if (replaced_by) {
		person_name(db, replaced_by, rname, sizeof rname);
		bool present = false;
		for (size_t i = 0; i < s.natt; i++)
			if (s.att[i].person == replaced_by && s.att[i].status == PRES_ERSATTARE &&
			    attendance_covers(&s.att[i], number))
				present = true;
		if (serving_has(serving, n, replaced_by))
			e = nd_fail(ND_EINVAL, "Jäv: %s tjänstgör redan vid %s och kan inte "
				    "också ersätta %s.", rname, PAR(s.items, number), name);
		else if (!sitting_ersattare(&s, replaced_by))
			e = nd_fail(ND_EINVAL, "Jäv: %s är inte ersättare i nämnden och kan inte "
				    "tjänstgöra för %s.", rname, name);
		else if (!present)
			e = nd_fail(ND_EINVAL, "Jäv: %s är inte antecknad som närvarande "
				    "ersättare vid %s och kan inte tjänstgöra för %s där.",
				    rname, PAR(s.items, number), name);
	}
	free(serving);
	sitting_free(&s);
	if (e)
		goto fail;
	if ((e = db_prepare(db, "INSERT INTO recusal (paragraph_id, person_id, replaced_by) "
			    "VALUES (?1, ?2, ?3) ON CONFLICT (paragraph_id, person_id) DO "
			    "UPDATE SET replaced_by = excluded.replaced_by", &st)))
		goto fail;
	sqlite3_bind_int64(st, 1, paragraph);
	sqlite3_bind_int64(st, 2, person);
	if (replaced_by)
		sqlite3_bind_int64(st, 3, replaced_by);
	else
		sqlite3_bind_null(st, 3);
	if ((e = stmt_done(db, st, "spara jävet")) || (e = minutes_check(db, meeting)) ||
	    (e = db_commit(db)))
		goto fail;
	return ND_OK;
fail:
	db_rollback(db);
	return e;
}

enum nd_err recusal_remove(struct nd_db *db, long long paragraph, long long person)
{
	return remove_one(db, paragraph, "DELETE FROM recusal WHERE paragraph_id = ?1 AND "
			  "person_id = ?2", person, NULL,
			  "Inget jäv är antecknat för personen i paragrafen.");
}

enum nd_err recipient_add(struct nd_db *db, long long paragraph, const char *recipient,
			  const char *purpose)
{
	struct nd_value v = { V_NULL, 0, NULL };
	sqlite3_stmt *st = NULL;
	enum nd_err e;
	if (!purpose || (strcmp(purpose, "för vidare hantering") != 0 &&
			 strcmp(purpose, "för kännedom") != 0))
		return nd_fail(ND_EINVAL, "Fältet \"syfte\" kan inte vara \"%s\". Tillåtna "
			       "värden: \"för vidare hantering\", \"för kännedom\".",
			       msgval(purpose ? purpose : ""));
	if ((e = field_parse(db, &f_recipient, recipient, &v)))
		return e;
	if (v.kind == V_NULL) {
		value_clear(&v);
		return nd_fail(ND_EINVAL, "Fältet \"mottagare\" måste anges.");
	}
	if ((e = db_begin(db)))
		goto out;
	if ((e = paragraph_check_open(db, paragraph, NULL, NULL)) ||
	    (e = db_prepare(db, "INSERT INTO paragraph_recipient (paragraph_id, recipient, "
			    "purpose) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING", &st)))
		goto fail;
	sqlite3_bind_int64(st, 1, paragraph);
	value_bind(st, 2, &v);
	sqlite3_bind_text(st, 3, purpose, -1, SQLITE_TRANSIENT);
	if ((e = stmt_done(db, st, "spara expedieringen")) || (e = db_commit(db)))
		goto fail;
	goto out;
fail:
	db_rollback(db);
out:
	value_clear(&v);
	return e;
}

enum nd_err recipient_remove(struct nd_db *db, long long paragraph, const char *recipient)
{
	return remove_one(db, paragraph, "DELETE FROM paragraph_recipient WHERE "
			  "paragraph_id = ?1 AND recipient = ?2", 0, recipient,
			  "Mottagaren finns inte i paragrafens expediering.");
}
