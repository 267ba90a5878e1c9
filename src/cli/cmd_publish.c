/* namnd publish: the digital anslagstavla as a static site. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

#include "namnd/publish.h"

int cmd_publish(struct cli *c, struct args *a)
{
	const char *out = args_get(a, "out");
	struct publish_counts n;
	enum nd_err e;
	if (a->help || !out || a->npos != 0) {
		puts("Användning: namnd publish --out MAPP\n\n"
		     "Skriver den digitala anslagstavlan som en webbplats i MAPP: anslagen\n"
		     "som är uppsatta (med länkar till de publicerade protokollen), texten om\n"
		     "hur man överklagar, kallelserna till kommande sammanträden,\n"
		     "sammanträdesplanen, ett arkiv över nedtagna anslag, ett Atom-flöde,\n"
		     "en kalender och öppna data (JSON enligt OParl i data/; se man namnd).\n"
		     "Sekretessparagrafer är utelämnade. Ett personnummer i en\n"
		     "text stoppar publiceringen (eller maskeras: namnd setting set\n"
		     "personnummer maskera). Webbplatsen byggs i en ny mapp bredvid MAPP och\n"
		     "byts in hel; MAPP ska saknas, vara tom eller vara en tidigare\n"
		     "publicering. Ett anslag som inte kan göras (t.ex. ett skadat\n"
		     "justerat protokoll) hoppas över och nämns med skälet; resten\n"
		     "publiceras. Slutstatus 1 bara om inget av anslagen kunde göras.");
		if (a->help)
			return EXIT_OK;
		return out ? cli_usage("publish tar inga andra argument än --out MAPP.")
			   : cli_usage("ange mappen: namnd publish --out MAPP.");
	}
	if ((e = publish_site(c->db, out, &n))) {
		publish_counts_free(&n);
		return cli_fail(e);
	}
	/* A notice that could not be made is named; the rest went up. */
	for (const char *w = n.why, *nl; w && *w; w = nl + 1) {
		nl = strchr(w, '\n');
		fprintf(stderr, "namnd: varning: hoppade över %.*s\n", (int)(nl - w), w);
	}
	printf("Publicerade anslagstavlan i %s: %d %s uppe, %d i arkivet, %d %s, "
	       "%d %s i kalendern.\n", out, n.notices, n.notices == 1 ? "anslag" : "anslag",
	       n.archived, n.kallelser, n.kallelser == 1 ? "kallelse" : "kallelser", n.meetings,
	       n.meetings == 1 ? "sammanträde" : "sammanträden");
	if (n.skipped)
		fprintf(stderr, "namnd: %d av %d anslag kunde inte göras och publicerades "
			"inte%s.\n", n.skipped, n.due,
			n.skipped == n.due ? "; inget anslag kom upp" : "");
	int rc = n.due && n.skipped == n.due ? EXIT_DATA : EXIT_OK;
	publish_counts_free(&n);
	return rc;
}
