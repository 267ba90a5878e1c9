/* Omröstning: one row per member serving at the paragraph; one key per
 * member (j ja, n nej, a avstår) records the choice and moves on. Enter
 * saves the whole vote through vote_record, which checks it against who
 * serves; Esc leaves without saving. */
#include "tui.h"
#include "minutes.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/minutes.h"
#include "namnd/paragraph.h"
#include "namnd/sitting.h"

#define NO_CHOICE (-1)

struct vote {
	struct tscreen base;
	long long paragraph;
	int number;
	char num[32];        /* "§ 14", or "punkt 3" (schema 025) */
	struct nd_sitting sitting;
	struct nd_serving *serving;
	size_t n;
	int *choice;         /* per serving member: enum nd_choice or NO_CHOICE */
	struct tmem mem;
	struct tlist list;
};

static const enum tui_action actions[] = {
	/* j/n/a vote here rather than move or add. */
	ACT_YES, ACT_NO, ACT_ABSTAIN, ACT_UP, ACT_DOWN, ACT_PGUP, ACT_PGDN, ACT_HOME,
	ACT_END, ACT_SAVE, ACT_DELETE, ACT_NONE,
};

static const struct tcol cols[] = {
	{ "Ledamot", 30, false, false },
	{ "Plats", 30, false, false },
	{ "Röst", 0, false, false },
};

static void fill(struct vote *v)
{
	trows_clear(&v->mem.all);
	for (size_t i = 0; i < v->n; i++) {
		struct trow *r = trows_add(&v->mem.all);
		const struct nd_seat *seat = sitting_seat(&v->sitting, v->serving[i].seat);
		if (!r)
			return;
		r->id = (long long)i;
		trow_set(r, 0, v->serving[i].name);
		if (seat && seat->person != v->serving[i].person)
			trow_setf(r, 1, "för %s", seat->name);
		else
			trow_set(r, 1, "");
		trow_set(r, 2, v->choice[i] == NO_CHOICE ? "—" :
			 choice_name((enum nd_choice)v->choice[i]));
	}
	tmem_index(&v->mem);
}

static void count(const struct vote *v, int *ja, int *nej, int *av, int *missing)
{
	*ja = *nej = *av = *missing = 0;
	for (size_t i = 0; i < v->n; i++)
		switch (v->choice[i]) {
		case VOTE_JA: (*ja)++; break;
		case VOTE_NEJ: (*nej)++; break;
		case VOTE_AVSTAR: (*av)++; break;
		default: (*missing)++; break;
		}
}

static void title(struct tui *t, struct tscreen *s, char *buf, size_t size)
{
	struct vote *v = (struct vote *)s;
	int ja, nej, av, missing;
	(void)t;
	count(v, &ja, &nej, &av, &missing);
	snprintf(buf, size, "Omröstning %s · ja %d · nej %d · avstår %d%s", v->num, ja,
		 nej, av, missing ? " · saknas " : "");
	if (missing)
		snprintf(buf + strlen(buf), size - strlen(buf), "%d", missing);
}

static void draw(struct tui *t, struct tscreen *s, int y, int h)
{
	struct vote *v = (struct vote *)s;
	list_fit(t, &v->list, h - 2);
	list_draw(&v->list, cols, 3, y, h - 1, NULL);
	draw_text(y + h - 1, 1, COLS - 1, "j ja  n nej  a avstår (nästa ledamot väljs), "
		  "Enter sparar omröstningen, Esc avbryter.", R_DIM);
}

static void choose(struct tui *t, struct vote *v, enum nd_choice c)
{
	const struct trow *r = list_selected(&v->list);
	long long i;
	if (!r)
		return;
	i = r->id;
	v->choice[i] = (int)c;
	fill(v);
	tui_result(t, tmem_show(&v->list, &v->mem, i + 1 < (long long)v->n ? i + 1 : i), NULL);
}

/* Whether the paragraph states what ja and nej mean. */
static int on_question(void *ctx, sqlite3_stmt *st)
{
	bool *stated = ctx;
	for (int i = 0; i < sqlite3_column_count(st); i++)
		if (strcmp(sqlite3_column_name(st, i), "Voteringsproposition") == 0)
			*stated = sqlite3_column_type(st, i) != SQLITE_NULL;
	return 0;
}

