/* Keys: the table of actions, their default keys, and the user's keys
 * file that rebinds them (the calcurse keys.c idea). */
#include "tui.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "namnd/text.h"

#define KEYS_MAX 6

struct action_def {
	const char *name, *label, *keys;
};

static const struct action_def defs[ACT_COUNT] = {
	[ACT_NONE] = { "", "", "" },
#define X(id, name, label, keys) [ACT_##id] = { name, label, keys },
	TUI_ACTIONS(X)
#undef X
};

struct binding {
	int key[KEYS_MAX];
	int n;
	bool user; /* set from the keys file */
};

static struct binding map[ACT_COUNT];
static int log_fd = -1;
static bool mouse_off;
static MEVENT last_mouse;

bool keys_mouse_off(void)
{
	return mouse_off;
}

int keys_mouse_event(int *y, int *x)
{
	*y = last_mouse.y;
	*x = last_mouse.x;
	if (last_mouse.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED))
		return 1;
	if (last_mouse.bstate & BUTTON4_PRESSED)
		return 4;
#ifdef BUTTON5_PRESSED
	if (last_mouse.bstate & BUTTON5_PRESSED)
		return 5;
#endif
	return 0;
}

void keys_log(int fd)
{
	log_fd = fd;
}

/* Named keys, as written in the keys file and shown in the footer. */
static const struct {
	const char *name;
	int key;
} named[] = {
	{ "Up", TK_FN(KEY_UP) },       { "Down", TK_FN(KEY_DOWN) },
	{ "Left", TK_FN(KEY_LEFT) },   { "Right", TK_FN(KEY_RIGHT) },
	{ "PgUp", TK_FN(KEY_PPAGE) },  { "PgDn", TK_FN(KEY_NPAGE) },
	{ "Home", TK_FN(KEY_HOME) },   { "End", TK_FN(KEY_END) },
	{ "Enter", '\n' },             { "Esc", TK_ESC },
	{ "Tab", '\t' },               { "BTab", TK_FN(KEY_BTAB) },
	{ "Space", ' ' },              { "Backspace", TK_FN(KEY_BACKSPACE) },
	{ "Delete", TK_FN(KEY_DC) },   { "Insert", TK_FN(KEY_IC) },
};

static int key_parse(const char *s)
{
	uint32_t cp;
	size_t len = strlen(s);
	for (size_t i = 0; i < sizeof named / sizeof *named; i++)
		if (strcmp(s, named[i].name) == 0)
			return named[i].key;
	if (s[0] == 'F' && s[1] >= '1' && s[1] <= '9') {
		int n = atoi(s + 1);
		if (n >= 1 && n <= 12 && strspn(s + 1, "0123456789") == len - 1)
			return TK_FN(KEY_F(n));
	}
	if (s[0] == '^' && len == 2 && s[1] >= 'A' && s[1] <= 'Z')
		return s[1] - 'A' + 1;
	if (utf8_decode(s, len, &cp) == len && !text_is_control(cp))
		return (int)cp;
	return -1;
}

static void keyname_of(int key, char *buf, size_t size)
{
	for (size_t i = 0; i < sizeof named / sizeof *named; i++)
		if (named[i].key == key) {
			snprintf(buf, size, "%s", named[i].name);
			return;
		}
	for (int n = 1; n <= 12; n++)
		if (key == TK_FN(KEY_F(n))) {
			snprintf(buf, size, "F%d", n);
			return;
		}
	if (key >= 1 && key <= 26) {
		snprintf(buf, size, "^%c", 'A' + key - 1);
		return;
	}
	if (key > 0 && key < 0x110000 && size > 4) {
		size_t n = utf8_encode((uint32_t)key, buf);
		buf[n] = '\0';
		return;
	}
	snprintf(buf, size, "?");
}

static void bind_list(struct binding *b, const char *list, bool user)
{
	char copy[128], *save = NULL;
	b->n = 0;
	b->user = user;
	snprintf(copy, sizeof copy, "%s", list);
	for (char *tok = strtok_r(copy, " \t", &save); tok && b->n < KEYS_MAX;
	     tok = strtok_r(NULL, " \t", &save)) {
		int k = key_parse(tok);
		if (k >= 0)
			b->key[b->n++] = k;
	}
}

void keys_defaults(void)
{
	mouse_off = false;
	for (int a = 1; a < ACT_COUNT; a++)
		bind_list(&map[a], defs[a].keys, false);
}

static enum tui_action action_find(const char *name)
{
	for (int a = 1; a < ACT_COUNT; a++)
		if (strcmp(defs[a].name, name) == 0)
			return (enum tui_action)a;
	return ACT_NONE;
}

