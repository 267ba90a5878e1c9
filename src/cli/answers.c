/* --column "ORD=SLAG" and --ignore "ORD" of report import and budget
 * import: the answers, given beforehand, to the question the UI asks
 * about a header word namnd does not know (namnd/report.h). */
#include "cli.h"

#include <stdio.h>
#include <string.h>

#include "namnd/report.h"
#include "namnd/text.h"

/* s lower case (ASCII and Latin-1 letters such as Å) with only its
 * letters and digits: "Budget (ack)" and "budget ack" are "budgetack". */
static void norm(const char *s, char *buf, size_t size)
{
	size_t o = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p && o + 3 < size; p++) {
		if (*p == 0xc3 && p[1] >= 0x80 && p[1] <= 0x9e && p[1] != 0x97) {
			buf[o++] = (char)*p++;
			buf[o++] = (char)(*p + 0x20);
		} else if (*p >= 0x80) {
			buf[o++] = (char)*p;
		} else if ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')) {
			buf[o++] = (char)*p;
		} else if (*p >= 'A' && *p <= 'Z') {
			buf[o++] = (char)(*p - 'A' + 'a');
		}
	}
	buf[o] = '\0';
}

int cli_answers_read(const struct args *a, struct cli_answers *ans)
{
	memset(ans, 0, sizeof *ans);
	for (int i = 0; i < a->nopt; i++) {
		bool ignore = strcmp(a->names[i], "ignore") == 0;
		if (!ignore && strcmp(a->names[i], "column") != 0)
			continue;
		const char *v = a->values[i] ? a->values[i] : "";
		const char *eq = ignore ? NULL : strrchr(v, '=');
		if (ans->n == CLI_ANSWERS_MAX)
			return cli_usage("högst %d --column och --ignore.", CLI_ANSWERS_MAX);
		if (!ignore && (!eq || eq == v || !eq[1]))
			return cli_usage("--column \"%s\": skriv ORD=SLAG, t.ex. --column "
					 "\"Plan=Budget\".", v);
		if (!*v)
			return cli_usage("--ignore behöver ett ord ur rubrikraden.");
		struct cli_answer *x = &ans->v[ans->n++];
		snprintf(x->word, sizeof x->word, "%.*s", (int)(eq ? (size_t)(eq - v) : strlen(v)),
			 v);
		snprintf(x->kind, sizeof x->kind, "%s", eq ? eq + 1 : "");
		x->ignore = ignore;
	}
	return EXIT_OK;
}

/* The choice kind names: equal when normalised, else the only one it
 * begins ("prognos" for "Prognos (helår)"); -1 when none or several. */
static int choice_of(const char *kind, const struct report_question *q)
{
	char k[128], c[128];
	int found = -1, n = 0;
	norm(kind, k, sizeof k);
	if (!*k)
		return -1;
	for (int i = 0; i < q->nchoices; i++) {
		norm(q->choices[i], c, sizeof c);
		if (strcmp(k, c) == 0)
			return i;
		if (strncmp(k, c, strlen(k)) == 0) {
			found = i;
			n++;
		}
	}
	return n == 1 ? found : -1;
}

int cli_answer(void *ctx, const struct report_question *q)
{
	struct cli_answers *ans = ctx;
	char w[128], word[128], head[256];
	norm(q->word, word, sizeof word);
	norm(q->head, head, sizeof head);
	for (int i = 0; i < ans->n; i++) {
		struct cli_answer *x = &ans->v[i];
		norm(x->word, w, sizeof w);
		if (!*w || (strcmp(w, word) != 0 && strcmp(w, head) != 0))
			continue;
		x->used = true;
		if (x->ignore)
			return REPORT_ASK_IGNORE;
		int k = choice_of(x->kind, q);
		if (k >= 0)
			return k;
		/* Named after the import, which stops here. */
		char kq[TEXT_QUOTE_SIZE], wq[TEXT_QUOTE_SIZE];
		size_t o;
		text_quote(x->kind, kq, sizeof kq);
		text_quote(x->word, wq, sizeof wq);
		o = (size_t)snprintf(ans->bad, sizeof ans->bad, "--column \"%s=%s\": \"%s\" är "
				     "ingen kolumn här; skriv en av ", wq, kq, kq);
		for (int c = 0; c < q->nchoices && o < sizeof ans->bad; c++)
			o += (size_t)snprintf(ans->bad + o, sizeof ans->bad - o, "%s\"%s\"",
					      c == 0 ? "" : c + 1 == q->nchoices ? " eller " : ", ",
					      q->choices[c]);
		if (o < sizeof ans->bad)
			snprintf(ans->bad + o, sizeof ans->bad - o, " (eller --ignore \"%s\").",
				 wq);
		return REPORT_ASK_CANCEL;
	}
	return REPORT_ASK_UNKNOWN;
}

void cli_answers_report(const struct cli_answers *ans)
{
	if (*ans->bad)
		fprintf(stderr, "namnd: %s\n", ans->bad);
	for (int i = 0; i < ans->n; i++)
		if (!ans->v[i].used && !*ans->bad) {
			char wq[TEXT_QUOTE_SIZE];
			text_quote(ans->v[i].word, wq, sizeof wq);
			fprintf(stderr, "namnd: varning: --%s \"%s\": inget okänt ord i rubrikraden "
				"heter så; svaret användes inte.\n",
				ans->v[i].ignore ? "ignore" : "column", wq);
		}
}
