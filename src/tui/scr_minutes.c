/* Protokoll: the ordförande goes through the paragraphs: decision,
 * votes, reservations, quorum; writes the decision text (b), enters an
 * omröstning (o) and reservations (r). After justering everything is
 * locked: the title says so and the edit keys leave the footer. */
#include "tui.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/justering.h"
#include "namnd/minutes.h"
#include "namnd/paragraph.h"
#include "namnd/sitting.h"

enum { C_NUM, C_TITLE, C_DECISION, C_VOTES, C_RES, C_DONE };

#define F_REVIEWED 1
#define F_LOCKED 2
#define F_REMARK 4

struct minutes {
	struct tscreen base;
	long long meeting;
	char code[32], date[16], status[32], justerad[16];
	int reviewed;
	struct tmem mem;     /* cell 6: the whole decision text, 7: details */
	struct tlist list;
	struct nd_quorum_row *quorum;
	size_t nquorum;
};

static const enum tui_action actions[] = {
	ACT_UP, ACT_DOWN, ACT_PGUP, ACT_PGDN, ACT_HOME, ACT_END, ACT_REVIEW, ACT_DECISION,
	ACT_VOTE, ACT_RESERVE, ACT_JUSTERA, ACT_NONE,
};

static const struct tcol cols[] = {
	{ "§", 4, true, false },
	{ "Ärende", 0, false, false },
	{ "Beslut", 16, false, false },
	{ "Röster", 7, true, false },
	{ "Res.", 4, true, false },
	{ "✓", 2, true, false },
};

struct parts {
	int ja, nej, avstar, res;
	char detail[2000];
};

static int on_part(void *ctx, sqlite3_stmt *st)
{
	struct parts *p = ctx;
	const char *kind = (const char *)sqlite3_column_text(st, 0);
	const char *name = (const char *)sqlite3_column_text(st, 2);
	const char *party = (const char *)sqlite3_column_text(st, 3);
	const char *text = (const char *)sqlite3_column_text(st, 4);
	const char *extra = (const char *)sqlite3_column_text(st, 5);
	size_t l = strlen(p->detail);
	if (!kind)
		return 0;
	if (strcmp(kind, "röst") == 0) {
		p->ja += text && strcmp(text, "ja") == 0;
		p->nej += text && strcmp(text, "nej") == 0;
		p->avstar += text && strcmp(text, "avstår") == 0;
		return 0;
	}
	if (strcmp(kind, "reservation") == 0)
		p->res++;
	char who[300] = "";
	if (name)
		snprintf(who, sizeof who, "%s%s%s%s", name, party ? " (" : "", party ? party : "",
			 party ? ")" : "");
	if (strcmp(kind, "yrkande") == 0)
		snprintf(p->detail + l, sizeof p->detail - l, "%sYrkande: %s", l ? "\n" : "",
			 text ? text : "");
	else if (strcmp(kind, "reservation") == 0)
		snprintf(p->detail + l, sizeof p->detail - l, "%sReservation: %s%s%s%s%s%s",
			 l ? "\n" : "", who, text && *text ? ": " : "", text ? text : "",
			 extra ? " (" : "", extra ? extra : "", extra ? ")" : "");
	else if (strcmp(kind, "protokollsanteckning") == 0)
		snprintf(p->detail + l, sizeof p->detail - l, "%sProtokollsanteckning%s%s: %s",
			 l ? "\n" : "", *who ? " av " : "", who, text ? text : "");
	else if (strcmp(kind, "jäv") == 0)
		snprintf(p->detail + l, sizeof p->detail - l, "%sJäv: %s%s%s", l ? "\n" : "", who,
			 text && *text ? "; i stället tjänstgör " : "", text ? text : "");
	return 0;
}

/* The gist of a decision for the list: what comes after "… att", else
 * after the deciding body's name ("Arbetsutskottet noterar …"). */
static const char *decision_gist(const char *d)
{
	const char *att = strstr(d, " att ");
	const char *sp = strchr(d, ' ');
	if (att && att - d < 120)
		return att + 5;
	return sp ? sp + 1 : d;
}

struct load {
	struct tui *t;
	struct minutes *m;
	enum nd_err e;
};

