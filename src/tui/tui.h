/* The terminal UI: the pieces its files share. One screen at a time:
 * title line on top, the screen's body, a message line and a footer with
 * the keys that work. Keys map to actions through one table (keys.c);
 * colours come from one table of roles (theme.c); everything drawn goes
 * through draw.c, which sanitises and truncates by display columns. */
#ifndef NAMND_TUI_TUI_H
#define NAMND_TUI_TUI_H

#include <stdbool.h>
#include <stddef.h>

#include "namnd/date.h"
#include "namnd/db.h"
#include "namnd/doc.h"
#include "namnd/entity.h"
#include "namnd/err.h"
#include "namnd/tui.h"

/* ---- Actions (keys.c) ----
 * X(id, name in the keys file, Swedish label, default keys). A screen
 * lists the actions it takes; a key means the first of those bound to
 * it, so one key can do different things on different screens (J moves
 * an agenda item, J justerar a protokoll). Navigation actions (NAV) are
 * not repeated in the footer. */
#define TUI_ACTIONS(X) \
	X(UP,        "upp",            "Upp",             "k Up") \
	X(DOWN,      "ned",            "Ned",             "j Down") \
	X(PGUP,      "sida-upp",       "Sida upp",        "PgUp ^B") \
	X(PGDN,      "sida-ned",       "Sida ned",        "PgDn ^F Space") \
	X(HOME,      "först",          "Först",           "Home g") \
	X(END,       "sist",           "Sist",            "End G") \
	X(LEFT,      "vänster",        "Föregående",      "Left h") \
	X(RIGHT,     "höger",          "Nästa",           "Right l") \
	X(OPEN,      "öppna",          "Öppna",           "Enter") \
	X(SAVE,      "spara",          "Spara",           "Enter") \
	X(BACK,      "tillbaka",       "Tillbaka",        "Esc q") \
	X(QUIT,      "avsluta",        "Avsluta",         "Q") \
	X(HELP,      "hjälp",          "Hjälp",           "? F1") \
	X(FIND,      "sök",            "Sök",             "/") \
	X(MENU,      "meny",           "Skärmar",         ": F2") \
	X(REDRAW,    "rita-om",        "Rita om",         "^L") \
	X(GO_CASES,  "ärenden",        "Ärenden",         "Ä F3") \
	X(GO_MEETINGS, "sammanträden", "Sammanträden",    "M F4") \
	X(GO_PEOPLE, "personer",       "Personer",        "P F5") \
	X(GO_SEARCH, "fritext",        "Fritextsök",      "S F6") \
	X(GO_REPORT, "rapport",        "Rapport",         "R F7") \
	X(ALL_MEETINGS, "alla-sammanträden", "Alla sammanträden", "A") \
	X(NEW,       "ny",             "Ny",              "a") \
	X(ADD_CASE,  "lägg-till",      "Lägg till",       "a") \
	X(EDIT,      "ändra",          "Ändra",           "e") \
	X(DELETE,    "ta-bort",        "Ta bort",         "d Delete") \
	X(VOID,      "makulera",       "Makulera",        "m") \
	X(DRAFT,     "utkast",         "Nytt utkast",     "n") \
	X(REGISTER,  "registrera",     "Registrera",      "r") \
	X(SORT,      "sortera",        "Sortera",         "s") \
	X(SWITCH,    "växla",          "Växla lista",     "Tab") \
	X(MOVE_UP,   "flytta-upp",     "Flytta upp",      "K") \
	X(MOVE_DOWN, "flytta-ned",     "Flytta ned",      "J") \
	X(VACANT,    "vakant",         "Vakant plats",    "v") \
	X(FILL,      "tillsätt",       "Tillsätt",        "t") \
	X(STANDING,  "stående",        "Stående punkt",   "s") \
	X(BREAK,     "paus",           "Paus",            "p") \
	X(DURATION,  "tid",            "Tid",             "t") \
	X(PRESENTER, "föredragande",   "Föredragande",    "f") \
	X(MEETING,   "sammanträdet",   "Sammanträdet",    "m") \
	X(EXPORT,    "exportera",      "Exportera",       "x") \
	X(CHECK,     "kontroll",       "Kontroll",        "c") \
	X(COPY,      "kopiera",        "Kopiera förra",   "C") \
	X(PLAN,      "årsplan",        "Årsplan",         "p") \
	X(SENT,      "kallelse-skickad", "Kallelse skickad", "v") \
	X(ATTEND,    "närvaro",        "Närvaro",         "n") \
	X(MINUTES,   "protokoll",      "Protokoll",       "o") \
	X(TOGGLE,    "växla-närvaro",  "Närvarande/ej",   "Space Enter") \
	X(ABSENCE,   "förhinder",      "Förhinder",       "f") \
	X(ARCHIVE,   "arkivera",       "Arkivera",        "A") \
	X(ADJOURN,   "ajournering",    "Ajournering",     "a") \
	X(DELEGATIONS, "delegeringsbeslut", "Delegeringsbeslut", "D") \
	X(REPORT,    "anmäl",          "Anmäls här/ej",   "Space") \
	X(DELEG_PARAGRAPH, "till-paragrafen", "Lista i §",  "p") \
	X(REVIEW,    "granska",        "Granska",         "Enter") \
	X(DECISION,  "beslutstext",    "Beslutstext",     "b") \
	X(VOTE,      "omröstning",     "Omröstning",      "o") \
	X(RESERVE,   "reservation",    "Reservation",     "r") \
	X(JUSTERA,   "justera",        "Justera",         "J") \
	X(OVERRIDE,  "åsidosätt",      "Åsidosätt",       "w") \
	X(UNDO,      "ångra",          "Ångra",           "u") \
	X(YES,       "ja",             "Ja",              "j") \
	X(NO,        "nej",            "Nej",             "n") \
	X(ABSTAIN,   "avstår",         "Avstår",          "a") \
	X(IMPORT,    "importera",      "Importera fil",   "i") \
	X(EXPORT_TEXT, "exportera-text", "Exportera text", "t") \
	X(EXPORT_XLSX, "exportera-xlsx", "Exportera xlsx", "x") \
	X(EXPORT_PDF, "exportera-pdf", "Exportera PDF", "u") \
	X(PREV_PERIOD, "föregående-period", "Föregående period", "Left h [") \
	X(NEXT_PERIOD, "nästa-period",  "Nästa period",    "Right l ]") \
	X(PERIOD,    "välj-period",    "Välj period",     "p") \
	X(COMMITTEE, "välj-nämnd",     "Nämnd",           "n") \
	X(COMMENT,   "kommentar",      "Kommentar",       "e") \
	X(MOTION,    "yrkande",        "Yrkande",         "y") \
	X(PROPOSITION, "propositionsordning", "Proposition", "p") \
	X(RECUSAL,   "jäv",            "Jäv",             "v") \
	X(NOTE,      "protokollsanteckning", "Anteckning", "a") \
	X(JUSTERARE, "justerare",      "Justerare",       "s") \
	X(ANSLAG,    "anslag",         "Anslag",          "A") \
	X(RATTELSE,  "rättelse",       "Rättelse",        "c") \
	X(UNDERLAG,  "underlag",       "Underlag",        "U") \
	X(FILTER,    "filtrera",       "Filter",          "f") \
	X(NEXT_HIT,  "nästa-träff",    "Nästa träff",     "n") \
	X(PREV_HIT,  "föregående-träff", "Föregående träff", "N") \
	X(AUDIT,     "granskningslogg", "Pröva loggen",    "L") \
	X(BUDGET,    "budget",         "Budget",          "b") \
	X(ROLES,     "roller",         "Roller",          "T") \
	X(SIGN,      "signera",        "Signera",         "i")

