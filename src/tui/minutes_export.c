/* Documents after the meeting, from the Protokoll screen (x): the
 * protokoll (also its public version), a protokollsutdrag of chosen
 * paragraphs, the anslag and the beslutslista. The file's ending chooses
 * the format; an ending namnd does not write is refused by name, and an
 * existing file is only overwritten on a yes. */
#include "minutes.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "namnd/doc.h"
#include "namnd/protodoc.h"
#include "namnd/text.h"

/* The endings namnd writes, for prompts and messages: the export layer
 * decides (a renderer added there is offered here). */
static const char *endings(void)
{
	enum doc_format f;
	if (doc_format_parse("pdf", &f) == ND_OK)
		return ".txt, .xlsx eller .pdf";
	nd_errclear();
	return ".txt eller .xlsx";
}

/* The format of path by its ending, as the export layer names formats.
 * ND_EINVAL naming the ending (or its absence) when it is not written. */
static enum nd_err format_of(const char *path, enum doc_format *fmt)
{
	const char *slash = strrchr(path, '/');
	const char *dot = strrchr(slash ? slash + 1 : path, '.');
	char q[TEXT_QUOTE_SIZE], ext[16];
	size_t i = 0;
	for (; dot && dot[i + 1] && i + 1 < sizeof ext; i++)
		ext[i] = (char)tolower((unsigned char)dot[i + 1]);
	ext[i] = '\0';
	if (dot && i > 0 && !dot[i + 1] && doc_format_parse(ext, fmt) == ND_OK)
		return ND_OK;
	nd_errclear();
	text_quote(dot ? dot : path, q, sizeof q);
	if (!dot || !dot[1])
		return nd_fail(ND_EINVAL, "Filnamnet \"%s\" saknar ändelse; välj %s.", q,
			       endings());
	return nd_fail(ND_EINVAL, "Filändelsen \"%s\" kan inte skrivas; välj %s.", q,
		       endings());
}

/* "~/x" as $HOME/x; malloc'ed, NULL on no memory. */
static char *expand_home(const char *path)
{
	const char *home = getenv("HOME");
	char *out;
	size_t n;
	if (strncmp(path, "~/", 2) != 0 || !home || !*home)
		return strdup(path);
	n = strlen(home) + strlen(path);
	if ((out = malloc(n)))
		snprintf(out, n, "%s%s", home, path + 1);
	return out;
}

/* Paragraph numbers from "9, 12 14-15" (ranges with - or –) into out;
 * ND_EINVAL naming the text that is not one. */
static enum nd_err parse_numbers(const char *s, int *out, size_t max, size_t *n)
{
	const char *p = s;
	char q[TEXT_QUOTE_SIZE];
	*n = 0;
	while (*p) {
		char *end;
		long a, b;
		while (*p == ' ' || *p == ',' || *p == ';')
			p++;
		if (!*p)
			break;
		if (!isdigit((unsigned char)*p))
			goto bad;
		a = b = strtol(p, &end, 10);
		p = end;
		while (*p == ' ')
			p++;
		if (*p == '-' || strncmp(p, "–", strlen("–")) == 0) {
			p += *p == '-' ? 1 : strlen("–");
			while (*p == ' ')
				p++;
			if (!isdigit((unsigned char)*p))
				goto bad;
			b = strtol(p, &end, 10);
			p = end;
		}
		if (a < 1 || b < a || b > 99999 || b - a >= (long)max)
			goto bad;
		for (long k = a; k <= b; k++) {
			if (*n == max)
				return nd_fail(ND_EINVAL, "Högst %zu paragrafer i ett utdrag.", max);
			out[(*n)++] = (int)k;
		}
	}
	if (*n == 0)
		return nd_fail(ND_EINVAL, "Ange minst en paragraf, t.ex. 12 eller 12, 14–15.");
	return ND_OK;
bad:
	text_quote(s, q, sizeof q);
	return nd_fail(ND_EINVAL, "Paragraferna \"%s\" går inte att läsa; skriv t.ex. 12, "
		       "14–15.", q);
}

#define UTDRAG_MAX 100

void minutes_export(struct tui *t, long long meeting, const char *code, const char *date,
		    int number)
{
	static const char *const what[] = {
		"Protokoll", "Protokoll, offentlig version", "Protokollsutdrag (valda paragrafer)",
		"Anslag (bevis om justering)", "Beslutslista",
		"Skicka utdragen med e-post (expediering)",
	};
	static const char *const noun[] = {
		"protokollet", "det offentliga protokollet", "utdraget", "anslaget",
		"beslutslistan",
	};
	static const char *const stem[] = {
		"protokoll", "protokoll-offentligt", "protokollsutdrag", "anslag", "beslutslista",
	};
	int numbers[UTDRAG_MAX];
	size_t n = 0;
	char def[160], msg[600], initial[16], label[48];
	char *text = NULL, *typed = NULL, *path = NULL;
	struct nd_doc *doc = NULL;
	struct doc_opts opts = { false };
	enum doc_format fmt = DOC_TEXT;
	enum nd_err e = ND_OK;
	int i = tui_pick(t, "Exportera eller skicka", what, 6, 0);
	if (i < 0)
		return;
	if (i == 5) {
		tui_send_mail(t, meeting, false);
		return;
	}
	if (i == 2) {
		if (number > 0)
			snprintf(initial, sizeof initial, "%d", number);
		else
			initial[0] = '\0';
		if (!tui_prompt(t, "Utdrag av paragraf (t.ex. 12, 14–15)", initial, &text))
			return;
		if ((e = parse_numbers(text, numbers, UTDRAG_MAX, &n)))
			goto out;
		snprintf(def, sizeof def, "%s-%s-%s-%d%s.txt", stem[i], code, date, numbers[0],
			 n > 1 ? "-m.fl" : "");
	} else {
		snprintf(def, sizeof def, "%s-%s-%s.txt", stem[i], code, date);
	}
	snprintf(label, sizeof label, "Fil (%s)", endings());
	if (!tui_prompt(t, label, def, &typed))
		goto out;
	if (!*typed) {
		tui_msg(t, "Ingen fil angiven; ingenting exporterades.");
		goto out;
	}
	if (!(path = expand_home(typed))) {
		e = nd_fail(ND_ENOMEM, "Slut på minne.");
		goto out;
	}
	if ((e = format_of(path, &fmt)))
		goto out;
	if (access(path, F_OK) == 0) {
		snprintf(msg, sizeof msg, "%s finns redan. Skriva över den?", typed);
		if (!tui_confirm(t, msg))
			goto out;
	}
	opts.public_only = i == 1;
	switch (i) {
	case 0: case 1: e = protokoll_build(t->db, meeting, &opts, &doc); break;
	case 2: e = utdrag_set_build(t->db, meeting, numbers, n, &opts, &doc); break;
	case 3: e = anslag_build(t->db, meeting, &opts, &doc); break;
	default: e = beslutslista_build(t->db, meeting, &opts, &doc); break;
	}
	if (!e)
		e = doc_write(doc, fmt, DOC_WIDTH_DEFAULT, path);
	if (!e)
		tui_msg(t, "Skrev %s till %s.", noun[i], path);
out:
	if (e)
		tui_err(t, e);
	doc_free(doc);
	free(text);
	free(typed);
	free(path);
}
