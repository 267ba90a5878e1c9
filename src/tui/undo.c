/* Undo (u): the changes made in this session, newest first, taken back
 * from the audit log. Every action the UI runs that writes leaves its
 * rows in audit_log (old and new values of each row, written by the
 * schema's triggers); the session journal keeps, per action, the range
 * of audit rows it made and what the message line said. Undoing one
 * applies the reverse of those rows, newest first, in one transaction:
 * an insert is deleted, an update gets its old values back, a delete is
 * inserted again. Each reverse must hit exactly the row the audit log
 * describes, so a row changed since (by anyone) stops the undo with
 * nothing changed, and the store's own locks refuse whatever a
 * justering has closed. A justering, an anslag, a rättelse, a sent
 * kallelse and anything beyond the meeting's records are a wall: undo
 * stops there (lazygit's undo and VisiData's command log are the
 * models). */
#include "tui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/strbuf.h"

struct undo_step {
	long long from, to; /* audit rows (from, to] */
	char what[1024];
	bool wall;          /* cannot be undone, nor anything before it */
};

struct undo_range {
	long long from, to;
};

static struct undo_step *steps;
static int nsteps, capsteps;
/* Every audit row this session made (its actions and its undos), to
 * tell them from another program's writes. */
static struct undo_range *ranges;
static int nranges, capranges;

/* The tables whose rows a meeting's work changes: agenda, attendance,
 * the protokoll's records and texts, and what they refer to. */
static const char *const undoable[] = {
	"agenda_item", "attendance", "motion", "vote", "reservation", "protocol_note",
	"recusal", "paragraph", "justerare", "meeting", "review_override", "case_document",
	"case_recipient", "paragraph_recipient", "case_section", "cases", "membership",
	"person", NULL,
};

static bool is_undoable(const char *tbl)
{
	for (const char *const *u = undoable; *u; u++)
		if (strcmp(*u, tbl) == 0)
			return true;
	return false;
}

