/* Översikt, the start screen: each committee with its next meeting
 * (today or later), its status and the next deadline per LAW.md; under
 * them, separately, earlier meetings whose justering or anslag is still
 * to be done, overdue or not. Overdue ones stand out. */
#include "tui.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/agenda.h"
#include "namnd/audit.h"

#define OVERDUE 1
#define HEADING 2
#define EARLIER 4
#define OVERDUE_MAX 40

struct overview {
	struct tscreen base;
	struct tmem mem;
	struct tlist list;
	bool earlier; /* the "Försenat" heading is in */
};

static const enum tui_action actions[] = {
	ACT_UP, ACT_DOWN, ACT_PGUP, ACT_PGDN, ACT_HOME, ACT_END, ACT_OPEN, ACT_GO_CASES,
	ACT_GO_MEETINGS, ACT_ALL_MEETINGS, ACT_GO_PEOPLE, ACT_GO_REPORT, ACT_FIND, ACT_AUDIT, ACT_NONE,
};

static const struct tcol cols[] = {
	{ "Nämnd / utskott", 32, false, false },
	{ "Nästa sammanträde", 17, false, false },
	{ "Status", 10, false, false },
	{ "Nästa frist", 0, false, false },
};

struct load {
	struct overview *o;
	struct nd_date today;
};

static int on_row(void *ctx, sqlite3_stmt *st)
{
	struct load *l = ctx;
	struct nd_overview_row r;
	struct trow *row = trows_add(&l->o->mem.all);
	if (!row)
		return 1;
	meeting_overview_row(st, l->today, &r);
	row->id = r.meeting;
	row->flags = r.overdue ? OVERDUE : 0;
	row->ktext = strdup(r.code ? r.code : "");
	trow_setf(row, 0, "%s (%s)", r.name ? r.name : "", r.code ? r.code : "");
	trow_set(row, 1, r.when);
	trow_set(row, 2, r.status);
	trow_set(row, 3, r.due);
	return 0;
}

static int on_overdue(void *ctx, sqlite3_stmt *st)
{
	struct load *l = ctx;
	struct nd_overdue_row r;
	struct trow *row;
	meeting_overdue_row(st, l->today, &r);
	if (!r.what)
		return 0;
	if (!l->o->earlier) {
		if (!(row = trows_add(&l->o->mem.all)))
			return 1;
		row->flags = HEADING;
		trow_set(row, 0, "Kvar från tidigare");
		trow_set(row, 1, "Sammanträde");
		trow_set(row, 2, "Vad");
		trow_set(row, 3, "Frist");
		l->o->earlier = true;
	}
	if (!(row = trows_add(&l->o->mem.all)))
		return 1;
	row->id = r.meeting;
	row->flags = (r.overdue ? OVERDUE : 0) | EARLIER;
	row->ktext = strdup(r.code);
	trow_setf(row, 0, "  %s", r.code);
	trow_set(row, 1, r.when);
	trow_set(row, 2, r.what);
	trow_set(row, 3, r.due);
	return 0;
}

static enum nd_err load(struct tui *t, struct overview *o)
{
	struct load l = { o, t->today };
	trows_clear(&o->mem.all);
	o->earlier = false;
	enum nd_err e = meeting_overview(t->db, on_row, &l);
	if (!e)
		e = meeting_overdue(t->db, OVERDUE_MAX, on_overdue, &l);
	tmem_index(&o->mem);
	return e;
}

static void title(struct tui *t, struct tscreen *s, char *buf, size_t size)
{
	(void)s;
	snprintf(buf, size, "namnd — %s", t->org);
}

static enum theme_role row_role(const struct trow *r)
{
	return r->flags & HEADING ? R_HEADER : r->flags & OVERDUE ? R_OVERDUE : R_NORMAL;
}

