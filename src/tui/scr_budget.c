/* Budget: the nämndplan's budget table (Prognos N, Budget N, Budget
 * N+1 per verksamhetsområde, Totalt last as the nämndplan prints it),
 * beside the Månadsrapport where the controller works: the committee's
 * years one key apart, a table imported from a file or pasted into the
 * editor (as namnd budget import, all or nothing), removed when asked,
 * written out as text, xlsx or PDF. */
#include "tui.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/doc.h"
#include "namnd/report.h"
#include "namnd/text.h"

#define YEARS_MAX 300

struct budget {
	struct tscreen base;
	struct tbodies bodies;
	int ci;
	int year[YEARS_MAX];          /* newest first */
	int nyears, yi;               /* yi: the one shown, -1: none */
	struct budget_head head;      /* the shown table when yi >= 0 */
	int shown[BC_ALL], nshown;    /* the columns the table has (budget_shown) */
	char colhead[BC_ALL][32];     /* "Prognos 2023", …, as shown */
	struct tmem mem;
	struct tlist list;
	char *paste;                  /* a refused paste, offered again */
};

static const enum tui_action actions[] = {
	ACT_UP, ACT_DOWN, ACT_PGUP, ACT_PGDN, ACT_HOME, ACT_END, ACT_IMPORT, ACT_EXPORT,
	ACT_PREV_PERIOD, ACT_NEXT_PERIOD, ACT_PERIOD, ACT_COMMITTEE, ACT_DELETE, ACT_NONE,
};

static const char paste_help[] =
	"# Klistra in nämndplanens budgettabell från Word, Excel eller en PDF\n"
	"# under de här raderna, spara och avsluta redigeraren. Kolumner:\n"
	"# område, Prognos och Budget för två år (och Bokslut och Plan om de\n"
	"# finns); åren i rubrikerna eller på raden ovanför (\"2023 | | 2024\").\n"
	"# Rader som börjar med # läses inte.\n";

static const char *label(enum tui_action a)
{
	switch (a) {
	case ACT_IMPORT: return "Importera";
	case ACT_PERIOD: return "Välj år";
	case ACT_PREV_PERIOD: return "Föregående år";
	case ACT_NEXT_PERIOD: return "Nästa år";
	default: return NULL;
	}
}

/* ---- Loading ---- */

static void unshow(struct budget *b)
{
	if (b->yi >= 0)
		budget_head_free(&b->head);
	b->yi = -1;
	list_free(&b->list);
	trows_clear(&b->mem.all);
}

static void fmt(const struct budget *b, struct trow *row, int c, int64_t v, bool has)
{
	char buf[SV_NUM_BUF] = "";
	if (has)
		sv_num_format(v, b->head.cents ? 2 : 0, buf, sizeof buf);
	trow_set(row, c, buf);
}

static int on_line(void *ctx, const struct report_row *r)
{
	struct budget *b = ctx;
	struct trow *row = trows_add(&b->mem.all);
	int64_t v[BC_ALL];
	bool has[BC_ALL];
	if (!row)
		return 1;
	row->id = r->id;
	trow_set(row, 0, r->area);
	budget_pick(b->shown, b->nshown, r->v, r->has, v, has);
	for (int j = 0; j < b->nshown; j++)
		fmt(b, row, j + 1, v[j], has[j]);
	return 0;
}

/* Year index yi (-1: none) of the current committee. */
static enum nd_err show(struct tui *t, struct budget *b, int yi)
{
	struct trow *total;
	enum nd_err e;
	unshow(b);
	if (yi < 0 || yi >= b->nyears)
		return list_home(&b->list, 1);
	if ((e = budget_find(t->db, b->bodies.id[b->ci], b->year[yi], &b->head)))
		return e;
	b->yi = yi;
	/* Bokslut N-1 and Plan N+2, N+3 where the table has them, no
	 * Prognos where it has none (schema 036). */
	b->nshown = budget_shown(&b->head, b->shown, NULL);
	for (int j = 0; j < b->nshown; j++)
		snprintf(b->colhead[j], sizeof b->colhead[0], "%s %d",
			 budget_col_word((enum budget_col)b->shown[j]),
			 b->head.year + budget_col_offset((enum budget_col)b->shown[j]));
	if ((e = budget_rows(t->db, b->head.id, on_line, b)))
		return e;
	if (!(total = trows_add(&b->mem.all)))
		return nd_fail(ND_ENOMEM, "Slut på minne.");
	total->id = 0;
	total->flags = 1;
	trow_set(total, 0, REPORT_TOTAL_LABEL);
	for (int j = 0; j < b->nshown; j++)
		fmt(b, total, j + 1, b->head.total[b->shown[j]], true);
	tmem_index(&b->mem);
	return list_home(&b->list, b->list.height > 0 ? b->list.height : 1);
}

