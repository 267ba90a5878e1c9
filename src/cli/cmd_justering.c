/* namnd review | justerare | justera | anslag | rattelse. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

#include "namnd/justering.h"
#include "namnd/paragraph.h"
#include "namnd/parnum.h"

struct review_printer {
	struct cli *cli;
	long long last;
	int paragraphs, flagged;
	bool counted;
};

static void review_print(void *ctx, const struct nd_pparagraph *g, const char *finding,
			 bool remark)
{
	struct review_printer *r = ctx;
	if (r->cli->tsv) {
		printf("%d\t", g->number);
		print_cell(stdout, finding ? finding : "ok", 0, false);
		printf("\t%s\t", g->reviewed ? "granskad" : "");
		print_cell(stdout, g->review_comment, 0, false);
		putchar('\n');
		return;
	}
	if (r->last != g->id) {
		char head[40];
		parnum_cap(g->item, g->number, head, sizeof head);
		/* "Punkt 12" needs a wider column than "§ 12". */
		printf("%-*s", g->item ? 9 : 7, head);
		print_cell(stdout, g->title, 52, true);
		printf(" %s\n", g->reviewed ? "granskad" : "");
		if (g->review_comment) {
			fputs("         Kommentar: ", stdout);
			print_cell(stdout, g->review_comment, 0, false);
			putchar('\n');
		}
		r->last = g->id;
		r->paragraphs++;
		r->counted = false;
	}
	if (remark && !r->counted) {
		r->flagged++;
		r->counted = true;
	}
	fputs("         ", stdout);
	print_cell(stdout, finding ? finding : "Inga anmärkningar.", 0, false);
	putchar('\n');
}

int cmd_review(struct cli *c, struct args *a)
{
	long long meeting, id;
	enum nd_err e;
	int rc;
	if (a->help || a->npos != 1) {
		puts("Användning:\n"
		     "  namnd review SAMMANTRÄDE\n"
		     "  namnd review SAMMANTRÄDE --paragraph N [--comment TEXT]\n"
		     "  namnd review SAMMANTRÄDE --paragraph N --override SLAG --reason TEXT\n"
		     "                           --by ORDFÖRANDE\n"
		     "\nOrdförandens genomgång före justeringen, paragraf för paragraf: beslut\n"
		     "finns, omröstningar går ihop med de tjänstgörande, reservationer är\n"
		     "gjorda av tjänstgörande som inte röstade för beslutet, utlovade skriftliga\n"
		     "reservationer har kommit in, jäv är antecknat, nämnden är beslutför.\n"
		     "Så länge en anmärkning står kvar kan protokollet inte justeras.\n"
		     "Med --paragraph markeras paragrafen som granskad (med kommentar).\n"
		     "Med --override låter ordföranden anmärkningar av ett slag i paragrafen\n"
		     "stå kvar, med skäl; skälet visas i granskningen och loggas. SLAG: beslut,\n"
		     "närvaro, beslutförhet, omröstning, proposition, reservation.");
		return a->help ? EXIT_OK : EXIT_USAGE;
	}
	if ((e = meeting_resolve(c->db, a->pos[0], &meeting)))
		return cli_fail(e);
	if (args_get(a, "override") && !args_get(a, "paragraph"))
		return cli_usage("--override gäller en paragraf: ange --paragraph N.");
	int number = 0;
	bool items = paragraph_items(c->db, meeting);
	if (args_get(a, "paragraph"))
		cli_number(args_get(a, "paragraph"), &number);
	if (args_get(a, "paragraph") && args_get(a, "override")) {
		enum nd_review_kind kind;
		long long by;
		if (!review_kind_parse(args_get(a, "override"), &kind))
			return cli_usage("--override \"%s\" är inget slag av anmärkning; skriv beslut, "
					 "närvaro, beslutförhet, omröstning, proposition eller "
					 "reservation.", args_get(a, "override"));
		if (!args_get(a, "reason"))
			return cli_usage("--reason måste anges: en anmärkning åsidosätts bara med "
					 "ett skäl.");
		if (!args_get(a, "by"))
			return cli_usage("--by måste anges: ordföranden som åsidosätter "
					 "anmärkningen.");
		if ((rc = cli_paragraph(c, a->pos[0], args_get(a, "paragraph"), NULL, &id)) ||
		    (rc = cli_person(c, args_get(a, "by"), &by)))
			return rc;
		if ((e = review_override(c->db, id, kind, args_get(a, "reason"), by)))
			return cli_fail(e);
		printf("%s: anmärkningar om %s står kvar med ordförandens skäl; de hindrar "
		       "inte justeringen.\n", PAR_CAP(items, number), review_kind_name(kind));
		return EXIT_OK;
	}
	if (args_get(a, "paragraph")) {
		if ((rc = cli_paragraph(c, a->pos[0], args_get(a, "paragraph"), NULL, &id)))
			return rc;
		if ((e = review_mark(c->db, id, args_get(a, "comment"))))
			return cli_fail(e);
		printf("%s är granskad.\n", PAR_CAP(items, number));
		return EXIT_OK;
	}
	struct review_printer r = { c, 0, 0, 0, false };
	if ((e = review_run(c->db, meeting, review_print, &r)))
		return cli_fail(e);
	if (!c->tsv) {
		if (r.paragraphs == 0)
			printf("Inga paragrafer att granska; numrera dem med 'namnd paragraph "
			       "number'.\n");
		else
			printf("\n%d av %d paragrafer har anmärkningar.\n", r.flagged,
			       r.paragraphs);
	}
	return EXIT_OK;
}

