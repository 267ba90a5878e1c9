/* Sammanträde: the secretary builds the föredragningslista. Times are
 * computed by agenda_list from the start time and the durations; this
 * screen only adds, moves, times and removes items. */
#include "tui.h"
#include "minutes.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/agenda.h"
#include "namnd/agenda_import.h"
#include "namnd/doc.h"
#include "namnd/meetdoc.h"
#include "namnd/meetstate.h"
#include "namnd/preflight.h"
#include "namnd/search.h"

/* As namnd agenda import. */
#define AGENDA_CELL_MAX (16u * 1024u)

struct meeting {
	struct tscreen base;
	long long id;
	char head[300];      /* "UBNAU 2024-03-20 08.30 · place · kallat" */
	char code[32], date[16], place[210];
	char status[32], justerad[16]; /* the state; justerad "" when not */
	struct tmem mem;     /* the agenda; cells below, k[0] position */
	struct tlist list;
	struct pf_list check; /* kontroll före utskick */
	char *paste;          /* a pasted agenda that was refused, for the next try */
};

enum { C_NR, C_TITLE, C_DNR, C_WHO, C_TIME, C_KIND, C_MIN };

static const enum tui_action actions[] = {
	ACT_UP, ACT_DOWN, ACT_PGUP, ACT_PGDN, ACT_HOME, ACT_END, ACT_ADD_CASE, ACT_STANDING, ACT_BREAK,
	ACT_DELETE, ACT_MOVE_UP, ACT_MOVE_DOWN, ACT_DURATION, ACT_PRESENTER, ACT_EXPORT,
	ACT_CHECK, ACT_SENT, ACT_ARCHIVE, ACT_ATTEND, ACT_MINUTES, ACT_DELEGATIONS, ACT_OPEN,
	ACT_MEETING, ACT_IMPORT, ACT_COPY, ACT_NONE,
};

static const struct tcol cols[] = {
	{ "Nr", 3, false, false },
	{ "Ärende", 0, false, false },
	{ "Dnr", 12, false, false },
	{ "Föredr.", 10, false, false },
	{ "Tid", 11, false, false },
};

struct load {
	struct meeting *m;
	int letters, numbers;
};

static int on_item(void *ctx, sqlite3_stmt *st)
{
	struct load *l = ctx;
	struct trow *r = trows_add(&l->m->mem.all);
	const char *kind = (const char *)sqlite3_column_text(st, 2);
	char nr[8], from[8], to[8];
	if (!r)
		return 1;
	r->id = sqlite3_column_int64(st, 0);
	r->k[0] = sqlite3_column_int64(st, 1);
	agenda_label(kind ? kind : "", &l->letters, &l->numbers, nr, sizeof nr);
	time_format(sqlite3_column_int(st, 7), '.', from);
	time_format(sqlite3_column_int(st, 8), '.', to);
	trow_set(r, C_NR, nr);
	trow_set(r, C_TITLE, (const char *)sqlite3_column_text(st, 3));
	trow_set(r, C_DNR, (const char *)sqlite3_column_text(st, 4));
	trow_set(r, C_WHO, (const char *)sqlite3_column_text(st, 5));
	trow_setf(r, C_TIME, "%s–%s", from, to);
	trow_set(r, C_KIND, kind);
	trow_setf(r, C_MIN, "%d", sqlite3_column_int(st, 6));
	return 0;
}

static int on_head(void *ctx, sqlite3_stmt *st)
{
	struct meeting *m = ctx;
	const char *v[6] = { NULL };
	static const char *const want[6] = { "Nämnd", "Datum", "Starttid", "Plats", "Status",
					      "Justerat" };
	for (int i = 0; i < sqlite3_column_count(st); i++)
		for (int k = 0; k < 6; k++)
			if (strcmp(sqlite3_column_name(st, i), want[k]) == 0)
				v[k] = (const char *)sqlite3_column_text(st, i);
	snprintf(m->code, sizeof m->code, "%s", v[0] ? v[0] : "");
	snprintf(m->date, sizeof m->date, "%s", v[1] ? v[1] : "");
	snprintf(m->head, sizeof m->head, "%s %s %s · %s", v[0] ? v[0] : "",
		 v[1] ? v[1] : "", v[2] ? v[2] : "", v[4] ? v[4] : "");
	snprintf(m->place, sizeof m->place, "%s", v[3] ? v[3] : "");
	snprintf(m->status, sizeof m->status, "%s", v[4] ? v[4] : "");
	snprintf(m->justerad, sizeof m->justerad, "%s", v[5] ? v[5] : "");
	return 0;
}

