/* The UI's main loop: the stack of screens, the title line, the message
 * line and the footer, the screen menu, resize and the too-small
 * terminal. Curses is only touched from this loop: a resize arrives as
 * KEY_RESIZE, never in a signal handler. */
#include "namnd/paragraph.h"
#include "namnd/parnum.h"
#include "tui.h"

#include "namnd/text.h"

#include <curses.h>
#include <fcntl.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* What every screen takes after its own actions. */
static const enum tui_action globals[] = {
	ACT_HELP, ACT_MENU, ACT_BACK, ACT_QUIT, ACT_REDRAW, ACT_UNDO, ACT_GO_CASES,
	ACT_GO_MEETINGS, ACT_GO_PEOPLE, ACT_GO_SEARCH, ACT_GO_REPORT, ACT_NONE,
};

static struct timespec started_at;

static double since_ms(const struct timespec *t0)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - t0->tv_sec) * 1e3 +
	       (double)(now.tv_nsec - t0->tv_nsec) / 1e6;
}

static void timing(struct tui *t, const char *what, double ms)
{
	char line[128];
	int n;
	if (t->timing_fd < 0)
		return;
	n = snprintf(line, sizeof line, "%s %.3f\n", what, ms);
	if (n > 0 && write(t->timing_fd, line, (size_t)n) < 0) {
		close(t->timing_fd);
		t->timing_fd = -1;
	}
}

void *scr_alloc(struct tui *t, size_t size, const struct tscreen_ops *ops)
{
	struct tscreen *s = calloc(1, size);
	if (!s) {
		tui_err(t, nd_fail(ND_ENOMEM, "Slut på minne."));
		return NULL;
	}
	s->ops = ops;
	return s;
}

bool tui_remove(struct tui *t, const char *question, const struct nd_entity *e,
		long long id, const char *ok)
{
	enum nd_err err;
	if (!tui_confirm(t, question))
		return false;
	do
		err = entity_remove(t->db, e, id);
	while (tui_busy(t, err));
	return tui_result(t, err, ok) == ND_OK;
}

struct tscreen *tui_top(struct tui *t)
{
	return t->depth > 0 ? t->stack[t->depth - 1] : NULL;
}

/* The first time a kind of screen opens: does the keys file take one of
 * its keys from another of its actions? Said on the message line. */
static void check_keys(struct tui *t, const struct tscreen *s)
{
	static const struct tscreen_ops *seen[64];
	static size_t nseen;
	enum tui_action acc[ACT_COUNT + 16];
	char msg[600];
	for (size_t i = 0; i < nseen; i++)
		if (seen[i] == s->ops)
			return;
	if (nseen < sizeof seen / sizeof *seen)
		seen[nseen++] = s->ops;
	tui_accepted(t, s, acc, sizeof acc / sizeof *acc);
	if (keys_conflict(acc, s->ops->name, msg, sizeof msg)) {
		snprintf(t->msg, sizeof t->msg, "%s", msg);
		t->msg_err = true;
	}
}

void tui_push(struct tui *t, struct tscreen *s)
{
	if (!s)
		return;
	if (t->depth == TUI_DEPTH) {
		s->ops->free(s);
		tui_msg(t, "För många skärmar öppna; stäng någon med Esc först.");
		return;
	}
	t->stack[t->depth++] = s;
	check_keys(t, s);
}

void tui_pop(struct tui *t)
{
	struct tscreen *s;
	if (t->depth == 0)
		return;
	s = t->stack[--t->depth];
	s->ops->free(s);
	if ((s = tui_top(t)) && s->ops->reload)
		s->ops->reload(t, s);
}

void tui_msg(struct tui *t, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(t->msg, sizeof t->msg, fmt, ap);
	va_end(ap);
	t->msg_err = false;
}

void tui_err(struct tui *t, enum nd_err e)
{
	const char *m = nd_errmsg();
	if (e == ND_OK)
		return;
	snprintf(t->msg, sizeof t->msg, "%s", *m ? m : nd_strerror(e));
	t->msg_err = true;
}

enum nd_err tui_result(struct tui *t, enum nd_err e, const char *ok_msg)
{
	if (e)
		tui_err(t, e);
	else if (ok_msg)
		tui_msg(t, "%s", ok_msg);
	return e;
}

