/* Sammanträden: every meeting (or one committee's) by date, opening on
 * today; Enter opens the meeting's föredragningslista. */
#include "tui.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/page.h"

struct meetings {
	struct tscreen base;
	struct tui *t;
	char *committee; /* code, or NULL: all */
	struct tlist list;
};

static const enum tui_action actions[] = {
	ACT_UP, ACT_DOWN, ACT_PGUP, ACT_PGDN, ACT_HOME, ACT_END, ACT_OPEN, ACT_NEW, ACT_EDIT,
	ACT_DELETE, ACT_FIND, ACT_NONE,
};

static const struct tcol cols[] = {
	{ "Nämnd", 8, false, false },
	{ "Datum", 10, false, false },
	{ "Tid", 5, false, false },
	{ "Status", 10, false, false },
	{ "Plats", 0, false, false },
	{ "Punkter", 7, true, false },
};

static int on_row(void *ctx, sqlite3_stmt *st)
{
	struct trows *out = ctx;
	struct trow *r = trows_add(out);
	const char *time = (const char *)sqlite3_column_text(st, 3);
	if (!r)
		return 1;
	r->id = sqlite3_column_int64(st, 0);
	r->ktext = strdup((const char *)sqlite3_column_text(st, 2));
	snprintf(r->kser, sizeof r->kser, "%s", time ? time : "");
	trow_set(r, 0, (const char *)sqlite3_column_text(st, 1));
	trow_set(r, 1, r->ktext);
	trow_setf(r, 2, "%.2s.%.2s", time ? time : "", time && strlen(time) == 5 ? time + 3 : "");
	trow_set(r, 3, (const char *)sqlite3_column_text(st, 4));
	trow_set(r, 4, (const char *)sqlite3_column_text(st, 5));
	trow_setf(r, 5, "%d", sqlite3_column_int(st, 6));
	return 0;
}

static enum nd_err fetch(void *ctx, bool backward, const struct trow *from, int limit,
			 struct trows *out)
{
	struct meetings *m = ctx;
	return meeting_page(m->t->db, m->committee, backward, from ? from->ktext : NULL,
			    from ? from->kser : NULL, from ? from->id : 0, limit, on_row, out);
}

static void title(struct tui *t, struct tscreen *s, char *buf, size_t size)
{
	struct meetings *m = (struct meetings *)s;
	(void)t;
	snprintf(buf, size, "Sammanträden%s%s", m->committee ? " · " : "",
		 m->committee ? m->committee : "");
}

static void draw(struct tui *t, struct tscreen *s, int y, int h)
{
	struct meetings *m = (struct meetings *)s;
	list_fit(t, &m->list, h - 1);
	list_draw(&m->list, cols, 6, y, h, NULL);
	if (m->list.rows.n == 0)
		draw_text(y + 2, 1, 78, "Inga sammanträden ännu (a lägger till ett).", R_DIM);
}

/* The meetings from day on (keyset: no scan). */
static enum nd_err from_day(struct meetings *m, struct nd_date d)
{
	struct trow from;
	char day[11];
	memset(&from, 0, sizeof from);
	date_format(d, day);
	from.ktext = day;
	return list_seek(&m->list, m->list.height > 0 ? m->list.height : 20, &from, -1);
}

/* Today's meetings and later ones first; Home and PgUp go back in time. */
static enum nd_err from_today(struct tui *t, struct meetings *m)
{
	return from_day(m, t->today);
}

/* "2024-03-20", or a year "2023" (its first day). */
static void go_to_date(struct tui *t, struct meetings *m)
{
	struct nd_date d = { 0, 1, 1 };
	char *text = NULL, *end = NULL;
	enum nd_err e;
	if (!tui_prompt(t, "Gå till datum (ÅÅÅÅ-MM-DD eller ÅÅÅÅ)", NULL, &text))
		return;
	long y = strtol(text, &end, 10);
	if (end && end != text && !*end && y >= 1900 && y <= 2199)
		d.y = (int)y;
	else if ((e = date_parse(text, &d))) {
		tui_err(t, e);
		free(text);
		return;
	}
	tui_result(t, from_day(m, d), NULL);
	free(text);
}

