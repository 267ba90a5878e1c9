/* Delegeringsbeslut (D on a Sammanträde): the delegeringsbeslut,
 * ordförandebeslut and meddelanden of the meeting's body that are
 * reported at this meeting (✓) or not yet reported anywhere. a adds one,
 * reported here; Space reports the selected one here or takes it back;
 * Enter or e opens its form; d removes it; p writes the list of those
 * reported into the protokoll's paragraph for them (as namnd paragraph
 * delegations does, adding the standing item when the agenda has none). */
#include "tui.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/paragraph.h"

#define F_HERE 1

enum { C_HERE, C_DATE, C_KIND, C_BY, C_TITLE };

struct deleg {
	struct tscreen base;
	long long meeting, committee;
	char code[32], date[16];
	int here;
	struct tmem mem;
	struct tlist list;
};

static const enum tui_action actions[] = {
	/* Space reports here rather than paging. */
	ACT_REPORT, ACT_UP, ACT_DOWN, ACT_PGUP, ACT_PGDN, ACT_HOME, ACT_END, ACT_NEW, ACT_OPEN,
	ACT_EDIT, ACT_DELETE, ACT_DELEG_PARAGRAPH, ACT_NONE,
};

static const struct tcol cols[] = {
	{ "Anm.", 4, false, false },
	{ "Datum", 10, false, false },
	{ "Typ", 17, false, false },
	{ "Beslutsfattare", 16, false, false },
	{ "Beslut", 0, false, false },
};

static const struct form_field deleg_form[] = {
	{ "kind", "Typ" }, { "date", "Beslutsdatum" }, { "by", "Beslutsfattare" },
	{ "point", "Delegationspunkt" }, { "title", "Beslut" }, { "case", "Dnr" },
	{ NULL, NULL },
};

static const char *const kinds[] = { "delegeringsbeslut", "ordförandebeslut", "meddelande" };

static int on_row(void *ctx, sqlite3_stmt *st)
{
	struct deleg *d = ctx;
	struct trow *r = trows_add(&d->mem.all);
	if (!r)
		return 1;
	r->id = sqlite3_column_int64(st, 0);
	r->flags = sqlite3_column_int(st, 1) ? F_HERE : 0;
	d->here += r->flags & F_HERE;
	trow_set(r, C_HERE, r->flags & F_HERE ? "✓" : "");
	trow_set(r, C_DATE, (const char *)sqlite3_column_text(st, 2));
	trow_set(r, C_KIND, (const char *)sqlite3_column_text(st, 3));
	trow_set(r, C_BY, (const char *)sqlite3_column_text(st, 4));
	trow_set(r, C_TITLE, (const char *)sqlite3_column_text(st, 5));
	return 0;
}

static enum nd_err load(struct tui *t, struct deleg *d)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e;
	trows_clear(&d->mem.all);
	d->here = 0;
	if ((e = db_prepare(t->db, "SELECT d.id, d.meeting_id IS ?1, d.decided_on, d.kind, "
			    "coalesce(p.name, ''), d.title FROM delegation d LEFT JOIN person p "
			    "ON p.id = d.decided_by WHERE d.committee_id = ?2 AND "
			    "(d.meeting_id = ?1 OR d.meeting_id IS NULL) "
			    "ORDER BY d.decided_on, d.id", &st)))
		return e;
	sqlite3_bind_int64(st, 1, d->meeting);
	sqlite3_bind_int64(st, 2, d->committee);
	if ((e = db_rows(t->db, st, on_row, d, NULL, "läsa delegeringsbesluten")))
		return e;
	tmem_index(&d->mem);
	return ND_OK;
}

static void reload_on(struct tui *t, struct deleg *d, long long id)
{
	enum nd_err e = load(t, d);
	if (!e && id > 0)
		e = tmem_show(&d->list, &d->mem, id);
	else if (!e)
		e = list_reload(&d->list, d->list.height, -1);
	tui_result(t, e, NULL);
}

