/* The generic verbs: NOUN add | list | show | edit | rm. */
#include "cli.h"

#include <stdio.h>
#include <string.h>

#include "namnd/vacancy.h"

void entity_help_fields(const struct nd_entity *e)
{
	printf("Fält för %s:\n", e->label);
	for (const struct nd_field *f = e->fields; f->name; f++) {
		bool req = false, settable = f->sql != NULL;
		for (const char *const *i = e->insert_fields; i && *i; i++)
			settable |= strcmp(*i, f->name) == 0;
		if (!settable) /* a list filter only */
			continue;
		for (const char *const *r = e->required; r && *r; r++)
			req |= strcmp(*r, f->name) == 0;
		printf("  --%-16s %s%s", f->name, f->label, req ? " (måste anges)" : "");
		if (f->choices) {
			printf(":");
			for (const char *const *c = f->choices; *c; c++)
				printf(" %s%s", *c, c[1] ? "," : "");
		}
		printf("\n");
	}
	if (e->list_filters) {
		printf("\nFilter för list:");
		for (const char *const *f = e->list_filters; *f; f++)
			printf(" --%s", *f);
		printf("\n");
	}
	printf("\nLånga texter kan läsas från fil: --FÄLT-file FIL (\"-\" = standard in).\n");
}

static void entity_help(const struct nd_entity *e)
{
	printf("Användning: namnd %s add --FÄLT VÄRDE …\n"
	       "       namnd %s list%s\n"
	       "       namnd %s show REF\n"
	       "       namnd %s edit REF --FÄLT VÄRDE …\n"
	       "       namnd %s rm REF\n",
	       e->name, e->name, e->list_filters ? " [--FILTER VÄRDE]" : "", e->name,
	       e->name, e->name);
	if (e == &meeting_entity)
		printf("(och: namnd meeting plan --committee KOD --year ÅR --dates "
		       "\"17/1, 21/2, 20/3\" [--time HH.MM] [--place PLATS]\n"
		       "      [--out FIL] [--format text|xlsx|pdf] [--width N]: planen som dokument,\n"
		       "      med utskottens sammanträden och sista dag för kallelsen;\n"
		       "      --out FIL.ics eller --format ics: som kalender (iCalendar)\n"
		       "      namnd meeting absent SAMMANTRÄDE PERSON [--remove]: förhinder\n"
		       "      namnd meeting adjourn SAMMANTRÄDE --from HH.MM --to HH.MM: en\n"
		       "      ajournering, som protokollet anger under Plats och tid (--from HH.MM\n"
		       "      --remove tar bort den)\n"
		       "      namnd meeting role SAMMANTRÄDE ROLL PERSON [--from N] [--to N]:\n"
		       "      tjänstgörande ordförande (ROLL ordförande), justerare, ersättande\n"
		       "      justerare eller sekreterare för en del av paragraferna; --remove\n"
		       "      tar bort personens roll\n"
		       "      namnd meeting sent SAMMANTRÄDE [--date D]: kallelsen skickad, efter\n"
		       "      kontrollen; sammanträdet blir kallat\n"
		       "      namnd meeting archive SAMMANTRÄDE [--date D]: arkivera, när\n"
		       "      protokollet har vunnit laga kraft.\n"
		       "      Status följer av vad som skett: planerat, kallat, genomfört (närvaron\n"
		       "      antecknad), justerat, anslaget, laga kraft, arkiverat.)\n");
	if (e == &membership_entity)
		member_help_extra();
	printf("\nREF är ett id (se list)%s.\n\n", e == &committee_entity ? " eller koden" :
	       e == &person_entity ? " eller namnet" : e == &meeting_entity ?
	       " eller KOD:ÅÅÅÅ-MM-DD" : "");
	entity_help_fields(e);
}

/* A membership the database keeps for a justerat meeting: name it. */
static enum nd_err member_justerat_hint(struct cli *c, const struct nd_entity *e,
					long long id, enum nd_err err)
{
	char label[64];
	int n = 0;
	if (e != &membership_entity || err != ND_ELOCKED)
		return err;
	char msg[1024];
	snprintf(msg, sizeof msg, "%s", nd_errmsg());
	if (!membership_justerat(c->db, id, NULL, NULL, true, label, sizeof label, &n) && n) {
		nd_fail(err, "%s", msg);
		nd_hint(err, "Det justerade sammanträdet: %s%s.", label,
			n > 1 ? " (och tidigare)" : "");
	}
	return err;
}