long long undo_mark(struct tui *t)
{
	sqlite3_stmt *st = NULL;
	long long id = 0;
	if (db_prepare(t->db, "SELECT id FROM audit_log ORDER BY id DESC LIMIT 1", &st) == ND_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		id = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	nd_errclear();
	return id;
}

static void add_range(long long from, long long to)
{
	if (nranges == capranges) {
		int nc = capranges ? capranges * 2 : 32;
		struct undo_range *r = realloc(ranges, (size_t)nc * sizeof *r);
		if (!r)
			return;
		ranges = r;
		capranges = nc;
	}
	ranges[nranges].from = from;
	ranges[nranges++].to = to;
}

/* Whether the step's rows touch only the meeting's tables. */
static bool only_undoable(struct tui *t, long long from, long long to)
{
	sqlite3_stmt *st = NULL;
	bool ok = true;
	if (db_prepare(t->db, "SELECT tbl FROM audit_log WHERE id > ?1 AND id <= ?2 ORDER BY id",
		       &st) != ND_OK) {
		nd_errclear();
		return false;
	}
	sqlite3_bind_int64(st, 1, from);
	sqlite3_bind_int64(st, 2, to);
	while (ok && sqlite3_step(st) == SQLITE_ROW)
		ok = is_undoable((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return ok;
}

void undo_record(struct tui *t, long long from, long long to, enum tui_action a,
		 const char *screen)
{
	struct undo_step *s;
	if (to <= from)
		return;
	add_range(from, to);
	if (nsteps == capsteps) {
		int nc = capsteps ? capsteps * 2 : 32;
		struct undo_step *n = realloc(steps, (size_t)nc * sizeof *n);
		if (!n)
			return;
		steps = n;
		capsteps = nc;
	}
	s = &steps[nsteps++];
	s->from = from;
	s->to = to;
	s->wall = a == ACT_JUSTERA || a == ACT_ANSLAG || a == ACT_RATTELSE || a == ACT_SENT ||
		  a == ACT_EXPORT || !only_undoable(t, from, to);
	/* What the action said it did, else its name on the screen. */
	if (t->msg[0] && !t->msg_err)
		snprintf(s->what, sizeof s->what, "%s", t->msg);
	else
		snprintf(s->what, sizeof s->what, "%.100s (%.200s)", action_label(a), screen);
}

void undo_free(void)
{
	free(steps);
	free(ranges);
	steps = NULL;
	ranges = NULL;
	nsteps = capsteps = nranges = capranges = 0;
}

/* Audit rows after from that this session did not make: another
 * program wrote since. */
static bool others_wrote(struct tui *t, long long from)
{
	sqlite3_stmt *st = NULL;
	long long all = 0, ours = 0;
	if (db_prepare(t->db, "SELECT count(*) FROM audit_log WHERE id > ?1", &st) == ND_OK) {
		sqlite3_bind_int64(st, 1, from);
		if (sqlite3_step(st) == SQLITE_ROW)
			all = sqlite3_column_int64(st, 0);
	}
	sqlite3_finalize(st);
	for (int i = 0; i < nranges; i++)
		if (ranges[i].to > from)
			ours += ranges[i].to - (ranges[i].from > from ? ranges[i].from : from);
	return all != ours;
}

/* The columns of a row as the audit log wrote it (the JSON object's
 * keys), each checked to be a column of tbl, into cols (identifiers only:
 * lower-case letters, digits and _). */
static enum nd_err columns(struct tui *t, const char *tbl, const char *json, char cols[][64],
			   int *n, int max)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e;
	*n = 0;
	if ((e = db_prepare(t->db, "SELECT j.key FROM json_each(?1) j WHERE j.key IN "
			    "(SELECT name FROM pragma_table_info(?2))", &st)))
		return e;
	sqlite3_bind_text(st, 1, json, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, tbl, -1, SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW && *n < max) {
		const char *k = (const char *)sqlite3_column_text(st, 0);
		if (!k || !*k || strlen(k) >= 64 || strspn(k, "abcdefghijklmnopqrstuvwxyz0123456789_") !=
		    strlen(k))
			continue;
		snprintf(cols[(*n)++], 64, "%s", k);
	}
	sqlite3_finalize(st);
	return *n ? ND_OK : nd_fail(ND_EINVAL, "Ångra: raden i %s saknar kolumner.", tbl);
}

/* "c" IS json_extract(?P, '$.c') AND … */
static void match_all(struct strbuf *sql, char cols[][64], int n, int param)
{
	char buf[200];
	for (int i = 0; i < n; i++) {
		snprintf(buf, sizeof buf, "%s\"%s\" IS json_extract(?%d, '$.%s')", i ? " AND " : "",
			 cols[i], param, cols[i]);
		strbuf_add(sql, buf);
	}
}

/* The reverse of one audit row. */
static enum nd_err reverse(struct tui *t, const char *tbl, const char *action, const char *old,
			   const char *new)
{
	char cols[64][64], buf[200];
	struct strbuf sql = { 0 };
	sqlite3_stmt *st = NULL;
	int n, rc;
	enum nd_err e;
	bool ins = strcmp(action, "insert") == 0, upd = strcmp(action, "update") == 0;
	if (!is_undoable(tbl))
		return nd_fail(ND_EINVAL, "Ångra: ändringen gäller %s och kan inte ångras här.", tbl);
	if ((e = columns(t, tbl, ins ? new : old, cols, &n, 64)))
		return e;
	if (ins) {
		snprintf(buf, sizeof buf, "DELETE FROM \"%s\" WHERE ", tbl);
		strbuf_add(&sql, buf);
		match_all(&sql, cols, n, 1);
	} else if (upd) {
		snprintf(buf, sizeof buf, "UPDATE \"%s\" SET ", tbl);
		strbuf_add(&sql, buf);
		for (int i = 0; i < n; i++) {
			snprintf(buf, sizeof buf, "%s\"%s\" = json_extract(?1, '$.%s')", i ? ", " : "",
				 cols[i], cols[i]);
			strbuf_add(&sql, buf);
		}
		strbuf_add(&sql, " WHERE ");
		match_all(&sql, cols, n, 2);
	} else {
		snprintf(buf, sizeof buf, "INSERT INTO \"%s\" (", tbl);
		strbuf_add(&sql, buf);
		for (int i = 0; i < n; i++) {
			snprintf(buf, sizeof buf, "%s\"%s\"", i ? ", " : "", cols[i]);
			strbuf_add(&sql, buf);
		}
		strbuf_add(&sql, ") VALUES (");
		for (int i = 0; i < n; i++) {
			snprintf(buf, sizeof buf, "%sjson_extract(?1, '$.%s')", i ? ", " : "", cols[i]);
			strbuf_add(&sql, buf);
		}
		strbuf_add(&sql, ")");
	}
	if (!strbuf_str(&sql)[0]) {
		strbuf_free(&sql);
		return nd_fail(ND_ENOMEM, "Slut på minne.");
	}
	e = db_prepare(t->db, strbuf_str(&sql), &st);
	strbuf_free(&sql);
	if (e)
		return e;
	sqlite3_bind_text(st, 1, ins ? new : old, -1, SQLITE_STATIC);
	if (upd)
		sqlite3_bind_text(st, 2, new, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return db_fail(t->db, "ångra ändringen");
	if (sqlite3_changes(t->db->h) != 1)
		return nd_fail(ND_ECONSTRAINT, "Ångra: en rad i %s har ändrats sedan dess; "
			       "ingenting ångrades.", tbl);
	return ND_OK;
}

struct row {
	char *tbl, *action, *old, *new;
};

static enum nd_err undo_step(struct tui *t, const struct undo_step *s)
{
	sqlite3_stmt *st = NULL;
	struct row *rows = NULL;
	int n = 0, cap = 0, rc;
	enum nd_err e;
	if ((e = db_begin(t->db)))
		return e;
	if ((e = db_prepare(t->db, "SELECT tbl, action, old, new FROM audit_log "
			    "WHERE id > ?1 AND id <= ?2 ORDER BY id DESC", &st)))
		goto fail;
	sqlite3_bind_int64(st, 1, s->from);
	sqlite3_bind_int64(st, 2, s->to);
	/* The rows are read whole before the first reverse writes more. */
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (n == cap) {
			int nc = cap ? cap * 2 : 16;
			struct row *r = realloc(rows, (size_t)nc * sizeof *r);
			if (!r) {
				e = nd_fail(ND_ENOMEM, "Slut på minne.");
				break;
			}
			rows = r;
			cap = nc;
		}
		const char *c[4];
		for (int i = 0; i < 4; i++)
			c[i] = (const char *)sqlite3_column_text(st, i);
		rows[n].tbl = strdup(c[0] ? c[0] : "");
		rows[n].action = strdup(c[1] ? c[1] : "");
		rows[n].old = strdup(c[2] ? c[2] : "{}");
		rows[n].new = strdup(c[3] ? c[3] : "{}");
		n++;
	}
	sqlite3_finalize(st);
	if (!e && rc != SQLITE_DONE && rc != SQLITE_ROW)
		e = db_fail(t->db, "läsa ändringsloggen");
	for (int i = 0; !e && i < n; i++)
		e = reverse(t, rows[i].tbl ? rows[i].tbl : "", rows[i].action ? rows[i].action : "",
			    rows[i].old ? rows[i].old : "{}", rows[i].new ? rows[i].new : "{}");
	for (int i = 0; i < n; i++) {
		free(rows[i].tbl);
		free(rows[i].action);
		free(rows[i].old);
		free(rows[i].new);
	}
	free(rows);
	if (e)
		goto fail;
	return db_commit(t->db);
fail:
	db_rollback(t->db);
	return e;
}

void tui_undo(struct tui *t)
{
	struct undo_step *s;
	long long before;
	enum nd_err e;
	if (nsteps == 0) {
		tui_msg(t, "Inget att ångra: inga ändringar i den här sessionen.");
		return;
	}
	s = &steps[nsteps - 1];
	if (s->wall) {
		tui_msg(t, "Kan inte ångras: %s Det som gjordes före det går inte heller att "
			"ångra.", s->what);
		t->msg_err = true;
		return;
	}
	if (others_wrote(t, s->from)) {
		tui_msg(t, "Kan inte ångra: ett annat program har ändrat i databasen sedan dess "
			"(%s).", s->what);
		t->msg_err = true;
		return;
	}
	before = undo_mark(t);
	do
		e = undo_step(t, s);
	while (tui_busy(t, e));
	if (e) {
		tui_err(t, e);
		return;
	}
	add_range(before, undo_mark(t));
	tui_msg(t, "Ångrat: %s", s->what);
	nsteps--;
}
