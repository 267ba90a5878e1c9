/* Sammanträden: every meeting (or one committee's) by date, opening on
 * today; Enter opens the meeting's föredragningslista. */
#include "tui.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/agenda.h"
#include "namnd/meetdoc.h"
#include "namnd/page.h"
#include "namnd/plan.h"

struct meetings {
	struct tscreen base;
	struct tui *t;
	char *committee; /* code, or NULL: all */
	struct tlist list;
};

static const enum tui_action actions[] = {
	ACT_UP, ACT_DOWN, ACT_PGUP, ACT_PGDN, ACT_HOME, ACT_END, ACT_OPEN, ACT_NEW, ACT_COPY,
	ACT_EDIT, ACT_DELETE, ACT_PLAN, ACT_EXPORT, ACT_FIND, ACT_NONE,
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

/* a: a new meeting; each field is checked when it is left. The
 * committee's standard items come with it (C copies the last meeting's
 * instead). */
static void create(struct tui *t, struct meetings *m)
{
	char *code = NULL, *date = NULL, *time = NULL;
	const char *names[3] = { "committee", "date", "time" }, *values[3];
	long long id;
	enum nd_err e;
	if (!tui_prompt_check(t, "Nytt sammanträde, nämnd (kod)", m->committee,
			      check_committee, NULL, &code) ||
	    !tui_prompt_check(t, "Datum (ÅÅÅÅ-MM-DD)", NULL, check_date, NULL, &date) ||
	    !tui_prompt_check(t, "Starttid (tom: nämndens vanliga)", NULL, check_time_or_empty,
			      NULL, &time))
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
		tui_msg(t, "Sammanträdet %s %s är inlagt med nämndens standardpunkter "
			"(%s kopierar förra sammanträdets i stället).", code, date,
			keys_first(ACT_COPY));
	}
out:
	free(code);
	free(date);
	free(time);
}

/* The plan's dates for the year given as ctx (its text). */
static enum nd_err check_plan_dates(struct tui *t, const char *text, void *ctx)
{
	struct nd_date list[PLAN_MAX];
	size_t n;
	(void)t;
	return plan_parse_dates(text, atoi(ctx), list, PLAN_MAX, &n);
}

/* A date in the form, free for the committee (ctx, its code): a meeting
 * planned that day already is named, with the way to give it the last
 * meeting's items. */
static enum nd_err check_free_date(struct tui *t, const char *text, void *ctx)
{
	char ref[64];
	long long id;
	enum nd_err e = check_date(t, text, NULL);
	if (e)
		return e;
	snprintf(ref, sizeof ref, "%s:%s", (const char *)ctx, text);
	if (meeting_resolve(t->db, ref, &id) == ND_OK)
		return nd_fail(ND_EEXIST, "%s har redan ett sammanträde %s: välj ett annat "
			       "datum, eller Esc, öppna det och ge det förra sammanträdets "
			       "punkter med %s.", (const char *)ctx, text, keys_first(ACT_COPY));
	nd_errclear();
	return ND_OK;
}

/* The same place in the next month: the third Wednesday gives the third
 * Wednesday (the last when the month has fewer). */
static struct nd_date next_month_like(struct nd_date d)
{
	int nth = (d.d - 1) / 7;
	struct nd_date first = { d.m == 12 ? d.y + 1 : d.y, d.m == 12 ? 1 : d.m + 1, 1 };
	int day = 1 + (date_weekday(d) - date_weekday(first) + 7) % 7 + 7 * nth;
	if (day > date_days_in_month(first.y, first.m))
		day -= 7;
	first.d = day;
	return first;
}

/* The selected meeting's code, date, start and place (show_sql). */
struct head {
	char code[32], date[16], time[8], place[210];
};

static int on_head(void *ctx, sqlite3_stmt *st)
{
	struct head *h = ctx;
	for (int i = 0; i < sqlite3_column_count(st); i++) {
		const char *n = sqlite3_column_name(st, i);
		const char *v = (const char *)sqlite3_column_text(st, i);
		if (!v)
			continue;
		if (!strcmp(n, "Nämnd"))
			snprintf(h->code, sizeof h->code, "%s", v);
		else if (!strcmp(n, "Datum"))
			snprintf(h->date, sizeof h->date, "%s", v);
		else if (!strcmp(n, "Starttid"))
			snprintf(h->time, sizeof h->time, "%s", v);
		else if (!strcmp(n, "Plats"))
			snprintf(h->place, sizeof h->place, "%s", v);
	}
	return 0;
}

/* C: the next meeting of the selected one's committee, with its start,
 * place and recurring agenda items (agenda_copy), in one step. */