static enum nd_err load(struct tui *t, struct meeting *m)
{
	struct load l = { m, 0, 0 };
	enum nd_err e;
	trows_clear(&m->mem.all);
	if ((e = entity_show(t->db, &meeting_entity, m->id, on_head, m)))
		return e;
	e = agenda_list(t->db, m->id, on_item, &l);
	tmem_index(&m->mem);
	preflight_free(&m->check);
	if (!e)
		e = preflight_check(t->db, m->id, t->today, &m->check);
	return e;
}

/* After a change: read again and keep the cursor on item id. */
static void refresh_on(struct tui *t, struct meeting *m, long long id)
{
	enum nd_err e = load(t, m);
	if (!e)
		e = tmem_show(&m->list, &m->mem, id);
	if (e)
		tui_err(t, e);
}

static void title(struct tui *t, struct tscreen *s, char *buf, size_t size)
{
	struct meeting *m = (struct meeting *)s;
	(void)t;
	snprintf(buf, size, "%s · %d punkter%s%s", m->head, m->mem.all.n,
		 m->place[0] ? " · " : "", m->place);
}

static enum theme_role row_role(const struct trow *r)
{
	return r->cell[C_KIND] && strcmp(r->cell[C_KIND], "paus") == 0 ? R_DIM : R_NORMAL;
}

/* The check's findings under the agenda: errors first in their order. */
static void draw_check(struct meeting *m, int y, int h)
{
	char head[120];
	int row = 1;
	snprintf(head, sizeof head, "Kontroll före utskick: %d fel, %d varningar",
		 m->check.errors, m->check.warnings);
	draw_rule(y, 0, COLS, head);
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < m->check.n && row < h; i++) {
			const struct pf_finding *f = &m->check.v[i];
			char line[1200];
			if ((pass == 0) != (f->severity == PF_ERROR))
				continue;
			snprintf(line, sizeof line, "%s %s: %s", f->severity == PF_ERROR ?
				 "!" : "·", f->where, f->message);
			draw_text(y + row++, 1, COLS - 1, line, f->severity == PF_ERROR ?
				  R_OVERDUE : R_WARN);
		}
}

static void draw(struct tui *t, struct tscreen *s, int y, int h)
{
	struct meeting *m = (struct meeting *)s;
	int checks = m->check.n ? (int)m->check.n + 1 : 0;
	/* The findings take at most a third of the screen. */
	if (checks > h / 3)
		checks = h / 3;
	list_fit(t, &m->list, h - 1 - checks);
	list_draw(&m->list, cols, 5, y, h - checks, row_role);
	if (checks)
		draw_check(m, y + h - checks, checks);
	if (m->mem.all.n == 0)
		draw_text(y + 2, 1, 78, "Föredragningslistan är tom: a lägger till ett ärende, "
			  "s en stående punkt, p en paus.", R_DIM);
}

/* Position for a new item: after the selected one. */
static int insert_at(const struct meeting *m)
{
	const struct trow *r = list_selected(&m->list);
	return r ? (int)r->k[0] + 1 : 0;
}

static void add(struct tui *t, struct meeting *m, int n, const char *const *names,
		const char *const *values, const char *what)
{
	long long id = 0;
	enum nd_err e;
	do
		e = agenda_add(t->db, m->id, insert_at(m), n, names, values, &id);
	while (tui_busy(t, e));
	if (tui_result(t, e, what) == ND_OK)
		refresh_on(t, m, id);
}

/* Add an ärende: picked from the register as its dnr or title is typed. */
static void add_case(struct tui *t, struct meeting *m)
{
	char *dnr = NULL, msg[200];
	long long id;
	if (!tui_pick_case(t, "Lägg till ärende: skriv en del av dnr eller rubrik", NULL, &id,
			   &dnr))
		return;
	const char *names[1] = { "case" }, *values[1] = { dnr };
	snprintf(msg, sizeof msg, "Lade till ärende %s.", dnr);
	add(t, m, 1, names, values, msg);
	free(dnr);
}

