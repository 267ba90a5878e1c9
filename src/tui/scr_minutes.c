/* Protokoll: the ordförande goes through the paragraphs: decision,
 * votes, reservations, quorum; writes the decision text (b) and the
 * redogörelse (e), records yrkanden (y), the propositionsordning (p), an
 * omröstning (o), reservations (r), jäv (v) and protokollsanteckningar
 * (a), removes one entered by mistake (d), picks the justerare (s) and
 * justerar (J). U opens the paragraph's beslutsunderlag and expediering,
 * x exports the protokoll, an utdrag, the anslag or the beslutslista.
 * After justering everything is locked: the title says so and the edit
 * keys leave the footer; the anslag (A), rättelser (c), signatures with
 * the user's own OpenSSH key (i, minutes_sign.c) and exports remain. The
 * parts live in minutes_parts.c, minutes_after.c, minutes_export.c and
 * scr_underlag.c. */
#include "minutes.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/justering.h"
#include "namnd/rules.h"
#include "namnd/minutes.h"
#include "namnd/paragraph.h"
#include "namnd/sitting.h"
#include "namnd/strbuf.h"

enum { C_NUM, C_TITLE, C_DECISION, C_VOTES, C_RES, C_DONE };

#define F_REVIEWED 1
#define F_LOCKED 2
#define F_REMARK 4
#define F_POSTED 8 /* an omedelbart justerad paragraph's anslag is up */
#define F_IMMEDIATE 16 /* justerad omedelbart, at the meeting */

struct minutes {
	struct tscreen base;
	long long meeting;
	char code[32], date[16], status[32], justerad[16], anslag[16];
	char dates[200];     /* a justerat protokoll's anslag and deadlines */
	char preview[300];   /* the anslag's dates while it is asked about */
	int reviewed;
	bool items;          /* numbered per meeting: punkt 1, 2 … (schema 025) */
	struct tmem mem;     /* cell 6: the whole decision text, 7: details,
	                        8: findings, 9: after justering, 10: the
	                        redogörelse ("Ärendet" in the protokoll) as
	                        shown, 11: as stored */
	struct tlist list;
	struct nd_quorum_row *quorum;
	size_t nquorum;
};

static const enum tui_action actions[] = {
	ACT_UP, ACT_DOWN, ACT_PGUP, ACT_PGDN, ACT_HOME, ACT_END, ACT_REVIEW, ACT_OVERRIDE, ACT_JUSTERA,
	ACT_DECISION, ACT_MOTION, ACT_PROPOSITION, ACT_VOTE, ACT_RESERVE, ACT_RECUSAL, ACT_NOTE,
	ACT_EDIT, ACT_DELETE, ACT_UNDERLAG, ACT_JUSTERARE, ACT_ROLES, ACT_ANSLAG, ACT_RATTELSE,
	ACT_SIGN, ACT_EXPORT, ACT_NONE,
};

/* Shorter words where the footer is full. */
static const char *label(enum tui_action a)
{
	switch (a) {
	case ACT_DECISION: return "Beslut";
	case ACT_EDIT: return "Redogörelse";
	case ACT_VOTE: return "Omröstning";
	default: return NULL;
	}
}

static const struct tcol cols[] = {
	{ "§", 4, true, false },
	{ "Ärende", 0, false, false },
	{ "Beslut", 16, false, false },
	{ "Röster", 7, true, false },
	{ "Res.", 4, true, false },
	{ "✓", 2, true, false },
};

/* A body numbering items per meeting (schema 025): "Punkt", not "§". */
static const struct tcol item_cols[] = {
	{ "Punkt", 5, true, false },
	{ "Ärende", 0, false, false },
	{ "Beslut", 16, false, false },
	{ "Röster", 7, true, false },
	{ "Res.", 4, true, false },
	{ "✓", 2, true, false },
};

struct parts {
	int ja, nej, avstar, res;
	struct strbuf detail; /* grows: a long note is never cut */
	struct strbuf account;
};

/* A new line of the details: "\n" before all but the first. */
static struct strbuf *line(struct parts *p)
{
	if (p->detail.len)
		strbuf_add(&p->detail, "\n");
	return &p->detail;
}

