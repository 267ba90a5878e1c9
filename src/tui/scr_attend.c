/* Närvaro: the secretary at the meeting marks who is there. A ledamot
 * toggles between närvarande and frånvarande; marking one absent offers
 * the ersättare next in turn (attendance_propose: own party first, then
 * the decided order). The title says how many serve and whether the
 * quorum holds. Before the meeting, f records a förhinder (namnd meeting
 * absent) and names the ersättare to call in; at the meeting Space on
 * that ersättare offers the seat. a records an ajournering (from, to;
 * namnd meeting adjourn) or removes one; they stand under the list. A
 * vacant seat ("Vakant (M)") has nobody to mark: Space on it offers the
 * seat to the ersättare next in turn. Whole-meeting attendance only; ranges by paragraph are
 * for the CLI (namnd attendance set --from/--to). */
#include "tui.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/absence.h"
#include "namnd/adjourn.h"
#include "namnd/attendance.h"
#include "namnd/meeting_role.h"
#include "namnd/paragraph.h"
#include "namnd/sitting.h"

enum { C_NAME, C_PARTY, C_ROLE, C_STATUS };

/* Row flags: what the person is in the committee that day. */
#define F_SEAT 1      /* ledamot (any seat) */
#define F_ERS 2       /* ersättare */
#define F_SET 4       /* something is recorded */
#define F_ABSENT 8
#define F_SERVING 16
#define F_VACANT 32   /* a vacant seat (schema 030) */

struct attend {
	struct tscreen base;
	long long meeting;
	char head[200];
	size_t serving, seats;
	bool quorum;
	bool quorum_rule;    /* the body has a quorum rule (namnd/rules.h) */
	bool items;          /* numbered per meeting: punkt 1, 2 … (schema 025) */
	char quorum_note[120];
	char adjourned[8][16]; /* "10.15–10.30", in time order */
	int nadjourned;
	struct tmem mem;
	struct tlist list;
};

static const enum tui_action actions[] = {
	/* Space toggles here rather than paging. */
	ACT_TOGGLE, ACT_UP, ACT_DOWN, ACT_PGUP, ACT_PGDN, ACT_HOME, ACT_END, ACT_ABSENCE,
	ACT_ADJOURN, ACT_DELETE, ACT_NONE,
};

static const struct tcol cols[] = {
	{ "Namn", 24, false, false },
	{ "Parti", 5, false, false },
	{ "Roll", 19, false, false },
	{ "Närvaro", 0, false, false },
};

static bool is_seat(const char *role)
{
	return role && (strcmp(role, "ordförande") == 0 || strstr(role, "vice ordförande") ||
			strcmp(role, "ledamot") == 0);
}

