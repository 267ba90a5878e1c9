/* Where an export from the UI goes (every screen that writes a file):
 * a path prompt that starts in the folder used last, else
 * $XDG_DOCUMENTS_DIR, else the home folder; ~ expanded; the format from
 * the file's ending; an ending we do not write refused by name with the
 * text kept for correcting; an existing file overwritten only when the
 * user says so. */
#include "tui.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "namnd/text.h"

static char last_dir[4096];

/* The folder a new export starts in ("" when none is known). */
static void default_dir(char *buf, size_t size)
{
	const char *docs = getenv("XDG_DOCUMENTS_DIR"), *home = getenv("HOME");
	struct stat sb;
	if (last_dir[0])
		snprintf(buf, size, "%s", last_dir);
	else if (docs && *docs == '/' && stat(docs, &sb) == 0 && S_ISDIR(sb.st_mode))
		snprintf(buf, size, "%s", docs);
	else if (home && *home == '/')
		snprintf(buf, size, "%s", home);
	else
		buf[0] = '\0';
}

/* path with a leading ~ or ~/ as the home folder; malloc'ed. */
char *tui_expand_home(const char *path)
{
	const char *home = getenv("HOME");
	size_t n;
	char *out;
	if (path[0] != '~' || (path[1] != '\0' && path[1] != '/') || !home || !*home)
		return strdup(path);
	n = strlen(home) + strlen(path);
	if ((out = malloc(n + 1)) != NULL)
		snprintf(out, n + 1, "%s%s", home, path + 1);
	return out;
}

/* The home folder shown as ~ in the prompt's default. */
static void tilde(const char *path, char *buf, size_t size)
{
	const char *home = getenv("HOME");
	size_t h = home ? strlen(home) : 0;
	if (h > 1 && strncmp(path, home, h) == 0 && (path[h] == '/' || path[h] == '\0'))
		snprintf(buf, size, "~%s", path + h);
	else
		snprintf(buf, size, "%s", path);
}

/* The ending of path's last component (after its last dot), or NULL. */
static const char *ending(const char *path)
{
	const char *base = strrchr(path, '/'), *dot;
	base = base ? base + 1 : path;
	dot = strrchr(base, '.');
	return dot && dot != base ? dot + 1 : NULL;
}

static enum nd_err check_path(struct tui *t, const char *text, void *ctx)
{
	enum doc_format *fmt = ctx;
	char *full = NULL, q[TEXT_QUOTE_SIZE];
	const char *ext;
	struct stat sb;
	enum nd_err e = ND_OK;
	(void)t;
	if (!*text)
		return nd_fail(ND_EINVAL, "Ange en fil, t.ex. ~/kallelse.txt.");
	if (!(full = tui_expand_home(text)))
		return nd_fail(ND_ENOMEM, "Slut på minne.");
	ext = ending(full);
	char *slash = strrchr(full, '/');
	if (slash && slash != full) {
		/* The folder must be there: the file is written beside it. */
		*slash = '\0';
		if (stat(full, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
			text_quote(full, q, sizeof q);
			e = nd_fail(ND_EIO, "Mappen %s finns inte; skriv en som finns.", q);
		}
		*slash = '/';
		if (e) {
			free(full);
			return e;
		}
	}
	if (stat(full, &sb) == 0 && S_ISDIR(sb.st_mode)) {
		text_quote(text, q, sizeof q);
		e = nd_fail(ND_EINVAL, "%s är en mapp; skriv ett filnamn efter den.", q);
	} else if (!ext) {
		e = nd_fail(ND_EINVAL, "Filnamnet saknar ändelse; skriv .txt (text), .xlsx "
			    "(Excel) eller .pdf.");
	} else if (!strcasecmp(ext, "txt") || !strcasecmp(ext, "text")) {
		*fmt = DOC_TEXT;
	} else if (!strcasecmp(ext, "xlsx")) {
		*fmt = DOC_XLSX;
	} else if (!strcasecmp(ext, "pdf")) {
		*fmt = DOC_PDF;
	} else {
		text_quote(ext, q, sizeof q);
		e = nd_fail(ND_EINVAL, "Ändelsen .%s kan inte skrivas; välj .txt (text), .xlsx "
			    "(Excel) eller .pdf.", q);
	}
	free(full);
	return e;
}

bool tui_export_path(struct tui *t, const char *name, char **path, enum doc_format *fmt)
{
	char dir[4096], shown[4300], *text = NULL, *full = NULL, q[600];
	struct stat sb;
	*path = NULL;
	default_dir(dir, sizeof dir);
	if (dir[0]) {
		char both[4300];
		snprintf(both, sizeof both, "%s/%s", dir, name);
		tilde(both, shown, sizeof shown);
	} else {
		snprintf(shown, sizeof shown, "%s", name);
	}
	if (!tui_prompt_check(t, "Fil (.txt, .xlsx eller .pdf)", shown, check_path, fmt, &text))
		return false;
	full = tui_expand_home(text);
	free(text);
	if (!full) {
		tui_err(t, nd_fail(ND_ENOMEM, "Slut på minne."));
		return false;
	}
	if (stat(full, &sb) == 0) {
		char shown_path[4300], *clean;
		tilde(full, shown_path, sizeof shown_path);
		clean = text_sanitize(shown_path, false);
		snprintf(q, sizeof q, "Filen %s finns redan; skriva över den?", clean ? clean : "");
		free(clean);
		if (!tui_confirm(t, q)) {
			free(full);
			return false;
		}
	}
	*path = full;
	return true;
}

void tui_export_done(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *abs = NULL;
	if (!slash) {
		/* A bare name went to the working folder. */
		if ((abs = realpath(".", NULL)) != NULL)
			snprintf(last_dir, sizeof last_dir, "%s", abs);
		free(abs);
		return;
	}
	snprintf(last_dir, sizeof last_dir, "%.*s", (int)(slash - path), path);
	if (!last_dir[0])
		snprintf(last_dir, sizeof last_dir, "/");
}

bool tui_export_doc(struct tui *t, const char *noun, const char *name,
		    enum nd_err (*build)(struct tui *t, void *ctx, struct nd_doc **out), void *ctx)
{
	char *path = NULL, msg[600];
	struct nd_doc *doc = NULL;
	enum doc_format fmt = DOC_TEXT;
	enum nd_err e;
	if (!tui_export_path(t, name, &path, &fmt))
		return false;
	e = build(t, ctx, &doc);
	if (!e)
		e = doc_write(doc, fmt, DOC_WIDTH_DEFAULT, path);
	if (!e) {
		char shown[4300], *clean;
		tilde(path, shown, sizeof shown);
		clean = text_sanitize(shown, false);
		snprintf(msg, sizeof msg, "Skrev %s till %s.", noun, clean ? clean : "");
		free(clean);
		tui_export_done(path);
	}
	tui_result(t, e, msg);
	doc_free(doc);
	free(path);
	return e == ND_OK;
}

bool tui_ask_path(struct tui *t, const char *label, const char *def, const char *none,
		  char **out)
{
	char *raw = NULL;
	*out = NULL;
	if (!tui_prompt(t, label, def, &raw))
		return false;
	if (!*raw) {
		tui_msg(t, "%s", none);
		free(raw);
		return false;
	}
	*out = tui_expand_home(raw);
	free(raw);
	if (!*out)
		tui_err(t, nd_fail(ND_ENOMEM, "Slut på minne."));
	return *out != NULL;
}
