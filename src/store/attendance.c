/* Recording attendance by paragraph range, and the ersättare proposal. */
#include "namnd/attendance.h"
#include "namnd/meetstate.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "namnd/minutes.h"
#include "namnd/paragraph.h"
#include "namnd/parnum.h"
#include "namnd/protocol.h"
#include "namnd/sitting.h"
#include "namnd/strbuf.h"
#include "namnd/vacancy.h"
#include "util.h"

enum nd_err meeting_check_open(struct nd_db *db, long long meeting)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db, "SELECT m.justerad_on, m.date, c.code FROM meeting m "
				   "JOIN committee c ON c.id = m.committee_id WHERE m.id = ?1",
				   &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, meeting);
	if (sqlite3_step(st) != SQLITE_ROW)
		e = nd_fail(ND_ENOTFOUND, "Det finns inget sammanträde med id %lld.", meeting);
	else if (sqlite3_column_type(st, 0) != SQLITE_NULL)
		e = nd_fail(ND_ELOCKED, "Protokollet för %s %s är justerat %s och kan inte "
			    "ändras. En rättelse görs som en ny, daterad rättelse "
			    "('namnd rattelse add').", sqlite3_column_text(st, 2),
			    sqlite3_column_text(st, 1), sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return e;
}

static void bind_to(sqlite3_stmt *st, int i, int to)
{
	if (to == 0 || to == INT_MAX)
		sqlite3_bind_null(st, i);
	else
		sqlite3_bind_int(st, i, to);
}

static enum nd_err row_update(struct nd_db *db, long long id, int from, int to)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db, "UPDATE attendance SET from_paragraph = ?2, "
				   "to_paragraph = ?3 WHERE id = ?1", &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int(st, 2, from);
	bind_to(st, 3, to);
	return stmt_done(db, st, "ändra närvaron");
}

static enum nd_err row_insert(struct nd_db *db, long long meeting, long long person,
			      const char *status, long long replaces, int from, int to)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db, "INSERT INTO attendance (meeting_id, person_id, status, "
				   "replaces_id, from_paragraph, to_paragraph) "
				   "VALUES (?1, ?2, ?3, ?4, ?5, ?6)", &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, meeting);
	sqlite3_bind_int64(st, 2, person);
	sqlite3_bind_text(st, 3, status, -1, SQLITE_TRANSIENT);
	if (replaces)
		sqlite3_bind_int64(st, 4, replaces);
	else
		sqlite3_bind_null(st, 4);
	sqlite3_bind_int(st, 5, from);
	bind_to(st, 6, to);
	return stmt_done(db, st, "anteckna närvaron");
}

static enum nd_err row_delete(struct nd_db *db, long long id)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db, "DELETE FROM attendance WHERE id = ?1", &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, id);
	return stmt_done(db, st, "ändra närvaron");
}

/* Cut the person's rows around a..b (b = INT_MAX: to the end). Updates
 * rather than re-inserts, so a row that also covers an omedelbart
 * justerad paragraph keeps it. */
