/* Månadsrapport: the controller's månadsuppföljning of one committee
 * and period as the store computes it (deviations and the total are
 * never stored), with the report's and the selected line's comments.
 * A file from the finance system comes in through report_import (all or
 * nothing; its errors and mismatches in a list of their own), and the
 * shown period goes out as xlsx, PDF or text. */
#include "tui.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "namnd/doc.h"
#include "namnd/report.h"
#include "namnd/text.h"

#define PERIODS_MAX 1200 /* a hundred years of months */
#define AREA_MIN 12      /* columns the area keeps however wide the figures */
#define AREA_FULL 30     /* full headings when the area still gets this */

/* One line as shown. */
struct rline {
	char *area;    /* owned */
	char *comment; /* owned; NULL when none */
	bool group, in_group;
	int64_t v[RC_NCOLS];
	bool has[RC_NCOLS];
};

struct report {
	struct tscreen base;
	struct tbodies bodies;
	int ci;          /* ci: the one shown, -1: none */
	int period[PERIODS_MAX];      /* year * 12 + month - 1, newest first */
	int nperiods, pi;             /* pi: the one shown, -1: none */
	struct report_head head;      /* the shown report when pi >= 0 */
	struct rline *lines;
	size_t n, cap;
	size_t cur, top;              /* selected line, first line shown */
	int rows;                     /* lines that fitted at the last draw */
	int numw[RC_NCOLS];           /* widest figure per column */
};

static const enum tui_action actions[] = {
	ACT_UP, ACT_DOWN, ACT_PGUP, ACT_PGDN, ACT_HOME, ACT_END, ACT_IMPORT, ACT_EXPORT_XLSX,
	ACT_EXPORT_PDF, ACT_EXPORT_TEXT, ACT_PREV_PERIOD, ACT_NEXT_PERIOD, ACT_PERIOD, ACT_COMMITTEE, ACT_COMMENT,
	ACT_DELETE, ACT_BUDGET, ACT_NONE,
};

/* Headings when columns are short (UI.md) and their parts. */
static const char *const short_head[RC_NCOLS][2] = {
	{ "Budget", "(ack)" }, { "Utfall", "(ack)" }, { "Avvik.", "(ack)" },
	{ "Budget", "(helår)" }, { "Prognos", "(helår)" }, { "Avvik.", "prognos" },
};

static int period_year(int p) { return p / 12; }
static int period_month(int p) { return p % 12 + 1; }

/* ---- Loading ---- */

static void lines_clear(struct report *r)
{
	for (size_t i = 0; i < r->n; i++) {
		free(r->lines[i].area);
		free(r->lines[i].comment);
	}
	r->n = 0;
}

static void unshow(struct report *r)
{
	lines_clear(r);
	if (r->pi >= 0)
		report_head_free(&r->head);
	r->pi = -1;
}

static int decimals(const struct report *r)
{
	return r->head.cents ? 2 : 0;
}

static void widen(struct report *r, const int64_t *v, const bool *has)
{
	char buf[SV_NUM_BUF];
	for (int c = 0; c < RC_NCOLS; c++) {
		if (!has[c])
			continue;
		int w = (int)sv_num_format(v[c], decimals(r), buf, sizeof buf);
		if (w > r->numw[c])
			r->numw[c] = w;
	}
}

static int on_line(void *ctx, const struct report_row *row)
{
	struct report *r = ctx;
	struct rline *l;
	if (r->n == r->cap) {
		size_t cap = r->cap ? r->cap * 2 : 32;
		struct rline *v = realloc(r->lines, cap * sizeof *v);
		if (!v)
			return 1;
		r->lines = v;
		r->cap = cap;
	}
	l = &r->lines[r->n];
	memset(l, 0, sizeof *l);
	if (!(l->area = strdup(row->area)) ||
	    (row->comment && !(l->comment = strdup(row->comment)))) {
		free(l->area);
		return 1;
	}
	l->group = row->is_group;
	l->in_group = row->in_group;
	memcpy(l->v, row->v, sizeof l->v);
	memcpy(l->has, row->has, sizeof l->has);
	r->n++;
	widen(r, row->v, row->has);
	return 0;
}

