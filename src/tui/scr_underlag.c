/* Underlag (U on the Protokoll): a paragraph's beslutsunderlag (the
 * documents of its ärende, listed in the protokoll) and who the decision
 * is sent to (expediering: for further handling or for information).
 * a adds either, d removes the selected one; both are refused once the
 * paragraph is justerad, since the protokoll lists them. */
#include "minutes.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/minutes.h"
#include "namnd/paragraph.h"

#define F_DOC 1
#define F_RECIPIENT 2

enum { C_KIND, C_WHEN, C_WHAT };

struct underlag {
	struct tscreen base;
	long long paragraph;
	int number;
	char num[32];        /* "§ 14", or "punkt 3" (schema 025) */
	char dnr[64];
	bool locked;
	struct tmem mem;
	struct tlist list;
};

static const enum tui_action actions[] = {
	ACT_UP, ACT_DOWN, ACT_PGUP, ACT_PGDN, ACT_HOME, ACT_END, ACT_NEW, ACT_DELETE, ACT_NONE,
};

static const struct tcol cols[] = {
	{ "", 15, false, false },
	{ "Datum / syfte", 21, false, false },
	{ "Handling / mottagare", 0, false, false },
};

static int on_doc(void *ctx, sqlite3_stmt *st)
{
	struct underlag *u = ctx;
	struct trow *r = trows_add(&u->mem.all);
	if (!r)
		return 1;
	r->id = sqlite3_column_int64(st, 0);
	r->flags = F_DOC;
	trow_set(r, C_KIND, "Beslutsunderlag");
	trow_set(r, C_WHEN, (const char *)sqlite3_column_text(st, 1));
	trow_set(r, C_WHAT, (const char *)sqlite3_column_text(st, 2));
	return 0;
}

static int on_part(void *ctx, sqlite3_stmt *st)
{
	struct underlag *u = ctx;
	const char *kind = (const char *)sqlite3_column_text(st, 0);
	struct trow *r;
	if (!kind || strcmp(kind, "expediering") != 0)
		return 0;
	if (!(r = trows_add(&u->mem.all)))
		return 1;
	r->id = -(long long)u->mem.all.n; /* rows of their own: removed by name */
	r->flags = F_RECIPIENT;
	trow_set(r, C_KIND, "Skickas till");
	trow_set(r, C_WHEN, (const char *)sqlite3_column_text(st, 5));
	trow_set(r, C_WHAT, (const char *)sqlite3_column_text(st, 4));
	return 0;
}

static int on_head(void *ctx, sqlite3_stmt *st)
{
	struct underlag *u = ctx;
	for (int i = 0; i < sqlite3_column_count(st); i++) {
		const char *v = (const char *)sqlite3_column_text(st, i);
		if (strcmp(sqlite3_column_name(st, i), "Dnr") == 0)
			snprintf(u->dnr, sizeof u->dnr, "%s", v ? v : "");
	}
	return 0;
}

static enum nd_err load(struct tui *t, struct underlag *u)
{
	const char *filter[1] = { u->dnr };
	enum nd_err e = paragraph_check_open(t->db, u->paragraph, NULL, &u->number);
	u->locked = e == ND_ELOCKED;
	if (u->locked)
		nd_errclear();
	else if (e)
		return e;
	tui_par(t, u->paragraph, u->number, u->num, sizeof u->num);
	trows_clear(&u->mem.all);
	if ((e = entity_show(t->db, &paragraph_entity, u->paragraph, on_head, u)) ||
	    (u->dnr[0] && (e = entity_list(t->db, &document_entity, filter, on_doc, u))) ||
	    (e = paragraph_parts(t->db, u->paragraph, on_part, u)))
		return e;
	tmem_index(&u->mem);
	return ND_OK;
}

static void reload_on(struct tui *t, struct underlag *u, long long id)
{
	enum nd_err e = load(t, u);
	if (!e)
		e = tmem_show(&u->list, &u->mem, id);
	if (e)
		tui_err(t, e);
}

static void title(struct tui *t, struct tscreen *s, char *buf, size_t size)
{
	struct underlag *u = (struct underlag *)s;
	(void)t;
	snprintf(buf, size, "Underlag och expediering · %s%s%s%s", u->num,
		 u->dnr[0] ? " · " : "", u->dnr, u->locked ? " · justerad" : "");
}

static void draw(struct tui *t, struct tscreen *s, int y, int h)
{
	struct underlag *u = (struct underlag *)s;
	list_fit(t, &u->list, h - 2);
	list_draw(&u->list, cols, 3, y, h - 1, NULL);
	if (u->mem.all.n == 0)
		draw_text(y + 2, 1, COLS - 2, u->locked ? "Inget beslutsunderlag och ingen "
			  "expediering." : "Inget beslutsunderlag och ingen expediering ännu: a "
			  "lägger till.", R_DIM);
}