bool tui_busy(struct tui *t, enum nd_err e)
{
	int k;
	if (e != ND_EBUSY)
		return false;
	tui_msg(t, "Databasen är låst av ett annat program; försöker igen … "
		"(Esc avbryter)");
	t->msg_err = true;
	tui_draw(t);
	timeout(400);
	k = keys_read();
	timeout(-1);
	if (k == TK_ESC) {
		tui_msg(t, "Avbrutet: databasen är låst av ett annat program; "
			"ingenting ändrades.");
		t->msg_err = true;
		return false;
	}
	return true;
}

/* A hit opened from Sök takes n and N to step to the next or previous
 * hit, after the screen's own keys (which win when they share one). */
static const enum tui_action from_search[] = { ACT_NEXT_HIT, ACT_PREV_HIT, ACT_NONE };

void tui_accepted(struct tui *t, const struct tscreen *s, enum tui_action *out,
		  size_t max)
{
	size_t n = 0;
	for (const enum tui_action *a = s->ops->actions; a && *a && n + 1 < max; a++)
		out[n++] = *a;
	for (const enum tui_action *a = globals; *a && n + 1 < max; a++)
		out[n++] = *a;
	if (t->depth >= 2 && t->stack[t->depth - 1] == s &&
	    scr_is_search(t->stack[t->depth - 2]))
		for (const enum tui_action *a = from_search; *a && n + 1 < max; a++)
			out[n++] = *a;
	out[n] = ACT_NONE;
}

static bool enabled(struct tui *t, struct tscreen *s, enum tui_action a)
{
	return !s->ops->enabled || s->ops->enabled(t, s, a);
}

/* "key Label" pairs: the screen's own actions, then help, the menu and
 * back, which are always there. They wrap to a second line when one is
 * not enough; what does not fit in two is left to the help (?). */
struct fitem {
	char key[24];
	const char *label;
};

static int fitem_width(const struct fitem *f)
{
	return (int)text_width(f->key) + 1 + (int)text_width(f->label) + 2;
}

#define FOOTER_LINES_MAX 2

/* Lines needed for items[0..n) from column 1. */
static int footer_lines(const struct fitem *items, int n)
{
	int lines = 1, x = 1;
	for (int i = 0; i < n; i++) {
		int w = fitem_width(&items[i]);
		if (x + w - 2 > COLS && x > 1) {
			lines++;
			x = 1;
		}
		x += w;
	}
	return lines;
}

static int footer_items(struct tui *t, struct tscreen *s, struct fitem *items)
{
	static const enum tui_action always[] = { ACT_HELP, ACT_MENU, ACT_BACK };
	enum tui_action acc[ACT_COUNT + 16];
	int n = 0, nscreen;
	/* Opened from Sök: n/N step through the hits (when the screen does
	 * not use those keys itself); first, so a full footer keeps it. */
	if (t->depth >= 2 && t->stack[t->depth - 1] == s &&
	    scr_is_search(t->stack[t->depth - 2]) && s->ops->actions &&
	    !keys_shared(ACT_NEXT_HIT, s->ops->actions)) {
		char next[16]; /* keys_first's buffer is reused by the next call */
		snprintf(next, sizeof next, "%s", keys_first(ACT_NEXT_HIT));
		snprintf(items[n].key, sizeof items[n].key, "%s/%s", next,
			 keys_first(ACT_PREV_HIT));
		items[n++].label = "Träffar";
	}
	tui_accepted(t, s, acc, sizeof acc / sizeof *acc);
#define keys_first(a) keys_first_for((a), acc)
	for (const enum tui_action *a = s->ops->actions; a && *a; a++) {
		const char *label = s->ops->label ? s->ops->label(*a) : NULL;
		/* Navigation is left to the help unless the screen names it. */
		if ((action_is_nav(*a) && !label) || !enabled(t, s, *a) || !*keys_first(*a))
			continue;
		/* A pair reads "K/J Flytta", "←/→ Period". */
		if (((*a == ACT_MOVE_UP && a[1] == ACT_MOVE_DOWN) ||
		     (*a == ACT_PREV_PERIOD && a[1] == ACT_NEXT_PERIOD) ||
		     (*a == ACT_LEFT && a[1] == ACT_RIGHT)) && enabled(t, s, a[1])) {
			snprintf(items[n].key, sizeof items[n].key, "%s/", keys_first(*a));
			snprintf(items[n].key + strlen(items[n].key),
				 sizeof items[n].key - strlen(items[n].key), "%s",
				 keys_first(a[1]));
			items[n++].label = label ? label : *a == ACT_MOVE_UP ? "Flytta" : "Period";
			a++;
			continue;
		}
		snprintf(items[n].key, sizeof items[n].key, "%s", keys_first(*a));
		items[n++].label = label ? label : action_label(*a);
	}
	nscreen = n;
	for (size_t i = 0; i < 3; i++) {
		/* On the top screen Esc asks before quitting; Q is the key
		 * that quits, so the footer names that one. */
		enum tui_action shown = always[i] == ACT_BACK && t->depth <= 1 ?
			ACT_QUIT : always[i];
		snprintf(items[n].key, sizeof items[n].key, "%s", keys_first(shown));
		items[n++].label = always[i] == ACT_BACK ?
			(t->depth > 1 ? "Tillbaka" : "Avsluta") : action_label(always[i]);
	}
#undef keys_first
	/* Drop screen actions from the end until the rest fits. */
	while (footer_lines(items, n) > FOOTER_LINES_MAX && nscreen > 0) {
		memmove(&items[nscreen - 1], &items[nscreen],
			(size_t)(n - nscreen) * sizeof *items);
		nscreen--;
		n--;
	}
	return n;
}