/* Show period index pi (-1: none) of the current committee. */
static enum nd_err show(struct tui *t, struct report *r, int pi)
{
	static const bool all[RC_NCOLS] = { true, true, true, true, true, true };
	enum nd_err e;
	int p;
	unshow(r);
	memset(r->numw, 0, sizeof r->numw);
	if (pi < 0 || pi >= r->nperiods)
		return ND_OK;
	p = r->period[pi];
	if ((e = report_find(t->db, r->bodies.id[r->ci], period_year(p), period_month(p), &r->head)))
		return e;
	r->pi = pi;
	widen(r, r->head.total, all);
	e = report_rows(t->db, r->head.id, on_line, r);
	if (!e && r->n < r->head.nlines)
		e = nd_fail(ND_ENOMEM, "Slut på minne.");
	if (r->cur >= r->n)
		r->cur = r->n ? r->n - 1 : 0;
	return e;
}

static int on_period(void *ctx, sqlite3_stmt *st)
{
	struct report *r = ctx;
	const char *s = (const char *)sqlite3_column_text(st, 1);
	int y, m;
	if (r->nperiods == PERIODS_MAX)
		return 1;
	if (s && sscanf(s, "%d-%d", &y, &m) == 2)
		r->period[r->nperiods++] = y * 12 + m - 1;
	return 0;
}

static enum nd_err load_periods(struct tui *t, struct report *r)
{
	r->nperiods = 0;
	if (r->ci < 0)
		return ND_OK;
	return report_list(t->db, r->bodies.id[r->ci], on_period, r);
}

static int find_period(const struct report *r, int p)
{
	for (int i = 0; i < r->nperiods; i++)
		if (r->period[i] == p)
			return i;
	return -1;
}

/* Committee ci with period p shown (p < 0 or not stored: its latest). */
static enum nd_err open_committee(struct tui *t, struct report *r, int ci, int p)
{
	enum nd_err e;
	int pi;
	unshow(r);
	r->ci = ci;
	if ((e = load_periods(t, r)))
		return e;
	pi = find_period(r, p);
	return show(t, r, pi >= 0 ? pi : (r->nperiods ? 0 : -1));
}

static int on_body(void *ctx, sqlite3_stmt *st)
{
	struct tbodies *b = ctx;
	int i = b->n;
	if (i == TBODIES_MAX)
		return 1;
	b->id[i] = sqlite3_column_int64(st, 0);
	b->code[i] = strdup((const char *)sqlite3_column_text(st, 1));
	b->name[i] = strdup((const char *)sqlite3_column_text(st, 2));
	if (!b->code[i] || !b->name[i]) {
		free(b->code[i]);
		free(b->name[i]);
		return 1;
	}
	b->n++;
	return 0;
}

enum nd_err tbodies_load(struct tui *t, struct tbodies *b)
{
	return entity_list(t->db, &committee_entity, NULL, on_body, b);
}

void tbodies_free(struct tbodies *b)
{
	for (int i = 0; i < b->n; i++) {
		free(b->code[i]);
		free(b->name[i]);
	}
	b->n = 0;
}

int tbodies_pick(struct tui *t, const struct tbodies *b, int cur)
{
	const char *items[TBODIES_MAX];
	char *labels[TBODIES_MAX] = { NULL };
	int i;
	for (i = 0; i < b->n; i++) {
		labels[i] = malloc(strlen(b->name[i]) + strlen(b->code[i]) + 4);
		if (labels[i])
			sprintf(labels[i], "%s (%s)", b->name[i], b->code[i]);
		items[i] = labels[i] ? labels[i] : b->code[i];
	}
	i = tui_pick(t, "Nämnd", items, b->n, cur);
	for (int k = 0; k < b->n; k++)
		free(labels[k]);
	return i;
}

/* The first committee with a report, at its latest; else the first. */
static enum nd_err open_default(struct tui *t, struct report *r)
{
	enum nd_err e;
	for (int i = 0; i < r->bodies.n; i++) {
		if ((e = open_committee(t, r, i, -1)))
			return e;
		if (r->pi >= 0)
			return ND_OK;
	}
	return r->bodies.n ? open_committee(t, r, 0, -1) : ND_OK;
}

/* ---- Drawing ---- */

struct layout {
	int area;                 /* columns of the area */
	int w[RC_NCOLS];
	const char *head[RC_NCOLS][2];
};

