/* Reading a tabular file or standard input whole, then parsing it. Kept
 * apart from tabfile.c so that the parser stays free of I/O (and fuzzable). */
#include "namnd/tabfile.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/text.h"

enum nd_err tab_load(const char *path, const struct tab_opts *opts, struct tab_file **out)
{
	size_t max = opts && opts->file_max ? opts->file_max : TAB_FILE_MAX_DEFAULT;
	bool in = strcmp(path, "-") == 0;
	FILE *f = in ? stdin : fopen(path, "rb");
	char *buf = NULL, q[TEXT_QUOTE_SIZE];
	size_t len = 0, cap = 0;
	enum nd_err e;

	*out = NULL;
	text_quote(in ? "standard in" : path, q, sizeof q);
	if (!f)
		return nd_fail(ND_EIO, "Kan inte läsa filen %s: %s.", q, nd_errno_text(errno));
	for (;;) {
		if (len == cap) {
			cap = cap ? cap * 2 : 64 * 1024;
			char *n = realloc(buf, cap);
			if (!n) {
				e = nd_fail(ND_ENOMEM, "Slut på minne vid läsning av %s.", q);
				goto out;
			}
			buf = n;
		}
		size_t got = fread(buf + len, 1, cap - len, f);
		len += got;
		if (len > max) {
			e = nd_fail(ND_ETOOLONG, "Filen %s är för stor för %s: högst %zu MB "
				    "läses; ingenting lästes in.", q,
				    opts && opts->what ? opts->what : "en import",
				    max / (1024u * 1024u));
			goto out;
		}
		if (got == 0)
			break;
	}
	if (ferror(f)) {
		e = nd_fail(ND_EIO, "Kan inte läsa filen %s: %s.", q, nd_errno_text(errno));
		goto out;
	}
	e = tab_parse_take(buf, len, opts, out);
	buf = NULL;
	if (e) {
		char msg[900];
		snprintf(msg, sizeof msg, "%s", nd_errmsg());
		nd_fail(e, "%s: %s", q, msg);
	}
out:
	free(buf);
	if (!in)
		fclose(f);
	return e;
}