static enum nd_err cut_around(struct nd_db *db, long long meeting, long long person,
			      int a, int b)
{
	struct { long long id; char status[32]; long long replaces; int from, to; } rows[64];
	sqlite3_stmt *st = NULL;
	int n = 0;
	enum nd_err e = db_prepare(db, "SELECT id, status, coalesce(replaces_id, 0), "
				   "from_paragraph, coalesce(to_paragraph, 0) FROM attendance "
				   "WHERE meeting_id = ?1 AND person_id = ?2 ORDER BY id", &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, meeting);
	sqlite3_bind_int64(st, 2, person);
	while (n < 64 && sqlite3_step(st) == SQLITE_ROW) {
		rows[n].id = sqlite3_column_int64(st, 0);
		snprintf(rows[n].status, sizeof rows[n].status, "%s", sqlite3_column_text(st, 1));
		rows[n].replaces = sqlite3_column_int64(st, 2);
		rows[n].from = sqlite3_column_int(st, 3);
		rows[n].to = sqlite3_column_int(st, 4) == 0 ? INT_MAX : sqlite3_column_int(st, 4);
		n++;
	}
	sqlite3_finalize(st);
	for (int i = 0; i < n && !e; i++) {
		int f = rows[i].from, t = rows[i].to;
		if (t < a || f > b)
			continue;
		/* Paragraph numbers start at 1: a part ending before § 1 is empty. */
		bool left = f < a && a - 1 >= 1, right = t > b;
		if (left && right) {
			if (!(e = row_update(db, rows[i].id, f, a - 1)))
				e = row_insert(db, meeting, person, rows[i].status,
					       rows[i].replaces, b + 1, t);
		} else if (left) {
			e = row_update(db, rows[i].id, f, a - 1);
		} else if (right) {
			e = row_update(db, rows[i].id, b + 1, t);
		} else {
			e = row_delete(db, rows[i].id);
		}
	}
	return e;
}

/* An ersättare already serving for another ledamot over part of a..b is
 * not silently moved: serving for two is refused, naming both. */
static enum nd_err check_not_serving_other(struct nd_db *db, long long meeting,
					   long long person, long long replaces, int a, int b)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db, "SELECT p.name, o.name, n.name, max(x.from_paragraph, ?4) "
				   "FROM attendance x JOIN person p ON p.id = x.person_id "
				   "JOIN person o ON o.id = x.replaces_id, person n "
				   "WHERE n.id = ?3 AND x.meeting_id = ?1 AND x.person_id = ?2 "
				   "AND x.status = 'tjänstgörande ersättare' AND x.replaces_id <> ?3 "
				   "AND x.from_paragraph <= ?5 AND (x.to_paragraph IS NULL OR "
				   "x.to_paragraph >= ?4) LIMIT 1", &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, meeting);
	sqlite3_bind_int64(st, 2, person);
	sqlite3_bind_int64(st, 3, replaces);
	sqlite3_bind_int(st, 4, a);
	sqlite3_bind_int(st, 5, b);
	if (sqlite3_step(st) == SQLITE_ROW) {
		int at = sqlite3_column_int(st, 3);
		char where[64];
		if (at > 0)
			snprintf(where, sizeof where, "vid %s",
				 PAR(paragraph_items(db, meeting), at));
		else
			snprintf(where, sizeof where, "från början av sammanträdet");
		e = nd_fail(ND_EINVAL, "%s kan inte tjänstgöra för både %s och %s (%s); "
			    "ändra först var %s tjänstgör för %s.", sqlite3_column_text(st, 0),
			    sqlite3_column_text(st, 1), sqlite3_column_text(st, 2), where,
			    sqlite3_column_text(st, 0), sqlite3_column_text(st, 1));
	}
	sqlite3_finalize(st);
	return e;
}

/* Adjacent rows of one person in the same role become one row. */
static enum nd_err merge_adjacent(struct nd_db *db, long long meeting, long long person)
{
	struct { long long id, replaces; char status[32]; int from, to; } r[64];
	sqlite3_stmt *st = NULL;
	int n = 0;
	enum nd_err e = db_prepare(db, "SELECT id, status, coalesce(replaces_id, 0), "
				   "from_paragraph, coalesce(to_paragraph, 0) FROM attendance "
				   "WHERE meeting_id = ?1 AND person_id = ?2 ORDER BY from_paragraph",
				   &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, meeting);
	sqlite3_bind_int64(st, 2, person);
	while (n < 64 && sqlite3_step(st) == SQLITE_ROW) {
		r[n].id = sqlite3_column_int64(st, 0);
		snprintf(r[n].status, sizeof r[n].status, "%s", sqlite3_column_text(st, 1));
		r[n].replaces = sqlite3_column_int64(st, 2);
		r[n].from = sqlite3_column_int(st, 3);
		r[n].to = sqlite3_column_int(st, 4);
		n++;
	}
	sqlite3_finalize(st);
	for (int i = 0; i + 1 < n && !e; i++) {
		if (r[i].to == 0 || r[i].to + 1 != r[i + 1].from || r[i].replaces != r[i + 1].replaces ||
		    strcmp(r[i].status, r[i + 1].status) != 0)
			continue;
		if (!(e = row_delete(db, r[i + 1].id)))
			e = row_update(db, r[i].id, r[i].from, r[i + 1].to);
		int to = r[i + 1].to;
		r[i + 1] = r[i];
		r[i + 1].to = to;
	}
	return e;
}