/* Full headings when they leave the area room, else the short ones. */
static void lay_out(const struct report *r, struct layout *L)
{
	for (int full = 1; full >= 0; full--) {
		int used = 0;
		for (int c = 0; c < RC_NCOLS; c++) {
			int w = r->numw[c];
			for (int k = 0; k < 2; k++) {
				L->head[c][k] = full ? report_col_head((enum report_col)c, k)
						     : short_head[c][k];
				if ((int)text_width(L->head[c][k]) > w)
					w = (int)text_width(L->head[c][k]);
			}
			L->w[c] = w;
			used += w + 1;
		}
		int want = r->head.area_width < AREA_FULL ? (int)r->head.area_width : AREA_FULL;
		L->area = COLS - used;
		if (!full || L->area >= want)
			break;
	}
	if (L->area < AREA_MIN)
		L->area = AREA_MIN;
	/* On a wide terminal the figures stay near the names. */
	if (L->area > (int)r->head.area_width + 2 && r->head.area_width + 2 > AREA_MIN)
		L->area = (int)r->head.area_width + 2;
}

static void draw_figures(const struct report *r, const struct layout *L, int y,
			 const int64_t *v, const bool *has, enum theme_role role,
			 bool selected)
{
	char buf[SV_NUM_BUF];
	int x = L->area;
	for (int c = 0; c < RC_NCOLS; c++) {
		enum theme_role cr = role;
		draw_blank(y, x++, 1, role);
		buf[0] = '\0';
		if (has[c])
			sv_num_format(v[c], decimals(r), buf, sizeof buf);
		/* A negative deviation stands out (not on the selection,
		 * which must read as one row). */
		if (!selected && report_col_computed((enum report_col)c) && has[c] && v[c] < 0)
			cr = R_OVERDUE;
		draw_right(y, x, L->w[c], buf, cr);
		x += L->w[c];
	}
	if (x < COLS)
		draw_blank(y, x, COLS - x, role);
}

static void draw_line(const struct report *r, const struct layout *L, int y, size_t i)
{
	const struct rline *l = &r->lines[i];
	bool sel = i == r->cur;
	enum theme_role role = sel ? R_SELECTED : l->group ? R_HEADER : R_NORMAL;
	char *label = malloc(strlen(l->area) + 3);
	if (label)
		sprintf(label, "%s%s", l->in_group ? "  " : "", l->area);
	draw_text(y, 0, L->area, label ? label : l->area, role);
	free(label);
	draw_figures(r, L, y, l->v, l->has, role, sel);
}

static void draw_heading(const struct report *r, const struct layout *L, int y)
{
	char where[64] = "";
	for (int k = 0; k < 2; k++) {
		int x = L->area;
		draw_text(y + k, 0, L->area, k ? where : "Verksamhet", R_HEADER);
		for (int c = 0; c < RC_NCOLS; c++) {
			draw_blank(y + k, x++, 1, R_HEADER);
			draw_right(y + k, x, L->w[c], L->head[c][k], R_HEADER);
			x += L->w[c];
		}
		if (x < COLS)
			draw_blank(y + k, x, COLS - x, R_HEADER);
		/* Where the window is when not every line fits. */
		if (!k && r->rows > 0 && r->n > (size_t)r->rows)
			snprintf(where, sizeof where, "%zu–%zu av %zu", r->top + 1,
				 r->top + (size_t)r->rows, r->n);
	}
}

/* The comments: the report's and the selected line's. */
static void draw_comments(const struct report *r, int y, int h)
{
	char *s;
	const struct rline *l = r->cur < r->n ? &r->lines[r->cur] : NULL;
	draw_rule(y, 0, COLS, "Kommentarer");
	if (h < 2)
		return;
	s = malloc(strlen(r->head.comment ? r->head.comment : "") + 32);
	if (s) {
		sprintf(s, "Rapporten: %s", r->head.comment ? r->head.comment : "ingen kommentar");
		draw_text(y + 1, 0, COLS, s, r->head.comment ? R_NORMAL : R_DIM);
		free(s);
	}
	if (!l || h < 3)
		return;
	s = malloc(strlen(l->area) + strlen(l->comment ? l->comment : "") + 32);
	if (s) {
		sprintf(s, "%s: %s", l->area, l->comment ? l->comment : "ingen kommentar");
		draw_wrapped(y + 2, 0, COLS, h - 2, s, l->comment ? R_NORMAL : R_DIM);
		free(s);
	}
}