static int on_row(void *ctx, sqlite3_stmt *st)
{
	struct attend *a = ctx;
	struct trow *r = trows_add(&a->mem.all);
	const char *status = (const char *)sqlite3_column_text(st, 4);
	const char *rname = (const char *)sqlite3_column_text(st, 5);
	const char *rparty = (const char *)sqlite3_column_text(st, 6);
	const char *role = (const char *)sqlite3_column_text(st, 9);
	int from = sqlite3_column_int(st, 7), to = sqlite3_column_int(st, 8);
	char what[400] = "";
	if (!r)
		return 1;
	r->id = sqlite3_column_int64(st, 0);
	r->flags = (is_seat(role) ? F_SEAT : 0) |
		   (role && strcmp(role, "ersättare") == 0 ? F_ERS : 0) | (status ? F_SET : 0);
	if (status && strcmp(status, "frånvarande") == 0)
		r->flags |= F_ABSENT;
	if (sqlite3_column_int(st, 10))
		r->flags |= F_VACANT;
	if (rname) {
		r->flags |= F_SERVING;
		snprintf(what, sizeof what, "tjänstgör för %s%s%s%s", rname,
			 rparty ? " (" : "", rparty ? rparty : "", rparty ? ")" : "");
		if (sqlite3_column_type(st, 12) != SQLITE_NULL) {
			size_t l = strlen(what);
			snprintf(what + l, sizeof what - l, " uppdrag %lld",
				 sqlite3_column_int64(st, 12));
		}
	} else {
		snprintf(what, sizeof what, "%s", status ? status : "—");
	}
	if (status && (from || to)) {
		size_t l = strlen(what);
		if (to)
			snprintf(what + l, sizeof what - l, a->items ? ", punkterna %d–%d" :
				 ", §§ %d–%d", from, to);
		else
			snprintf(what + l, sizeof what - l, a->items ? ", från punkt %d" :
				 ", från § %d", from);
	}
	/* Two vacant seats of a party: "Vakant uppdrag 60", as the CLI
	 * takes it ("Vakant (M) uppdrag 60"). */
	if (sqlite3_column_type(st, 11) != SQLITE_NULL) {
		char seat[64];
		snprintf(seat, sizeof seat, "%s uppdrag %lld",
			 (const char *)sqlite3_column_text(st, 1), sqlite3_column_int64(st, 11));
		trow_set(r, C_NAME, seat);
	} else {
		trow_set(r, C_NAME, (const char *)sqlite3_column_text(st, 1));
	}
	trow_set(r, C_PARTY, (const char *)sqlite3_column_text(st, 2));
	trow_set(r, C_ROLE, role ? role : (const char *)sqlite3_column_text(st, 3));
	trow_set(r, C_STATUS, what);
	return 0;
}

/* How many serve at the start of the meeting, and whether that is a
 * quorum; with numbered paragraphs, the first paragraph without one. */
static enum nd_err count_quorum(struct tui *t, struct attend *a)
{
	struct nd_sitting s;
	struct nd_quorum_row *rows = NULL;
	size_t n = 0;
	enum nd_err e = sitting_load(t->db, a->meeting, &s);
	a->quorum_note[0] = '\0';
	if (e)
		return e;
	struct nd_serving *out = calloc(s.nseats ? s.nseats : 1, sizeof *out);
	if (!out) {
		sitting_free(&s);
		return nd_fail(ND_ENOMEM, "Slut på minne.");
	}
	if (!(e = sitting_serving(t->db, &s, 0, 0, out, &a->serving))) {
		a->seats = s.nseats;
		a->quorum_rule = s.quorum_rule;
		a->quorum = !s.quorum_rule || quorum_holds(a->serving, a->seats);
	}
	free(out);
	sitting_free(&s);
	if (!e && !(e = quorum_by_paragraph(t->db, a->meeting, &rows, &n)))
		for (size_t i = 0; i < n; i++)
			if (!rows[i].holds) {
				snprintf(a->quorum_note, sizeof a->quorum_note,
					 a->items ? " · EJ beslutför vid punkt %d" :
					 " · EJ beslutför vid § %d", rows[i].number);
				break;
			}
	free(rows);
	return e;
}

static int on_head(void *ctx, sqlite3_stmt *st)
{
	struct attend *a = ctx;
	snprintf(a->head, sizeof a->head, "%s %s", (const char *)sqlite3_column_text(st, 1),
		 (const char *)sqlite3_column_text(st, 3));
	return 0;
}

static int on_adjourned(void *ctx, sqlite3_stmt *st)
{
	struct attend *a = ctx;
	char from[6], to[6];
	if (a->nadjourned >= 8)
		return 0;
	snprintf(from, sizeof from, "%s", (const char *)sqlite3_column_text(st, 0));
	snprintf(to, sizeof to, "%s", (const char *)sqlite3_column_text(st, 1));
	from[2] = to[2] = '.';
	snprintf(a->adjourned[a->nadjourned++], sizeof a->adjourned[0], "%s–%s", from, to);
	return 0;
}