/* A ledamot present over a..b takes the seat back: an ersättare serving
 * for them there stays as a present ersättare without vote (LAW.md:
 * a ledamot who arrives late may take over from the ersättare). */
static enum nd_err take_over(struct nd_db *db, long long meeting, long long ledamot,
			     int a, int b)
{
	struct { long long person; int lo, hi; } rows[16];
	sqlite3_stmt *st = NULL;
	int n = 0;
	enum nd_err e = db_prepare(db, "SELECT person_id, from_paragraph, coalesce(to_paragraph, "
				   "0) FROM attendance WHERE meeting_id = ?1 AND status = "
				   "'tjänstgörande ersättare' AND replaces_id = ?2", &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, meeting);
	sqlite3_bind_int64(st, 2, ledamot);
	while (n < 16 && sqlite3_step(st) == SQLITE_ROW) {
		int f = sqlite3_column_int(st, 1), t = sqlite3_column_int(st, 2);
		if (t == 0)
			t = INT_MAX;
		int lo = f > a ? f : a, hi = t < b ? t : b;
		if (lo > hi)
			continue;
		rows[n].person = sqlite3_column_int64(st, 0);
		rows[n].lo = lo;
		rows[n].hi = hi;
		n++;
	}
	sqlite3_finalize(st);
	for (int i = 0; i < n && !e; i++)
		if (!(e = cut_around(db, meeting, rows[i].person, rows[i].lo, rows[i].hi)))
			e = row_insert(db, meeting, rows[i].person, "närvarande ersättare", 0,
				       rows[i].lo, rows[i].hi == INT_MAX ? 0 : rows[i].hi);
	return e;
}

/* The meeting's attendance as a whole, and what depends on it. */
static enum nd_err check_meeting(struct nd_db *db, long long meeting)
{
	struct nd_sitting s;
	enum nd_err e = sitting_load(db, meeting, &s);
	if (e)
		return e;
	e = attendance_check(s.seats, s.nseats, s.att, s.natt, s.items);
	for (size_t i = 0; i < s.natt && !e; i++) {
		const struct nd_attendance *a = &s.att[i];
		if (a->status == PRES_ABSENT && !sitting_seat(&s, a->person) &&
		    !sitting_ersattare(&s, a->person))
			e = nd_fail(ND_EINVAL, "%s är varken ledamot eller ersättare i nämnden "
				    "den %s och kan inte antecknas som \"frånvarande\"; en "
				    "tjänsteperson antecknas som \"övrig\".", a->name, s.date);
		else if ((a->status == PRES_SERVING || a->status == PRES_ERSATTARE) &&
			 !sitting_ersattare(&s, a->person))
			e = nd_fail(ND_EINVAL, "%s är inte ersättare i nämnden den %s och kan "
				    "inte antecknas som \"%s\"; en tjänsteperson antecknas "
				    "som \"övrig\".", a->name, s.date, presence_name(a->status));
	}
	sitting_free(&s);
	return e ? e : minutes_check(db, meeting);
}