static void save(struct tui *t, struct vote *v)
{
	struct nd_ballot *b = calloc(v->n ? v->n : 1, sizeof *b);
	struct nd_tally tally;
	size_t nb = 0;
	enum nd_err e;
	if (!b) {
		tui_err(t, nd_fail(ND_ENOMEM, "Slut på minne."));
		return;
	}
	for (size_t i = 0; i < v->n; i++)
		if (v->choice[i] != NO_CHOICE) {
			b[nb].person = v->serving[i].person;
			b[nb].name = v->serving[i].name;
			b[nb++].choice = (enum nd_choice)v->choice[i];
		}
	do
		e = vote_record(t->db, v->paragraph, b, nb, &tally);
	while (tui_busy(t, e));
	free(b);
	if (e) {
		tui_err(t, e);
		return;
	}
	char num[32];
	snprintf(num, sizeof num, "%s", v->num);
	bool stated = false;
	if (entity_show(t->db, &paragraph_entity, v->paragraph, on_question, &stated))
		nd_errclear();
	tui_pop(t); /* frees v */
	/* An omröstning means what the voteringsproposition says it means. */
	tui_msg(t, "Omröstningen i %s är sparad: %d ja, %d nej, %d avstår.%s", num,
		tally.ja, tally.nej, tally.avstar, stated ? "" :
		" Voteringspropositionen saknas: p skriver den.");
}

static bool act(struct tui *t, struct tscreen *s, enum tui_action a)
{
	struct vote *v = (struct vote *)s;
	const struct trow *r = list_selected(&v->list);
	switch (a) {
	case ACT_YES: choose(t, v, VOTE_JA); return true;
	case ACT_NO: choose(t, v, VOTE_NEJ); return true;
	case ACT_ABSTAIN: choose(t, v, VOTE_AVSTAR); return true;
	case ACT_SAVE: save(t, v); return true;
	case ACT_DELETE:
		if (r) {
			long long i = r->id;
			v->choice[i] = NO_CHOICE;
			fill(v);
			tui_result(t, tmem_show(&v->list, &v->mem, i), NULL);
		}
		return true;
	default:
		return list_act(t, &v->list, a);
	}
}

static void destroy(struct tscreen *s)
{
	struct vote *v = (struct vote *)s;
	list_free(&v->list);
	trows_clear(&v->mem.all);
	sitting_free(&v->sitting);
	free(v->serving);
	free(v->choice);
	free(v);
}

static const char *label(enum tui_action a)
{
	return a == ACT_DELETE ? "Ingen röst" : NULL;
}

static const struct tscreen_ops ops = {
	.name = "Omröstning",
	.actions = actions,
	.label = label,
	.title = title,
	.draw = draw,
	.act = act,
	.free = destroy,
};

/* The votes already recorded, by name (paragraph_parts gives names). */
struct earlier {
	struct vote *v;
};

static int on_part(void *ctx, sqlite3_stmt *st)
{
	struct earlier *e = ctx;
	const char *kind = (const char *)sqlite3_column_text(st, 0);
	const char *name = (const char *)sqlite3_column_text(st, 2);
	const char *text = (const char *)sqlite3_column_text(st, 4);
	enum nd_choice c;
	if (!kind || strcmp(kind, "röst") != 0 || !name || !text || !choice_parse(text, &c))
		return 0;
	for (size_t i = 0; i < e->v->n; i++)
		if (strcmp(e->v->serving[i].name, name) == 0)
			e->v->choice[i] = (int)c;
	return 0;
}

struct tscreen *scr_vote_new(struct tui *t, long long paragraph)
{
	struct vote *v = scr_alloc(t, sizeof *v, &ops);
	struct earlier earlier = { v };
	enum nd_err e;
	if (!v)
		return NULL;
	v->paragraph = paragraph;
	list_init(&v->list, tmem_fetch, &v->mem);
	if (!minutes_open(t, paragraph, NULL)) {
		destroy(&v->base);
		return NULL;
	}
	if ((e = paragraph_serving(t->db, paragraph, &v->sitting, &v->serving, &v->n,
				   &v->number)))
		goto fail;
	tui_par(t, paragraph, v->number, v->num, sizeof v->num);
	if (v->n == 0) {
		e = nd_fail(ND_EINVAL, "Ingen tjänstgör vid paragrafen; anteckna närvaron "
			    "först (n på Sammanträdet).");
		goto fail;
	}
	if (!(v->choice = malloc(v->n * sizeof *v->choice))) {
		e = nd_fail(ND_ENOMEM, "Slut på minne.");
		goto fail;
	}
	for (size_t i = 0; i < v->n; i++)
		v->choice[i] = NO_CHOICE;
	if ((e = paragraph_parts(t->db, paragraph, on_part, &earlier)))
		goto fail;
	fill(v);
	list_home(&v->list, t->body_h > 3 ? t->body_h - 2 : 20);
	return &v->base;
fail:
	tui_err(t, e);
	destroy(&v->base);
	return NULL;
}