static void config_path(char *buf, size_t size)
{
	const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
	if (xdg && *xdg == '/')
		snprintf(buf, size, "%s/namnd/keys", xdg);
	else if (home && *home)
		snprintf(buf, size, "%s/.config/namnd/keys", home);
	else
		buf[0] = '\0';
}

/* One line "action key key …"; false with msg on a bad line. */
static bool keys_line(char *line, const char *path, int no, char *msg, size_t size)
{
	char *save = NULL, *name = strtok_r(line, " \t\r\n", &save), *tok;
	char q[TEXT_QUOTE_SIZE];
	struct binding b = { { 0 }, 0, true };
	enum tui_action a;
	if (!name || name[0] == '#')
		return true;
	/* "mus av": the mouse stays the terminal's (selecting text). */
	if (strcmp(name, "mus") == 0) {
		tok = strtok_r(NULL, " \t\r\n", &save);
		if (tok && (strcmp(tok, "av") == 0 || strcmp(tok, "på") == 0)) {
			mouse_off = strcmp(tok, "av") == 0;
			return true;
		}
		text_quote(tok ? tok : "", q, sizeof q);
		snprintf(msg, size, "Tangentfilen %s, rad %d: \"mus\" tar \"av\" eller \"på\", "
			 "inte \"%s\".", path, no, q);
		return false;
	}
	if ((a = action_find(name)) == ACT_NONE) {
		text_quote(name, q, sizeof q);
		snprintf(msg, size, "Tangentfilen %s, rad %d: okänd åtgärd \"%s\" "
			 "(se namnd(1) eller ? för namnen).", path, no, q);
		return false;
	}
	while ((tok = strtok_r(NULL, " \t\r\n", &save)) != NULL) {
		int k = key_parse(tok);
		if (k < 0) {
			text_quote(tok, q, sizeof q);
			snprintf(msg, size, "Tangentfilen %s, rad %d: okänd tangent \"%s\".",
				 path, no, q);
			return false;
		}
		if (b.n == KEYS_MAX) {
			snprintf(msg, size, "Tangentfilen %s, rad %d: högst %d tangenter "
				 "per åtgärd.", path, no, KEYS_MAX);
			return false;
		}
		b.key[b.n++] = k;
	}
	if (b.n == 0) {
		snprintf(msg, size, "Tangentfilen %s, rad %d: åtgärden \"%s\" saknar "
			 "tangenter.", path, no, name);
		return false;
	}
	map[a] = b;
	return true;
}

void keys_load(const char *path, char *msg, size_t size)
{
	char def[4096], *line = NULL, *clean;
	size_t cap = 0;
	int no = 0;
	FILE *f;
	msg[0] = '\0';
	if (!path) {
		config_path(def, sizeof def);
		path = def;
	}
	if (!*path || !(f = fopen(path, "r")))
		return;
	clean = text_sanitize(path, false);
	while (getline(&line, &cap, f) >= 0) {
		char one[600];
		no++;
		if (!keys_line(line, clean ? clean : "", no, one, sizeof one) && !msg[0])
			snprintf(msg, size, "%s", one);
	}
	free(line);
	free(clean);
	fclose(f);
}

static bool bound(const struct binding *b, int key)
{
	for (int i = 0; i < b->n; i++)
		if (b->key[i] == key)
			return true;
	return false;
}

enum tui_action keys_lookup(int key, const enum tui_action *accepted)
{
	for (int pass = 0; pass < 2; pass++)
		for (const enum tui_action *a = accepted; *a != ACT_NONE; a++)
			if (map[*a].user == (pass == 0) && bound(&map[*a], key))
				return *a;
	return ACT_NONE;
}

bool keys_shared(enum tui_action a, const enum tui_action *list)
{
	if (a <= ACT_NONE || a >= ACT_COUNT)
		return false;
	for (int i = 0; i < map[a].n; i++)
		if (keys_lookup(map[a].key[i], list) != ACT_NONE)
			return true;
	return false;
}

/* The name of key as the footer shows it (arrows as ← → ↑ ↓). */
static void shown_name(int key, char *buf, size_t size)
{
	static const struct {
		int key;
		const char *shown;
	} arrows[] = {
		{ TK_FN(KEY_LEFT), "←" }, { TK_FN(KEY_RIGHT), "→" },
		{ TK_FN(KEY_UP), "↑" }, { TK_FN(KEY_DOWN), "↓" },
	};
	for (size_t i = 0; i < sizeof arrows / sizeof *arrows; i++)
		if (key == arrows[i].key) {
			snprintf(buf, size, "%s", arrows[i].shown);
			return;
		}
	keyname_of(key, buf, size);
}

const char *keys_first(enum tui_action a)
{
	static char buf[16];
	buf[0] = '\0';
	if (a > ACT_NONE && a < ACT_COUNT && map[a].n > 0)
		shown_name(map[a].key[0], buf, sizeof buf);
	return buf;
}