enum nd_err attendance_set(struct nd_db *db, long long meeting, long long person,
			   enum nd_presence status, long long replaces, int from, int to)
{
	enum nd_err e;
	if (from < 0 || to < 0 || (to != 0 && to < from))
		return nd_fail(ND_EINVAL, "Fältet \"till paragraf\": %s ligger före "
			       "\"från paragraf\" %s.", PAR(paragraph_items(db, meeting), to),
			       PAR(paragraph_items(db, meeting), from));
	if (status == PRES_SERVING && !replaces)
		return nd_hint(nd_fail(ND_EINVAL, "En tjänstgörande ersättare tjänstgör för "
				       "en ledamot: ange vem."), "(--for)");
	if (status != PRES_SERVING && replaces)
		return nd_fail(ND_EINVAL, "Bara en tjänstgörande ersättare tjänstgör för "
			       "någon; status \"%s\" tar inget --for.", presence_name(status));
	char seat[48];
	if (vacancy_is(db, person, seat, sizeof seat))
		return nd_hint(nd_fail(ND_EINVAL, "%s är en vakant plats: ingen sitter på den, "
				       "och närvaro antecknas inte för den.", seat),
			       "En ersättare kan tjänstgöra på platsen: namnd attendance set "
			       "SAMMANTRÄDE ERSÄTTARE tjänstgörande --for \"%s\".", seat);
	if ((e = db_begin(db)))
		return e;
	if ((e = meeting_check_open(db, meeting)) ||
	    (status == PRES_SERVING &&
	     (e = check_not_serving_other(db, meeting, person, replaces, from,
					  to == 0 ? INT_MAX : to))) ||
	    (e = cut_around(db, meeting, person, from, to == 0 ? INT_MAX : to)) ||
	    (status == PRES_PRESENT &&
	     (e = take_over(db, meeting, person, from, to == 0 ? INT_MAX : to))) ||
	    (e = row_insert(db, meeting, person, presence_name(status), replaces, from, to)) ||
	    (e = merge_adjacent(db, meeting, person)) ||
	    (e = check_meeting(db, meeting)) ||
	    (e = meeting_status_from_attendance(db, meeting)) || (e = db_commit(db)))
		goto fail;
	return ND_OK;
fail:
	db_rollback(db);
	return e;
}

enum nd_err attendance_remove(struct nd_db *db, long long meeting, long long person)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e;
	if ((e = db_begin(db)))
		return e;
	if ((e = meeting_check_open(db, meeting)) ||
	    (e = db_prepare(db, "DELETE FROM attendance WHERE meeting_id = ?1 AND "
			    "person_id = ?2", &st)))
		goto fail;
	sqlite3_bind_int64(st, 1, meeting);
	sqlite3_bind_int64(st, 2, person);
	if ((e = stmt_done(db, st, "ta bort närvaron")))
		goto fail;
	if (sqlite3_changes(db->h) == 0) {
		e = nd_fail(ND_ENOTFOUND, "Ingen närvaro är antecknad för person %lld vid "
			    "sammanträdet.", person);
		goto fail;
	}
	if ((e = check_meeting(db, meeting)) ||
	    (e = meeting_status_from_attendance(db, meeting)) || (e = db_commit(db)))
		goto fail;
	return ND_OK;
fail:
	db_rollback(db);
	return e;
}

enum nd_err attendance_propose(struct nd_db *db, long long meeting, long long ledamot,
			       int from, int to, long long *ersattare)
{
	struct nd_sitting s;
	enum nd_err e = sitting_load(db, meeting, &s);
	*ersattare = 0;
	if (e)
		return e;
	const struct nd_seat *seat = sitting_seat(&s, ledamot);
	if (!seat) {
		e = nd_fail(ND_EINVAL, "Person %lld är inte ledamot i nämnden den %s; "
			    "ersättare kallas bara in för ledamöter.", ledamot, s.date);
	} else {
		int i = ersattare_propose(seat->party, from, to, s.ersattare, s.nersattare,
					  s.att, s.natt);
		if (i >= 0)
			*ersattare = s.ersattare[i].person;
	}
	sitting_free(&s);
	return e;
}

