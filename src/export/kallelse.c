/* Kallelse and föredragningslista as document models. */
#include "namnd/meetdoc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/strbuf.h"
#include "meeting_doc.h"

/* Members on the meeting's day, seats in rank order and then as
 * registered, ersättare in their order. ?1 committee, ?2 date. */
#define MEMBERS_SQL \
	"SELECT p.name, p.party, p.organisation, m.role, p.title, p.email, p.phone " \
	"FROM membership m JOIN person p ON p.id = m.person_id " \
	"WHERE m.committee_id = ?1 AND m.valid_from <= ?2 " \
	"AND (m.valid_to IS NULL OR m.valid_to >= ?2) "
#define RANK_ORDER \
	"ORDER BY CASE m.role WHEN 'ordförande' THEN 1 WHEN '1:e vice ordförande' " \
	"THEN 2 WHEN '2:e vice ordförande' THEN 3 ELSE 4 END, m.ersattare_order, m.id"

/* Others invited: the committee's standing invitees, those invited to
 * this meeting, and the people presenting items (not for confidential
 * items in a public kallelse); members and the secretary are named
 * elsewhere. ?1 committee, ?2 date, ?3 meeting, ?4 public. */
static const char others_sql[] =
	"SELECT p.name, NULL, NULL, 'övrig', p.title FROM ("
	"  SELECT m.person_id AS pid, 1000000 + m.id AS k FROM membership m "
	"   WHERE m.committee_id = ?1 AND m.role = 'övrig' AND m.valid_from <= ?2 "
	"     AND (m.valid_to IS NULL OR m.valid_to >= ?2) "
	"  UNION ALL SELECT a.person_id, 2000000 + a.id FROM attendance a "
	"   WHERE a.meeting_id = ?3 AND a.status = 'övrig' "
	"  UNION ALL SELECT i.presenter_id, 3000000 + i.position FROM agenda_item i "
	"   LEFT JOIN cases c ON c.id = i.case_id WHERE i.meeting_id = ?3 "
	"     AND i.presenter_id IS NOT NULL "
	"     AND NOT (?4 AND (i.confidential = 1 OR coalesce(c.confidential, 0) = 1))"
	") x JOIN person p ON p.id = x.pid "
	"WHERE x.pid NOT IN (SELECT m.person_id FROM membership m WHERE m.committee_id = ?1 "
	"  AND m.role <> 'övrig' AND m.valid_from <= ?2 "
	"  AND (m.valid_to IS NULL OR m.valid_to >= ?2)) "
	"GROUP BY p.id ORDER BY min(x.k)";

static void bind_meeting(sqlite3_stmt *st, const struct meeting_info *mi)
{
	sqlite3_bind_int64(st, 1, mi->committee_id);
	sqlite3_bind_text(st, 2, mi->date_iso, -1, SQLITE_TRANSIENT);
}

static const char *col(sqlite3_stmt *st, int i)
{
	return (const char *)sqlite3_column_text(st, i);
}

/* "Karin Åberg (S), ordförande"; an organisation instead of a party in
 * a samverkansråd: "Anna Berg, Region Norrdalen"; others with their
 * title: "Eva Holm, förvaltningschef". */
static void member_line(sqlite3_stmt *st, bool with_role, struct strbuf *b)
{
	const char *party = col(st, 1), *org = col(st, 2), *role = col(st, 3);
	strbuf_add(b, col(st, 0));
	if (strcmp(role, "övrig") == 0) {
		if (col(st, 4))
			strbuf_printf(b, ", %s", col(st, 4));
		return;
	}
	if (party)
		strbuf_printf(b, " (%s)", party);
	else if (org)
		strbuf_printf(b, ", %s", org);
	if (with_role && strcmp(role, "ledamot") != 0)
		strbuf_printf(b, ", %s", role);
}

/* One fields row per person that sql (MEMBERS_SQL's columns) finds, the
 * first with label. public_only is bound to ?4 when sql uses it. */
static enum nd_err people_rows(struct nd_db *db, struct nd_doc *doc,
			       const struct meeting_info *mi, const char *sql,
			       const char *label, bool with_role, bool public_only)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db, sql, &st);
	struct strbuf line = { 0 };
	if (e)
		return e;
	bind_meeting(st, mi);
	if (sqlite3_bind_parameter_count(st) >= 4) {
		sqlite3_bind_int64(st, 3, mi->id);
		sqlite3_bind_int(st, 4, public_only);
	}
	for (int n = 0; sqlite3_step(st) == SQLITE_ROW; n++) {
		member_line(st, with_role, &line);
		doc_field(doc, n == 0 ? label : NULL, strbuf_str(&line));
		if (line.oom)
			e = nd_fail(ND_ENOMEM, "Slut på minne.");
		strbuf_free(&line);
	}
	sqlite3_finalize(st);
	return e;
}