static void draw(struct tui *t, struct tscreen *s, int y, int h)
{
	struct report *r = (struct report *)s;
	struct layout L;
	int panel = 0, rows;
	(void)t;
	for (int i = 0; i < h; i++)
		draw_blank(y + i, 0, COLS, R_NORMAL);
	if (r->bodies.n == 0) {
		draw_text(y + 1, 1, COLS - 2, "Inga nämnder ännu. Lägg till en med "
			  "'namnd committee add'.", R_DIM);
		return;
	}
	if (r->pi < 0) {
		char line[300];
		snprintf(line, sizeof line, "Ingen månadsuppföljning för %s ännu (%s importerar "
			 "en fil).", r->bodies.code[r->ci], keys_first(ACT_IMPORT));
		draw_text(y + 1, 1, COLS - 2, line, R_DIM);
		return;
	}
	if (r->head.comment || r->head.comments)
		panel = h >= 10 ? 4 : 0;
	rows = h - 3 - panel;
	if (rows < 1)
		rows = 1;
	r->rows = rows;
	if (r->cur < r->top)
		r->top = r->cur;
	if (r->cur >= r->top + (size_t)rows)
		r->top = r->cur - (size_t)rows + 1;
	if (r->top + (size_t)rows > r->n)
		r->top = r->n > (size_t)rows ? r->n - (size_t)rows : 0;
	lay_out(r, &L);
	draw_heading(r, &L, y);
	draw_text(y + 2, 0, L.area, REPORT_TOTAL_LABEL, R_HEADER);
	{
		static const bool all[RC_NCOLS] = { true, true, true, true, true, true };
		draw_figures(r, &L, y + 2, r->head.total, all, R_NORMAL, false);
	}
	for (int i = 0; i < rows && r->top + (size_t)i < r->n; i++)
		draw_line(r, &L, y + 3 + i, r->top + (size_t)i);
	if (panel)
		draw_comments(r, y + h - panel, panel);
}

static void title(struct tui *t, struct tscreen *s, char *buf, size_t size)
{
	struct report *r = (struct report *)s;
	(void)t;
	if (r->ci < 0)
		snprintf(buf, size, "Månadsuppföljning");
	else if (r->pi < 0)
		snprintf(buf, size, "Månadsuppföljning · %s (%s)", r->bodies.name[r->ci],
			 r->bodies.code[r->ci]);
	else
		snprintf(buf, size, "Månadsuppföljning · %s · %04d-%02d (%s)", r->bodies.name[r->ci],
			 r->head.year, r->head.month, sv_unit_name(r->head.unit));
}

/* ---- The import's messages: errors, mismatches, notes ---- */

struct msgs {
	struct tscreen base;
	char head[300];
	struct tmem mem;
	struct tlist list;
};

static const enum tui_action msgs_actions[] = {
	ACT_UP, ACT_DOWN, ACT_PGUP, ACT_PGDN, ACT_HOME, ACT_END, ACT_NONE,
};

static const struct tcol msgs_cols[] = {
	{ "", 8, false, false },
	{ "Meddelande", 0, false, false },
};

static enum theme_role msgs_role(const struct trow *row)
{
	return row->flags == 0 ? R_OVERDUE : row->flags == 1 ? R_WARN : R_NORMAL;
}

/* Message m as rows of at most w columns; the first names its kind. */
static void msgs_add(struct msgs *ms, const char *kind, int flags, const char *m, int w)
{
	char *clean = text_sanitize(m, false), *p = clean;
	bool first = true;
	if (!clean)
		return;
	while (*p) {
		size_t fit = wrap_fit(p, (size_t)w);
		struct trow *row = trows_add(&ms->mem.all);
		if (!row)
			break;
		row->flags = flags;
		trow_set(row, 0, first ? kind : "");
		char keep = p[fit];
		p[fit] = '\0';
		trow_set(row, 1, p);
		p[fit] = keep;
		p += fit;
		while (*p == ' ')
			p++;
		first = false;
	}
	free(clean);
}

static void msgs_title(struct tui *t, struct tscreen *s, char *buf, size_t size)
{
	(void)t;
	snprintf(buf, size, "%s", ((struct msgs *)s)->head);
}

static void msgs_draw(struct tui *t, struct tscreen *s, int y, int h)
{
	struct msgs *ms = (struct msgs *)s;
	list_fit(t, &ms->list, h - 1);
	list_draw(&ms->list, msgs_cols, 2, y, h, msgs_role);
}

static bool msgs_act(struct tui *t, struct tscreen *s, enum tui_action a)
{
	return list_act(t, &((struct msgs *)s)->list, a);
}

static void msgs_free(struct tscreen *s)
{
	struct msgs *ms = (struct msgs *)s;
	list_free(&ms->list);
	trows_clear(&ms->mem.all);
	free(ms);
}

static const struct tscreen_ops msgs_ops = {
	.name = "Importmeddelanden",
	.actions = msgs_actions,
	.title = msgs_title,
	.draw = msgs_draw,
	.act = msgs_act,
	.free = msgs_free,
};