static enum nd_err load_adjourned(struct tui *t, struct attend *a)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(t->db, "SELECT start_time, end_time FROM adjournment "
				   "WHERE meeting_id = ?1 ORDER BY start_time", &st);
	a->nadjourned = 0;
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, a->meeting);
	return db_rows(t->db, st, on_adjourned, a, NULL, "läsa ajourneringarna");
}

static enum nd_err load(struct tui *t, struct attend *a)
{
	enum nd_err e;
	trows_clear(&a->mem.all);
	a->items = paragraph_items(t->db, a->meeting);
	if ((e = load_adjourned(t, a)))
		return e;
	if ((e = entity_show(t->db, &meeting_entity, a->meeting, on_head, a)) ||
	    (e = attendance_list(t->db, a->meeting, on_row, a)))
		return e;
	tmem_index(&a->mem);
	return count_quorum(t, a);
}

static void refresh_on(struct tui *t, struct attend *a, long long id)
{
	enum nd_err e = load(t, a);
	if (!e)
		e = tmem_show(&a->list, &a->mem, id);
	tui_result(t, e, NULL);
}

static void title(struct tui *t, struct tscreen *s, char *buf, size_t size)
{
	struct attend *a = (struct attend *)s;
	(void)t;
	snprintf(buf, size, "Närvaro · %s · tjänstgör %zu av %zu · %s%s", a->head, a->serving,
		 a->seats, !a->quorum_rule ? "ingen regel om beslutförhet" :
		 a->quorum ? "beslutför" : "EJ BESLUTFÖR", a->quorum_note);
}

static enum theme_role row_role(const struct trow *r)
{
	if (r->flags & F_ABSENT)
		return R_DIM;
	return r->flags & F_SET ? R_NORMAL : R_WARN;
}

static void draw(struct tui *t, struct tscreen *s, int y, int h)
{
	struct attend *a = (struct attend *)s;
	char line[200] = "";
	int extra = a->nadjourned > 0; /* a line for the ajourneringar */
	list_fit(t, &a->list, h - 2 - extra);
	list_draw(&a->list, cols, 4, y, h - 1 - extra, row_role);
	for (int i = 0; i < a->nadjourned; i++) {
		size_t l = strlen(line);
		snprintf(line + l, sizeof line - l, "%s%s", i ? ", " : "Ajournerat ",
			 a->adjourned[i]);
	}
	if (extra)
		draw_text(y + h - 2, 1, COLS - 1, line, R_INFO);
	if (a->quorum_rule)
		snprintf(line, sizeof line, "Beslutförhet: minst %zu av %zu platser måste "
			 "tjänstgöra.", quorum_needed(a->seats), a->seats);
	else
		snprintf(line, sizeof line, "Beslutförhet: organet har ingen regel om "
			 "beslutförhet (organets regler, namnd committee show).");
	draw_text(y + h - 1, 1, COLS - 1, line, a->quorum ? R_INFO : R_OVERDUE);
}

/* a: an ajournering recorded (from, to), or one of those recorded
 * removed. */
static void adjourn(struct tui *t, struct attend *a, long long keep)
{
	const char *items[9];
	char labels[8][40], from_old[6];
	char *from = NULL, *to = NULL;
	int k = 0;
	enum nd_err e;
	items[0] = "Ny ajournering …";
	for (int i = 0; i < a->nadjourned; i++) {
		snprintf(labels[i], sizeof labels[i], "Ta bort %s", a->adjourned[i]);
		items[i + 1] = labels[i];
	}
	if (a->nadjourned && (k = tui_pick(t, "Ajournering", items, a->nadjourned + 1, 0)) < 0)
		return;
	if (k > 0) {
		char q[80];
		snprintf(q, sizeof q, "Ta bort ajourneringen %s?", a->adjourned[k - 1]);
		if (!tui_confirm(t, q))
			return;
		snprintf(from_old, sizeof from_old, "%.5s", a->adjourned[k - 1]);
		do
			e = adjournment_remove(t->db, a->meeting, from_old);
		while (tui_busy(t, e));
		if (tui_result(t, e, NULL))
			return;
		tui_msg(t, "Ajourneringen %s är borttagen.", labels[k - 1] + strlen("Ta bort "));
		refresh_on(t, a, keep);
		return;
	}
	if (!tui_prompt_check(t, "Ajournering från (TT.MM)", NULL, check_time, NULL, &from) ||
	    !tui_prompt_check(t, "Ajournering till (TT.MM)", NULL, check_time, NULL, &to))
		goto out;
	do
		e = adjournment_add(t->db, a->meeting, from, to);
	while (tui_busy(t, e));
	if (!tui_result(t, e, NULL)) {
		refresh_on(t, a, keep);
		tui_msg(t, "Sammanträdet ajournerades %s–%s; det står i protokollet under "
			"Plats och tid.", from, to);
	}
out:
	free(from);
	free(to);
}