static void add_standing(struct tui *t, struct meeting *m)
{
	char *text = NULL;
	const char *names[2] = { "kind", "title" }, *values[2] = { "stående", NULL };
	if (!tui_prompt(t, "Stående punkt, rubrik", NULL, &text))
		return;
	values[1] = text;
	add(t, m, 2, names, values, "Lade till en stående punkt.");
	free(text);
}

static void add_break(struct tui *t, struct meeting *m)
{
	char *text = NULL;
	const char *names[3] = { "kind", "title", "minutes" };
	const char *values[3] = { "paus", "Paus", NULL };
	if (!tui_prompt(t, "Paus, minuter", "15", &text))
		return;
	values[2] = text;
	add(t, m, 3, names, values, "Lade till en paus.");
	free(text);
}

static void edit_item(struct tui *t, struct meeting *m, const struct trow *r, int n,
		      const char *const *names, const char *const *values, const char *ok)
{
	long long id = r->id;
	enum nd_err e;
	do
		e = entity_edit(t->db, &agenda_entity, id, n, names, values);
	while (tui_busy(t, e));
	if (tui_result(t, e, ok) == ND_OK)
		refresh_on(t, m, id);
}

static void set_duration(struct tui *t, struct meeting *m, const struct trow *r)
{
	char *text = NULL;
	const char *names[1] = { "minutes" }, *values[1];
	if (!tui_prompt(t, "Längd i minuter", r->cell[C_MIN], &text))
		return;
	values[0] = text;
	edit_item(t, m, r, 1, names, values, "Tiderna är omräknade.");
	free(text);
}

/* The föredragande: a person picked from the register, or a role
 * ("Controller") typed, or none. */
static void set_presenter(struct tui *t, struct meeting *m, const struct trow *r)
{
	static const char *const what[] = { "Person ur registret …", "Roll (t.ex. Controller) …",
					     "Ingen föredragande" };
	char *text = NULL, ok[300], idbuf[24];
	long long pid;
	int i = tui_pick(t, "Föredragande", what, 3, 0);
	if (i == 0) {
		if (!tui_pick_person(t, "Föredragande: skriv en del av namnet", NULL, &pid, &text))
			return;
		snprintf(idbuf, sizeof idbuf, "%lld", pid);
		const char *names[1] = { "presenter" }, *values[1] = { idbuf };
		snprintf(ok, sizeof ok, "Föredragande: %s.", text);
		edit_item(t, m, r, 1, names, values, ok);
	} else if (i == 1) {
		if (!tui_prompt(t, "Föredragande, roll", r->cell[C_WHO], &text))
			return;
		const char *names[1] = { "role" }, *values[1] = { text };
		edit_item(t, m, r, 1, names, values, "Föredragande satt (som roll).");
	} else if (i == 2) {
		const char *names[2] = { "presenter", "role" }, *values[2] = { "", "" };
		edit_item(t, m, r, 2, names, values, "Föredragande borttagen.");
	} else {
		tui_msg(t, "Avbrutet; ingenting ändrades.");
	}
	free(text);
}

static void move_item(struct tui *t, struct meeting *m, const struct trow *r, int by)
{
	long long id = r->id;
	int to = (int)r->k[0] + by;
	enum nd_err e;
	if (to < 1 || to > m->mem.all.n)
		return;
	do
		e = agenda_move(t->db, id, to);
	while (tui_busy(t, e));
	if (tui_result(t, e, NULL) == ND_OK)
		refresh_on(t, m, id);
}

static void remove_item(struct tui *t, struct meeting *m, const struct trow *r)
{
	char q[300];
	enum nd_err e;
	long long id = r->id;
	snprintf(q, sizeof q, "Ta bort punkt %s »%s«?",
		 r->cell[C_NR], r->cell[C_TITLE]);
	if (!tui_confirm(t, q))
		return;
	do
		e = agenda_remove(t->db, id);
	while (tui_busy(t, e));
	if (tui_result(t, e, "Punkten är borttagen.") == ND_OK)
		refresh_on(t, m, -1);
}

static const struct form_field item_form[] = {
	{ "title", "Rubrik" }, { "kind", "Typ" }, { "minutes", "Minuter" },
	{ "confidential", "Sekretess" }, { "secrecy", "Sekretessgrund" },
	{ "decision", "Beslutspunkt" }, { NULL, NULL },
};

/* What the editor starts with for a pasted föredragningslista; lines
 * starting with # are not read (they become empty lines, so the line
 * numbers in messages are the editor's). */