static int on_part(void *ctx, sqlite3_stmt *st)
{
	struct parts *p = ctx;
	const char *kind = (const char *)sqlite3_column_text(st, 0);
	const char *name = (const char *)sqlite3_column_text(st, 2);
	const char *party = (const char *)sqlite3_column_text(st, 3);
	const char *text = (const char *)sqlite3_column_text(st, 4);
	const char *extra = (const char *)sqlite3_column_text(st, 5);
	struct strbuf *b;
	if (!kind)
		return 0;
	if (strcmp(kind, "röst") == 0) {
		p->ja += text && strcmp(text, "ja") == 0;
		p->nej += text && strcmp(text, "nej") == 0;
		p->avstar += text && strcmp(text, "avstår") == 0;
		return 0;
	}
	if (strcmp(kind, "yrkande") == 0) {
		strbuf_printf(line(p), "Yrkande: %s", text ? text : "");
		return 0;
	}
	if (strcmp(kind, "expediering") == 0) {
		strbuf_printf(line(p), "Skickas till: %s%s%s%s", text ? text : "",
			      extra ? " (" : "", extra ? extra : "", extra ? ")" : "");
		return 0;
	}
	if (strcmp(kind, "expedierat") == 0) {
		strbuf_printf(line(p), "Expedierat %s", text ? text : "");
		return 0;
	}
	b = line(p);
	if (strcmp(kind, "reservation") == 0) {
		p->res++;
		strbuf_add(b, "Reservation: ");
	} else if (strcmp(kind, "protokollsanteckning") == 0) {
		strbuf_add(b, name ? "Protokollsanteckning av " : "Protokollsanteckning");
	} else {
		strbuf_add(b, "Jäv: ");
	}
	if (name)
		strbuf_printf(b, "%s%s%s%s", name, party ? " (" : "", party ? party : "",
			      party ? ")" : "");
	if (strcmp(kind, "reservation") == 0)
		strbuf_printf(b, "%s%s%s%s%s", text && *text ? ": " : "", text ? text : "",
			      extra ? " (" : "", extra ? extra : "", extra ? ")" : "");
	else if (strcmp(kind, "protokollsanteckning") == 0)
		strbuf_printf(b, ": %s", text ? text : "");
	else if (text && *text)
		strbuf_printf(b, "; i stället tjänstgör %s", text);
	return 0;
}

/* The propositionsordning and voteringsproposition, after the yrkanden
 * as in the protokoll. */