/* The rank of a role in the body (1 ordförande … 7 övrig), 0: none. */
static int role_rank(const char *role)
{
	static const char *const roles[] = {
		"ordförande", "1:e vice ordförande", "2:e vice ordförande", "ledamot",
		"ersättare", "sekreterare", "övrig",
	};
	for (size_t i = 0; role && i < sizeof roles / sizeof *roles; i++)
		if (strcmp(role, roles[i]) == 0)
			return (int)i + 1;
	return 0;
}

/* s as a JSON string (NULL: null) onto out. */
static void json_text(struct strbuf *out, const char *s)
{
	if (!s) {
		strbuf_add(out, "null");
		return;
	}
	strbuf_add(out, "\"");
	for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
		if (*c == '"' || *c == '\\')
			strbuf_printf(out, "\\%c", *c);
		else if (*c < 0x20)
			strbuf_printf(out, "\\u%04x", *c);
		else
			strbuf_addn(out, (const char *)c, 1);
	}
	strbuf_add(out, "\"");
}

static bool record_vacant(const struct nd_protocol *p, long long id)
{
	for (size_t i = 0; i < p->nvacant; i++)
		if (p->vacant[i].who.id == id)
			return true;
	return false;
}

/* One row of the list as a JSON array: person, name, party, title,
 * status, replaced name and party, from, to, rank, vacant, replaced. */
static void record_row(struct strbuf *out, const struct nd_protocol *p,
		       const struct nd_pperson *who, const char *status,
		       const struct nd_pperson *replaces, int from, int to, int rank)
{
	strbuf_printf(out, "%s[%lld,", out->len > 1 ? "," : "", who->id);
	json_text(out, who->name);
	strbuf_add(out, ",");
	json_text(out, who->party);
	strbuf_add(out, ",");
	json_text(out, who->title);
	strbuf_add(out, ",");
	json_text(out, status);
	strbuf_add(out, ",");
	json_text(out, replaces && replaces->id ? replaces->name : NULL);
	strbuf_add(out, ",");
	json_text(out, replaces && replaces->id ? replaces->party : NULL);
	strbuf_printf(out, ",%d,%d,", from, to);
	if (rank)
		strbuf_printf(out, "%d", rank);
	else
		strbuf_add(out, "null");
	strbuf_printf(out, ",%d,%lld]", record_vacant(p, who->id) ? 1 : 0,
		      replaces ? replaces->id : 0);
}

/* For a justerat meeting, its list as its record keeps it (hostile19
 * F1, F2): who was recorded with name, party, role and status as at
 * justering, and the seats nobody recorded. Neither a later edit of a
 * person nor an attendance row changed behind the locks reaches it.
 * For a meeting not justerat whose paragraph was justerad omedelbart,
 * the names and parties of that record (people as on the meeting's
 * day) in people: [[person, name, party, title], ...]. Both stay empty
 * when there is no record. */