static const char paste_help[] =
	"# Klistra in föredragningslistan från Word eller Excel under de här\n"
	"# raderna, spara och avsluta redigeraren. Kolumner: Nr, Ärende, Dnr,\n"
	"# Föredragande, Tid (tabb, semikolon eller komma emellan), med eller\n"
	"# utan rubrikrad. Rader som börjar med # läses inte.\n";

/* The import's messages as a list to read (errors first as given). */
static void show_import_notes(struct tui *t, const struct ai_result *res, const char *heading)
{
	struct trows rows = { NULL, 0, 0 };
	for (size_t i = 0; i < res->n; i++) {
		struct trow *r = trows_add(&rows);
		if (!r)
			break;
		r->id = (long long)i + 1;
		r->flags = res->v[i].error;
		if (res->v[i].line)
			trow_setf(r, 0, "%zu", res->v[i].line);
		trow_set(r, 1, res->v[i].error ? "FEL" : "obs");
		trow_set(r, 2, res->v[i].text);
	}
	tui_push(t, scr_notes_new(t, heading, &rows));
}

/* i: a föredragningslista pasted into the editor, read by the same
 * parser as namnd agenda import, all rows or none. On an error the
 * pasted text is kept for the next try. */
static void import_agenda(struct tui *t, struct meeting *m)
{
	struct tab_opts opts = { AGENDA_CELL_MAX, TAB_AGENDA_FILE_MAX, 0, true, false,
				 "en föredragningslista" };
	struct tab_file *tf = NULL;
	struct ai_result res = { NULL, 0, 0, 0, 0, 0 };
	char *text = NULL, q[200], msg[400];
	bool replace = false;
	enum nd_err e;
	if (m->mem.all.n > 0) {
		snprintf(q, sizeof q, "Föredragningslistan har %d %s; ersätt %s med den "
			 "inklistrade?", m->mem.all.n, m->mem.all.n == 1 ? "punkt" : "punkter",
			 m->mem.all.n == 1 ? "den" : "dem");
		if (!tui_confirm(t, q))
			return;
		replace = true;
	}
	if (!tui_edit_paste(t, m->paste ? m->paste : paste_help, &text))
		return;
	free(m->paste);
	m->paste = strdup(text);
	if (!tui_paste_strip(text)) {
		tui_msg(t, "Ingenting inklistrat; föredragningslistan är oförändrad.");
		goto out;
	}
	if ((e = tab_parse(text, strlen(text), &opts, &tf))) {
		tui_err(t, e);
		goto out;
	}
	do
		e = agenda_import(t->db, m->id, tf, replace, &res);
	while (tui_busy(t, e));
	if (e) {
		char *head = strdup(nd_errmsg());
		show_import_notes(t, &res, "Föredragningslistan lades inte in");
		tui_msg(t, "%s Ingenting lades in; i öppnar den inklistrade texten igen.",
			head ? head : "");
		t->msg_err = true;
		free(head);
		goto out;
	}
	free(m->paste);
	m->paste = NULL;
	refresh_on(t, m, -1);
	snprintf(msg, sizeof msg, "Lade in %d %s.%s", res.items, res.items == 1 ? "punkt" :
		 "punkter", res.warnings ? " Se anmärkningarna." : "");
	if (res.warnings)
		show_import_notes(t, &res, "Föredragningslistan är inlagd · anmärkningar");
	tui_msg(t, "%s", msg);
out:
	agenda_import_free(&res);
	tab_free(tf);
	free(text);
}

/* The meeting's committee code and date for messages ("UBN 2024-02-14"). */
static int on_label(void *ctx, sqlite3_stmt *st)
{
	char *buf = ctx;
	const char *code = NULL, *date = NULL;
	for (int i = 0; i < sqlite3_column_count(st); i++) {
		if (!strcmp(sqlite3_column_name(st, i), "Nämnd"))
			code = (const char *)sqlite3_column_text(st, i);
		else if (!strcmp(sqlite3_column_name(st, i), "Datum"))
			date = (const char *)sqlite3_column_text(st, i);
	}
	snprintf(buf, 64, "%s %s", code ? code : "", date ? date : "");
	return 0;
}

/* C: the recurring items of the committee's previous meeting
 * (agenda_copy), replacing the standard items this one got. */