/* People given as positionals from index first. */
static int people(struct cli *c, struct args *a, int first, long long *out, size_t max,
		  size_t *n)
{
	*n = 0;
	for (int i = first; i < a->npos; i++) {
		if (*n == max)
			return cli_usage("högst %zu personer.", max);
		int rc = cli_person(c, a->pos[i], &out[(*n)++]);
		if (rc)
			return rc;
	}
	return EXIT_OK;
}

int cmd_justerare(struct cli *c, struct args *a)
{
	long long meeting, who[8];
	size_t n;
	enum nd_err e;
	int rc;
	if (a->help || a->npos < 2 || strcmp(a->pos[0], "set") != 0) {
		puts("Användning: namnd justerare set SAMMANTRÄDE PERSON [PERSON …]\n\n"
		     "Väljer de ledamöter som jämte ordföranden ska justera protokollet.\n"
		     "Justeringens plats och dag: namnd meeting edit SAMMANTRÄDE\n"
		     "--justering-place PLATS --justering-date ÅÅÅÅ-MM-DD.");
		return a->help ? EXIT_OK : EXIT_USAGE;
	}
	if ((e = meeting_resolve(c->db, a->pos[1], &meeting)))
		return cli_fail(e);
	if ((rc = people(c, a, 2, who, 8, &n)))
		return rc;
	if ((e = justerare_set(c->db, meeting, who, n)))
		return cli_fail(e);
	printf("%zu justerare är valda.\n", n);
	return EXIT_OK;
}

int cmd_justera(struct cli *c, struct args *a)
{
	long long meeting, by[16];
	size_t nby = 0;
	char sha[65];
	int number = 0, rc;
	enum nd_err e;
	if (a->help || a->npos != 1) {
		puts("Användning: namnd justera SAMMANTRÄDE --by PERSON [--by PERSON …]\n"
		     "                    [--date ÅÅÅÅ-MM-DD] [--paragraph N] [--late]\n\n"
		     "Justerar protokollet (eller med --paragraph en paragraf omedelbart, vid\n"
		     "sammanträdet). --by: de valda justerarna och ordföranden som justerar.\n"
		     "Dagen är idag om inget annat anges; aldrig före sammanträdet.\n"
		     "Vägras så länge granskningen ('namnd review') har anmärkningar som\n"
		     "ordföranden inte åsidosatt med skäl. Efter organets frist (14 dagar\n"
		     "efter sammanträdet under kommunallagen; 'namnd committee show') krävs\n"
		     "--late; den sena justeringen antecknas.\n"
		     "Kontrollsumman (SHA-256) av protokollets kanoniska text sparas och\n"
		     "skrivs ut; därefter kan inget i det justerade ändras, bara rättas\n"
		     "med 'namnd rattelse add'.");
		return a->help ? EXIT_OK : EXIT_USAGE;
	}
	if ((e = meeting_resolve(c->db, a->pos[0], &meeting)))
		return cli_fail(e);
	for (int i = 0; i < a->nopt; i++) {
		if (strcmp(a->names[i], "by") != 0)
			continue;
		if (nby == 16)
			return cli_usage("högst 16 --by.");
		if ((rc = cli_person(c, a->values[i], &by[nby++])))
			return rc;
	}
	if (args_get(a, "paragraph")) {
		long long id;
		if ((rc = cli_paragraph(c, a->pos[0], args_get(a, "paragraph"), NULL, &id)))
			return rc;
		cli_number(args_get(a, "paragraph"), &number);
	}
	if ((e = justera(c->db, meeting, number, args_get(a, "date"), by, nby,
			 args_flag(a, "late"), sha)))
		return cli_fail(e);
	if (number)
		printf("%s är omedelbart justerad.\n",
		       PAR_CAP(paragraph_items(c->db, meeting), number));
	else
		printf("Protokollet är justerat.\n");
	printf("Kontrollsumma (SHA-256): %s\n", sha);
	if (!number && !c->tsv) {
		printf("\nFrister\n");
		return deadlines_print(c, meeting);
	}
	return EXIT_OK;
}

int cmd_rattelse(struct cli *c, struct args *a)
{
	long long meeting, paragraph = 0;
	enum nd_err e;
	int rc;
	if (a->help || a->npos != 2 || strcmp(a->pos[0], "add") != 0) {
		puts("Användning: namnd rattelse add SAMMANTRÄDE [--paragraph N] --text TEXT\n"
		     "                          [--date ÅÅÅÅ-MM-DD]\n\n"
		     "En daterad rättelse av ett justerat protokoll. Protokollet självt\n"
		     "ändras aldrig; rättelsen visas efter det.");
		return a->help ? EXIT_OK : EXIT_USAGE;
	}
	if ((e = meeting_resolve(c->db, a->pos[1], &meeting)))
		return cli_fail(e);
	if (args_get(a, "paragraph") &&
	    (rc = cli_paragraph(c, a->pos[1], args_get(a, "paragraph"), NULL, &paragraph)))
		return rc;
	if (!args_get(a, "text"))
		return cli_usage("--text måste anges.");
	if ((e = rattelse_add(c->db, meeting, paragraph, args_get(a, "date"),
			      args_get(a, "text"))))
		return cli_fail(e);
	printf("Rättelsen är antecknad.\n");
	return EXIT_OK;
}