enum tui_action {
	ACT_NONE = 0,
#define X(id, name, label, keys) ACT_##id,
	TUI_ACTIONS(X)
#undef X
	ACT_COUNT
};

/* Key codes: a character is its code point; a function key is TK_FN of
 * its curses KEY_ code, so the two never collide. */
#define TK_FN(k) (0x200000 | (k))
#define TK_RESIZE (-2)
/* A mouse event (keys_mouse_event says which). */
#define TK_MOUSE TK_FN(KEY_MOUSE)
#define TK_ESC 27

void keys_defaults(void);
/* Read the user's keys file (path NULL: $XDG_CONFIG_HOME/namnd/keys or
 * ~/.config/namnd/keys; a missing file is fine). Bad lines are skipped;
 * the first problem is described in msg (Swedish), else msg is "". */
void keys_load(const char *path, char *msg, size_t size);
/* The action a key means among accepted (ACT_NONE-terminated, in order);
 * a user's binding wins over a default. ACT_NONE when none. */
enum tui_action keys_lookup(int key, const enum tui_action *accepted);
/* First key bound to a as the footer shows it (arrows as ← →), or ""
 * when none. Static. */
const char *keys_first(enum tui_action a);
/* Whether a key bound to a is bound to an action in list (ACT_NONE-ended). */
bool keys_shared(enum tui_action a, const enum tui_action *list);
/* All keys of a, space-separated, into buf. */
void keys_all(enum tui_action a, char *buf, size_t size);
/* As keys_first and keys_all, but only the keys that mean a on a screen
 * that takes accepted (a key the keys file gave another action there is
 * left out): the bindings in force, for the footer and the help. */