static enum nd_err set(struct tui *t, struct attend *a, long long person,
		       enum nd_presence p, long long replaces)
{
	enum nd_err e;
	do
		e = attendance_set(t->db, a->meeting, person, p, replaces, 0, 0);
	while (tui_busy(t, e));
	return e;
}

/* The name and party of row id, for messages. */
static void name_of(const struct attend *a, long long id, char *buf, size_t size)
{
	buf[0] = '\0';
	for (int i = 0; id && i < a->mem.all.n; i++)
		if (a->mem.all.v[i].id == id)
			snprintf(buf, size, "%s (%s)", a->mem.all.v[i].cell[C_NAME],
				 a->mem.all.v[i].cell[C_PARTY]);
}

/* A ledamot is absent: record it and, if the user agrees, let the
 * ersättare next in turn serve, both or neither. */
static void absent(struct tui *t, struct attend *a, const struct trow *r)
{
	long long ledamot = r->id, ers = 0;
	char q[400], name[200];
	enum nd_err e = attendance_propose(t->db, a->meeting, ledamot, 0, 0, &ers);
	if (e) {
		tui_err(t, e);
		return;
	}
	name_of(a, ers, name, sizeof name);
	if (ers) {
		snprintf(q, sizeof q, "%s frånvarande. I tur: %s. Ska hen tjänstgöra?",
			 r->cell[C_NAME], name);
		if (!tui_confirm(t, q))
			ers = 0;
	}
	do {
		if (!(e = db_begin(t->db)) &&
		    !(e = attendance_set(t->db, a->meeting, ledamot, PRES_ABSENT, 0, 0, 0)) &&
		    !(ers && (e = attendance_set(t->db, a->meeting, ers, PRES_SERVING,
						 ledamot, 0, 0))))
			e = db_commit(t->db);
		if (e)
			db_rollback(t->db);
	} while (tui_busy(t, e));
	if (tui_result(t, e, NULL))
		return;
	/* A role that needs them serving (hostile pass 19, F6) is named. */
	char warn[1200];
	bool role = meeting_role_unserved(t->db, a->meeting, ledamot, warn, sizeof warn);
	if (ers)
		tui_msg(t, "%s är frånvarande; %s tjänstgör.%s%s", r->cell[C_NAME], name,
			role ? " Obs: " : "", role ? warn : "");
	else
		tui_msg(t, "%s är frånvarande; ingen ersättare tjänstgör.%s%s", r->cell[C_NAME],
			role ? " Obs: " : "", role ? warn : "");
	refresh_on(t, a, ledamot);
}

/* Someone serves in ledamot's place (the status column says so). */
static bool replaced(const struct attend *a, const struct trow *ledamot)
{
	char want[300];
	snprintf(want, sizeof want, "tjänstgör för %s", ledamot->cell[C_NAME]);
	for (int i = 0; i < a->mem.all.n; i++)
		if (a->mem.all.v[i].cell[C_STATUS] &&
		    strncmp(a->mem.all.v[i].cell[C_STATUS], want, strlen(want)) == 0)
			return true;
	return false;
}