static int on_paragraph(void *ctx, sqlite3_stmt *st)
{
	struct load *l = ctx;
	struct trow *r = trows_add(&l->m->mem.all);
	struct parts p;
	const char *decision = (const char *)sqlite3_column_text(st, 4);
	if (!r)
		return 1;
	memset(&p, 0, sizeof p);
	r->id = sqlite3_column_int64(st, 0);
	r->k[0] = sqlite3_column_int(st, 1);
	r->flags = (sqlite3_column_int(st, 7) ? F_REVIEWED : 0) |
		   (sqlite3_column_type(st, 5) != SQLITE_NULL ? F_LOCKED : 0);
	/* A paragraph justerad at the meeting is done: it cannot be
	 * reviewed any more. */
	l->m->reviewed += (r->flags & (F_REVIEWED | F_LOCKED)) != 0;
	trow_setf(r, C_NUM, "%d", sqlite3_column_int(st, 1));
	trow_set(r, C_TITLE, (const char *)sqlite3_column_text(st, 2));
	trow_set(r, C_DECISION, decision && *decision ? decision_gist(decision) : "— (saknas)");
	trow_set(r, 6, decision);
	if ((l->e = paragraph_parts(l->t->db, r->id, on_part, &p)))
		return 1;
	if (p.ja + p.nej + p.avstar)
		trow_setf(r, C_VOTES, "%d–%d", p.ja, p.nej);
	else
		trow_set(r, C_VOTES, "–");
	if (p.res)
		trow_setf(r, C_RES, "%d", p.res);
	else
		trow_set(r, C_RES, "–");
	trow_set(r, C_DONE, r->flags & F_LOCKED ? "J" : r->flags & F_REVIEWED ? "✓" : "·");
	trow_set(r, 7, p.detail);
	return 0;
}

static int on_head(void *ctx, sqlite3_stmt *st)
{
	struct minutes *m = ctx;
	for (int i = 0; i < sqlite3_column_count(st); i++) {
		const char *name = sqlite3_column_name(st, i);
		const char *v = (const char *)sqlite3_column_text(st, i);
		if (strcmp(name, "Nämnd") == 0)
			snprintf(m->code, sizeof m->code, "%s", v ? v : "");
		else if (strcmp(name, "Datum") == 0)
			snprintf(m->date, sizeof m->date, "%s", v ? v : "");
		else if (strcmp(name, "Status") == 0)
			snprintf(m->status, sizeof m->status, "%s", v ? v : "");
		else if (strcmp(name, "Justerat") == 0)
			snprintf(m->justerad, sizeof m->justerad, "%s", v ? v : "");
	}
	return 0;
}

/* The ordförande's review: its findings join the paragraph's details,
 * "!" for something to put right. */
static void on_finding(void *ctx, const struct nd_pparagraph *g, const char *finding,
		       bool remark)
{
	struct minutes *m = ctx;
	if (!finding)
		return;
	for (int i = 0; i < m->mem.all.n; i++) {
		struct trow *r = &m->mem.all.v[i];
		const char *old = r->cell[8] ? r->cell[8] : "";
		if (r->id != g->id)
			continue;
		if (remark && !(r->flags & (F_REVIEWED | F_LOCKED))) {
			r->flags |= F_REMARK;
			trow_set(r, C_DONE, "!");
		}
		trow_setf(r, 8, "%s%s%s %s", old, *old ? "\n" : "", remark ? "!" : "·", finding);
	}
}

static enum nd_err load(struct tui *t, struct minutes *m)
{
	struct load l = { t, m, ND_OK };
	enum nd_err e;
	trows_clear(&m->mem.all);
	m->reviewed = 0;
	free(m->quorum);
	m->quorum = NULL;
	m->nquorum = 0;
	if ((e = entity_show(t->db, &meeting_entity, m->meeting, on_head, m)) ||
	    (e = paragraph_list(t->db, m->meeting, on_paragraph, &l)) || (e = l.e) ||
	    (e = quorum_by_paragraph(t->db, m->meeting, &m->quorum, &m->nquorum)) ||
	    (m->mem.all.n && (e = review_run(t->db, m->meeting, on_finding, m))))
		return e;
	tmem_index(&m->mem);
	return ND_OK;
}

static void refresh_on(struct tui *t, struct minutes *m, long long id)
{
	enum nd_err e = load(t, m);
	if (!e)
		e = tmem_show(&m->list, &m->mem, id);
	tui_result(t, e, NULL);
}

static bool locked(const struct minutes *m)
{
	return m->justerad[0] != '\0';
}