static void title(struct tui *t, struct tscreen *s, char *buf, size_t size)
{
	struct deleg *d = (struct deleg *)s;
	(void)t;
	snprintf(buf, size, "Delegeringsbeslut · %s %s · %d anmäls", d->code, d->date, d->here);
}

static void draw(struct tui *t, struct tscreen *s, int y, int h)
{
	struct deleg *d = (struct deleg *)s;
	list_fit(t, &d->list, h - 1);
	if (d->mem.all.n == 0) {
		list_draw(&d->list, cols, 5, y, 1, NULL);
		draw_wrapped(y + 2, 1, COLS - 2, 3, "Inga delegeringsbeslut att anmäla: a lägger "
			     "till ett (delegeringsbeslut, ordförandebeslut eller meddelande).",
			     R_DIM);
		return;
	}
	list_draw(&d->list, cols, 5, y, h, NULL);
}

/* a: kind, date, decision and who decided; reported at this meeting. */
static void add(struct tui *t, struct deleg *d)
{
	char *date = NULL, *what = NULL, *by = NULL, meeting[24], person[24] = "";
	long long pid = 0, id = -1;
	enum nd_err e;
	int k = tui_pick(t, "Typ", kinds, 3, 0);
	if (k < 0)
		return;
	if (!tui_prompt_check(t, "Beslutsdatum (ÅÅÅÅ-MM-DD)", NULL, check_date, NULL, &date) ||
	    !tui_prompt(t, k == 2 ? "Meddelande (från vem, vad)" : "Beslut", NULL, &what))
		goto out;
	if (!*what) {
		tui_msg(t, "Fältet beslut måste anges; ingenting lades in.");
		t->msg_err = true;
		goto out;
	}
	if (k != 2 && !tui_pick_person(t, "Beslutsfattare", "(ingen angiven)", &pid, &by))
		goto out;
	if (pid)
		snprintf(person, sizeof person, "%lld", pid);
	snprintf(meeting, sizeof meeting, "%lld", d->meeting);
	const char *names[6] = { "committee", "date", "title", "kind", "meeting", "by" };
	const char *values[6] = { d->code, date, what, kinds[k], meeting, person };
	do
		e = entity_add(t->db, &delegation_entity, pid ? 6 : 5, names, values, &id);
	while (tui_busy(t, e));
	if (!tui_result(t, e, NULL)) {
		reload_on(t, d, id);
		tui_msg(t, "%s %s är inlagt och anmäls vid %s %s.", k == 2 ? "Meddelandet" :
			k == 1 ? "Ordförandebeslutet" : "Delegeringsbeslutet", date, d->code,
			d->date);
	}
out:
	free(date);
	free(what);
	free(by);
}

/* Space: reported at this meeting, or no longer. */
static void report(struct tui *t, struct deleg *d, const struct trow *r)
{
	const char *names[1] = { "meeting" };
	char meeting[24];
	const char *values[1] = { NULL };
	long long id = r->id;
	bool here = !(r->flags & F_HERE);
	enum nd_err e;
	snprintf(meeting, sizeof meeting, "%lld", d->meeting);
	if (here)
		values[0] = meeting;
	do
		e = entity_edit(t->db, &delegation_entity, id, 1, names, values);
	while (tui_busy(t, e));
	if (tui_result(t, e, NULL))
		return;
	reload_on(t, d, id);
	tui_msg(t, here ? "Anmäls vid %s %s." : "Anmäls inte vid %s %s.", d->code, d->date);
}

/* p: the list of those reported into the protokoll's paragraph. */
static void to_paragraph(struct tui *t, struct deleg *d)
{
	long long paragraph = 0;
	int n = 0, number = 0;
	enum nd_err e;
	do {
		if (!(e = paragraph_for_delegations(t->db, d->meeting, &paragraph)) &&
		    !(e = paragraph_delegations(t->db, paragraph, &n)))
			e = paragraph_check_open(t->db, paragraph, NULL, &number);
	} while (tui_busy(t, e));
	if (tui_result(t, e, NULL))
		return;
	char num[32];
	tui_msg(t, "%s listar %d anmälda beslut.", tui_cap((char *)tui_par(t, paragraph, number,
									   num, sizeof num)), n);
}

