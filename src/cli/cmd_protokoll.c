/* namnd protokoll | utdrag | beslutslista, and the anslag notice. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

#include "namnd/justering.h"
#include "namnd/protodoc.h"
#include "namnd/protocol.h"

#define OPTS "[--format text|xlsx|pdf] [--out FIL] [--width N] [--public]"

/* Build with build(db, meeting, opts) and write as the options say. */
static int document(struct cli *c, struct args *a, long long meeting, int number,
		    const char *what,
		    enum nd_err (*build)(struct nd_db *, long long, const struct doc_opts *,
					 struct nd_doc **),
		    enum nd_err (*build_n)(struct nd_db *, long long, int,
					   const struct doc_opts *, struct nd_doc **))
{
	enum doc_format fmt = DOC_TEXT;
	const char *out = NULL;
	int width = DOC_WIDTH_DEFAULT, rc;
	struct doc_opts opts = { false };
	struct nd_doc *doc = NULL;
	enum nd_err e;
	if ((rc = export_options(a, &fmt, &out, &width, &opts)) != EXIT_OK)
		return rc;
	e = build ? build(c->db, meeting, &opts, &doc) :
		build_n(c->db, meeting, number, &opts, &doc);
	if (e)
		return cli_fail(e);
	return export_finish(doc, fmt, out, width, what);
}

/* The canonical text whose SHA-256 is stored at justering. */
static int canonical(struct cli *c, long long meeting, int number)
{
	struct nd_protocol *p = NULL;
	const struct nd_pparagraph *g = NULL;
	char *text = NULL;
	enum nd_err e = protocol_load(c->db, meeting, &p);
	if (e)
		return cli_fail(e);
	if (number && !(g = protocol_paragraph(p, number))) {
		protocol_free(p);
		return cli_fail(nd_fail(ND_ENOTFOUND, "Sammanträdet har ingen § %d.", number));
	}
	const char *on = g ? g->justerad_on : p->justerad_on;
	if (!(text = protocol_canonical(p, g, on ? on : ""))) {
		protocol_free(p);
		return cli_fail(nd_fail(ND_ENOMEM, "Slut på minne."));
	}
	fputs(text, stdout);
	free(text);
	protocol_free(p);
	return EXIT_OK;
}

static int verify(struct cli *c, long long meeting, int number)
{
	char now[65];
	bool same = false;
	enum nd_err e = justering_verify(c->db, meeting, number, &same, now);
	if (e)
		return cli_fail(e);
	if (same) {
		printf("Kontrollsumman stämmer: %s\n", now);
		return EXIT_OK;
	}
	fprintf(stderr, "namnd: kontrollsumman stämmer inte: det justerade %s har ändrats "
		"sedan justeringen (nu %s).\n", number ? "utdraget" : "protokollet", now);
	return EXIT_DATA;
}

int cmd_protokoll(struct cli *c, struct args *a)
{
	long long meeting;
	enum nd_err e;
	if (a->help || a->npos != 1) {
		puts("Användning: namnd protokoll SAMMANTRÄDE " OPTS "\n"
		     "       namnd protokoll SAMMANTRÄDE --canonical | --verify\n\n"
		     "Protokollet: plats och tid, beslutande med tjänstgörande ersättare,\n"
		     "ersättare, övriga, frånvarande, justerare, paragrafer och underskrifter,\n"
		     "sedan varje paragraf med yrkanden, propositionsordning, omröstning,\n"
		     "beslut, reservationer, protokollsanteckningar, jäv och expediering.\n"
		     "--canonical skriver den kanoniska text vars SHA-256 sparas vid\n"
		     "justeringen; --verify räknar om den och jämför.\n");
		export_options_help();
		return a->help ? EXIT_OK : EXIT_USAGE;
	}
	if ((e = meeting_resolve(c->db, a->pos[0], &meeting)))
		return cli_fail(e);
	if (args_flag(a, "canonical"))
		return canonical(c, meeting, 0);
	if (args_flag(a, "verify"))
		return verify(c, meeting, 0);
	return document(c, a, meeting, 0, "protokollet", protokoll_build, NULL);
}

struct utdrag_set {
	struct nd_db *db;
	long long meeting;
	int numbers[100];
	size_t n;
};

static enum nd_err build_set(void *ctx, const struct doc_opts *opts, struct nd_doc **out)
{
	struct utdrag_set *u = ctx;
	return utdrag_set_build(u->db, u->meeting, u->numbers, u->n, opts, out);
}