const char *keys_first_for(enum tui_action a, const enum tui_action *accepted);
void keys_all_for(enum tui_action a, const enum tui_action *accepted, char *buf, size_t size);
/* Whether a key the keys file bound takes a key from another action on
 * a screen that takes accepted; the first such collision described in
 * msg (Swedish, naming the key, both actions and screen). */
bool keys_conflict(const enum tui_action *accepted, const char *screen, char *msg, size_t size);
const char *action_label(enum tui_action a);
const char *action_name(enum tui_action a);
bool action_is_nav(enum tui_action a);
/* Log every key read as "read CODE" lines to fd (-1: off), and "idle"
 * each time the UI, its screen drawn, waits for the next key. */
void keys_log(int fd);
/* Whether the keys file said "mus av" (the mouse left to the terminal). */
bool keys_mouse_off(void);
/* The last mouse event read: 1 click (button 1), 4 wheel up, 5 wheel
 * down, 0 other; *y and *x its cell. */
int keys_mouse_event(int *y, int *x);
/* Next key from the terminal (blocking): a code point, TK_FN(KEY_…),
 * TK_RESIZE, or -1 on timeout when a timeout is set. */
int keys_read(void);

/* ---- Signals that end the program (sig.c) ----
 * install before curses takes the terminal (it saves the termios), ready
 * once curses is set up (it saves the strings that restore the screen),
 * uninstall after endwin. Around the blocking read of a key,
 * wait(true)/wait(false): a signal then ends the program at once with
 * the terminal restored; at any other time it is only noted, and check
 * (called by keys_read before it waits) ends the program through endwin.
 * pending says one was noted, so work in progress can be dropped. */
void tui_signals_install(void);
void tui_signals_ready(void);
void tui_signals_uninstall(void);
void tui_signals_wait(bool on);
void tui_signals_check(void);
bool tui_signal_pending(void);

/* ---- Colours (theme.c) ---- */
#define THEME_ROLES(X) \
	X(NORMAL) X(TITLE) X(HEADER) X(SELECTED) X(FOOTER) X(FOOTER_KEY) \
	X(INFO) X(ERROR) X(OVERDUE) X(HIT) X(LOCKED) X(DIM) X(WARN) X(EDIT)

enum theme_role {
#define X(r) R_##r,
	THEME_ROLES(X)
#undef X
	R_COUNT
};

/* Colours unless NO_COLOR is set or the terminal has none. */
void theme_init(void);
int theme_attr(enum theme_role r);

/* ---- Drawing (draw.c) ----
 * Every string is sanitised (control characters removed) and cut to the
 * given display columns with an ellipsis before it reaches the screen. */

/* Marks around a search hit inside text passed to draw_marked
 * (private-use code points, never stored by namnd itself). */
#define MARK_ON "\xEE\x80\x80"  /* U+E000 */
#define MARK_OFF "\xEE\x80\x81" /* U+E001 */

/* s at (y, x), cut to w columns and padded with spaces to w. Returns the
 * columns written before padding. */
int draw_text(int y, int x, int w, const char *s, enum theme_role r);
/* Right-aligned in w columns. */
void draw_right(int y, int x, int w, const char *s, enum theme_role r);
/* Like draw_text; the parts between MARK_ON and MARK_OFF in role hit. */
void draw_marked(int y, int x, int w, const char *s, enum theme_role r,
		 enum theme_role hit);
/* A rule with a label: "─ label ─────". */
void draw_rule(int y, int x, int w, const char *label);
/* Words wrapped to w columns in at most h rows; returns the rows used. */
int draw_wrapped(int y, int x, int w, int h, const char *s, enum theme_role r);
/* Rows draw_wrapped would use for s in w columns, at most max (>= 1). */
int wrap_rows(const char *s, int w, int max);
/* Blank w columns. */
void draw_blank(int y, int x, int w, enum theme_role r);
/* Bytes of s's first row when its words are wrapped to w columns. */
size_t wrap_fit(const char *s, size_t w);