static void create(struct tui *t, struct meetings *m)
{
	char *code = NULL, *date = NULL, *time = NULL;
	const char *names[3] = { "committee", "date", "time" }, *values[3];
	long long id;
	enum nd_err e;
	if (!tui_prompt(t, "Nytt sammanträde, nämnd (kod)", m->committee, &code) ||
	    !tui_prompt(t, "Datum (ÅÅÅÅ-MM-DD)", NULL, &date) ||
	    !tui_prompt(t, "Starttid (tom: nämndens vanliga)", NULL, &time))
		goto out;
	values[0] = code;
	values[1] = date;
	values[2] = time;
	do
		e = entity_add(t->db, &meeting_entity, *time ? 3 : 2, names, values, &id);
	while (tui_busy(t, e));
	if (tui_result(t, e, NULL) == ND_OK) {
		list_refresh(t, &m->list);
		tui_push(t, scr_meeting_new(t, id));
		tui_msg(t, "Sammanträdet %s %s är inlagt med nämndens standardpunkter.",
			code, date);
	}
out:
	free(code);
	free(date);
	free(time);
}

static void remove_meeting(struct tui *t, struct meetings *m, const struct trow *r)
{
	char q[200];
	snprintf(q, sizeof q, "Ta bort sammanträdet %s %s med dess föredragningslista?",
		 r->cell[0], r->cell[1]);
	if (tui_remove(t, q, &meeting_entity, r->id, "Sammanträdet är borttaget."))
		list_refresh(t, &m->list);
}

static const struct form_field meeting_form[] = {
	{ "date", "Datum" }, { "time", "Starttid" }, { "end", "Sluttid" },
	{ "place", "Plats" }, { "status", "Status" }, { "notes", "Anteckningar" },
	{ "justering-place", "Justeringens plats" },
	{ "justering-date", "Justeringsdag" }, { NULL, NULL },
};

struct tscreen *scr_meeting_form_new(struct tui *t, long long id)
{
	return scr_form_new(t, &meeting_entity, id, meeting_form, "Sammanträde");
}

static bool act(struct tui *t, struct tscreen *s, enum tui_action a)
{
	struct meetings *m = (struct meetings *)s;
	const struct trow *r = list_selected(&m->list);
	if (list_act(t, &m->list, a))
		return true;
	switch (a) {
	case ACT_OPEN:
		if (r)
			tui_push(t, scr_meeting_new(t, r->id));
		return true;
	case ACT_EDIT:
		if (r)
			tui_push(t, scr_meeting_form_new(t, r->id));
		return true;
	case ACT_NEW:
		create(t, m);
		return true;
	case ACT_FIND:
		go_to_date(t, m);
		return true;
	case ACT_DELETE:
		if (r)
			remove_meeting(t, m, r);
		return true;
	default:
		return false;
	}
}

static void reload(struct tui *t, struct tscreen *s)
{
	struct meetings *m = (struct meetings *)s;
	list_refresh(t, &m->list);
}

static void destroy(struct tscreen *s)
{
	struct meetings *m = (struct meetings *)s;
	list_free(&m->list);
	free(m->committee);
	free(m);
}

static const char *label(enum tui_action a)
{
	return a == ACT_FIND ? "Gå till datum" : NULL;
}

static const struct tscreen_ops ops = {
	.name = "Sammanträden",
	.actions = actions,
	.label = label,
	.title = title,
	.draw = draw,
	.act = act,
	.reload = reload,
	.free = destroy,
};

struct tscreen *scr_meetings_new(struct tui *t, const char *committee)
{
	struct meetings *m = scr_alloc(t, sizeof *m, &ops);
	enum nd_err e;
	if (!m || (committee && !(m->committee = strdup(committee)))) {
		free(m);
		tui_err(t, nd_fail(ND_ENOMEM, "Slut på minne."));
		return NULL;
	}
	m->t = t;
	list_init(&m->list, fetch, m);
	m->list.height = t->body_h > 2 ? t->body_h - 1 : 20;
	if ((e = from_today(t, m))) {
		tui_err(t, e);
		destroy(&m->base);
		return NULL;
	}
	return &m->base;
}