static bool enabled(struct tui *t, struct tscreen *s, enum tui_action a)
{
	struct underlag *u = (struct underlag *)s;
	(void)t;
	if (a == ACT_NEW || a == ACT_DELETE)
		return !u->locked;
	return true;
}

static const char *why_not(struct tui *t, struct tscreen *s, enum tui_action a)
{
	struct underlag *u = (struct underlag *)s;
	static char buf[160];
	(void)t;
	(void)a;
	snprintf(buf, sizeof buf, "%s är justerad; underlag och expediering står i "
		 "protokollet som de var.", u->num);
	tui_cap(buf);
	return buf;
}

static void add(struct tui *t, struct underlag *u)
{
	static const char *const kinds[] = {
		"Beslutsunderlag (en handling i ärendet)",
		"Skickas till, för vidare hantering",
		"Skickas till, för kännedom",
	};
	char *title = NULL, *date = NULL;
	long long id = -1;
	enum nd_err e;
	int k = tui_pick(t, "Lägg till", kinds, 3, 0);
	if (k < 0)
		return;
	if (k == 0 && !u->dnr[0]) {
		char num[32];
		snprintf(num, sizeof num, "%s", u->num);
		tui_msg(t, "%s hör inte till något ärende; beslutsunderlag hör till ärendet.",
			tui_cap(num));
		return;
	}
	if (!tui_prompt(t, k ? "Mottagare" : "Handlingens titel", NULL, &title))
		return;
	if (k == 0) {
		const char *names[3] = { "case", "title", "date" }, *values[3];
		if (!tui_prompt(t, "Handlingens datum (ÅÅÅÅ-MM-DD, tomt: inget)", NULL, &date))
			goto out;
		values[0] = u->dnr;
		values[1] = title;
		values[2] = date;
		do
			e = entity_add(t->db, &document_entity, 3, names, values, &id);
		while (tui_busy(t, e));
	} else {
		do
			e = recipient_add(t->db, u->paragraph, title, k == 1 ?
					  "för vidare hantering" : "för kännedom");
		while (tui_busy(t, e));
	}
	if (e) {
		tui_err(t, e);
		goto out;
	}
	reload_on(t, u, id);
	tui_msg(t, k ? "%s får beslutet %s." : "Beslutsunderlaget \"%s\" är tillagt.", title,
		k == 1 ? "för vidare hantering" : "för kännedom");
out:
	free(title);
	free(date);
}

static void remove_row(struct tui *t, struct underlag *u, const struct trow *r)
{
	char q[600], what[400];
	enum nd_err e;
	snprintf(what, sizeof what, "%s", r->cell[C_WHAT] ? r->cell[C_WHAT] : "");
	snprintf(q, sizeof q, r->flags & F_DOC ? "Ta bort beslutsunderlaget \"%s\" ur ärendet?" :
		 "Ta bort %s ur expedieringen?", what);
	if (!tui_confirm(t, q))
		return;
	do
		e = r->flags & F_DOC ? entity_remove(t->db, &document_entity, r->id) :
			recipient_remove(t->db, u->paragraph, what);
	while (tui_busy(t, e));
	if (e) {
		tui_err(t, e);
		return;
	}
	reload_on(t, u, -1);
	tui_msg(t, "Borttaget: %s.", what);
}

static bool act(struct tui *t, struct tscreen *s, enum tui_action a)
{
	struct underlag *u = (struct underlag *)s;
	const struct trow *r = list_selected(&u->list);
	if (list_act(t, &u->list, a))
		return true;
	switch (a) {
	case ACT_NEW: add(t, u); return true;
	case ACT_DELETE:
		if (r)
			remove_row(t, u, r);
		else
			tui_msg(t, "Inget att ta bort.");
		return true;
	default: return false;
	}
}

static void destroy(struct tscreen *s)
{
	struct underlag *u = (struct underlag *)s;
	list_free(&u->list);
	trows_clear(&u->mem.all);
	free(u);
}

static const char *label(enum tui_action a)
{
	return a == ACT_NEW ? "Lägg till" : NULL;
}

static const struct tscreen_ops ops = {
	.name = "Underlag och expediering",
	.actions = actions,
	.label = label,
	.title = title,
	.draw = draw,
	.act = act,
	.enabled = enabled,
	.why_not = why_not,
	.free = destroy,
};

struct tscreen *scr_underlag_new(struct tui *t, long long paragraph)
{
	struct underlag *u = scr_alloc(t, sizeof *u, &ops);
	enum nd_err e;
	if (!u)
		return NULL;
	u->paragraph = paragraph;
	list_init(&u->list, tmem_fetch, &u->mem);
	if ((e = load(t, u))) {
		tui_err(t, e);
		destroy(&u->base);
		return NULL;
	}
	list_home(&u->list, t->body_h > 3 ? t->body_h - 2 : 20);
	return &u->base;
}