/* ---- Screens (app.c) ---- */
struct tui;
struct tscreen;

struct tscreen_ops {
	const char *name;                 /* Swedish, for the menu and help */
	const enum tui_action *actions;   /* taken, in footer order; ACT_NONE ends */
	/* Title line text (left part) into buf. */
	void (*title)(struct tui *t, struct tscreen *s, char *buf, size_t size);
	/* Draw the body in rows y .. y + h - 1 (all columns). */
	void (*draw)(struct tui *t, struct tscreen *s, int y, int h);
	/* Do action a; false when the screen has no use for it now. */
	bool (*act)(struct tui *t, struct tscreen *s, enum tui_action a);
	/* The footer's label for a on this screen, NULL: the table's. A
	 * navigation action with a label is shown too. May be NULL. */
	const char *(*label)(enum tui_action a);
	/* Whether a is possible in the current state (footer); NULL: all. */
	bool (*enabled)(struct tui *t, struct tscreen *s, enum tui_action a);
	/* Why a is not possible now, for the message line; NULL: a general
	 * message. May be NULL. */
	const char *(*why_not)(struct tui *t, struct tscreen *s, enum tui_action a);
	/* The data may have changed (a screen above was closed). May be NULL. */
	void (*reload)(struct tui *t, struct tscreen *s);
	void (*free)(struct tscreen *s);
};

struct tscreen {
	const struct tscreen_ops *ops;
};

#define TUI_DEPTH 16
#define TUI_MIN_COLS 80
#define TUI_MIN_LINES 24
#define MSG_ROWS 3

struct tui {
	struct nd_db *db;
	struct nd_date today;
	char *org;                     /* organisation name (owned) */
	struct tscreen *stack[TUI_DEPTH];
	int depth;
	char msg[1024];                /* the message line (unsanitised) */
	bool msg_err;
	bool quit;
	int body_h;                    /* rows of the body at the last draw */
	int msg_y;                     /* first row of the message (a long one
					  wraps to up to MSG_ROWS rows) */
	int timing_fd;                 /* NAMND_TUI_TIMING log, -1 when off */
};

/* A zeroed screen of size bytes with its ops set (the struct starts
 * with struct tscreen); NULL with a message on no memory. */
void *scr_alloc(struct tui *t, size_t size, const struct tscreen_ops *ops);
/* Ask question; on j remove record id of e (retrying while the database
 * is locked) and report ok. True when it was removed. */
bool tui_remove(struct tui *t, const char *question, const struct nd_entity *e,
		long long id, const char *ok);

/* The actions a screen takes, its own then the global ones, ending in
 * ACT_NONE (out holds at least ACT_COUNT + 16). */
void tui_accepted(struct tui *t, const struct tscreen *s, enum tui_action *out,
		  size_t max);
/* Put s on the stack (takes ownership; NULL is ignored: the constructor
 * failed and set the message). */
void tui_push(struct tui *t, struct tscreen *s);
/* Close the top screen; the one below reloads. */
void tui_pop(struct tui *t);
struct tscreen *tui_top(struct tui *t);
/* Draw the whole screen (for modal prompts that redraw on resize). */
void tui_draw(struct tui *t);