static int on_texts(void *ctx, sqlite3_stmt *st)
{
	struct parts *p = ctx;
	for (int i = 0; i < sqlite3_column_count(st); i++) {
		const char *name = sqlite3_column_name(st, i);
		const char *v = (const char *)sqlite3_column_text(st, i);
		if (v && (strcmp(name, "Propositionsordning") == 0 ||
			  strcmp(name, "Voteringsproposition") == 0))
			strbuf_printf(line(p), "%s: %s", name, v);
		else if (v && *v && strcmp(name, "Ärendet") == 0)
			strbuf_add(&p->account, v);
	}
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
	l->m->items = sqlite3_column_int(st, 9) != 0;
	trow_set(r, C_TITLE, (const char *)sqlite3_column_text(st, 2));
	trow_set(r, C_DECISION, decision && *decision ? decision_gist(decision) : "— (saknas)");
	trow_set(r, 6, decision);
	if ((l->e = paragraph_parts(l->t->db, r->id, on_part, &p)) ||
	    (l->e = entity_show(l->t->db, &paragraph_entity, r->id, on_texts, &p))) {
		strbuf_free(&p.detail);
		strbuf_free(&p.account);
		return 1;
	}
	if (p.ja + p.nej + p.avstar)
		strbuf_printf(line(&p), "Omröstning: ja %d, nej %d, avstår %d", p.ja, p.nej,
			      p.avstar);
	if (p.ja + p.nej + p.avstar)
		trow_setf(r, C_VOTES, "%d–%d", p.ja, p.nej);
	else
		trow_set(r, C_VOTES, "–");
	if (p.res)
		trow_setf(r, C_RES, "%d", p.res);
	else
		trow_set(r, C_RES, "–");
	trow_set(r, C_DONE, r->flags & F_LOCKED ? "J" : r->flags & F_REVIEWED ? "✓" : "·");
	trow_set(r, 7, strbuf_str(&p.detail));
	if (p.account.len)
		trow_setf(r, 10, "Ärendet: %s", strbuf_str(&p.account));
	trow_set(r, 11, strbuf_str(&p.account));
	strbuf_free(&p.detail);
	strbuf_free(&p.account);
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
		else if (strcmp(name, "Anslaget") == 0)
			snprintf(m->anslag, sizeof m->anslag, "%s", v ? v : "");
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

/* What follows the justering, from the protokoll as it reads: the
 * anslag's dates (of the whole on the first line, of an omedelbart
 * justerad paragraph in its details) and the rättelser (of a paragraph
 * in its details, of the whole counted on the first line). */
static enum nd_err after_justering(struct tui *t, struct minutes *m)
{
	struct nd_protocol *p = NULL;
	size_t whole = 0;
	struct nd_rules rules;
	enum nd_err e = protocol_load(t->db, m->meeting, &p);
	if (!e && (e = rules_meeting(t->db, m->meeting, &rules)))
		protocol_free(p);
	if (e)
		return e;
	minutes_dates(p, NULL, &rules, m->dates, sizeof m->dates);
	for (int i = 0; i < m->mem.all.n; i++) {
		struct trow *r = &m->mem.all.v[i];
		const struct nd_pparagraph *g = protocol_paragraph(p, (int)r->k[0]);
		struct strbuf b = { 0 };
		char dates[200] = "";
		if (g && g->immediate)
			minutes_dates(p, g, &rules, dates, sizeof dates);
		if (g && g->anslag_on)
			r->flags |= F_POSTED;
		if (g && g->immediate && g->justerad_on)
			r->flags |= F_IMMEDIATE;
		if (*dates)
			strbuf_add(&b, dates);
		for (size_t k = 0; k < p->nrattelser; k++)
			if (p->rattelser[k].number == (int)r->k[0])
				strbuf_printf(&b, "%sRättelse %s: %s", b.len ? "\n" : "",
					      p->rattelser[k].made_on, p->rattelser[k].text);
		trow_set(r, 9, strbuf_str(&b));
		strbuf_free(&b);
	}
	for (size_t k = 0; k < p->nrattelser; k++)
		whole += p->rattelser[k].number == 0;
	if (whole && m->dates[0]) {
		size_t n = strlen(m->dates);
		snprintf(m->dates + n, sizeof m->dates - n, " · %zu %s", whole,
			 whole == 1 ? "rättelse" : "rättelser");
	}
	protocol_free(p);
	return ND_OK;
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
	return after_justering(t, m);
}

static void refresh_on(struct tui *t, struct minutes *m, long long id)
{
	enum nd_err e = load(t, m);
	if (!e)
		e = tmem_show(&m->list, &m->mem, id);
	tui_result(t, e, NULL);
}

/* Reload after a change, keeping the message that reported it. */
static void keep_msg_reload(struct tui *t, struct minutes *m, long long id)
{
	char msg[sizeof t->msg];
	bool err = t->msg_err;
	snprintf(msg, sizeof msg, "%s", t->msg);
	refresh_on(t, m, id);
	if (!t->msg_err) {
		snprintf(t->msg, sizeof t->msg, "%s", msg);
		t->msg_err = err;
	}
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
	const char *nums = m->items ? "punkterna" : "§§";
	if (locked(m))
		snprintf(buf, size, "%s %s · %s %s–%s · JUSTERAT %s", m->code, m->date, nums,
			 n ? m->mem.all.v[0].cell[C_NUM] : "", n ? m->mem.all.v[n - 1].cell[C_NUM] : "",
			 m->justerad);
	else
		snprintf(buf, size, "%s %s · %s %s–%s · ej justerat · granskat %d av %d",
			 m->code, m->date, nums, n ? m->mem.all.v[0].cell[C_NUM] : "",
			 n ? m->mem.all.v[n - 1].cell[C_NUM] : "", m->reviewed, n);
}

static enum theme_role row_role(const struct trow *r)
{
	if (r->flags & F_LOCKED)
		return R_LOCKED;
	return r->flags & F_REVIEWED ? R_NORMAL : R_WARN;
}

#define ACCOUNT_ROWS 3

/* Some text of the detail, wrapped, in at most h rows; none when empty. */
static int part(int y, int h, const char *s, enum theme_role role)
{
	return s && *s && h > 0 ? draw_wrapped(y, 1, COLS - 2, h, s, role) : 0;
}

static void draw_detail(struct minutes *m, const struct trow *r, int y, int h)
{
	char head[200], q[120] = "";
	const char *decision = r->cell[6] && *r->cell[6] ? r->cell[6] :
			       "Beslut saknas (b skriver det).";
	int used;
	snprintf(head, sizeof head, "%s %s%s", m->items ? "Punkt" : "§", r->cell[C_NUM],
		 r->flags & F_LOCKED ?
		 " · justerad, kan inte ändras" : "");
	draw_rule(y, 0, COLS, head);
	for (size_t i = 0; i < m->nquorum; i++)
		if (m->quorum[i].paragraph == r->id)
			snprintf(q, sizeof q, "Beslutförhet: %zu av %zu tjänstgör%s",
				 m->quorum[i].serving, m->quorum[i].seats,
				 m->quorum[i].holds ? "" : " – EJ BESLUTFÖR");
	/* The review's findings first: they are what is left to do; then
	 * what came after a justering (anslag, rättelser). An empty part
	 * takes no line. */
	used = part(y + 1, h - 2, r->cell[8], R_OVERDUE);
	used += part(y + 1 + used, h - 2 - used, r->cell[9], R_INFO);
	/* The redogörelse as the protokoll has it, before the decision: a
	 * long one in a few lines, fewer (down to one) where the decision and
	 * what was said at the meeting need them; its end marked cut. */
	if (r->cell[10] && *r->cell[10] && h - 2 - used > 0) {
		int room = h - 2 - used - wrap_rows(decision, COLS - 2, h) -
			   (r->cell[7] && *r->cell[7] ? wrap_rows(r->cell[7], COLS - 2, h) : 0);
		int cap = room < 1 ? 1 : room < ACCOUNT_ROWS ? room : ACCOUNT_ROWS;
		int n = draw_wrapped(y + 1 + used, 1, COLS - 3, cap, r->cell[10], R_NORMAL);
		if (wrap_rows(r->cell[10], COLS - 3, cap + 1) > cap)
			mvaddstr(y + used + n, COLS - 2, "…");
		used += n;
	}
	used += part(y + 1 + used, h - 2 - used, decision, R_NORMAL);
	used += part(y + 1 + used, h - 2 - used, r->cell[7], R_NORMAL);
	if (q[0] && 1 + used < h)
		draw_text(y + 1 + used, 1, COLS - 2, q, R_INFO);
}

static void draw(struct tui *t, struct tscreen *s, int y, int h)
{
	struct minutes *m = (struct minutes *)s;
	const struct trow *r;
	int rows = m->mem.all.n + 1, detail;
	const char *extra = m->preview[0] ? m->preview : m->dates;
	/* The anslag's dates (or their preview) on the first line. */
	if (*extra) {
		draw_text(y, 1, COLS - 2, extra, m->preview[0] ? R_WARN : R_INFO);
		y++;
		h--;
	}
	/* The list on top (at most half), the selected paragraph below. */
	if (rows > h / 2)
		rows = h / 2;
	detail = h - rows;
	list_fit(t, &m->list, rows - 1);
	list_draw(&m->list, m->items ? item_cols : cols, 6, y, rows, row_role);
	if ((r = list_selected(&m->list)) != NULL)
		draw_detail(m, r, y + rows, detail);
	else
		draw_text(y + 2, 1, 78, "Inga paragrafer ännu.", R_DIM);
}

static bool enabled(struct tui *t, struct tscreen *s, enum tui_action a)
{
	struct minutes *m = (struct minutes *)s;
	const struct trow *r;
	(void)t;
	switch (a) {
	case ACT_DECISION: case ACT_EDIT: case ACT_VOTE: case ACT_RESERVE: case ACT_REVIEW:
	case ACT_JUSTERA:
	case ACT_MOTION: case ACT_PROPOSITION: case ACT_RECUSAL: case ACT_NOTE: case ACT_DELETE:
	case ACT_JUSTERARE: case ACT_OVERRIDE:
		return !locked(m);
	case ACT_RATTELSE: case ACT_SIGN:
		return locked(m) || ((r = list_selected(&m->list)) && (r->flags & F_LOCKED));
	case ACT_ANSLAG:
		return locked(m) ? !m->anslag[0] :
		       (r = list_selected(&m->list)) && (r->flags & F_LOCKED) &&
		       !(r->flags & F_POSTED);
	default:
		return true;
	}
}

static const char *why_not(struct tui *t, struct tscreen *s, enum tui_action a)
{
	struct minutes *m = (struct minutes *)s;
	static char buf[200];
	(void)t;
	if (a == ACT_RATTELSE)
		return "Rättelser görs i ett justerat protokoll; det här ändras direkt.";
	if (a == ACT_SIGN)
		return "Det som skrivs under är det justerade protokollet (eller en omedelbart "
		       "justerad paragraf); justera först.";
	if (a == ACT_ANSLAG)
		snprintf(buf, sizeof buf, locked(m) ? "Anslaget sattes upp %s." :
			 "Anslaget sätts upp när protokollet (eller paragrafen, omedelbart) är "
			 "justerat; är det redan uppe står datumet under paragrafen.", m->anslag);
	else
		snprintf(buf, sizeof buf, "Protokollet justerades %s och kan inte ändras; "
			 "c antecknar en rättelse.", m->justerad);
	return buf;
}

/* Mark the paragraph reviewed, with a comment. */
static void review(struct tui *t, struct minutes *m, const struct trow *r)
{
	char *comment = NULL, label[80], num[32];
	long long id = r->id;
	enum nd_err e;
	tui_num(m->items, atoi(r->cell[C_NUM]), num, sizeof num);
	snprintf(label, sizeof label, "Granskad %s, kommentar (tom: ingen)", num);
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
	tui_msg(t, "%s är granskad; %d av %d granskade.", tui_cap(num), m->reviewed, m->mem.all.n);
}

/* Justera: everything reviewed, the ordförande and the chosen justerare
 * approve; from then on the database refuses changes. */
static void justera_now(struct tui *t, struct minutes *m)
{
	struct nd_protocol *p = NULL;
	long long by[8];
	size_t nby = 0;
	char q[700], who[500] = "", sha[65], today[11];
	int late;
	enum nd_err e;
	if (m->reviewed < m->mem.all.n) {
		tui_msg(t, "Granska alla paragrafer först: %d av %d är granskade.", m->reviewed,
			m->mem.all.n);
		return;
	}
	/* Findings first: no questions about a justering that cannot be. */
	if ((e = review_gate(t->db, m->meeting, 0, NULL)) ||
	    (e = protocol_load(t->db, m->meeting, &p)))
		goto out;
	if (p->njusterare == 0) {
		tui_msg(t, "Inga justerare är valda; välj dem bland de tjänstgörande.");
		if (!minutes_justerare(t, m->meeting))
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
	date_format(t->today, today);
	struct nd_rules rules;
	if (rules_meeting(t->db, m->meeting, &rules) != ND_OK)
		rules_kl(&rules);
	if ((late = justering_days_late(p->date, today, rules.justering_days)) > 0) {
		snprintf(q, sizeof q, "Justeringen sker %d dag%s efter fristen. Justera ändå? "
			 "Det antecknas.", late, late == 1 ? "" : "ar");
		if (!tui_confirm(t, q))
			goto out;
	}
	do
		e = justera(t->db, m->meeting, 0, NULL, by, nby, late > 0, sha);
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

/* The ordförande lets the paragraph's findings of one kind stand, with a
 * reason; the chair at the meeting is the one who does it. Only the
 * kinds the review reports there, not yet let stand, are offered. */
static void override(struct tui *t, struct minutes *m, const struct trow *r)
{
	const char *kinds[RK_COUNT];
	enum nd_review_kind which[RK_COUNT];
	bool found[RK_COUNT];
	struct nd_protocol *p = NULL;
	char *reason = NULL, label[200], num[32];
	long long id = r->id;
	int k, n = 0;
	enum nd_err e;
	tui_num(m->items, atoi(r->cell[C_NUM]), num, sizeof num);
	if ((e = review_blocking(t->db, m->meeting, id, found)))
		goto out;
	for (k = 0; k < RK_COUNT; k++)
		if (found[k]) {
			which[n] = (enum nd_review_kind)k;
			kinds[n++] = review_kind_name((enum nd_review_kind)k);
		}
	if (n == 0) {
		tui_msg(t, "%s har inga anmärkningar att åsidosätta.", tui_cap(num));
		goto out;
	}
	if ((e = protocol_load(t->db, m->meeting, &p)))
		goto out;
	if (!p->chair.id) {
		tui_msg(t, "Ingen ordförande är antecknad i närvaron; bara ordföranden kan "
			"åsidosätta en anmärkning.");
		t->msg_err = true;
		goto out;
	}
	/* One kind: nothing to choose. */
	k = 0;
	snprintf(label, sizeof label, "Åsidosätt anmärkning i %s", num);
	if (n > 1 && (k = tui_pick(t, label, kinds, n, 0)) < 0)
		goto out;
	snprintf(label, sizeof label, "Skäl (%s; ordföranden %s)", kinds[k], p->chair.name);
	if (!tui_prompt(t, label, NULL, &reason))
		goto out;
	do
		e = review_override(t->db, id, which[k], reason, p->chair.id);
	while (tui_busy(t, e));
	if (!e) {
		refresh_on(t, m, id);
		tui_msg(t, "%s: anmärkningar om %s står kvar med skäl; de hindrar inte "
			"justeringen.", tui_cap(num), kinds[k]);
	}
out:
	free(reason);
	protocol_free(p);
	if (e)
		tui_err(t, e);
}

/* The justerat protokoll, or an omedelbart justerad paragraph (asked
 * which when the whole is justerat too), signed with the user's key. */
static void sign(struct tui *t, struct minutes *m, const struct trow *r)
{
	int number = 0;
	if (!locked(m)) {
		number = (int)r->k[0];
	} else if (r->flags & F_IMMEDIATE) {
		char one[64];
		const char *items[2] = { "Hela protokollet", one };
		snprintf(one, sizeof one, "Utdraget ur § %s (omedelbart justerad)", r->cell[C_NUM]);
		int k = tui_pick(t, "Skriv under", items, 2, 0);
		if (k < 0)
			return;
		number = k ? (int)r->k[0] : 0;
	}
	minutes_sign(t, m->meeting, number);
}

/* The decision (b), or the redogörelse (e: "Ärendet" in the protokoll,
 * at first the ärende's own text), in the user's editor. */
static void edit_text(struct tui *t, struct minutes *m, const struct trow *r, bool account)
{
	char *text = NULL;
	const char *names[1] = { account ? "account" : "decision" }, *values[1];
	long long id = r->id;
	enum nd_err e;
	if (!minutes_open(t, id, NULL))
		return;
	if (!tui_edit_long(t, r->cell[account ? 11 : 6], &text))
		return;
	values[0] = text;
	do
		e = entity_edit(t->db, &paragraph_entity, id, 1, names, values);
	while (tui_busy(t, e));
	if (tui_result(t, e, account ? "Redogörelsen är sparad." : "Beslutet är sparat.") == ND_OK)
		refresh_on(t, m, id);
	free(text);
}

static bool act(struct tui *t, struct tscreen *s, enum tui_action a)
{
	struct minutes *m = (struct minutes *)s;
	const struct trow *r = list_selected(&m->list);
	long long id = r ? r->id : -1;
	bool changed = false;
	if (list_act(t, &m->list, a))
		return true;
	if (!r)
		return false;
	switch (a) {
	case ACT_DECISION: edit_text(t, m, r, false); return true;
	case ACT_EDIT: edit_text(t, m, r, true); return true;
	case ACT_VOTE: tui_push(t, scr_vote_new(t, r->id)); return true;
	case ACT_RESERVE: changed = minutes_reserve(t, r->id); break;
	case ACT_MOTION: changed = minutes_motion(t, r->id); break;
	case ACT_PROPOSITION: changed = minutes_proposition(t, r->id); break;
	case ACT_RECUSAL: changed = minutes_recusal(t, r->id); break;
	case ACT_NOTE: changed = minutes_note(t, r->id); break;
	case ACT_DELETE: changed = minutes_remove(t, r->id); break;
	case ACT_JUSTERARE: changed = minutes_justerare(t, m->meeting); break;
	case ACT_UNDERLAG: tui_push(t, scr_underlag_new(t, r->id)); return true;
	case ACT_ROLES: tui_push(t, scr_roles_new(t, m->meeting, (int)r->k[0])); return true;
	case ACT_EXPORT:
		minutes_export(t, m->meeting, m->code, m->date, (int)r->k[0]);
		return true;
	case ACT_ANSLAG:
		changed = minutes_anslag(t, m->meeting, locked(m) ? 0 : (int)r->k[0], m->preview,
					 sizeof m->preview);
		break;
	case ACT_SIGN:
		sign(t, m, r);
		return true;
	case ACT_RATTELSE:
		changed = minutes_rattelse(t, m->meeting, r->flags & F_LOCKED ? r->id : 0,
					   (int)r->k[0]);
		break;
	case ACT_REVIEW: review(t, m, r); return true;
	case ACT_JUSTERA: justera_now(t, m); return true;
	case ACT_OVERRIDE: override(t, m, r); return true;
	default: return false;
	}
	if (changed)
		keep_msg_reload(t, m, id);
	return true;
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
	.label = label,
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
		if (m->items)
			tui_msg(t, "Punkterna är numrerade: %d–%d.", first, last);
		else
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