static void copy_previous(struct tui *t, struct meeting *m)
{
	long long prev = 0;
	char from[64] = "", q[300], msg[200];
	int n = 0;
	enum nd_err e;
	if ((e = meeting_previous(t->db, m->id, &prev)) ||
	    (prev && (e = entity_show(t->db, &meeting_entity, prev, on_label, from)))) {
		tui_err(t, e);
		return;
	}
	if (!prev) {
		tui_msg(t, "%s har inget tidigare sammanträde att kopiera från.", m->code);
		return;
	}
	if (m->mem.all.n > 0) {
		snprintf(q, sizeof q, "Ersätt föredragningslistans %d %s med de återkommande "
			 "punkterna från %s?", m->mem.all.n, m->mem.all.n == 1 ? "punkt" :
			 "punkter", from);
		if (!tui_confirm(t, q))
			return;
	}
	do
		e = agenda_copy(t->db, m->id, prev, &n);
	while (tui_busy(t, e));
	snprintf(msg, sizeof msg, "Kopierade %d %s från %s.", n, n == 1 ? "punkt" : "punkter",
		 from);
	if (tui_result(t, e, msg) == ND_OK)
		refresh_on(t, m, -1);
}

/* Kallelse or föredragningslista, text, xlsx or PDF by the file name's
 * ending (tui_export_doc asks where), written whole or not at all. */
struct export_ctx {
	long long meeting;
	int which;
};

static enum nd_err build_export(struct tui *t, void *ctx, struct nd_doc **out)
{
	struct export_ctx *x = ctx;
	struct doc_opts opts = { false };
	opts.public_only = x->which % 2 == 1;
	return x->which < 2 ? kallelse_build(t->db, x->meeting, &opts, out)
			    : agenda_doc_build(t->db, x->meeting, &opts, out);
}

static void export(struct tui *t, struct meeting *m)
{
	static const char *const what[] = {
		"Kallelse", "Kallelse, offentlig version", "Föredragningslista",
		"Föredragningslista, offentlig version",
		"Protokoll, utdrag, anslag eller beslutslista …", "Skicka kallelsen med e-post",
	};
	static const char *const noun[] = {
		"kallelsen", "den offentliga kallelsen", "föredragningslistan",
		"den offentliga föredragningslistan",
	};
	static const char *const stem[] = { "kallelse", "kallelse-offentlig",
					    "foredragningslista", "foredragningslista-offentlig" };
	char def[128];
	struct export_ctx x = { m->id, tui_pick(t, "Exportera eller skicka", what, 6, 0) };
	if (x.which == 5) {
		tui_send_mail(t, m->id, true);
		refresh_on(t, m, -1);
		return;
	}
	if (x.which < 0)
		return;
	if (x.which == 4) { /* the documents after the meeting, as on the Protokoll */
		minutes_export(t, m->id, m->code, m->date, 0);
		return;
	}
	snprintf(def, sizeof def, "%s-%s-%s.txt", stem[x.which], m->code, m->date);
	tui_export_doc(t, noun[x.which], def, build_export, &x);
}

/* All findings of the check in a list; Enter goes to the item. The
 * meeting screen stays below this one while it is open. */
struct findings {
	struct tscreen base;
	struct meeting *m;
	struct tmem mem;
	struct tlist list;
};

static const enum tui_action findings_actions[] = {
	ACT_UP, ACT_DOWN, ACT_PGUP, ACT_PGDN, ACT_HOME, ACT_END, ACT_OPEN, ACT_NONE,
};

static const struct tcol findings_cols[] = {
	{ "", 7, false, false },
	{ "Var", 14, false, false },
	{ "Vad", 0, false, false },
};

static void findings_title(struct tui *t, struct tscreen *s, char *buf, size_t size)
{
	struct findings *f = (struct findings *)s;
	(void)t;
	snprintf(buf, size, "Kontroll före utskick · %s · %d fel, %d varningar",
		 f->m->head, f->m->check.errors, f->m->check.warnings);
}

static enum theme_role finding_role(const struct trow *r)
{
	return r->flags ? R_OVERDUE : R_NORMAL;
}

static void findings_draw(struct tui *t, struct tscreen *s, int y, int h)
{
	struct findings *f = (struct findings *)s;
	list_fit(t, &f->list, h - 1);
	list_draw(&f->list, findings_cols, 3, y, h, finding_role);
	if (f->mem.all.n == 0)
		draw_text(y + 2, 1, 78, "Inget att anmärka.", R_DIM);
}