/* An ersättare arrives: when a ledamot is absent with nobody in their
 * place and this ersättare is next in turn for them (a förhinder
 * announced before the meeting), ask whether they serve for them. *ledamot
 * gets that ledamot's id, else 0. */
static enum nd_err in_turn_for(struct tui *t, struct attend *a, const struct trow *r,
			       long long *ledamot)
{
	*ledamot = 0;
	for (int i = 0; i < a->mem.all.n; i++) {
		const struct trow *l = &a->mem.all.v[i];
		long long ers = 0;
		enum nd_err e;
		if (!(l->flags & F_SEAT) || !(l->flags & (F_ABSENT | F_VACANT)) || replaced(a, l))
			continue;
		if ((e = attendance_propose(t->db, a->meeting, l->id, 0, 0, &ers)))
			return e;
		if (ers == r->id) {
			char q[400];
			snprintf(q, sizeof q, "%s är frånvarande och %s står i tur. Ska %s "
				 "tjänstgöra för %s?", l->cell[C_NAME], r->cell[C_NAME],
				 r->cell[C_NAME], l->cell[C_NAME]);
			if (tui_confirm(t, q))
				*ledamot = l->id;
			return ND_OK;
		}
	}
	return ND_OK;
}

/* f: a förhinder announced before the meeting (namnd meeting absent):
 * the ledamot or ersättare is recorded absent and, for a ledamot, the
 * ersättare next in turn is named, to be called in; when they come,
 * Space on them offers the seat. f again takes the förhinder back. */
static void forhinder(struct tui *t, struct attend *a, const struct trow *r)
{
	long long id = r->id, ers = 0;
	bool back = (r->flags & F_ABSENT) != 0;
	char name[200];
	enum nd_err e;
	if (!(r->flags & (F_SEAT | F_ERS))) {
		tui_msg(t, "Förhinder anmäls för ledamöter och ersättare; %s är %s.",
			r->cell[C_NAME], r->cell[C_ROLE]);
		t->msg_err = true;
		return;
	}
	do
		e = absence_set(t->db, a->meeting, id, !back);
	while (tui_busy(t, e));
	if (!e && !back && (r->flags & F_SEAT))
		e = attendance_propose(t->db, a->meeting, id, 0, 0, &ers);
	if (tui_result(t, e, NULL))
		return;
	name_of(a, ers, name, sizeof name);
	if (back)
		tui_msg(t, "Förhindret för %s är borttaget.", r->cell[C_NAME]);
	else if (ers)
		tui_msg(t, "%s har förhinder. I tur att kallas in: %s.", r->cell[C_NAME], name);
	else if (r->flags & F_SEAT)
		tui_msg(t, "%s har förhinder. Ingen ersättare står i tur.", r->cell[C_NAME]);
	else
		tui_msg(t, "%s har förhinder.", r->cell[C_NAME]);
	refresh_on(t, a, id);
}

/* Space on a vacant seat: the ersättare next in turn may serve in it. */
static void vacant(struct tui *t, struct attend *a, const struct trow *r)
{
	long long ers = 0;
	char q[520], name[200], seat[200];
	enum nd_err e;
	/* "Vakant (M)", "Vakant (M) uppdrag 60" */
	snprintf(seat, sizeof seat, "Vakant (%s)%s", r->cell[C_PARTY],
		 r->cell[C_NAME] + strcspn(r->cell[C_NAME], " "));
	if (replaced(a, r)) {
		tui_msg(t, "En ersättare tjänstgör redan på %s; Delete på ersättaren tar bort det.",
			seat);
		return;
	}
	if ((e = attendance_propose(t->db, a->meeting, r->id, 0, 0, &ers))) {
		tui_err(t, e);
		return;
	}
	name_of(a, ers, name, sizeof name);
	if (!ers) {
		tui_msg(t, "%s är en vakant plats. Ingen ersättare är ledig att tjänstgöra på den.",
			seat);
		return;
	}
	snprintf(q, sizeof q, "%s är en vakant plats. I tur: %s. Ska hen tjänstgöra på den?",
		 seat, name);
	if (!tui_confirm(t, q))
		return;
	e = set(t, a, ers, PRES_SERVING, r->id);
	if (tui_result(t, e, NULL) == ND_OK) {
		tui_msg(t, "%s tjänstgör på %s.", name, seat);
		refresh_on(t, a, ers);
	}
}