/* The messages of d, after warning (may be NULL). */
static struct tscreen *msgs_new(struct tui *t, const char *head, const struct report_data *d,
				const char *warning)
{
	struct msgs *ms = scr_alloc(t, sizeof *ms, &msgs_ops);
	int w = COLS - 10 > 20 ? COLS - 10 : 20;
	if (!ms)
		return NULL;
	snprintf(ms->head, sizeof ms->head, "%s", head);
	if (warning)
		msgs_add(ms, "Varning", 1, warning, w);
	for (size_t i = 0; i < d->errors.n; i++)
		msgs_add(ms, "Fel", 0, d->errors.v[i], w);
	for (size_t i = 0; !d->errors.n && i < d->warnings.n; i++)
		msgs_add(ms, "Varning", 1, d->warnings.v[i], w);
	for (size_t i = 0; i < d->notes.n; i++)
		msgs_add(ms, "Notering", 2, d->notes.v[i], w);
	tmem_index(&ms->mem);
	list_init(&ms->list, tmem_fetch, &ms->mem);
	list_home(&ms->list, 1);
	return &ms->base;
}

/* ---- Actions ---- */

/* A year-month in the file's name ("uppfoljning_2023-10.tsv"), else -1. */
static int period_in_name(const char *path)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	for (const char *p = base; strlen(p) >= 7; p++) {
		bool digits = true;
		for (int i = 0; i < 7; i++)
			if (i != 4 && (p[i] < '0' || p[i] > '9'))
				digits = false;
		if (!digits || p[4] != '-' || (p > base && p[-1] >= '0' && p[-1] <= '9') ||
		    (p[7] >= '0' && p[7] <= '9'))
			continue;
		int y = atoi(p), m = (p[5] - '0') * 10 + (p[6] - '0');
		if (y >= 1900 && m >= 1 && m <= 12)
			return y * 12 + m - 1;
	}
	return -1;
}

int tui_ask_column(void *ctx, const struct report_question *q)
{
	struct tui_ask *a = ctx;
	const char *items[16];
	char head[TEXT_QUOTE_SIZE], word[TEXT_QUOTE_SIZE], box[TEXT_QUOTE_SIZE + 32];
	int n = 0, i;
	for (i = 0; i < a->n; i++) /* asked before (the import tried again) */
		if (a->col[i] == q->col)
			return a->answer[i];
	for (i = 0; i < q->nchoices && n < 15; i++)
		items[n++] = q->choices[i];
	items[n++] = "Ignorera (läses inte)";
	text_quote(q->head, head, sizeof head);
	text_quote(q->word, word, sizeof word);
	tui_msg(a->t, "Kolumn %zu har rubriken \"%s\" och ordet \"%s\" känns inte igen. "
		"Vilken kolumn är det? (Esc avbryter importen.)", q->col + 1, head, word);
	snprintf(box, sizeof box, "Kolumn %zu: \"%s\"", q->col + 1, head);
	i = tui_pick(a->t, box, items, n, n - 1);
	a->t->msg[0] = '\0';
	i = i < 0 ? REPORT_ASK_CANCEL : i == n - 1 ? REPORT_ASK_IGNORE : i;
	if (a->n < (int)(sizeof a->col / sizeof a->col[0])) {
		a->col[a->n] = q->col;
		a->answer[a->n++] = i;
	}
	return i;
}

/* The period a new file is for: in its name, else the month after the
 * latest stored, else last month. */
static int default_period(struct tui *t, const struct report *r, const char *path)
{
	int p = period_in_name(path);
	if (p >= 0)
		return p;
	if (r->nperiods)
		return r->period[0] + 1;
	return t->today.y * 12 + t->today.m - 2;
}

static void import_head(const struct report *r, const char *path, int p, char *buf,
			size_t size)
{
	const char *base = strrchr(path, '/');
	snprintf(buf, size, "Import av %s till %s %04d-%02d", base ? base + 1 : path,
		 r->bodies.code[r->ci], period_year(p), period_month(p));
}

/* The store refused a set of areas that changed since the last report
 * (its message names the CLI option): the message in the list, and the
 * question under it. */
static bool areas_changed_ok(struct tui *t, struct report *r, const struct report_data *d,
			     const char *path, int p)
{
	char head[300], why[1200], *cut;
	bool yes;
	snprintf(why, sizeof why, "%s", nd_errmsg());
	if ((cut = strstr(why, " Ange --allow-area-changes")))
		*cut = '\0';
	import_head(r, path, p, head, sizeof head);
	tui_push(t, msgs_new(t, head, d, why));
	yes = tui_confirm(t, "Områden saknas jämfört med förra uppföljningen. Importera ändå?");
	if (tui_top(t) != &r->base)
		tui_pop(t);
	return yes;
}