static bool findings_act(struct tui *t, struct tscreen *s, enum tui_action a)
{
	struct findings *f = (struct findings *)s;
	const struct trow *r = list_selected(&f->list);
	if (list_act(t, &f->list, a))
		return true;
	if (a != ACT_OPEN || !r)
		return false;
	long long item = r->id;
	struct meeting *m = f->m;
	tui_pop(t); /* frees f; m reloads */
	if (item)
		tui_result(t, tmem_show(&m->list, &m->mem, item), NULL);
	return true;
}

static void findings_free(struct tscreen *s)
{
	struct findings *f = (struct findings *)s;
	list_free(&f->list);
	trows_clear(&f->mem.all);
	free(f);
}

static const struct tscreen_ops findings_ops = {
	.name = "Kontroll före utskick",
	.actions = findings_actions,
	.title = findings_title,
	.draw = findings_draw,
	.act = findings_act,
	.free = findings_free,
};

static struct tscreen *scr_findings_new(struct tui *t, struct meeting *m)
{
	struct findings *f = scr_alloc(t, sizeof *f, &findings_ops);
	if (!f)
		return NULL;
	f->m = m;
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < m->check.n; i++) {
			const struct pf_finding *pf = &m->check.v[i];
			struct trow *r;
			if ((pass == 0) != (pf->severity == PF_ERROR) || !(r = trows_add(&f->mem.all)))
				continue;
			r->id = pf->item;
			r->flags = pf->severity == PF_ERROR;
			trow_set(r, 0, pf->severity == PF_ERROR ? "FEL" : "varning");
			trow_set(r, 1, pf->where);
			trow_set(r, 2, pf->message);
		}
	tmem_index(&f->mem);
	list_init(&f->list, tmem_fetch, &f->mem);
	list_home(&f->list, 1);
	return &f->base;
}

/* After justering the agenda and its times are part of the record. */
static bool edits_agenda(enum tui_action a)
{
	return a == ACT_ADD_CASE || a == ACT_STANDING || a == ACT_BREAK || a == ACT_DELETE ||
	       a == ACT_MOVE_UP || a == ACT_MOVE_DOWN || a == ACT_DURATION ||
	       a == ACT_PRESENTER;
}

static bool enabled(struct tui *t, struct tscreen *s, enum tui_action a)
{
	struct meeting *m = (struct meeting *)s;
	(void)t;
	if (edits_agenda(a))
		return !m->justerad[0];
	if (a == ACT_SENT)
		return strcmp(m->status, "planerat") == 0 || strcmp(m->status, "kallat") == 0;
	if (a == ACT_ARCHIVE)
		return strcmp(m->status, "laga kraft") == 0;
	return true;
}

static const char *why_not(struct tui *t, struct tscreen *s, enum tui_action a)
{
	struct meeting *m = (struct meeting *)s;
	static char buf[200];
	(void)t;
	if (a == ACT_SENT)
		snprintf(buf, sizeof buf, "Sammanträdet är %s; en kallelse skickas före "
			 "sammanträdet.", m->status);
	else if (a == ACT_ARCHIVE && strcmp(m->status, "arkiverat") == 0)
		snprintf(buf, sizeof buf, "Sammanträdet är redan arkiverat.");
	else if (a == ACT_ARCHIVE)
		snprintf(buf, sizeof buf, "Sammanträdet är %s: det arkiveras när protokollet "
			 "har vunnit laga kraft (justerat, anslaget och överklagandetiden slut).",
			 m->status);
	else
		snprintf(buf, sizeof buf, "Justerat %s: föredragningslistan och tiderna kan "
			 "inte ändras.", m->justerad);
	return buf;
}

/* The kallelse went out: recorded after the check, with who and when. */
static void record_sent(struct tui *t, struct meeting *m)
{
	const struct trow *r;
	char q[200], day[11];
	enum nd_err e;
	date_format(t->today, day);
	snprintf(q, sizeof q, "Kallelsen skickad idag (%s)? Kontrollen körs först.", day);
	if (!tui_confirm(t, q))
		return;
	do
		e = kallelse_record_sent(t->db, m->id, NULL);
	while (tui_busy(t, e));
	if (tui_result(t, e, NULL))
		return;
	r = list_selected(&m->list);
	refresh_on(t, m, r ? r->id : -1);
	tui_msg(t, "Kallelsen är antecknad som skickad %s; sammanträdet är kallat.", day);
}