void keys_all(enum tui_action a, char *buf, size_t size)
{
	size_t len = 0;
	buf[0] = '\0';
	for (int i = 0; a > ACT_NONE && a < ACT_COUNT && i < map[a].n; i++) {
		char one[16];
		keyname_of(map[a].key[i], one, sizeof one);
		len += (size_t)snprintf(buf + len, len < size ? size - len : 0, "%s%s",
					i ? " " : "", one);
		if (len >= size)
			break;
	}
}

const char *action_label(enum tui_action a)
{
	return a > ACT_NONE && a < ACT_COUNT ? defs[a].label : "";
}

const char *action_name(enum tui_action a)
{
	return a > ACT_NONE && a < ACT_COUNT ? defs[a].name : "";
}

bool action_is_nav(enum tui_action a)
{
	return a >= ACT_UP && a <= ACT_RIGHT;
}

/* Every key read, for tests and the bench that must know the UI has
 * caught up with what they sent. */
static int logged(int key)
{
	char line[32];
	int n;
	if (log_fd >= 0 && key != TK_RESIZE && key != -1 &&
	    (n = snprintf(line, sizeof line, "read %d\n", key)) > 0 &&
	    write(log_fd, line, (size_t)n) < 0)
		log_fd = -1;
	return key;
}

int keys_read(void)
{
	wint_t wc = 0;
	int r;
	/* Every caller has drawn the screen by now: once all keys sent are
	 * read and this is the last line, the screen shows their effect. */
	tui_signals_check();
	if (log_fd >= 0 && write(log_fd, "idle\n", 5) < 0)
		log_fd = -1;
	tui_signals_wait(true);
	r = get_wch(&wc);
	tui_signals_wait(false);
	if (r == ERR) {
		tui_signals_check();
		return -1;
	}
	if (r == KEY_CODE_YES) {
		if (wc == KEY_RESIZE)
			return TK_RESIZE;
		if (wc == KEY_ENTER)
			return logged('\n');
		if (wc == KEY_MOUSE) {
			if (getmouse(&last_mouse) != OK)
				memset(&last_mouse, 0, sizeof last_mouse);
			return logged(TK_MOUSE);
		}
		return logged(TK_FN((int)wc));
	}
	if (wc == '\r')
		return logged('\n');
	if (wc == 127 || wc == 8)
		return logged(TK_FN(KEY_BACKSPACE));
	return logged((int)wc);
}

const char *keys_first_for(enum tui_action a, const enum tui_action *accepted)
{
	static char buf[16];
	buf[0] = '\0';
	for (int i = 0; a > ACT_NONE && a < ACT_COUNT && i < map[a].n; i++)
		if (keys_lookup(map[a].key[i], accepted) == a) {
			shown_name(map[a].key[i], buf, sizeof buf);
			break;
		}
	return buf;
}

void keys_all_for(enum tui_action a, const enum tui_action *accepted, char *buf, size_t size)
{
	size_t len = 0;
	buf[0] = '\0';
	for (int i = 0; a > ACT_NONE && a < ACT_COUNT && i < map[a].n; i++) {
		char one[16];
		if (keys_lookup(map[a].key[i], accepted) != a)
			continue;
		keyname_of(map[a].key[i], one, sizeof one);
		len += (size_t)snprintf(buf + len, len < size ? size - len : 0, "%s%s",
					len ? " " : "", one);
		if (len >= size)
			break;
	}
}

bool keys_conflict(const enum tui_action *accepted, const char *screen, char *msg, size_t size)
{
	size_t len = 0;
	int found = 0;
	msg[0] = '\0';
	for (const enum tui_action *a = accepted; *a != ACT_NONE; a++) {
		if (!map[*a].user)
			continue;
		for (int i = 0; i < map[*a].n; i++) {
			int k = map[*a].key[i];
			if (keys_lookup(k, accepted) != *a)
				continue;
			for (const enum tui_action *b = accepted; *b != ACT_NONE; b++) {
				char name[16];
				int w;
				if (*b == *a || !bound(&map[*b], k))
					continue;
				keyname_of(k, name, sizeof name);
				if (!found)
					w = snprintf(msg, size, "Tangentfilen krockar på skärmen %s: ",
						     screen);
				else
					w = snprintf(msg + len, len < size ? size - len : 0, "; ");
				if (w > 0)
					len += (size_t)w;
				if (len + 2 >= size)
					return true;
				w = snprintf(msg + len, len < size ? size - len : 0,
					     "%s gör \"%s\", inte \"%s\"", name, defs[*a].name,
					     defs[*b].name);
				if (w > 0)
					len += (size_t)w;
				found++;
				if (len + 2 >= size)
					return true; /* cut; what fits is said */
			}
		}
	}
	if (found && len + 2 < size)
		snprintf(msg + len, size - len, ".");
	return found > 0;
}
