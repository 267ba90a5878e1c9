/* namnd member: the generic verbs, and a vacant seat (schema 030):
 * member add --committee KOD --vacant --party M, member fill SEAT PERSON. */
#include "cli.h"

#include <stdio.h>
#include <string.h>

#include "namnd/vacancy.h"

void member_help_extra(void)
{
	printf("(och: namnd member add --committee KOD --vacant --party PARTI [--from D]:\n"
	       "      en vakant ledamotsplats, \"Vakant (M)\"; den räknas bland platserna\n"
	       "      för beslutförheten och står i kallelsen och protokollet\n"
	       "      namnd member fill UPPDRAG PERSON [--from D]: sätt en person på den\n"
	       "      vakanta platsen (UPPDRAG är platsens id i 'namnd member list') från\n"
	       "      dag D (i dag om inget anges); tidigare sammanträden visar platsen\n"
	       "      vakant. Inte från före ett justerat sammanträde där platsen var\n"
	       "      vakant; ett uppdrag som gällde vid ett justerat sammanträde tas inte\n"
	       "      bort utan avslutas: member edit UPPDRAG --to D.)\n");
}

void member_justerat_warn(struct cli *c, long long membership, const char *from,
			  const char *to, bool any_role)
{
	char warning[400];
	if (membership_justerat_warning(c->db, membership, from, to, any_role, warning,
					sizeof warning))
		fprintf(stderr, "namnd: varning: %s\n", warning);
}

/* add --vacant and fill; -1 when the verb is the generic one. */
int member_extra(struct cli *c, struct args *a)
{
	const char *sub = a->npos > 0 ? a->pos[0] : "";
	long long id = 0, seat = 0, person = 0;
	char note[600] = "";
	enum nd_err e;
	int rc;
	if (strcmp(sub, "add") == 0 && args_flag(a, "vacant")) {
		long long committee = 0;
		const char *code = args_get(a, "committee");
		for (int i = 0; i < a->nopt; i++)
			if (strcmp(a->names[i], "committee") && strcmp(a->names[i], "party") &&
			    strcmp(a->names[i], "from") && strcmp(a->names[i], "vacant"))
				return cli_usage("en vakant plats tar --committee, --party och "
						 "--from, inte --%s.", a->names[i]);
		if (!code)
			return cli_usage("ange nämnden: --committee KOD.");
		if ((e = committee_resolve(c->db, code, &committee)) ||
		    (e = vacancy_add(c->db, committee, args_get(a, "party"), args_get(a, "from"),
				     &id)))
			return cli_fail(e);
		printf("Lade till vakant plats (%s), uppdrag %lld.\n", args_get(a, "party"), id);
		member_justerat_warn(c, id, NULL, NULL, false);
		return EXIT_OK;
	}
	if (strcmp(sub, "fill") != 0)
		return -1;
	if (a->npos != 3)
		return cli_usage("namnd member fill UPPDRAG PERSON [--from D].");
	if ((e = id_resolve(c->db, a->pos[1], &seat)))
		return cli_fail(e);
	if ((rc = cli_person(c, a->pos[2], &person)))
		return rc;
	if ((e = vacancy_fill(c->db, seat, person, args_get(a, "from"), &id, note, sizeof note)))
		return cli_fail(e);
	printf("Platsen är tillsatt: uppdrag %lld.\n", id);
	if (*note)
		fprintf(stderr, "namnd: %s\n", note);
	return EXIT_OK;
}