static void toggle(struct tui *t, struct attend *a, const struct trow *r)
{
	long long id = r->id;
	enum nd_err e;
	if (r->flags & F_VACANT) {
		vacant(t, a, r);
		return;
	}
	if ((r->flags & F_SEAT) && (r->flags & F_SET) && !(r->flags & F_ABSENT)) {
		absent(t, a, r);
		return;
	}
	if (r->flags & F_SEAT)
		e = set(t, a, id, PRES_PRESENT, 0);
	else if ((r->flags & F_ERS) && !(r->flags & F_SET)) {
		long long ledamot = 0;
		if (!(e = in_turn_for(t, a, r, &ledamot)))
			e = ledamot ? set(t, a, id, PRES_SERVING, ledamot) :
				      set(t, a, id, PRES_ERSATTARE, 0);
	}
	else if (!(r->flags & F_SET))
		e = set(t, a, id, PRES_OTHER, 0);
	else {
		do
			e = attendance_remove(t->db, a->meeting, id);
		while (tui_busy(t, e));
	}
	if (tui_result(t, e, NULL) == ND_OK) {
		char warn[1200];
		refresh_on(t, a, id);
		if (meeting_role_unserved(t->db, a->meeting, id, warn, sizeof warn))
			tui_msg(t, "Obs: %s", warn);
	}
}

static bool act(struct tui *t, struct tscreen *s, enum tui_action ac)
{
	struct attend *a = (struct attend *)s;
	const struct trow *r = list_selected(&a->list);
	char q[300];
	if (ac == ACT_TOGGLE) {
		if (r)
			toggle(t, a, r);
		return true;
	}
	if (list_act(t, &a->list, ac))
		return true;
	if (ac == ACT_ABSENCE) {
		if (r)
			forhinder(t, a, r);
		return true;
	}
	if (ac == ACT_ADJOURN) {
		adjourn(t, a, r ? r->id : -1);
		return true;
	}
	if (ac == ACT_DELETE && r && (r->flags & F_SET)) {
		long long id = r->id;
		enum nd_err e;
		snprintf(q, sizeof q, "Ta bort det antecknade för %s?", r->cell[C_NAME]);
		if (!tui_confirm(t, q))
			return true;
		do
			e = attendance_remove(t->db, a->meeting, id);
		while (tui_busy(t, e));
		if (tui_result(t, e, "Borttaget.") == ND_OK)
			refresh_on(t, a, id);
		return true;
	}
	return ac == ACT_DELETE;
}

static void reload(struct tui *t, struct tscreen *s)
{
	struct attend *a = (struct attend *)s;
	const struct trow *r = list_selected(&a->list);
	refresh_on(t, a, r ? r->id : -1);
}

static void destroy(struct tscreen *s)
{
	struct attend *a = (struct attend *)s;
	list_free(&a->list);
	trows_clear(&a->mem.all);
	free(a);
}

static const struct tscreen_ops ops = {
	.name = "Närvaro",
	.actions = actions,
	.title = title,
	.draw = draw,
	.act = act,
	.reload = reload,
	.free = destroy,
};

struct tscreen *scr_attend_new(struct tui *t, long long meeting)
{
	struct attend *a = scr_alloc(t, sizeof *a, &ops);
	enum nd_err e;
	if (!a)
		return NULL;
	a->meeting = meeting;
	list_init(&a->list, tmem_fetch, &a->mem);
	if ((e = load(t, a)) || (e = list_home(&a->list, t->body_h > 3 ? t->body_h - 2 : 20))) {
		tui_err(t, e);
		destroy(&a->base);
		return NULL;
	}
	return &a->base;
}