int cmd_entity(struct cli *c, const struct nd_entity *e, struct args *a)
{
	const char *sub = a->npos > 0 ? a->pos[0] : NULL;
	enum nd_err err;
	long long id = 0;

	if (a->help || !sub) {
		entity_help(e);
		return a->help ? EXIT_OK : EXIT_USAGE;
	}
	if (e == &membership_entity) {
		int rc = member_extra(c, a);
		if (rc >= 0)
			return rc;
	}
	if (strcmp(sub, "add") == 0) {
		if (a->npos > 1)
			return cli_usage("%s add tar bara --fält, inte \"%s\".", e->name, a->pos[1]);
		if ((err = entity_add(c->db, e, a->nopt, a->names, a->values, &id)))
			return cli_fail(err);
		printf("Lade till %s %lld.\n", e->label, id);
		if (e == &membership_entity)
			member_justerat_warn(c, id, NULL, NULL, false);
		return EXIT_OK;
	}
	if (strcmp(sub, "list") == 0) {
		const char *filters[8] = { 0 };
		int k = 0;
		if (!e->list_sql)
			return cli_usage("%s saknar list.", e->name);
		for (const char *const *f = e->list_filters; f && *f; f++, k++)
			filters[k] = args_get(a, *f);
		for (int i = 0; i < a->nopt; i++) {
			bool known = false;
			for (const char *const *f = e->list_filters; f && *f; f++)
				known |= strcmp(*f, a->names[i]) == 0;
			if (!known)
				return cli_usage("okänt filter --%s för %s list.", a->names[i],
						 e->name);
		}
		struct printer p = { c, e->list_widths, 0, false };
		if ((err = entity_list(c->db, e, filters, print_list_row, &p)))
			return cli_fail(err);
		if (p.rows == 0 && !c->tsv)
			printf("(inga)\n");
		return EXIT_OK;
	}
	if (strcmp(sub, "show") != 0 && strcmp(sub, "edit") != 0 && strcmp(sub, "rm") != 0)
		return cli_usage("okänt kommando \"%s\" för %s (add, list, show, edit, rm%s).",
				 sub, e->name, e == &membership_entity ? ", fill" : "");
	if (a->npos != 2)
		return cli_usage("namnd %s %s behöver en referens (REF).", e->name, sub);
	if ((err = e->resolve(c->db, a->pos[1], &id)))
		return cli_fail(err);
	if (strcmp(sub, "show") == 0) {
		struct printer p = { c, NULL, 0, false };
		if ((err = entity_show(c->db, e, id, print_show_row, &p)))
			return cli_fail(err);
		return EXIT_OK;
	}
	if (strcmp(sub, "edit") == 0) {
		char from[11] = "", to[11] = "";
		bool period = e == &membership_entity &&
			(args_get(a, "from") || args_get(a, "to") || args_get(a, "role"));
		if (period && (err = membership_span(c->db, id, from, to)))
			return cli_fail(err);
		/* A filled vacancy's --from moves the vacancy's end with it, or
		 * is refused as member fill would be (hostile19 F4). */
		bool moved = e == &membership_entity && args_get(a, "from");
		/* Not around a justerat meeting the person was at (hostile20 F15). */
		if (e == &membership_entity && (args_get(a, "from") || args_get(a, "to")) &&
		    (err = membership_keeps_justerat(c->db, id, args_get(a, "from"),
						     args_get(a, "to"))))
			return cli_fail(err);
		if (moved && ((err = db_begin(c->db)) ||
			      (err = vacancy_fill_moved(c->db, id, args_get(a, "from"))))) {
			db_rollback(c->db);
			return cli_fail(err);
		}
		if ((err = entity_edit(c->db, e, id, a->nopt, a->names, a->values))) {
			if (moved)
				db_rollback(c->db);
			return cli_fail(member_justerat_hint(c, e, id, err));
		}
		if (moved && (err = db_commit(c->db)))
			return cli_fail(err);
		printf("Ändrade %s %lld.\n", e->label, id);
		if (period)
			member_justerat_warn(c, id, from, to, args_get(a, "role") != NULL);
		return EXIT_OK;
	}
	if ((err = entity_remove(c->db, e, id)))
		return cli_fail(member_justerat_hint(c, e, id, err));
	printf("Tog bort %s %lld.\n", e->label, id);
	return EXIT_OK;
}