static int on_year(void *ctx, sqlite3_stmt *st)
{
	struct budget *b = ctx;
	if (b->nyears == YEARS_MAX)
		return 1;
	b->year[b->nyears++] = sqlite3_column_int(st, 1);
	return 0;
}

/* Committee ci with year y shown (0 or not stored: its latest). */
static enum nd_err open_committee(struct tui *t, struct budget *b, int ci, int y)
{
	enum nd_err e;
	int yi = 0;
	unshow(b);
	b->ci = ci;
	b->nyears = 0;
	if (ci < 0)
		return ND_OK;
	if ((e = budget_list(t->db, b->bodies.id[ci], on_year, b)))
		return e;
	for (int i = 0; i < b->nyears; i++)
		if (b->year[i] == y)
			yi = i;
	return show(t, b, b->nyears ? yi : -1);
}

/* ---- Drawing ---- */

static enum theme_role row_role(const struct trow *r)
{
	return r->flags ? R_HEADER : R_NORMAL;
}

static void draw(struct tui *t, struct tscreen *s, int y, int h)
{
	struct budget *b = (struct budget *)s;
	struct tcol cols[1 + BC_ALL] = { { "Verksamhet", 0, false, false } };
	char line[300];
	int panel;
	for (int i = 0; i < h; i++)
		draw_blank(y + i, 0, COLS, R_NORMAL);
	if (b->ci < 0) {
		draw_text(y + 1, 1, COLS - 2, "Inga nämnder ännu.", R_DIM);
		return;
	}
	if (b->yi < 0) {
		snprintf(line, sizeof line, "Ingen budgettabell för %s ännu (%s importerar en "
			 "fil eller en inklistrad tabell).", b->bodies.code[b->ci],
			 keys_first(ACT_IMPORT));
		draw_wrapped(y + 1, 1, COLS - 2, 2, line, R_DIM);
		return;
	}
	/* The six columns of a multi-year table as narrow as their headings
	 * and numbers ("-1 010 299") allow; three as wide as before. */
	for (int j = 0; j < b->nshown; j++) {
		int w = (int)text_width(b->colhead[j]);
		cols[j + 1] = (struct tcol){ b->colhead[j], b->nshown > 3 ? (w > 10 ? w : 10) : 14,
					     true, false };
	}
	panel = b->head.comment && h >= 10 ? 3 : 0;
	list_fit(t, &b->list, h - 1 - panel);
	list_draw(&b->list, cols, 1 + b->nshown, y, h - panel, row_role);
	if (panel) {
		draw_rule(y + h - panel, 0, COLS, "Kommentar");
		draw_wrapped(y + h - panel + 1, 0, COLS, panel - 1, b->head.comment, R_NORMAL);
	}
}

static void title(struct tui *t, struct tscreen *s, char *buf, size_t size)
{
	struct budget *b = (struct budget *)s;
	(void)t;
	if (b->ci < 0)
		snprintf(buf, size, "Budget");
	else if (b->yi < 0)
		snprintf(buf, size, "Budget · %s (%s)", b->bodies.name[b->ci],
			 b->bodies.code[b->ci]);
	else {
		int last;
		budget_shown(&b->head, (int[BC_ALL]){ 0 }, &last);
		snprintf(buf, size, "Budget · %s · %d–%d (%s)", b->bodies.name[b->ci],
			 b->head.year, last, sv_unit_name(b->head.unit));
	}
}

/* ---- Actions ---- */