static void title(struct tui *t, struct tscreen *s, char *buf, size_t size)
{
	struct minutes *m = (struct minutes *)s;
	int n = m->mem.all.n;
	(void)t;
	if (locked(m))
		snprintf(buf, size, "%s %s · §§ %s–%s · JUSTERAT %s", m->code, m->date,
			 n ? m->mem.all.v[0].cell[C_NUM] : "", n ? m->mem.all.v[n - 1].cell[C_NUM] : "",
			 m->justerad);
	else
		snprintf(buf, size, "%s %s · §§ %s–%s · ej justerat · granskat %d av %d",
			 m->code, m->date, n ? m->mem.all.v[0].cell[C_NUM] : "",
			 n ? m->mem.all.v[n - 1].cell[C_NUM] : "", m->reviewed, n);
}

static enum theme_role row_role(const struct trow *r)
{
	if (r->flags & F_LOCKED)
		return R_LOCKED;
	return r->flags & F_REVIEWED ? R_NORMAL : R_WARN;
}

static void draw_detail(struct minutes *m, const struct trow *r, int y, int h)
{
	char head[200], q[120] = "";
	int used;
	snprintf(head, sizeof head, "§ %s%s", r->cell[C_NUM], r->flags & F_LOCKED ?
		 " · justerad, kan inte ändras" : "");
	draw_rule(y, 0, COLS, head);
	for (size_t i = 0; i < m->nquorum; i++)
		if (m->quorum[i].paragraph == r->id)
			snprintf(q, sizeof q, "Beslutförhet: %zu av %zu tjänstgör%s",
				 m->quorum[i].serving, m->quorum[i].seats,
				 m->quorum[i].holds ? "" : " – EJ BESLUTFÖR");
	/* The review's findings first: they are what is left to do. */
	used = draw_wrapped(y + 1, 1, COLS - 2, h - 2, r->cell[8], R_OVERDUE);
	used += draw_wrapped(y + 1 + used, 1, COLS - 2, h - 2 - used, r->cell[6] &&
			     *r->cell[6] ? r->cell[6] : "Beslut saknas (b skriver det).",
			     R_NORMAL);
	used += draw_wrapped(y + 1 + used, 1, COLS - 2, h - 2 - used, r->cell[7], R_NORMAL);
	if (q[0] && 1 + used < h)
		draw_text(y + 1 + used, 1, COLS - 2, q, R_INFO);
}

static void draw(struct tui *t, struct tscreen *s, int y, int h)
{
	struct minutes *m = (struct minutes *)s;
	const struct trow *r;
	int rows = m->mem.all.n + 1, detail;
	/* The list on top (at most half), the selected paragraph below. */
	if (rows > h / 2)
		rows = h / 2;
	detail = h - rows;
	list_fit(t, &m->list, rows - 1);
	list_draw(&m->list, cols, 6, y, rows, row_role);
	if ((r = list_selected(&m->list)) != NULL)
		draw_detail(m, r, y + rows, detail);
	else
		draw_text(y + 2, 1, 78, "Inga paragrafer ännu.", R_DIM);
}

static bool enabled(struct tui *t, struct tscreen *s, enum tui_action a)
{
	struct minutes *m = (struct minutes *)s;
	(void)t;
	if (a == ACT_DECISION || a == ACT_VOTE || a == ACT_RESERVE || a == ACT_REVIEW ||
	    a == ACT_JUSTERA)
		return !locked(m);
	return true;
}

static const char *why_not(struct tui *t, struct tscreen *s, enum tui_action a)
{
	struct minutes *m = (struct minutes *)s;
	static char buf[200];
	(void)t;
	(void)a;
	snprintf(buf, sizeof buf, "Protokollet justerades %s och kan inte ändras "
		 "(rättelse: namnd rattelse add).", m->justerad);
	return buf;
}