/* Message line: information or an error (nd_errmsg of e). */
void tui_msg(struct tui *t, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;
void tui_err(struct tui *t, enum nd_err e);
/* After a write returned e: when the database was locked, say so, wait a
 * moment (Esc gives up) and return true to try again. */
bool tui_busy(struct tui *t, enum nd_err e);
/* Report e: ND_OK → ok_msg (may be NULL), else the error. Returns e. */
enum nd_err tui_result(struct tui *t, enum nd_err e, const char *ok_msg);
/* How the UI names paragraph number n: "§ 14", or "punkt 3" where the
 * body numbers items per meeting (schema 025). Returns buf. */
const char *tui_num(bool items, int n, char *buf, size_t size);
/* num as it begins a sentence: "punkt 3" becomes "Punkt 3" (in place). */
char *tui_cap(char *num);
/* The same for paragraph (by id), asking the store how it is numbered. */
const char *tui_par(struct tui *t, long long paragraph, int n, char *buf, size_t size);

/* ---- Modal input (prompt.c, pick.c, editor.c) ---- */
/* Edit one line on the message line, starting from initial (may be NULL).
 * true and *out (malloc'ed, caller frees) on Enter; false on Esc, with
 * nothing changed. */
bool tui_prompt(struct tui *t, const char *label, const char *initial, char **out);
/* Ask a yes/no question on the message line: true for j/y. */
bool tui_confirm(struct tui *t, const char *question);
/* Choose one of n items in a box; returns the index or -1 on Esc. */
int tui_pick(struct tui *t, const char *title, const char *const *items, int n,
	     int initial);
/* Choose one of n items from a list that narrows as one types (every
 * word typed in an item, case and diacritics folded: "ostl" finds
 * Östlund); arrows move, Enter takes, Esc gives up. Letters always go to
 * the search line, never to commands. The index in items, or -1. */
int tui_pick_find(struct tui *t, const char *title, const char *const *items, int n);
/* A person from the register, by a part of the name (first, when not
 * NULL, is offered before them as id 0 and name ""): true with *id and
 * *name (malloc'ed); false on Esc or error (message set). */
bool tui_pick_person(struct tui *t, const char *title, const char *first, long long *id,
		     char **name);
/* An ärende by a part of its dnr or title (the search index, newest
 * first), starting from initial (may be NULL): true with *id and *dnr
 * (malloc'ed); false on Esc (message set). */
bool tui_pick_case(struct tui *t, const char *title, const char *initial, long long *id,
		   char **dnr);
/* A check run when a field is left: ND_OK, or an error whose nd_fail
 * message says what is wrong with text (check.c has the common ones). */
typedef enum nd_err (*tui_check_fn)(struct tui *t, const char *text, void *ctx);
/* tui_prompt, but Enter first runs check (NULL: none): a refused value
 * stays in the field with the reason above it, and the keys typed next
 * go on editing it (never run as commands). Esc gives up. */
bool tui_prompt_check(struct tui *t, const char *label, const char *initial,
		      tui_check_fn check, void *ctx, char **out);
enum nd_err check_date(struct tui *t, const char *text, void *ctx);
enum nd_err check_date_or_empty(struct tui *t, const char *text, void *ctx);
enum nd_err check_time(struct tui *t, const char *text, void *ctx);
enum nd_err check_time_or_empty(struct tui *t, const char *text, void *ctx);
enum nd_err check_year(struct tui *t, const char *text, void *ctx);
enum nd_err check_committee(struct tui *t, const char *text, void *ctx);
enum nd_err check_committee_or_empty(struct tui *t, const char *text, void *ctx);
/* Empty, or a dnr in a known form that is not in the register yet. */
enum nd_err check_dnr_or_empty(struct tui *t, const char *text, void *ctx);

/* Edit a long text in $VISUAL / $EDITOR (else vi). true and *out
 * (malloc'ed) when the editor exited 0 and left non-empty text; false
 * (with a message) otherwise: the old text stays. */
bool tui_edit_long(struct tui *t, const char *old, char **out);
/* Text pasted into the editor (a table from Word or Excel), as written:
 * tabs and line ends kept, nothing removed. true and *out (malloc'ed)
 * when the editor exited 0; false with a message otherwise. */
bool tui_edit_paste(struct tui *t, const char *old, char **out);
/* The pasted text's lines that start with # (the help put above it)
 * blanked, in place; false when nothing but blanks is left. */
bool tui_paste_strip(char *s);
/* Run fn(ctx) with the terminal handed over, as for the editor: curses
 * left (def_prog_mode, endwin), ^C and ^\ ignored here so they reach
 * what runs (a passphrase prompt), then the screen restored and redrawn.
 * Returns fn's result. */
int tui_on_terminal(struct tui *t, int (*fn)(void *ctx), void *ctx);

/* ---- Undo (undo.c) ----
 * The session's journal: each action that wrote is the range of audit
 * rows (from, to] it made; u takes the newest back. */
/* The newest audit row's id (0 when none). */
long long undo_mark(struct tui *t);
/* Action a on screen made audit rows (from, to]; the message line says
 * what it did. */
void undo_record(struct tui *t, long long from, long long to, enum tui_action a,
		 const char *screen);
/* u: take back the newest change, saying what; refuse (with the
 * reason) a justering and what came before it, or rows changed since. */
void tui_undo(struct tui *t);
void undo_free(void);

/* ---- Exports (export.c) ---- */
/* path with a leading ~ as the home folder (malloc'ed; NULL on no
 * memory). */
char *tui_expand_home(const char *path);
/* Ask where to write: the prompt starts with name in the folder used
 * last, else $XDG_DOCUMENTS_DIR, else the home folder; ~ is expanded;
 * the ending gives the format (.txt text, .xlsx Excel, .pdf) and another is
 * refused by name with the text kept; a folder that does not exist is
 * refused; an existing file is overwritten only when confirmed. true
 * with *path (malloc'ed) and *fmt. */
bool tui_export_path(struct tui *t, const char *name, char **path,
		     enum doc_format *fmt);
/* Ask for a file to read (an import) or write, starting from def (may
 * be NULL); ~ expanded. Esc: false; empty: false with none on the
 * message line. true with *out (malloc'ed). */
bool tui_ask_path(struct tui *t, const char *label, const char *def, const char *none,
		  char **out);
/* After path was written: its folder is where the next export starts. */
void tui_export_done(const char *path);
/* Ask (tui_export_path), build the document, write it whole or not at
 * all, and say "Skrev NOUN till PATH." or the error. True when written. */
/* E-mail from the UI, as namnd kallelse --send and namnd expedite --send:
 * the kallelse to those it calls (kallelse true), or each recipient of the
 * expediering their utdrag; asked first, and again before sending what
 * was sent before. Says how many went and who has no address. */
void tui_send_mail(struct tui *t, long long meeting, bool kallelse);

bool tui_export_doc(struct tui *t, const char *noun, const char *name,
		    enum nd_err (*build)(struct tui *t, void *ctx, struct nd_doc **out),
		    void *ctx);

/* ---- Lists that fetch only what is visible (list.c) ---- */
#define LIST_COLS 12

struct trow {
	long long id;
	char *cell[LIST_COLS]; /* owned; NULL = "" */
	int flags;             /* screen-specific (e.g. overdue) */
	/* Keyset position: meaning is the source's. */
	char *ktext;           /* owned */
	char kser[16];
	long long k[3];
};

struct trows {
	struct trow *v;
	int n, cap;
};

/* A source feeds rows after from (NULL: from the start) in list order,
 * or, when backward, before from (NULL: from the end) nearest first. */
typedef enum nd_err (*tsource_fn)(void *ctx, bool backward, const struct trow *from,
				  int limit, struct trows *out);

struct tlist {
	tsource_fn fetch;
	void *ctx;
	struct trows rows; /* the visible window, in list order */
	int cur;           /* selected index in rows */
	int height;        /* rows that fit */
};

/* A new row at the end of r (cells NULL, key empty); NULL on no memory. */
struct trow *trows_add(struct trows *r);
void trows_clear(struct trows *r);
/* Set cell i of row to a copy of s (NULL: ""). */
void trow_set(struct trow *row, int i, const char *s);
void trow_setf(struct trow *row, int i, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 3, 4)))
#endif
	;