static void import_done(struct tui *t, struct budget *b, enum nd_err e,
			const struct report_data *d, const char *what)
{
	struct trows rows = { NULL, 0, 0 };
	char head[300];
	if (!e) {
		free(b->paste);
		b->paste = NULL;
		tui_result(t, open_committee(t, b, b->ci, d->year), NULL);
	}
	/* The errors (nothing stored) or the mismatches (stored anyway). */
	for (size_t i = 0; d && i < d->errors.n + d->warnings.n; i++) {
		bool err = i < d->errors.n;
		struct trow *r = trows_add(&rows);
		if (!r)
			break;
		r->id = (long long)i + 1;
		r->flags = err;
		trow_set(r, 1, err ? "FEL" : "obs");
		trow_set(r, 2, err ? d->errors.v[i] : d->warnings.v[i - d->errors.n]);
	}
	if (rows.n) {
		snprintf(head, sizeof head, "Import av %s till %s: %s", what, b->bodies.code[b->ci],
			 e ? "ingenting importerades" : "avvikelser mot filen");
		tui_push(t, scr_notes_new(t, head, &rows));
	}
	if (e) {
		tui_err(t, e);
	} else {
		tui_msg(t, "Importerade budgettabellen %d–%d: %zu %s (%s)%s.", d->year,
			d->year + 1, d->nlines, d->nlines == 1 ? "område" : "områden",
			sv_unit_name(d->unit),
			d->warnings.n ? "; avvikelser mot filen, se listan" : "");
	}
}

/* i: a file (the path prompt of the Månadsrapport's import) or a table
 * pasted into the editor; an existing year is replaced only when the
 * user says so. */
static void import(struct tui *t, struct budget *b)
{
	static const char *const how[] = { "Från en fil (CSV, TSV eller text)",
					   "Klistra in tabellen" };
	struct report_import_opts o;
	struct tui_ask ask = { t, { 0 }, { 0 }, 0 };
	struct report_data *d = NULL;
	char *path = NULL, *text = NULL, q[300];
	const char *base;
	long long id;
	enum nd_err e;
	int i = tui_pick(t, "Importera budgettabell", how, 2, 0);
	if (i < 0)
		return;
	memset(&o, 0, sizeof o);
	if (i == 0) {
		if (!tui_ask_path(t, "Importera fil (CSV eller TSV)", NULL,
				  "Ingen fil angiven; ingenting importerades.", &path))
			return;
		if (strcmp(path, "-") == 0) {
			tui_msg(t, "Ange en fil; standard in är terminalen här. Ingenting "
				"importerades.");
			t->msg_err = true;
			goto out;
		}
	} else {
		if (!tui_edit_paste(t, b->paste ? b->paste : paste_help, &text))
			return;
		free(b->paste);
		b->paste = strdup(text);
		if (!tui_paste_strip(text)) {
			tui_msg(t, "Ingenting inklistrat; ingenting importerades.");
			goto out;
		}
		o.text = text;
		o.text_len = strlen(text);
	}
	o.committee = b->bodies.id[b->ci];
	o.unit = SV_UNIT_NONE;
	o.save.source = path ? path : "inklistrad";
	o.ask = tui_ask_column;
	o.ask_ctx = &ask;
	for (;;) {
		report_data_free(d);
		d = NULL;
		e = report_import(t->db, path ? path : "", &o, &d, &id);
		if (tui_busy(t, e))
			continue;
		/* The year is stored already: replace it when asked to. */
		if (e == ND_EEXIST && !o.save.replace && d && !d->errors.n) {
			snprintf(q, sizeof q, "Det finns redan en budgettabell för %s %d. Ersätta "
				 "den?", b->bodies.code[b->ci], d->year);
			if (!tui_confirm(t, q)) {
				tui_msg(t, "Ingenting importerades.");
				goto out;
			}
			o.save.replace = true;
			continue;
		}
		break;
	}
	base = path ? strrchr(path, '/') : NULL;
	import_done(t, b, e, d, path ? (base ? base + 1 : path) : "inklistrad tabell");
out:
	report_data_free(d);
	free(path);
	free(text);
}

static enum nd_err build(struct tui *t, void *ctx, struct nd_doc **out)
{
	struct budget *b = ctx;
	return budget_doc_build(t->db, &b->head, t->org ? t->org : "", out);
}

static void export(struct tui *t, struct budget *b)
{
	char name[64], noun[64];
	snprintf(name, sizeof name, "budget-%s-%d.pdf", b->bodies.code[b->ci], b->head.year);
	snprintf(noun, sizeof noun, "budgettabellen %d–%d", b->head.year, b->head.year + 1);
	tui_export_doc(t, noun, name, build, b);
}