static bool act(struct tui *t, struct tscreen *s, enum tui_action a)
{
	struct deleg *d = (struct deleg *)s;
	const struct trow *r = list_selected(&d->list);
	char q[1200], ok[300];
	if (a == ACT_REPORT) {
		if (r)
			report(t, d, r);
		return true;
	}
	if (list_act(t, &d->list, a))
		return true;
	switch (a) {
	case ACT_NEW: add(t, d); return true;
	case ACT_DELEG_PARAGRAPH: to_paragraph(t, d); return true;
	case ACT_OPEN: case ACT_EDIT: case ACT_DELETE:
		if (!r) {
			tui_msg(t, "Ingenting valt: a lägger till.");
		} else if (a != ACT_DELETE) {
			tui_push(t, scr_form_new(t, &delegation_entity, r->id, deleg_form,
						 "Delegeringsbeslut"));
		} else {
			snprintf(q, sizeof q, "Ta bort \"%s\" (%s %s)?", r->cell[C_TITLE],
				 r->cell[C_KIND], r->cell[C_DATE]);
			snprintf(ok, sizeof ok, "Borttaget: %s %s.", r->cell[C_KIND],
				 r->cell[C_DATE]);
			if (tui_remove(t, q, &delegation_entity, r->id, ok))
				reload_on(t, d, -1);
		}
		return true;
	default: return false;
	}
}

static void reload(struct tui *t, struct tscreen *s)
{
	struct deleg *d = (struct deleg *)s;
	const struct trow *r = list_selected(&d->list);
	reload_on(t, d, r ? r->id : -1);
}

static void destroy(struct tscreen *s)
{
	struct deleg *d = (struct deleg *)s;
	list_free(&d->list);
	trows_clear(&d->mem.all);
	free(d);
}

static const char *label(enum tui_action a)
{
	return a == ACT_NEW ? "Lägg till" : NULL;
}

static const struct tscreen_ops ops = {
	.name = "Delegeringsbeslut",
	.actions = actions,
	.label = label,
	.title = title,
	.draw = draw,
	.act = act,
	.reload = reload,
	.free = destroy,
};

static int on_meeting(void *ctx, sqlite3_stmt *st)
{
	struct deleg *d = ctx;
	d->committee = sqlite3_column_int64(st, 0);
	snprintf(d->code, sizeof d->code, "%s", (const char *)sqlite3_column_text(st, 1));
	snprintf(d->date, sizeof d->date, "%s", (const char *)sqlite3_column_text(st, 2));
	return 1;
}

struct tscreen *scr_delegations_new(struct tui *t, long long meeting)
{
	struct deleg *d = scr_alloc(t, sizeof *d, &ops);
	sqlite3_stmt *st = NULL;
	enum nd_err e;
	if (!d)
		return NULL;
	d->meeting = meeting;
	list_init(&d->list, tmem_fetch, &d->mem);
	if ((e = db_prepare(t->db, "SELECT m.committee_id, c.code, m.date FROM meeting m "
			    "JOIN committee c ON c.id = m.committee_id WHERE m.id = ?1",
			    &st)) == ND_OK) {
		sqlite3_bind_int64(st, 1, meeting);
		e = db_rows(t->db, st, on_meeting, d, NULL, "läsa sammanträdet");
	}
	if (!e && !d->committee)
		e = nd_fail(ND_ENOTFOUND, "Sammanträdet finns inte längre.");
	if (e || (e = load(t, d))) {
		tui_err(t, e);
		destroy(&d->base);
		return NULL;
	}
	list_home(&d->list, t->body_h > 3 ? t->body_h - 2 : 20);
	return &d->base;
}