/* The protokoll has vunnit laga kraft: the meeting goes to the archive
 * today, asked first. */
static void archive(struct tui *t, struct meeting *m)
{
	const struct trow *r;
	char q[200], day[11];
	enum nd_err e;
	date_format(t->today, day);
	snprintf(q, sizeof q, "Arkivera sammanträdet %s %s idag (%s)?", m->code, m->date, day);
	if (!tui_confirm(t, q))
		return;
	do
		e = meeting_archive(t->db, m->id, NULL);
	while (tui_busy(t, e));
	if (tui_result(t, e, NULL))
		return;
	r = list_selected(&m->list);
	refresh_on(t, m, r ? r->id : -1);
	tui_msg(t, "Sammanträdet är arkiverat %s.", day);
}

static bool act(struct tui *t, struct tscreen *s, enum tui_action a)
{
	struct meeting *m = (struct meeting *)s;
	const struct trow *r = list_selected(&m->list);
	if (list_act(t, &m->list, a))
		return true;
	switch (a) {
	case ACT_ADD_CASE: add_case(t, m); return true;
	case ACT_STANDING: add_standing(t, m); return true;
	case ACT_BREAK: add_break(t, m); return true;
	case ACT_MEETING: tui_push(t, scr_meeting_form_new(t, m->id)); return true;
	case ACT_EXPORT: export(t, m); return true;
	case ACT_CHECK: tui_push(t, scr_findings_new(t, m)); return true;
	case ACT_SENT: record_sent(t, m); return true;
	case ACT_ATTEND: tui_push(t, scr_attend_new(t, m->id)); return true;
	case ACT_MINUTES: tui_push(t, scr_minutes_new(t, m->id)); return true;
	case ACT_IMPORT: import_agenda(t, m); return true;
	case ACT_COPY: copy_previous(t, m); return true;
	case ACT_ARCHIVE: archive(t, m); return true;
	case ACT_DELEGATIONS: tui_push(t, scr_delegations_new(t, m->id)); return true;
	default: break;
	}
	if (!r)
		return a == ACT_DELETE || a == ACT_MOVE_UP || a == ACT_MOVE_DOWN ||
		       a == ACT_DURATION || a == ACT_PRESENTER || a == ACT_OPEN;
	switch (a) {
	case ACT_DELETE: remove_item(t, m, r); return true;
	case ACT_MOVE_UP: move_item(t, m, r, -1); return true;
	case ACT_MOVE_DOWN: move_item(t, m, r, 1); return true;
	case ACT_DURATION: set_duration(t, m, r); return true;
	case ACT_PRESENTER: set_presenter(t, m, r); return true;
	case ACT_OPEN:
		tui_push(t, scr_form_new(t, &agenda_entity, r->id, item_form, "Punkt"));
		return true;
	default: return false;
	}
}

static void reload(struct tui *t, struct tscreen *s)
{
	struct meeting *m = (struct meeting *)s;
	const struct trow *r = list_selected(&m->list);
	refresh_on(t, m, r ? r->id : -1);
}

static void destroy(struct tscreen *s)
{
	struct meeting *m = (struct meeting *)s;
	list_free(&m->list);
	trows_clear(&m->mem.all);
	preflight_free(&m->check);
	free(m->paste);
	free(m);
}

static const char *label(enum tui_action a)
{
	return a == ACT_IMPORT ? "Importera lista" : NULL;
}

static const struct tscreen_ops ops = {
	.name = "Sammanträde",
	.actions = actions,
	.label = label,
	.title = title,
	.draw = draw,
	.act = act,
	.enabled = enabled,
	.why_not = why_not,
	.reload = reload,
	.free = destroy,
};

struct tscreen *scr_meeting_new(struct tui *t, long long id)
{
	struct meeting *m = scr_alloc(t, sizeof *m, &ops);
	enum nd_err e;
	if (!m)
		return NULL;
	m->id = id;
	list_init(&m->list, tmem_fetch, &m->mem);
	m->list.height = t->body_h > 2 ? t->body_h - 1 : 20;
	if ((e = load(t, m)) || (e = list_home(&m->list, m->list.height))) {
		tui_err(t, e);
		destroy(&m->base);
		return NULL;
	}
	return &m->base;
}