static void import_done(struct tui *t, struct report *r, enum nd_err e,
			const struct report_data *d, const char *path, int p)
{
	char head[300], msg[300];
	import_head(r, path, p, head, sizeof head);
	if (!e) {
		size_t areas = 0;
		for (size_t i = 0; i < d->nlines; i++)
			areas += !d->lines[i].is_group;
		if (d->warnings.n)
			snprintf(msg, sizeof msg, "Importerade %04d-%02d: %zu områden (%s); %zu "
				 "avvikelse%s mot filen, se listan.", period_year(p),
				 period_month(p), areas, sv_unit_name(d->unit), d->warnings.n,
				 d->warnings.n == 1 ? "" : "r");
		else
			snprintf(msg, sizeof msg, "Importerade månadsuppföljningen %04d-%02d: "
				 "%zu områden (%s).", period_year(p), period_month(p), areas,
				 sv_unit_name(d->unit));
		tui_result(t, open_committee(t, r, r->ci, p), NULL);
	}
	if (d && (d->errors.n || (!e && d->warnings.n)))
		tui_push(t, msgs_new(t, head, d, NULL));
	if (e)
		tui_err(t, e);
	else
		tui_msg(t, "%s", msg);
}

static void import(struct tui *t, struct report *r)
{
	struct report_import_opts o;
	struct report_data *d = NULL;
	struct tui_ask ask = { t, { 0 }, { 0 }, 0 };
	char *path = NULL, *period = NULL, def[16], q[1200];
	int y, m, p;
	long long id;
	enum nd_err e;

	if (!tui_ask_path(t, "Importera fil (CSV eller TSV)", NULL,
		      "Ingen fil angiven; ingenting importerades.", &path))
		return;
	if (strcmp(path, "-") == 0) {
		tui_msg(t, "Ange en fil; standard in är terminalen här. Ingenting importerades.");
		t->msg_err = true;
		goto out;
	}
	p = default_period(t, r, path);
	snprintf(def, sizeof def, "%04d-%02d", period_year(p), period_month(p));
	if (!tui_prompt(t, "Period (ÅÅÅÅ-MM)", def, &period))
		goto out;
	if ((e = report_period_parse(period, &y, &m))) {
		tui_err(t, e);
		goto out;
	}
	p = y * 12 + m - 1;
	memset(&o, 0, sizeof o);
	o.committee = r->bodies.id[r->ci];
	o.year = y;
	o.month = m;
	o.unit = SV_UNIT_NONE;
	o.save.source = path;
	o.ask = tui_ask_column;
	o.ask_ctx = &ask;
	if (find_period(r, p) >= 0) {
		snprintf(q, sizeof q, "Det finns redan en månadsuppföljning för %s %04d-%02d. "
			 "Ersätta den?", r->bodies.code[r->ci], y, m);
		if (!tui_confirm(t, q))
			goto out;
		o.save.replace = true;
	}
	for (;;) {
		report_data_free(d);
		d = NULL;
		e = report_import(t->db, path, &o, &d, &id);
		if (tui_busy(t, e))
			continue;
		/* Parsed without errors but refused: an area of last month is
		 * gone from the file. */
		if (e == ND_EINVAL && d && !d->errors.n && !o.save.allow_area_changes) {
			if (!areas_changed_ok(t, r, d, path, p))
				goto out;
			o.save.allow_area_changes = true;
			continue;
		}
		break;
	}
	import_done(t, r, e, d, path, p);
out:
	report_data_free(d);
	free(path);
	free(period);
}

static enum nd_err write_text(void *ctx, const char *tmp)
{
	void **a = ctx;
	FILE *f = fopen(tmp, "w");
	enum nd_err e;
	if (!f)
		return nd_fail(ND_EIO, "Kan inte skriva den tillfälliga filen.");
	e = report_write_text(a[0], a[1], f);
	if (fclose(f) != 0 && !e)
		e = nd_fail(ND_EIO, "Kunde inte skriva klart texten.");
	return e;
}

/* The shown period as text, xlsx or PDF (A4, for print and the nämnd's
 * handlingar), to a file the user names. */
