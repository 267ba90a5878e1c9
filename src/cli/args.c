/* Command-line option parsing. */
#include "cli.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/text.h"

#define FILE_MAX (4 * 1024 * 1024)

static bool is_flag(const char *const *flags, const char *name)
{
	for (; flags && *flags; flags++)
		if (strcmp(*flags, name) == 0)
			return true;
	return strcmp(name, "help") == 0;
}

/* Read a whole file (or standard input for "-") for --x-file. */
static char *read_all(const char *path)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	char *buf = NULL;
	size_t len = 0, cap = 0;
	if (!f) {
		cli_usage("kan inte läsa filen %s: %s", path, nd_errno_text(errno));
		return NULL;
	}
	for (;;) {
		if (len + 4096 + 1 > cap) {
			cap = cap ? cap * 2 : 8192;
			char *n = realloc(buf, cap);
			if (!n)
				goto fail;
			buf = n;
		}
		size_t got = fread(buf + len, 1, cap - len - 1, f);
		len += got;
		if (len > FILE_MAX) {
			cli_usage("filen %s är för stor (över %d byte).", path,
				FILE_MAX);
			goto fail;
		}
		if (got == 0)
			break;
	}
	if (ferror(f)) {
		cli_usage("fel vid läsning av %s.", path);
		goto fail;
	}
	buf[len] = '\0';
	if (memchr(buf, '\0', len) && text_utf16_guess(buf, len)) {
		cli_usage("filen %s är UTF-16-text (%s) utan byte order mark (BOM); "
			  "spara den som UTF-8.", path,
			  text_utf16_guess(buf, len) == 1 ? "little endian" : "big endian");
		goto fail;
	}
	if (memchr(buf, '\0', len)) {
		cli_usage("filen %s innehåller nolltecken; den är ingen text.",
			path);
		goto fail;
	}
	/* A trailing newline from an editor is not part of the text. */
	while (len > 0 && (buf[len - 1] == '\n' || buf[len - 1] == '\r'))
		buf[--len] = '\0';
	if (f != stdin)
		fclose(f);
	return buf;
fail:
	free(buf);
	if (f != stdin)
		fclose(f);
	return NULL;
}

bool args_parse(int argc, char **argv, const char *const *flags, struct args *a)
{
	memset(a, 0, sizeof *a);
	for (int i = 0; i < argc; i++) {
		const char *s = argv[i];
		if (strcmp(s, "--") == 0) {
			for (i++; i < argc; i++) {
				if (a->npos == ARGS_MAX)
					goto toomany;
				a->pos[a->npos++] = argv[i];
			}
			break;
		}
		if (strncmp(s, "--", 2) != 0 || s[2] == '\0') {
			if (strcmp(s, "-h") == 0) {
				a->help = true;
				continue;
			}
			if (a->npos == ARGS_MAX)
				goto toomany;
			a->pos[a->npos++] = s;
			continue;
		}
		if (a->nopt == ARGS_MAX)
			goto toomany;
		char *name = argv[i] + 2;
		const char *value = NULL;
		char *eq = strchr(name, '=');
		if (eq) {
			*eq = '\0';
			value = eq + 1;
		}
		if (is_flag(flags, name)) {
			if (value) {
				cli_usage("--%s tar inget värde.", name);
				return false;
			}
			if (strcmp(name, "help") == 0)
				a->help = true;
		} else if (!value) {
			if (i + 1 >= argc) {
				cli_usage("--%s behöver ett värde.", name);
				return false;
			}
			value = argv[++i];
		}
		size_t nl = strlen(name);
		if (nl > 5 && strcmp(name + nl - 5, "-file") == 0 && value) {
			char *content = read_all(value);
			if (!content)
				return false;
			name[nl - 5] = '\0';
			a->owned[a->nowned++] = content;
			value = content;
		}
		a->names[a->nopt] = name;
		a->values[a->nopt++] = value;
	}
	return true;
toomany:
	cli_usage("för många argument (högst %d).", ARGS_MAX);
	return false;
}

void args_free(struct args *a)
{
	for (int i = 0; i < a->nowned; i++)
		free(a->owned[i]);
	a->nowned = 0;
}

const char *args_get(const struct args *a, const char *name)
{
	for (int i = a->nopt - 1; i >= 0; i--)
		if (strcmp(a->names[i], name) == 0)
			return a->values[i] ? a->values[i] : "";
	return NULL;
}

bool args_flag(const struct args *a, const char *name)
{
	return args_get(a, name) != NULL;
}

void args_take(struct args *a, const char *name)
{
	int j = 0;
	for (int i = 0; i < a->nopt; i++) {
		if (strcmp(a->names[i], name) == 0)
			continue;
		a->names[j] = a->names[i];
		a->values[j++] = a->values[i];
	}
	a->nopt = j;
}

/* Messages quote what the user typed: control characters in it must not
 * reach the terminal, so every message is sanitized on its way out. */
static void print_message(const char *msg)
{
	char *clean = text_sanitize(msg, true);
	fprintf(stderr, "namnd: %s\n", clean ? clean : "(meddelandet kunde inte visas)");
	free(clean);
}

int cli_usage(const char *fmt, ...)
{
	char msg[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	print_message(msg);
	return EXIT_USAGE;
}

int cli_fail(enum nd_err e)
{
	const char *m = nd_errmsg(), *h = nd_errhint();
	char both[1400];
	size_t n = strlen(m);
	if (*m && *h && h[0] == '(' && m[n - 1] == '.')
		snprintf(both, sizeof both, "%.*s %s.", (int)(n - 1), m, h);
	else if (*m && *h)
		snprintf(both, sizeof both, "%s %s", m, h);
	else
		snprintf(both, sizeof both, "%s", *m ? m : nd_strerror(e));
	print_message(both);
	switch (e) {
	case ND_OK: return EXIT_OK;
	case ND_ENOTFOUND: return EXIT_NOTFOUND;
	case ND_ENOTDB: case ND_ENEWER: case ND_EREADONLY: case ND_EBUSY:
	case ND_EIO: case ND_EDB: case ND_ENOMEM:
		return EXIT_DB;
	default:
		return EXIT_DATA;
	}
}