static void remove_year(struct tui *t, struct budget *b)
{
	char q[200];
	int year = b->head.year;
	enum nd_err e;
	snprintf(q, sizeof q, "Ta bort budgettabellen %d–%d för %s?", year, year + 1,
		 b->bodies.code[b->ci]);
	if (!tui_confirm(t, q))
		return;
	do
		e = budget_remove(t->db, b->head.id);
	while (tui_busy(t, e));
	if (tui_result(t, e, NULL) == ND_OK) {
		tui_result(t, open_committee(t, b, b->ci, 0), NULL);
		tui_msg(t, "Budgettabellen %d–%d är borttagen.", year, year + 1);
	}
}

static void pick_year(struct tui *t, struct budget *b)
{
	static char labels[YEARS_MAX][16];
	const char *items[YEARS_MAX];
	int i;
	for (i = 0; i < b->nyears; i++) {
		snprintf(labels[i], sizeof labels[i], "%d–%d", b->year[i], b->year[i] + 1);
		items[i] = labels[i];
	}
	i = tui_pick(t, "År", items, b->nyears, b->yi);
	if (i >= 0)
		tui_result(t, show(t, b, i), NULL);
}

static void step_year(struct tui *t, struct budget *b, int by)
{
	int yi = b->yi + by;
	if (yi < 0 || yi >= b->nyears) {
		tui_msg(t, "Det finns ingen %s budgettabell för %s.", by > 0 ? "tidigare" : "senare",
			b->bodies.code[b->ci]);
		return;
	}
	tui_result(t, show(t, b, yi), NULL);
}

static void pick_committee(struct tui *t, struct budget *b)
{
	int i = tbodies_pick(t, &b->bodies, b->ci);
	if (i >= 0)
		tui_result(t, open_committee(t, b, i, 0), NULL);
}

static bool enabled(struct tui *t, struct tscreen *s, enum tui_action a)
{
	struct budget *b = (struct budget *)s;
	(void)t;
	switch (a) {
	case ACT_IMPORT: return b->ci >= 0;
	case ACT_COMMITTEE: return b->bodies.n > 1;
	case ACT_EXPORT: case ACT_DELETE: return b->yi >= 0;
	case ACT_PREV_PERIOD: case ACT_NEXT_PERIOD: case ACT_PERIOD: return b->nyears > 1;
	default: return true;
	}
}

static bool act(struct tui *t, struct tscreen *s, enum tui_action a)
{
	struct budget *b = (struct budget *)s;
	switch (a) {
	case ACT_IMPORT: import(t, b); return true;
	case ACT_EXPORT: export(t, b); return true;
	case ACT_DELETE: remove_year(t, b); return true;
	case ACT_PERIOD: pick_year(t, b); return true;
	case ACT_PREV_PERIOD: step_year(t, b, 1); return true;
	case ACT_NEXT_PERIOD: step_year(t, b, -1); return true;
	case ACT_COMMITTEE: pick_committee(t, b); return true;
	default: return list_act(t, &b->list, a);
	}
}

static void reload(struct tui *t, struct tscreen *s)
{
	struct budget *b = (struct budget *)s;
	if (b->ci >= 0)
		tui_result(t, open_committee(t, b, b->ci, b->yi >= 0 ? b->head.year : 0), NULL);
}

static void destroy(struct tscreen *s)
{
	struct budget *b = (struct budget *)s;
	unshow(b);
	list_free(&b->list);
	tbodies_free(&b->bodies);
	free(b->paste);
	free(b);
}

static const struct tscreen_ops ops = {
	.name = "Budget",
	.actions = actions,
	.title = title,
	.draw = draw,
	.act = act,
	.label = label,
	.enabled = enabled,
	.reload = reload,
	.free = destroy,
};

struct tscreen *scr_budget_new(struct tui *t, long long committee)
{
	struct budget *b = scr_alloc(t, sizeof *b, &ops);
	enum nd_err e;
	int ci = 0;
	if (!b)
		return NULL;
	b->ci = b->yi = -1;
	list_init(&b->list, tmem_fetch, &b->mem);
	if ((e = tbodies_load(t, &b->bodies))) {
		tui_err(t, e);
		destroy(&b->base);
		return NULL;
	}
	for (int i = 0; i < b->bodies.n; i++)
		if (b->bodies.id[i] == committee)
			ci = i;
	if (b->bodies.n && (e = open_committee(t, b, ci, 0))) {
		tui_err(t, e);
		destroy(&b->base);
		return NULL;
	}
	return &b->base;
}