/* Draw the footer at the bottom; returns its lines. */
static int draw_footer(struct tui *t, struct tscreen *s)
{
	struct fitem items[ACT_COUNT + 4];
	int n = footer_items(t, s, items), lines = footer_lines(items, n);
	int y = LINES - lines, x = 1;
	for (int l = 0; l < lines; l++)
		draw_blank(y + l, 0, COLS, R_FOOTER);
	for (int i = 0; i < n; i++) {
		if (!*items[i].key)
			continue;
		if (x + fitem_width(&items[i]) - 2 > COLS && x > 1) {
			y++;
			x = 1;
		}
		x += draw_text(y, x, COLS - x, items[i].key, R_FOOTER_KEY) + 1;
		if (x < COLS)
			x += draw_text(y, x, COLS - x, items[i].label, R_FOOTER) + 2;
	}
	return lines;
}

/* The screen's title on the left; today and the user on the right when
 * there is room (the title wins). */
static void draw_title(struct tui *t, struct tscreen *s)
{
	char left[512] = "", right[128], day[11];
	int lw, rw;
	date_format(t->today, day);
	s->ops->title(t, s, left, sizeof left);
	lw = (int)text_width(left);
	snprintf(right, sizeof right, "%s  %s", day, t->db->user ? t->db->user : "");
	if (lw + (int)text_width(right) + 3 > COLS)
		snprintf(right, sizeof right, "%s", day);
	if (lw + (int)text_width(right) + 3 > COLS)
		right[0] = '\0';
	rw = (int)text_width(right);
	draw_blank(0, 0, COLS, R_TITLE);
	draw_text(0, 1, COLS - rw - 3, left, R_TITLE);
	if (rw)
		draw_right(0, COLS - rw - 1, rw, right, R_TITLE);
}

static bool too_small(void)
{
	return COLS < TUI_MIN_COLS || LINES < TUI_MIN_LINES;
}

static void draw_too_small(void)
{
	char line[160];
	int y = LINES / 2 > 1 ? LINES / 2 - 1 : 0;
	erase();
	draw_text(y, 0, COLS, "Gör fönstret större", R_WARN);
	snprintf(line, sizeof line, "minst %d×%d, nu %d×%d", TUI_MIN_COLS, TUI_MIN_LINES,
		 COLS, LINES);
	if (y + 1 < LINES)
		draw_text(y + 1, 0, COLS, line, R_NORMAL);
	if (y + 2 < LINES)
		draw_text(y + 2, 0, COLS, "Q avslutar", R_NORMAL);
}

void tui_draw(struct tui *t)
{
	struct tscreen *s = tui_top(t);
	if (too_small()) {
		draw_too_small();
		refresh();
		return;
	}
	erase();
	list_drawn_reset();
	if (s) {
		draw_title(t, s);
		int lines = draw_footer(t, s);
		/* A long message wraps instead of being cut; the body gives
		 * up the rows. */
		int mrows = t->msg[0] ? wrap_rows(t->msg, COLS - 1, MSG_ROWS) : 1;
		enum theme_role mr = t->msg_err ? R_ERROR : R_INFO;
		t->msg_y = LINES - lines - mrows;
		t->body_h = t->msg_y - 1;
		s->ops->draw(t, s, 1, t->body_h);
		for (int i = 0; i < mrows; i++)
			draw_blank(t->msg_y + i, 0, COLS, mr);
		draw_wrapped(t->msg_y, 0, COLS - 1, mrows, t->msg, mr);
	}
	refresh();
}