/* "Förhinder anmäls till Maria Nord, nämndsekreterare, e-post, telefon
 * 0123-456 78. Ersättare kallas då i tur." and the ordförande's name. */
static enum nd_err notice_and_chair(struct nd_db *db, struct nd_doc *doc,
				    const struct meeting_info *mi)
{
	sqlite3_stmt *st = NULL;
	struct strbuf line = { 0 }, chair = { 0 };
	enum nd_err e = db_prepare(db, MEMBERS_SQL "AND m.role = 'sekreterare' "
				   "ORDER BY m.id LIMIT 1", &st);
	if (e)
		return e;
	bind_meeting(st, mi);
	if (sqlite3_step(st) == SQLITE_ROW) {
		strbuf_printf(&line, "Förhinder anmäls till %s", col(st, 0));
		for (int i = 4; i <= 6; i++)
			if (col(st, i))
				strbuf_printf(&line, ", %s%s", i == 6 ? "telefon " : "", col(st, i));
		strbuf_add(&line, ". Ersättare kallas då i tur.");
	} else {
		strbuf_add(&line, "Förhinder anmäls till nämndsekreteraren. "
			   "Ersättare kallas då i tur.");
	}
	sqlite3_finalize(st);
	doc_para(doc, strbuf_str(&line));
	e = line.oom ? nd_fail(ND_ENOMEM, "Slut på minne.") : ND_OK;
	strbuf_free(&line);
	if (e)
		return e;
	if (mi->notes && *mi->notes)
		doc_para(doc, mi->notes);
	if ((e = db_prepare(db, MEMBERS_SQL "AND m.role = 'ordförande' ORDER BY m.id LIMIT 1",
			    &st)))
		return e;
	bind_meeting(st, mi);
	if (sqlite3_step(st) == SQLITE_ROW)
		strbuf_printf(&chair, "%s\nOrdförande", col(st, 0));
	sqlite3_finalize(st);
	if (chair.len)
		doc_para(doc, strbuf_str(&chair));
	e = chair.oom ? nd_fail(ND_ENOMEM, "Slut på minne.") : ND_OK;
	strbuf_free(&chair);
	return e;
}

static enum nd_err kallelse_body(struct nd_db *db, struct nd_doc *doc,
				 const struct meeting_info *mi, const struct doc_opts *opts)
{
	char when[80];
	enum nd_err e;
	meeting_when(mi, when, sizeof when);
	doc_fields_begin(doc, 0);
	doc_field(doc, "Tid", when);
	if (mi->place)
		doc_field(doc, "Plats", mi->place);
	doc_fields_begin(doc, 0);
	if ((e = people_rows(db, doc, mi, MEMBERS_SQL "AND m.role IN ('ordförande', "
			     "'1:e vice ordförande', '2:e vice ordförande', 'ledamot') "
			     RANK_ORDER, "Ledamöter", true, false)) ||
	    (e = people_rows(db, doc, mi, MEMBERS_SQL "AND m.role = 'ersättare' " RANK_ORDER,
			     "Ersättare", false, false)) ||
	    (e = people_rows(db, doc, mi, others_sql, "Övriga", false,
			     opts && opts->public_only)) ||
	    (e = notice_and_chair(db, doc, mi)))
		return e;
	doc_heading(doc, "FÖREDRAGNINGSLISTA");
	return meeting_doc_agenda(db, doc, mi, opts);
}

enum nd_err kallelse_build(struct nd_db *db, long long meeting, const struct doc_opts *opts,
			   struct nd_doc **out)
{
	return meeting_doc_build(db, meeting, opts, "Kallelse", "KALLELSE", kallelse_body, out);
}

enum nd_err agenda_doc_build(struct nd_db *db, long long meeting, const struct doc_opts *opts,
			     struct nd_doc **out)
{
	return meeting_doc_build(db, meeting, opts, "Föredragningslista", "FÖREDRAGNINGSLISTA",
				 meeting_doc_agenda, out);
}