static void create_from(struct tui *t, struct meetings *m, const struct trow *r)
{
	struct head h;
	struct nd_date d;
	char def[11], label[120], *date = NULL, *time = NULL;
	const char *names[4] = { "committee", "date", "time", "place" }, *values[4];
	long long id = 0;
	int n = 0;
	enum nd_err e;
	memset(&h, 0, sizeof h);
	if ((e = entity_show(t->db, &meeting_entity, r->id, on_head, &h)) ||
	    (e = date_parse(h.date, &d))) {
		tui_err(t, e);
		return;
	}
	date_format(next_month_like(d), def);
	snprintf(label, sizeof label, "Nästa sammanträde för %s efter %s, datum", h.code, h.date);
	if (!tui_prompt_check(t, label, def, check_free_date, h.code, &date) ||
	    !tui_prompt_check(t, "Starttid (tom: nämndens vanliga)", h.time,
			      check_time_or_empty, NULL, &time))
		goto out;
	values[0] = h.code;
	values[1] = date;
	values[2] = *time ? time : NULL;
	values[3] = h.place[0] ? h.place : NULL;
	do {
		e = db_begin(t->db);
		if (!e) {
			if ((e = entity_add(t->db, &meeting_entity, 4, names, values, &id)) ||
			    (e = agenda_copy(t->db, id, r->id, &n)))
				db_rollback(t->db);
			else
				e = db_commit(t->db);
		}
	} while (tui_busy(t, e));
	if (tui_result(t, e, NULL) == ND_OK) {
		list_refresh(t, &m->list);
		tui_push(t, scr_meeting_new(t, id));
		tui_msg(t, "Sammanträdet %s %s är inlagt med %d %s från %s %s.", h.code, date, n,
			n == 1 ? "punkt" : "punkter", h.code, h.date);
	}
out:
	free(date);
	free(time);
}

/* p: a year's sammanträdesplan at once, as namnd meeting plan: the
 * dates as people write them ("17/1, 21/2"), all added or none. */
static void plan(struct tui *t, struct meetings *m)
{
	struct nd_date list[PLAN_MAX];
	size_t n = 0;
	char *code = NULL, *year = NULL, *dates = NULL, *time = NULL, *place = NULL;
	char def[8], note[120], msg[900];
	int notes = 0;
	enum nd_err e;
	snprintf(def, sizeof def, "%d", t->today.y + (t->today.m >= 9));
	if (!tui_prompt_check(t, "Sammanträdesplan, nämnd (kod)", m->committee, check_committee,
			      NULL, &code) ||
	    !tui_prompt_check(t, "År", def, check_year, NULL, &year) ||
	    !tui_prompt_check(t, "Datum (t.ex. 17/1, 21/2, 20/3)", NULL, check_plan_dates,
			      year, &dates) ||
	    !tui_prompt_check(t, "Starttid (tom: nämndens vanliga)", NULL, check_time_or_empty,
			      NULL, &time) ||
	    !tui_prompt(t, "Plats (tom: nämndens vanliga)", NULL, &place))
		goto out;
	if ((e = plan_parse_dates(dates, atoi(year), list, PLAN_MAX, &n))) {
		tui_err(t, e);
		goto out;
	}
	do
		e = meeting_plan_add(t->db, code, list, n, time, place);
	while (tui_busy(t, e));
	if (e) {
		tui_err(t, e);
		goto out;
	}
	int len = snprintf(msg, sizeof msg, "Lade in %zu %s för %s %s.", n,
			   n == 1 ? "sammanträde" : "sammanträden", code, year);
	for (size_t i = 0; i < n && len > 0 && (size_t)len < sizeof msg; i++)
		if (plan_date_note(list[i], note, sizeof note)) {
			len += snprintf(msg + len, sizeof msg - (size_t)len, " Obs: %s", note);
			notes++;
		}
	/* The committee's plan from its first date. */
	free(m->committee);
	m->committee = code;
	code = NULL;
	tui_result(t, from_day(m, list[0]), NULL);
	tui_msg(t, "%s", msg);
	t->msg_err = notes > 0;
out:
	free(code);
	free(year);
	free(dates);
	free(time);
	free(place);
}

/* x: the sammanträdesplan of a year as a document. */
struct plan_ctx {
	long long committee;
	int year;
};

static enum nd_err build_plan(struct tui *t, void *ctx, struct nd_doc **out)
{
	struct plan_ctx *p = ctx;
	struct doc_opts opts = { false };
	return plan_doc_build(t->db, p->committee, p->year, &opts, out);
}

static void export_plan(struct tui *t, struct meetings *m, const struct trow *r)
{
	char *code = NULL, *year = NULL, def[8], name[80];
	struct plan_ctx p = { 0, 0 };
	enum nd_err e;
	snprintf(def, sizeof def, "%.4s", r && r->ktext ? r->ktext : "");
	if (!def[0])
		snprintf(def, sizeof def, "%d", t->today.y);
	if (!tui_prompt_check(t, "Sammanträdesplan att exportera, nämnd (kod)",
			      m->committee ? m->committee : r ? r->cell[0] : NULL,
			      check_committee, NULL, &code) ||
	    !tui_prompt_check(t, "År", def, check_year, NULL, &year))
		goto out;
	if ((e = committee_resolve(t->db, code, &p.committee))) {
		tui_err(t, e);
		goto out;
	}
	p.year = atoi(year);
	snprintf(name, sizeof name, "sammantradesplan-%s-%d.xlsx", code, p.year);
	tui_export_doc(t, "sammanträdesplanen", name, build_plan, &p);
out:
	free(code);
	free(year);
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
	{ "place", "Plats" }, { "notes", "Anteckningar" },
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
	case ACT_COPY:
		if (r)
			create_from(t, m, r);
		else
			tui_msg(t, "Välj sammanträdet att utgå från.");
		return true;
	case ACT_PLAN:
		plan(t, m);
		return true;
	case ACT_EXPORT:
		export_plan(t, m, r);
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
	switch (a) {
	case ACT_FIND: return "Gå till datum";
	case ACT_COPY: return "Nästa från detta";
	case ACT_PLAN: return "Årsplan";
	case ACT_EXPORT: return "Exportera plan";
	default: return NULL;
	}
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