static const struct {
	const char *label;
	enum tui_action go;
} menu[] = {
	{ "Översikt", ACT_NONE },
	{ "Ärenden", ACT_GO_CASES },
	{ "Sammanträden", ACT_GO_MEETINGS },
	{ "Personer och ledamöter", ACT_GO_PEOPLE },
	{ "Fritextsök", ACT_GO_SEARCH },
	{ "Månadsrapport", ACT_GO_REPORT },
};

/* Jumping between screens starts again from the Översikt, so Esc from
 * any of them leads home. */
static void go(struct tui *t, enum tui_action a)
{
	struct tscreen *s = NULL;
	while (t->depth > 1)
		tui_pop(t);
	switch (a) {
	case ACT_GO_CASES: s = scr_cases_new(t); break;
	case ACT_GO_MEETINGS: s = scr_meetings_new(t, NULL); break;
	case ACT_GO_PEOPLE: s = scr_people_new(t); break;
	case ACT_GO_SEARCH: s = scr_search_new(t, NULL); break;
	case ACT_GO_REPORT: s = scr_report_new(t); break;
	default: return;
	}
	tui_push(t, s);
}

static void open_menu(struct tui *t)
{
	const char *items[sizeof menu / sizeof *menu];
	int n = (int)(sizeof menu / sizeof *menu), i;
	for (i = 0; i < n; i++)
		items[i] = menu[i].label;
	i = tui_pick(t, "Gå till", items, n, 0);
	if (i == 0) {
		while (t->depth > 1)
			tui_pop(t);
	} else if (i > 0) {
		go(t, menu[i].go);
	}
}

static void run(struct tui *t, enum tui_action a);

/* A click selects the row under it; the wheel moves three rows (htop,
 * mutt). Nothing else: a click never runs a command. */
static void mouse(struct tui *t)
{
	int y, x, row, b = keys_mouse_event(&y, &x);
	struct tlist *l;
	if (b == 4 || b == 5) {
		for (int i = 0; i < 3; i++)
			run(t, b == 4 ? ACT_UP : ACT_DOWN);
	} else if (b == 1 && (l = list_at(y, &row)) != NULL && row < l->rows.n) {
		l->cur = row;
		t->msg[0] = '\0';
		t->msg_err = false;
	}
}

static void dispatch(struct tui *t, int key)
{
	struct tscreen *s = tui_top(t);
	enum tui_action acc[ACT_COUNT + 16], a;
	if (too_small()) {
		/* Nothing happens blind; only quitting. */
		tui_accepted(t, s, acc, sizeof acc / sizeof *acc);
		if (keys_lookup(key, acc) == ACT_QUIT)
			t->quit = true;
		return;
	}
	if (key == TK_MOUSE) {
		mouse(t);
		return;
	}
	tui_accepted(t, s, acc, sizeof acc / sizeof *acc);
	a = keys_lookup(key, acc);
	if (a == ACT_NONE)
		return;
	run(t, a);
}

static void run(struct tui *t, enum tui_action a)
{
	struct tscreen *s = tui_top(t);
	/* A new key press clears an old message. */
	t->msg[0] = '\0';
	t->msg_err = false;
	if (a != ACT_UNDO && enabled(t, s, a)) {
		/* What the action writes is journalled for undo. */
		long long from = undo_mark(t);
		const char *name = s->ops->name; /* static; s may be closed by act */
		bool done = s->ops->act(t, s, a);
		undo_record(t, from, undo_mark(t), a, name);
		if (done)
			return;
	}
	switch (a) {
	case ACT_HELP: tui_push(t, scr_help_new(t, s)); break;
	case ACT_MENU: open_menu(t); break;
	case ACT_QUIT: t->quit = true; break;
	case ACT_BACK:
		/* Esc is pressed often and by habit; on the top screen it
		 * would end the program, so it asks (Q quits at once). */
		if (t->depth > 1)
			tui_pop(t);
		else if (tui_confirm(t, "Avsluta namnd?"))
			t->quit = true;
		break;
	case ACT_REDRAW: clearok(curscr, TRUE); break;
	case ACT_UNDO:
		tui_undo(t);
		/* The screens show what the database holds now. */
		for (int i = 0; i < t->depth; i++)
			if (t->stack[i]->ops->reload)
				t->stack[i]->ops->reload(t, t->stack[i]);
		break;
	case ACT_NEXT_HIT: scr_search_step(t, 1); break;
	case ACT_PREV_HIT: scr_search_step(t, -1); break;
	case ACT_GO_CASES: case ACT_GO_MEETINGS: case ACT_GO_PEOPLE: case ACT_GO_SEARCH:
	case ACT_GO_REPORT:
		go(t, a);
		break;
	default:
		if (!enabled(t, s, a))
			tui_msg(t, "%s", s->ops->why_not && s->ops->why_not(t, s, a) ?
				s->ops->why_not(t, s, a) : "Det går inte här just nu.");
		break;
	}
}