void list_init(struct tlist *l, tsource_fn fetch, void *ctx);
void list_free(struct tlist *l);
/* Fill from the start. */
enum nd_err list_home(struct tlist *l, int height);
/* Refetch around the current position (the data changed or the height
 * did); keeps the selection on the row with id keep when it is still
 * visible (keep < 0: the current row). */
enum nd_err list_reload(struct tlist *l, int height, long long keep);
/* Fill from after from (NULL: the start), selecting the row with id when
 * it is there; at the end of the list, the last page. */
enum nd_err list_seek(struct tlist *l, int height, const struct trow *from, long long id);
/* Make the list h rows high (after a resize), errors to the message line. */
void list_fit(struct tui *t, struct tlist *l, int h);
/* Read the visible rows again (the data changed), keeping the selection. */
void list_refresh(struct tui *t, struct tlist *l);
/* Navigation actions; false for others. Errors go to the message line. */
bool list_act(struct tui *t, struct tlist *l, enum tui_action a);
const struct trow *list_selected(const struct tlist *l);

/* The list drawn at screen row y in the last full draw, with *row the
 * index of its visible row there; NULL when none (a header, the footer,
 * a screen without one). */
struct tlist *list_at(int y, int *row);
/* Forget the lists drawn (a new frame begins). */
void list_drawn_reset(void);