/* Mark the paragraph reviewed, with a comment. */
static void review(struct tui *t, struct minutes *m, const struct trow *r)
{
	char *comment = NULL, label[80], num[16];
	long long id = r->id;
	enum nd_err e;
	snprintf(num, sizeof num, "%s", r->cell[C_NUM]);
	snprintf(label, sizeof label, "Granskad § %s, kommentar (tom: ingen)", num);
	if (!tui_prompt(t, label, NULL, &comment))
		return;
	do
		e = review_mark(t->db, id, *comment ? comment : NULL);
	while (tui_busy(t, e));
	free(comment);
	if (tui_result(t, e, NULL))
		return;
	refresh_on(t, m, id);
	/* On to the next paragraph not yet reviewed. */
	for (int i = 0; i < m->mem.all.n; i++)
		if (!(m->mem.all.v[i].flags & (F_REVIEWED | F_LOCKED))) {
			tui_result(t, tmem_show(&m->list, &m->mem, m->mem.all.v[i].id), NULL);
			break;
		}
	tui_msg(t, "§ %s är granskad; %d av %d granskade.", num, m->reviewed, m->mem.all.n);
}

/* Ask for the justerare when none were chosen at the meeting. */
static enum nd_err choose_justerare(struct tui *t, struct minutes *m, bool *chosen)
{
	char *text = NULL, *save = NULL;
	long long who[4];
	size_t n = 0;
	enum nd_err e = ND_OK;
	*chosen = false;
	if (!tui_prompt(t, "Inga justerare är valda. Justerare (namn, komma emellan)", NULL,
			&text))
		return ND_OK;
	for (char *name = strtok_r(text, ",", &save); name; name = strtok_r(NULL, ",", &save)) {
		while (*name == ' ')
			name++;
		for (char *end = name + strlen(name); end > name && end[-1] == ' ';)
			*--end = '\0';
		if (!*name)
			continue;
		if (n == 4) {
			e = nd_fail(ND_EINVAL, "Högst fyra justerare.");
			goto out;
		}
		if ((e = person_resolve(t->db, name, &who[n++])))
			goto out;
	}
	do
		e = justerare_set(t->db, m->meeting, who, n);
	while (tui_busy(t, e));
	*chosen = e == ND_OK;
out:
	free(text);
	return e;
}

/* Justera: everything reviewed, the ordförande and the chosen justerare
 * approve; from then on the database refuses changes. */
static void justera_now(struct tui *t, struct minutes *m)
{
	struct nd_protocol *p = NULL;
	long long by[8];
	size_t nby = 0;
	char q[700], who[500] = "", sha[65];
	bool chosen;
	enum nd_err e;
	if (m->reviewed < m->mem.all.n) {
		tui_msg(t, "Granska alla paragrafer först: %d av %d är granskade.", m->reviewed,
			m->mem.all.n);
		return;
	}
	if ((e = protocol_load(t->db, m->meeting, &p)))
		goto out;
	if (p->njusterare == 0) {
		if ((e = choose_justerare(t, m, &chosen)) || !chosen)
			goto out;
		protocol_free(p);
		p = NULL;
		if ((e = protocol_load(t->db, m->meeting, &p)))
			goto out;
	}
	if (p->chair.id)
		by[nby++] = p->chair.id;
	for (size_t i = 0; i < p->njusterare && nby < 8; i++)
		if (p->justerare[i].id != p->chair.id)
			by[nby++] = p->justerare[i].id;
	for (size_t i = 0; i < nby; i++) {
		const char *name = i == 0 && p->chair.id ? p->chair.name : NULL;
		for (size_t k = 0; !name && k < p->njusterare; k++)
			if (p->justerare[k].id == by[i])
				name = p->justerare[k].name;
		snprintf(who + strlen(who), sizeof who - strlen(who), "%s%s",
			 i == 0 ? "" : i + 1 == nby ? " och " : ", ", name ? name : "?");
	}
	snprintf(q, sizeof q, "Justera protokollet? Justeras av %s. Därefter kan det inte "
		 "ändras.", who);
	if (!tui_confirm(t, q))
		goto out;
	do
		e = justera(t->db, m->meeting, 0, NULL, by, nby, sha);
	while (tui_busy(t, e));
	if (e)
		goto out;
	refresh_on(t, m, -1);
	tui_msg(t, "Protokollet är justerat %s. Kontrollsumma (SHA-256) %.16s…", m->justerad,
		sha);
out:
	protocol_free(p);
	if (e)
		tui_err(t, e);
}

