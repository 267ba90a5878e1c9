/* namnd check: kontroll före utskick; namnd meeting absent: förhinder. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

#include "namnd/absence.h"
#include "namnd/preflight.h"

int cmd_check(struct cli *c, struct args *a)
{
	struct pf_list list;
	struct nd_date today;
	long long id;
	enum nd_err e;
	if (a->help || a->npos != 1) {
		puts("Användning: namnd check SAMMANTRÄDE\n\n"
		     "Kontroll före utskick av kallelsen. Fel (slutstatus 1): beslutspunkt utan\n"
		     "diarienummer, ärende två gånger på listan, mallens platshållare kvar i en\n"
		     "text (ÄRENDENUMMER, \"Klicka eller tryck här…\", \"Välj det datum…\", XXXX,\n"
		     "[…]), nämnden inte beslutsför med anmälda förhinder (när organets\n"
		     "regler har beslutförhet; första raden säger vilka regler som gällde). Varningar:\n"
		     "diarienummer i annan form än organisationens, ärende som inte är klart för\n"
		     "beslut, föredragande saknas, listan går förbi planerat slut, kallelsen\n"
		     "skulle redan ha gått ut, ledamot eller ersättare utan e-post.\n"
		     "Förhinder anmäls med 'namnd meeting absent SAMMANTRÄDE PERSON'.");
		return a->help ? EXIT_OK : EXIT_USAGE;
	}
	if ((e = meeting_resolve(c->db, a->pos[0], &id)) || (e = date_today(&today)))
		return cli_fail(e);
	if ((e = preflight_check(c->db, id, today, &list))) {
		preflight_free(&list);
		return cli_fail(e);
	}
	/* Which rules were applied, first (a body outside the kommunallag
	 * is not held to its quorum); --tsv gives scripts the findings only. */
	if (!c->tsv) {
		fputs("Regler: ", stdout);
		print_cell(stdout, list.rules, 0, false);
		putchar('\n');
	}
	for (size_t i = 0; i < list.n; i++) {
		const struct pf_finding *f = &list.v[i];
		const char *sev = f->severity == PF_ERROR ? "fel" : "varning";
		if (c->tsv) {
			printf("%s\t%lld\t", sev, f->item);
			print_cell(stdout, f->where, 0, false);
			printf("\t%s\t", f->code);
			print_cell(stdout, f->message, 0, false);
			putchar('\n');
			continue;
		}
		print_cell(stdout, f->severity == PF_ERROR ? "FEL" : "VARNING", 9, true);
		print_cell(stdout, f->where, 0, false);
		fputs(": ", stdout);
		print_cell(stdout, f->message, 0, false);
		putchar('\n');
	}
	if (!c->tsv) {
		if (list.n == 0)
			puts("Inga problem hittades.");
		else
			printf("%d fel, %d %s.\n", list.errors, list.warnings,
			       list.warnings == 1 ? "varning" : "varningar");
	}
	int rc = list.errors > 0 ? EXIT_DATA : EXIT_OK;
	preflight_free(&list);
	return rc;
}

/* namnd meeting absent SAMMANTRÄDE PERSON [--remove] */
int meeting_absent(struct cli *c, struct args *a)
{
	long long meeting, person;
	bool remove = args_flag(a, "remove");
	enum nd_err e;
	if (a->npos != 3)
		return cli_usage("namnd meeting absent SAMMANTRÄDE PERSON [--remove]");
	int rc;
	if ((e = meeting_resolve(c->db, a->pos[1], &meeting)))
		return cli_fail(e);
	if ((rc = cli_person_at(c, meeting, a->pos[2], &person)))
		return rc;
	if ((e = absence_set(c->db, meeting, person, !remove)))
		return cli_fail(e);
	printf(remove ? "Förhindret är borttaget.\n" : "Förhindret är anmält.\n");
	return EXIT_OK;
}