/* Columns of a list: header and width (0: the rest). */
struct tcol {
	const char *head;
	int width;
	bool right;
	bool marked; /* text with MARK_ON/MARK_OFF around hits */
};
/* Header line at y and rows below it; returns the rows used. row_role
 * (may be NULL) picks a role per row (default R_NORMAL). */
int list_draw(struct tlist *l, const struct tcol *cols, int ncols, int y, int h,
	      enum theme_role (*row_role)(const struct trow *r));

/* Source over rows held in memory (short lists: a meeting's agenda, the
 * committees, search hits). */
struct tmem {
	struct trows all;
};
enum nd_err tmem_fetch(void *ctx, bool backward, const struct trow *from, int limit,
		       struct trows *out);
/* Index keys after filling all: call once the rows are in. */
void tmem_index(struct tmem *m);
/* Show and select the row with id in a list over m. */
enum nd_err tmem_show(struct tlist *l, struct tmem *m, long long id);

/* ---- Screens ---- */
struct tscreen *scr_overview_new(struct tui *t);
struct tscreen *scr_cases_new(struct tui *t);
struct tscreen *scr_search_new(struct tui *t, const char *text);
/* Whether s is a Sök screen. */
bool scr_is_search(const struct tscreen *s);
/* On a hit opened from the Sök screen below it: close it and open the
 * next (dir 1) or previous (-1) hit instead. */
void scr_search_step(struct tui *t, int dir);
struct tscreen *scr_people_new(struct tui *t);
struct tscreen *scr_meetings_new(struct tui *t, const char *committee);
struct tscreen *scr_meeting_new(struct tui *t, long long meeting);
struct tscreen *scr_attend_new(struct tui *t, long long meeting);
struct tscreen *scr_minutes_new(struct tui *t, long long meeting);
/* The protokoll with the paragraph (by id) selected. */
struct tscreen *scr_minutes_at(struct tui *t, long long paragraph);
struct tscreen *scr_vote_new(struct tui *t, long long paragraph);
/* The roles for ranges of the meeting's §§ (number: the § offered). */
struct tscreen *scr_roles_new(struct tui *t, long long meeting, int number);
struct tscreen *scr_help_new(struct tui *t, const struct tscreen *below);
struct tscreen *scr_report_new(struct tui *t);
/* The committees (bodies) for the Månadsrapport and the Budget. */
#define TBODIES_MAX 64
struct tbodies {
	long long id[TBODIES_MAX];
	char *code[TBODIES_MAX], *name[TBODIES_MAX]; /* owned */
	int n;
};
enum nd_err tbodies_load(struct tui *t, struct tbodies *b);
void tbodies_free(struct tbodies *b);
/* Pick one ("Namn (KOD)"), cur selected first: its index, or -1. */
int tbodies_pick(struct tui *t, const struct tbodies *b, int cur);
/* The nämndplan's budget tables of the committee (0: the first), its
 * latest year shown. */
struct tscreen *scr_budget_new(struct tui *t, long long committee);
/* Ask which column a header word namnd does not know names (struct
 * report_question; ctx a struct tui_ask, which remembers the answers
 * when the import is tried again). */
struct report_question;
struct tui_ask {
	struct tui *t;
	size_t col[8];
	int answer[8];
	int n;
};
int tui_ask_column(void *ctx, const struct report_question *q);
/* Messages to read through (an import's errors with their lines): rows
 * with cells 0 line, 1 kind, 2 text, flags 1 for an error. Takes the
 * rows (rows is left empty). */
struct tscreen *scr_notes_new(struct tui *t, const char *heading, struct trows *rows);

/* A form over one record of an entity: label/value rows; Enter edits the
 * field under the cursor (long texts in the editor). */
struct form_field {
	const char *field;  /* entity field name, NULL: shown, not editable */
	const char *column; /* column label in the entity's show_sql */
};
struct tscreen *scr_form_new(struct tui *t, const struct nd_entity *e, long long id,
			     const struct form_field *fields, const char *heading);
struct tscreen *scr_case_new(struct tui *t, long long id);
/* An ärende's handlingar and "Beslutet skickas till" (by case id). */
struct tscreen *scr_case_docs_new(struct tui *t, long long id);
/* The delegeringsbeslut to report at a meeting (by meeting id). */
struct tscreen *scr_delegations_new(struct tui *t, long long meeting);
struct tscreen *scr_meeting_form_new(struct tui *t, long long id);

#endif