static void edit_decision(struct tui *t, struct minutes *m, const struct trow *r)
{
	char *text = NULL;
	const char *names[1] = { "decision" }, *values[1];
	long long id = r->id;
	enum nd_err e;
	if ((e = paragraph_check_open(t->db, id, NULL, NULL))) {
		tui_err(t, e);
		return;
	}
	if (!tui_edit_long(t, r->cell[6], &text))
		return;
	values[0] = text;
	do
		e = entity_edit(t->db, &paragraph_entity, id, 1, names, values);
	while (tui_busy(t, e));
	if (tui_result(t, e, "Beslutet är sparat.") == ND_OK)
		refresh_on(t, m, id);
	free(text);
}

/* A reservation: the member, then the reason (empty: a written one is
 * promised). */
static void reserve(struct tui *t, struct minutes *m, const struct trow *r)
{
	char *who = NULL, *why = NULL;
	long long id = r->id, person;
	enum nd_err e;
	if (!tui_prompt(t, "Reservation av (namn)", NULL, &who))
		return;
	if ((e = person_resolve(t->db, who, &person))) {
		tui_err(t, e);
		goto out;
	}
	if (!tui_prompt(t, "Skäl (tomt: skriftlig reservation utlovas)", NULL, &why))
		goto out;
	do
		e = reservation_add(t->db, id, person, *why ? why : NULL, !*why);
	while (tui_busy(t, e));
	if (tui_result(t, e, "Reservationen är antecknad.") == ND_OK)
		refresh_on(t, m, id);
out:
	free(who);
	free(why);
}

static bool act(struct tui *t, struct tscreen *s, enum tui_action a)
{
	struct minutes *m = (struct minutes *)s;
	const struct trow *r = list_selected(&m->list);
	if (list_act(t, &m->list, a))
		return true;
	if (!r)
		return false;
	switch (a) {
	case ACT_DECISION: edit_decision(t, m, r); return true;
	case ACT_VOTE: tui_push(t, scr_vote_new(t, r->id)); return true;
	case ACT_RESERVE: reserve(t, m, r); return true;
	case ACT_REVIEW: review(t, m, r); return true;
	case ACT_JUSTERA: justera_now(t, m); return true;
	default: return false;
	}
}

static void reload(struct tui *t, struct tscreen *s)
{
	struct minutes *m = (struct minutes *)s;
	const struct trow *r = list_selected(&m->list);
	refresh_on(t, m, r ? r->id : -1);
}

static void destroy(struct tscreen *s)
{
	struct minutes *m = (struct minutes *)s;
	list_free(&m->list);
	trows_clear(&m->mem.all);
	free(m->quorum);
	free(m);
}

static const struct tscreen_ops ops = {
	.name = "Protokoll",
	.actions = actions,
	.title = title,
	.draw = draw,
	.act = act,
	.enabled = enabled,
	.why_not = why_not,
	.reload = reload,
	.free = destroy,
};

struct tscreen *scr_minutes_at(struct tui *t, long long paragraph)
{
	long long meeting = 0;
	struct minutes *m;
	enum nd_err e = paragraph_check_open(t->db, paragraph, &meeting, NULL);
	if (e == ND_ELOCKED) /* read-only is fine for reading */
		nd_errclear();
	else if (e) {
		tui_err(t, e);
		return NULL;
	}
	if (!(m = (struct minutes *)scr_minutes_new(t, meeting)))
		return NULL;
	m->list.height = t->body_h > 4 ? t->body_h / 2 - 1 : 10;
	tui_result(t, tmem_show(&m->list, &m->mem, paragraph), NULL);
	return &m->base;
}

struct tscreen *scr_minutes_new(struct tui *t, long long meeting)
{
	struct minutes *m = scr_alloc(t, sizeof *m, &ops);
	enum nd_err e;
	if (!m)
		return NULL;
	m->meeting = meeting;
	list_init(&m->list, tmem_fetch, &m->mem);
	if ((e = load(t, m)))
		goto fail;
	if (m->mem.all.n == 0) {
		int first = 0, last = 0;
		if (!tui_confirm(t, "Sammanträdet har inga paragrafer. Numrera föredragnings"
				 "listans punkter som paragrafer nu?"))
			goto fail_quiet;
		do
			e = paragraph_number(t->db, meeting, &first, &last);
		while (tui_busy(t, e));
		if (e || (e = load(t, m)))
			goto fail;
		tui_msg(t, "Paragraferna är numrerade: §§ %d–%d.", first, last);
	}
	list_home(&m->list, 1);
	return &m->base;
fail:
	tui_err(t, e);
fail_quiet:
	destroy(&m->base);
	return NULL;
}