int tui_run(struct nd_db *db, const struct timespec *started)
{
	struct tui t;
	SCREEN *scr;
	char keymsg[700];
	const char *tpath = getenv("NAMND_TUI_TIMING");
	enum nd_err e;

	memset(&t, 0, sizeof t);
	t.db = db;
	t.timing_fd = -1;
	if (started)
		started_at = *started;
	else
		clock_gettime(CLOCK_MONOTONIC, &started_at);
	if ((e = date_today(&t.today)))
		return e;
	if (!(t.org = setting_get(db, "org_name", "namnd")))
		return nd_fail(ND_ENOMEM, "Slut på minne.");
	if (tpath && *tpath)
		t.timing_fd = open(tpath, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
	keys_log(t.timing_fd);
	keys_defaults();
	keys_load(NULL, keymsg, sizeof keymsg);
	if (keymsg[0]) {
		snprintf(t.msg, sizeof t.msg, "%s", keymsg);
		t.msg_err = true;
	}
	/* A locked database is retried with a message, not waited on
	 * silently: short busy waits, then tui_busy. */
	sqlite3_busy_timeout(db->h, 250);

	setlocale(LC_ALL, "");
	tui_signals_install();
	if (!(scr = newterm(NULL, stdout, stdin))) {
		tui_signals_uninstall();
		free(t.org);
		if (t.timing_fd >= 0)
			close(t.timing_fd);
		return nd_fail(ND_EIO, "Terminalen kan inte användas (TERM=%s).",
			       getenv("TERM") ? getenv("TERM") : "");
	}
	set_term(scr);
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	set_escdelay(25);
	/* The mouse where the terminal reports it, unless the keys file
	 * says "mus av"; a click is reported at once (no double-click
	 * wait). */
	if (!keys_mouse_off()) {
		mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON4_PRESSED
#ifdef BUTTON5_PRESSED
			  | BUTTON5_PRESSED
#endif
			  , NULL);
		mouseinterval(0);
	}
	curs_set(0);
	theme_init();
	tui_signals_ready();

	tui_push(&t, scr_overview_new(&t));
	bool first = true;
	while (t.depth > 0 && !t.quit) {
		struct timespec k0;
		tui_draw(&t);
		if (first) {
			timing(&t, "first_draw_ms", since_ms(&started_at));
			first = false;
		}
		int key = keys_read();
		clock_gettime(CLOCK_MONOTONIC, &k0);
		if (key == TK_RESIZE || key < 0)
			continue;
		dispatch(&t, key);
		if (t.timing_fd >= 0 && !t.quit && t.depth > 0) {
			tui_draw(&t);
			char what[64];
			snprintf(what, sizeof what, "key_%d_ms", key);
			timing(&t, what, since_ms(&k0));
		}
	}
	while (t.depth > 0) {
		struct tscreen *s = t.stack[--t.depth];
		s->ops->free(s);
	}
	endwin();
	tui_signals_uninstall();
	delscreen(scr);
	undo_free();
	free(t.org);
	keys_log(-1);
	if (t.timing_fd >= 0)
		close(t.timing_fd);
	return ND_OK;
}

const char *tui_num(bool items, int n, char *buf, size_t size)
{
	return parnum(items, n, buf, size);
}

const char *tui_par(struct tui *t, long long paragraph, int n, char *buf, size_t size)
{
	/* The stored number is the one shown; n is what the caller has. */
	(void)n;
	return paragraph_name(t->db, paragraph, buf, size);
}

char *tui_cap(char *num)
{
	return parnum_upper(num);
}