static void export(struct tui *t, struct report *r, enum doc_format fmt)
{
	static const char *const ext[] = { [DOC_TEXT] = "txt", [DOC_XLSX] = "xlsx",
					   [DOC_PDF] = "pdf" };
	static const char *const label[] = { [DOC_TEXT] = "Exportera text till fil",
					     [DOC_XLSX] = "Exportera xlsx till fil",
					     [DOC_PDF] = "Exportera PDF till fil" };
	char def[128], day[11], msg[600];
	char *path = NULL;
	enum nd_err e;
	snprintf(def, sizeof def, "manadsuppfoljning-%s-%04d-%02d.%s",
		 r->bodies.code[r->ci], r->head.year, r->head.month, ext[fmt]);
	if (!tui_ask_path(t, label[fmt], def, "Ingen fil angiven; ingenting exporterades.", &path))
		return;
	struct stat st;
	if (stat(path, &st) == 0 && !S_ISDIR(st.st_mode)) {
		char *clean = text_sanitize(path, false);
		snprintf(msg, sizeof msg, "Filen %s finns redan; skriva över den?",
			 clean ? clean : "");
		free(clean);
		if (!tui_confirm(t, msg)) {
			free(path);
			return;
		}
	}
	if (fmt == DOC_XLSX) {
		date_format(t->today, day);
		e = report_write_xlsx(t->db, &r->head, 1, path, day, t->org);
	} else if (fmt == DOC_PDF) {
		struct nd_doc *doc = NULL;
		if ((e = report_doc_build(t->db, &r->head, 1, t->org ? t->org : "", &doc)) == ND_OK)
			e = doc_write(doc, DOC_PDF, 0, path);
		doc_free(doc);
	} else {
		void *ctx[2] = { t->db, &r->head };
		e = doc_write_file(path, write_text, ctx);
	}
	snprintf(msg, sizeof msg, "Skrev månadsuppföljningen %04d-%02d till %s.", r->head.year,
		 r->head.month, path);
	tui_result(t, e, msg);
	free(path);
}

static void pick_committee(struct tui *t, struct report *r)
{
	int i = tbodies_pick(t, &r->bodies, r->ci);
	if (i >= 0)
		tui_result(t, open_committee(t, r, i, -1), NULL);
}

static void pick_period(struct tui *t, struct report *r)
{
	static char labels[PERIODS_MAX][16];
	const char *items[PERIODS_MAX];
	int i;
	for (i = 0; i < r->nperiods; i++) {
		snprintf(labels[i], sizeof labels[i], "%04d-%02d", period_year(r->period[i]),
			 period_month(r->period[i]));
		items[i] = labels[i];
	}
	i = tui_pick(t, "Period", items, r->nperiods, r->pi);
	if (i >= 0)
		tui_result(t, show(t, r, i), NULL);
}

/* Older (by 1) or newer (by -1) stored period. */
static void step_period(struct tui *t, struct report *r, int by)
{
	int pi = r->pi + by;
	if (pi < 0 || pi >= r->nperiods) {
		tui_msg(t, "Det finns ingen %s månadsuppföljning för %s.",
			by > 0 ? "tidigare" : "senare", r->bodies.code[r->ci]);
		return;
	}
	tui_result(t, show(t, r, pi), NULL);
}

/* The report's comment or the selected line's, in the editor. */
static void edit_comment(struct tui *t, struct report *r)
{
	const struct rline *l = r->cur < r->n ? &r->lines[r->cur] : NULL;
	const char *items[2] = { "Rapportens kommentar", NULL };
	char *label = NULL, *text = NULL;
	enum nd_err e;
	int i;
	if (l && (label = malloc(strlen(l->area) + 20)))
		sprintf(label, "Kommentar för %s", l->area);
	items[1] = label ? label : "Kommentar för raden";
	if ((i = tui_pick(t, "Kommentar", items, l ? 2 : 1, l ? 1 : 0)) < 0)
		goto out;
	if (!tui_edit_long(t, i ? l->comment : r->head.comment, &text))
		goto out;
	do
		e = report_set_comment(t->db, r->head.id, i ? l->area : NULL, text);
	while (tui_busy(t, e));
	if (tui_result(t, e, NULL) == ND_OK && tui_result(t, show(t, r, r->pi), NULL) == ND_OK)
		tui_msg(t, "Kommentaren är sparad.");
out:
	free(label);
	free(text);
}