static enum nd_err recorded_rows(struct nd_db *db, long long meeting, struct strbuf *rows,
				 struct strbuf *people)
{
	struct nd_protocol *p = NULL;
	sqlite3_stmt *st = NULL;
	int number = -1;
	enum nd_err e = db_prepare(db, "SELECT r.number FROM protocol_record r JOIN meeting m "
				   "ON m.id = r.meeting_id WHERE r.meeting_id = ?1 AND "
				   "(r.number = 0) = (m.justerad_on IS NOT NULL) AND (r.number = 0 "
				   "OR EXISTS (SELECT 1 FROM paragraph g WHERE g.meeting_id = ?1 AND "
				   "g.number = r.number AND g.justerad_on IS NOT NULL)) "
				   "ORDER BY r.number LIMIT 1", &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, meeting);
	if (sqlite3_step(st) == SQLITE_ROW)
		number = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	if (number < 0)
		return ND_OK;
	if ((e = protocol_record_get(db, meeting, number, &p)) || !p)
		return e;
	if (number == 0) {
		strbuf_add(rows, "[");
		for (size_t i = 0; i < p->natt; i++)
			record_row(rows, p, &p->att[i].who, presence_name(p->att[i].status),
				   &p->att[i].replaces, p->att[i].from, p->att[i].to,
				   role_rank(p->att[i].role));
		for (size_t i = 0; i < p->nseats; i++) {
			bool recorded = false;
			for (size_t j = 0; j < p->natt && !recorded; j++)
				recorded = p->att[j].who.id == p->seats[i].id;
			if (!recorded)
				record_row(rows, p, &p->seats[i], NULL, NULL, 0, 0, 4);
		}
		strbuf_add(rows, "]");
	} else {
		strbuf_add(people, "[");
		for (size_t i = 0; i < p->natt + p->nseats; i++) {
			const struct nd_pperson *w = i < p->natt ? &p->att[i].who :
						     &p->seats[i - p->natt];
			strbuf_printf(people, "%s[%lld,", people->len > 1 ? "," : "", w->id);
			json_text(people, w->name);
			strbuf_add(people, ",");
			json_text(people, w->party);
			strbuf_add(people, ",");
			json_text(people, w->title);
			strbuf_add(people, "]");
		}
		strbuf_add(people, "]");
	}
	protocol_free(p);
	if (rows->oom || people->oom)
		return nd_fail(ND_ENOMEM, "Slut på minne.");
	return ND_OK;
}

/* A vacant seat's uppdrag when the body has another of the same party
 * that day: "Vakant (M) uppdrag 60" tells them apart. */
#define SEAT_UPPDRAG(t, party) \
	"(SELECT m.id FROM membership m, mt WHERE m.person_id = " t ".id AND " t ".vacant = 1 " \
	"AND m.committee_id = mt.c AND (SELECT count(*) FROM membership o JOIN person v " \
	"ON v.id = o.person_id WHERE o.committee_id = mt.c AND v.vacant = 1 AND " \
	"v.party IS " party " AND o.valid_from <= mt.d AND (o.valid_to IS NULL OR " \
	"o.valid_to >= mt.d)) > 1)"
#define ROLE_NAME(rank) "CASE " rank " WHEN 1 THEN 'ordförande' WHEN 2 THEN " \
	"'1:e vice ordförande' WHEN 3 THEN '2:e vice ordförande' WHEN 4 THEN 'ledamot' " \
	"WHEN 5 THEN 'ersättare' WHEN 6 THEN 'sekreterare' WHEN 7 THEN 'övrig' END"