static void draw(struct tui *t, struct tscreen *s, int y, int h)
{
	struct overview *o = (struct overview *)s;
	list_fit(t, &o->list, h - 1);
	list_draw(&o->list, cols, 4, y, h, row_role);
	if (o->mem.all.n == 0)
		draw_text(y + 2, 1, 78, "Inga nämnder ännu. Lägg till en med "
			  "'namnd committee add' eller prova 'make run' (demo).", R_DIM);
}

/* The first finding, kept for the message; the rest are counted. */
static void first_problem(void *ctx, const char *finding)
{
	char *first = ctx;
	if (!*first)
		snprintf(first, 300, "%s", finding);
}

/* The same check as 'namnd audit verify': the whole audit log's hash
 * chain, with the latest link to note outside the file. */
static void verify_audit(struct tui *t)
{
	struct audit_summary s;
	char first[300] = "";
	enum nd_err e = audit_verify(t->db, NULL, &s, first_problem, first);
	if (e) {
		tui_err(t, e);
		return;
	}
	if (s.problems) {
		tui_msg(t, "Granskningsloggen har ändrats: %lld fel i kedjan. %s Se 'namnd audit "
			"verify' för alla.", s.problems, first);
		t->msg_err = true;
		return;
	}
	if (*s.head)
		tui_msg(t, "Kedjan håller: %lld rader, %lld i kedjan, %lld utanför den. Senaste "
			"länken (anteckna den utanför filen): %s", s.rows, s.chained,
			s.unchained, s.head);
	else
		tui_msg(t, "Kedjan håller: %lld rader, ingen i kedjan (%lld utanför den).",
			s.rows, s.unchained);
}

static bool act(struct tui *t, struct tscreen *s, enum tui_action a)
{
	struct overview *o = (struct overview *)s;
	const struct trow *r = list_selected(&o->list);
	if (list_act(t, &o->list, a))
		return true;
	switch (a) {
	case ACT_OPEN:
		if (!r || (r->flags & HEADING))
			return true;
		/* An overdue justering or anslag is done in the protokoll. */
		if (r->flags & EARLIER)
			tui_push(t, scr_minutes_new(t, r->id));
		else if (r->id)
			tui_push(t, scr_meeting_new(t, r->id));
		else
			tui_msg(t, "%s har inget kommande sammanträde; planera ett under "
				"Sammanträden (%s).", r->ktext, keys_first(ACT_GO_MEETINGS));
		return true;
	case ACT_FIND:
		tui_push(t, scr_search_new(t, NULL));
		return true;
	case ACT_GO_MEETINGS:
		/* The row's body; on the heading, all of them. */
		if (!r)
			return false;
		tui_push(t, scr_meetings_new(t, r->ktext));
		return true;
	case ACT_ALL_MEETINGS:
		tui_push(t, scr_meetings_new(t, NULL));
		return true;
	case ACT_AUDIT:
		verify_audit(t);
		return true;
	default:
		return false;
	}
}

static void reload(struct tui *t, struct tscreen *s)
{
	struct overview *o = (struct overview *)s;
	tui_result(t, load(t, o), NULL);
	list_refresh(t, &o->list);
}

static void destroy(struct tscreen *s)
{
	struct overview *o = (struct overview *)s;
	list_free(&o->list);
	trows_clear(&o->mem.all);
	free(o);
}

static const char *label(enum tui_action a)
{
	return a == ACT_GO_MEETINGS ? "Nämndens" : a == ACT_ALL_MEETINGS ? "Alla sammanträden"
		: NULL;
}

static const struct tscreen_ops ops = {
	.name = "Översikt",
	.actions = actions,
	.label = label,
	.title = title,
	.draw = draw,
	.act = act,
	.reload = reload,
	.free = destroy,
};

struct tscreen *scr_overview_new(struct tui *t)
{
	struct overview *o = scr_alloc(t, sizeof *o, &ops);
	enum nd_err e;
	if (!o)
		return NULL;
	list_init(&o->list, tmem_fetch, &o->mem);
	if ((e = load(t, o)) || (e = list_home(&o->list, 1))) {
		tui_err(t, e);
		destroy(&o->base);
		return NULL;
	}
	return &o->base;
}