int cmd_utdrag(struct cli *c, struct args *a)
{
	struct utdrag_set u = { c->db, 0, { 0 }, 0 };
	long long id;
	int rc;
	if (a->help || a->npos < 2) {
		puts("Användning: namnd utdrag SAMMANTRÄDE N [N …] " OPTS "\n"
		     "       namnd utdrag SAMMANTRÄDE N --canonical | --verify\n\n"
		     "Protokollsutdrag av paragraf N (eller flera, i den ordning de ges) med\n"
		     "protokollets huvud och utdragsbestyrkande.\n");
		export_options_help();
		return a->help ? EXIT_OK : EXIT_USAGE;
	}
	if (a->npos - 1 > (int)(sizeof u.numbers / sizeof *u.numbers))
		return cli_usage("högst %zu paragrafer i ett utdrag.",
				 sizeof u.numbers / sizeof *u.numbers);
	for (int i = 1; i < a->npos; i++) {
		if ((rc = cli_paragraph(c, a->pos[0], a->pos[i], &u.meeting, &id)))
			return rc;
		cli_number(a->pos[i], &u.numbers[u.n++]);
	}
	if (args_flag(a, "canonical") || args_flag(a, "verify")) {
		if (u.n != 1)
			return cli_usage("--canonical och --verify gäller en paragraf i taget.");
		return args_flag(a, "canonical") ? canonical(c, u.meeting, u.numbers[0]) :
		       verify(c, u.meeting, u.numbers[0]);
	}
	return export_document(a, build_set, &u, "utdraget");
}

int cmd_beslutslista(struct cli *c, struct args *a)
{
	long long meeting;
	enum nd_err e;
	if (a->help || a->npos != 1) {
		puts("Användning: namnd beslutslista SAMMANTRÄDE " OPTS "\n\n"
		     "En rad per paragraf med diarienummer och beslut, för webben.\n");
		export_options_help();
		return a->help ? EXIT_OK : EXIT_USAGE;
	}
	if ((e = meeting_resolve(c->db, a->pos[0], &meeting)))
		return cli_fail(e);
	return document(c, a, meeting, 0, "beslutslistan", beslutslista_build, NULL);
}

int cmd_anslag(struct cli *c, struct args *a)
{
	long long meeting, id;
	int number = 0, rc;
	enum nd_err e;
	const char *date = args_get(a, "date"), *para = args_get(a, "paragraph");
	if (a->help || a->npos != 1) {
		puts("Användning: namnd anslag SAMMANTRÄDE [--paragraph N] --date ÅÅÅÅ-MM-DD\n"
		     "       namnd anslag SAMMANTRÄDE [--paragraph N] " OPTS "\n\n"
		     "Med --date antecknas dagen då justeringen tillkännagavs på\n"
		     "anslagstavlan (senast andra dagen efter justeringen); överklagande-\n"
		     "tiden, tre veckor, räknas därifrån. Utan --date (eller med --out)\n"
		     "skrivs anslaget: bevis om justering med datum och kontrollsumma.\n"
		     "--paragraph: en omedelbart justerad paragraf, som kan tillkännages\n"
		     "före resten av protokollet.\n");
		export_options_help();
		return a->help ? EXIT_OK : EXIT_USAGE;
	}
	if ((e = meeting_resolve(c->db, a->pos[0], &meeting)))
		return cli_fail(e);
	if (para) {
		if ((rc = cli_paragraph(c, a->pos[0], para, NULL, &id)))
			return rc;
		cli_number(para, &number);
		args_take(a, "paragraph");
	}
	if (date) {
		e = number ? anslag_record_paragraph(c->db, meeting, number, date) :
			anslag_record(c->db, meeting, date);
		if (e)
			return cli_fail(e);
		args_take(a, "date");
		if (!args_get(a, "out")) {
			printf("Anslaget sattes upp %s.\n", date);
			if (number)
				return document(c, a, meeting, number, "anslaget", NULL,
						anslag_paragraph_build);
			if (!c->tsv)
				printf("\nFrister\n");
			return deadlines_print(c, meeting);
		}
	}
	if (number)
		return document(c, a, meeting, number, "anslaget", NULL, anslag_paragraph_build);
	return document(c, a, meeting, 0, "anslaget", anslag_build, NULL);
}