enum nd_err attendance_list(struct nd_db *db, long long meeting, nd_row_fn fn, void *ctx)
{
	sqlite3_stmt *st = NULL;
	struct strbuf rows = { 0 }, people = { 0 };
	enum nd_err e = recorded_rows(db, meeting, &rows, &people);
	if (e)
		goto out;
	if (rows.len) {
		e = db_prepare(db,
			"WITH mt AS (SELECT committee_id AS c, date AS d FROM meeting WHERE id = ?1), "
			"x AS (SELECT json_extract(j.value, '$[0]') AS id, "
			"  json_extract(j.value, '$[1]') AS name, json_extract(j.value, '$[2]') AS party, "
			"  json_extract(j.value, '$[3]') AS title, json_extract(j.value, '$[4]') AS status, "
			"  json_extract(j.value, '$[5]') AS rname, json_extract(j.value, '$[6]') AS rparty, "
			"  json_extract(j.value, '$[7]') AS f, json_extract(j.value, '$[8]') AS t, "
			"  json_extract(j.value, '$[9]') AS rank, json_extract(j.value, '$[10]') AS vacant, "
			"  json_extract(j.value, '$[11]') AS rid FROM json_each(?2) j) "
			"SELECT x.id, x.name, x.party, x.title, x.status, x.rname, x.rparty, x.f, x.t, "
			ROLE_NAME("x.rank") ", x.vacant, " SEAT_UPPDRAG("p", "x.party") ", "
			SEAT_UPPDRAG("q", "x.rparty") " FROM x LEFT JOIN person p ON p.id = x.id "
			"LEFT JOIN person q ON q.id = x.rid "
			"ORDER BY coalesce(x.rank, 8), x.name COLLATE sv, x.id, x.f", &st);
		if (!e) {
			sqlite3_bind_int64(st, 1, meeting);
			sqlite3_bind_text(st, 2, rows.s, (int)rows.len, SQLITE_TRANSIENT);
		}
	} else {
		/* ?2: the names and parties kept by an omedelbart justerad
		 * paragraph's record, else NULL: the persons' own. */
		e = db_prepare(db,
			"WITH mt AS (SELECT committee_id AS c, date AS d FROM meeting WHERE id = ?1), "
			"kept AS (SELECT json_extract(j.value, '$[0]') AS id, "
			"  min(json_extract(j.value, '$[1]')) AS name, "
			"  min(json_extract(j.value, '$[2]')) AS party, "
			"  min(json_extract(j.value, '$[3]')) AS title FROM json_each(?2) j GROUP BY 1), "
			"roles AS (SELECT m.person_id AS person, min(CASE m.role "
			"  WHEN 'ordförande' THEN 1 WHEN '1:e vice ordförande' THEN 2 "
			"  WHEN '2:e vice ordförande' THEN 3 WHEN 'ledamot' THEN 4 "
			"  WHEN 'ersättare' THEN 5 WHEN 'sekreterare' THEN 6 ELSE 7 END) AS rank "
			"  FROM membership m, mt WHERE m.committee_id = mt.c AND "
			"  m.valid_from <= mt.d AND (m.valid_to IS NULL OR m.valid_to >= mt.d) "
			"  GROUP BY m.person_id), "
			"rows AS ("
			"  SELECT a.person_id AS person, a.status, a.replaces_id AS replaces, "
			"  a.from_paragraph AS f, a.to_paragraph AS t FROM attendance a "
			"  WHERE a.meeting_id = ?1 "
			"  UNION ALL SELECT r.person, NULL, NULL, NULL, NULL FROM roles r "
			"  WHERE r.rank <= 5 AND NOT EXISTS (SELECT 1 FROM attendance a "
			"  WHERE a.meeting_id = ?1 AND a.person_id = r.person)) "
			"SELECT p.id, coalesce(kp.name, p.name) AS name, "
			"  CASE WHEN kp.id IS NULL THEN p.party ELSE kp.party END AS party, "
			"  CASE WHEN kp.id IS NULL THEN p.title ELSE kp.title END, x.status, "
			"  coalesce(kq.name, q.name), CASE WHEN kq.id IS NULL THEN q.party ELSE "
			"  kq.party END, x.f, x.t, " ROLE_NAME("r.rank") ", p.vacant, "
			SEAT_UPPDRAG("p", "p.party") ", " SEAT_UPPDRAG("q", "q.party") " "
			"FROM rows x JOIN person p ON p.id = x.person "
			"LEFT JOIN person q ON q.id = x.replaces "
			"LEFT JOIN roles r ON r.person = x.person "
			"LEFT JOIN kept kp ON kp.id = p.id LEFT JOIN kept kq ON kq.id = q.id "
			"ORDER BY coalesce(r.rank, 8), name COLLATE sv, p.id, x.f", &st);
		if (!e) {
			sqlite3_bind_int64(st, 1, meeting);
			if (people.len)
				sqlite3_bind_text(st, 2, people.s, (int)people.len, SQLITE_TRANSIENT);
		}
	}
	if (!e)
		e = db_rows(db, st, fn, ctx, NULL, "läsa närvaron");
out:
	strbuf_free(&rows);
	strbuf_free(&people);
	return e;
}