static void remove_report(struct tui *t, struct report *r)
{
	char q[200];
	enum nd_err e;
	snprintf(q, sizeof q, "Ta bort månadsuppföljningen för %s %04d-%02d?",
		 r->bodies.code[r->ci], r->head.year, r->head.month);
	if (!tui_confirm(t, q))
		return;
	do
		e = report_remove(t->db, r->head.id);
	while (tui_busy(t, e));
	if (tui_result(t, e, NULL) == ND_OK) {
		tui_msg(t, "Månadsuppföljningen %04d-%02d är borttagen.", r->head.year,
			r->head.month);
		tui_result(t, open_committee(t, r, r->ci, -1), NULL);
	}
}

static bool step_line(struct report *r, enum tui_action a)
{
	size_t page = r->rows > 1 ? (size_t)r->rows - 1 : 1;
	if (r->n == 0)
		return a == ACT_UP || a == ACT_DOWN || a == ACT_PGUP || a == ACT_PGDN ||
		       a == ACT_HOME || a == ACT_END;
	switch (a) {
	case ACT_UP: if (r->cur > 0) r->cur--; return true;
	case ACT_DOWN: if (r->cur + 1 < r->n) r->cur++; return true;
	/* A page moves the window and the selection alike. */
	case ACT_PGUP:
		r->top = r->top > page ? r->top - page : 0;
		r->cur = r->cur > page ? r->cur - page : 0;
		return true;
	case ACT_PGDN:
		r->top += page;
		r->cur = r->cur + page < r->n ? r->cur + page : r->n - 1;
		return true;
	case ACT_HOME: r->cur = 0; return true;
	case ACT_END: r->cur = r->n - 1; return true;
	default: return false;
	}
}

static bool enabled(struct tui *t, struct tscreen *s, enum tui_action a)
{
	struct report *r = (struct report *)s;
	(void)t;
	switch (a) {
	case ACT_IMPORT: return r->ci >= 0;
	case ACT_COMMITTEE: return r->bodies.n > 1;
	case ACT_EXPORT_XLSX: case ACT_EXPORT_PDF: case ACT_EXPORT_TEXT: case ACT_COMMENT: case ACT_DELETE:
		return r->pi >= 0;
	case ACT_PREV_PERIOD: case ACT_NEXT_PERIOD: case ACT_PERIOD: return r->nperiods > 1;
	default: return true;
	}
}

static bool act(struct tui *t, struct tscreen *s, enum tui_action a)
{
	struct report *r = (struct report *)s;
	if (step_line(r, a))
		return true;
	switch (a) {
	case ACT_IMPORT: import(t, r); return true;
	case ACT_EXPORT_XLSX: export(t, r, DOC_XLSX); return true;
	case ACT_EXPORT_PDF: export(t, r, DOC_PDF); return true;
	case ACT_EXPORT_TEXT: export(t, r, DOC_TEXT); return true;
	case ACT_PREV_PERIOD: step_period(t, r, 1); return true;
	case ACT_NEXT_PERIOD: step_period(t, r, -1); return true;
	case ACT_PERIOD: pick_period(t, r); return true;
	case ACT_COMMITTEE: pick_committee(t, r); return true;
	case ACT_COMMENT: edit_comment(t, r); return true;
	case ACT_DELETE: remove_report(t, r); return true;
	case ACT_BUDGET:
		tui_push(t, scr_budget_new(t, r->ci >= 0 ? r->bodies.id[r->ci] : 0));
		return true;
	default: return false;
	}
}

/* Back from the messages (or another screen): read the period again. */
static void reload(struct tui *t, struct tscreen *s)
{
	struct report *r = (struct report *)s;
	int p = r->pi >= 0 ? r->period[r->pi] : -1;
	if (r->ci >= 0)
		tui_result(t, open_committee(t, r, r->ci, p), NULL);
}

static void destroy(struct tscreen *s)
{
	struct report *r = (struct report *)s;
	unshow(r);
	free(r->lines);
	tbodies_free(&r->bodies);
	free(r);
}

static const struct tscreen_ops ops = {
	.name = "Månadsrapport",
	.actions = actions,
	.title = title,
	.draw = draw,
	.act = act,
	.enabled = enabled,
	.reload = reload,
	.free = destroy,
};

struct tscreen *scr_report_new(struct tui *t)
{
	struct report *r = scr_alloc(t, sizeof *r, &ops);
	enum nd_err e;
	if (!r)
		return NULL;
	r->ci = r->pi = -1;
	if ((e = tbodies_load(t, &r->bodies)) ||
	    (e = open_default(t, r))) {
		tui_err(t, e);
		destroy(&r->base);
		return NULL;
	}
	return &r->base;
}
