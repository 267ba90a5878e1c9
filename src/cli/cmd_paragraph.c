/* namnd paragraph …: numbering, texts, and the delegation paragraph. */
#include "cli.h"
#include "namnd/parnum.h"

#include <stdlib.h>
#include <string.h>

#include "namnd/paragraph.h"

static void paragraph_help(void)
{
	puts("Användning:\n"
	     "  namnd paragraph number SAMMANTRÄDE\n"
	     "  namnd paragraph start --committee KOD --year ÅR --first N\n"
	     "  namnd paragraph list SAMMANTRÄDE\n"
	     "  namnd paragraph show SAMMANTRÄDE N\n"
	     "  namnd paragraph set SAMMANTRÄDE N --FÄLT VÄRDE …\n"
	     "  namnd paragraph delegations SAMMANTRÄDE [N]\n"
	     "\nnumber ger föredragningslistans punkter paragrafnummer i ordning (pauser\n"
	     "och beslutsomgång får inget), fortsätter från nämndens senaste paragraf\n"
	     "under året och numrerar om årets senare sammanträden. Ett justerat\n"
	     "protokoll numreras aldrig om. start sätter årets första nummer.\n"
	     "delegations skriver de delegeringsbeslut som anmäls vid sammanträdet i\n"
	     "paragrafen N (annars den om delegeringsbeslut, eller en ny sist).\n");
	entity_help_fields(&paragraph_entity);
}

static const int list_widths[] = { 6, 38, 13, 0 };

static int print_row(void *ctx, sqlite3_stmt *st)
{
	struct printer *p = ctx;
	char num[24], state[64];
	const char *title = (const char *)sqlite3_column_text(st, 2);
	const char *dnr = (const char *)sqlite3_column_text(st, 3);
	const char *justerad = (const char *)sqlite3_column_text(st, 5);
	/* "p. 3" for an item numbered per meeting, as agendas write it. */
	snprintf(num, sizeof num, sqlite3_column_int(st, 9) ? "p. %d" : "§ %d",
		 sqlite3_column_int(st, 1));
	state[0] = '\0';
	if (justerad)
		snprintf(state, sizeof state, "justerad %s", justerad);
	if (sqlite3_column_type(st, 4) == SQLITE_NULL)
		snprintf(state + strlen(state), sizeof state - strlen(state), "%singet beslut",
			 *state ? ", " : "");
	if (sqlite3_column_int(st, 7))
		snprintf(state + strlen(state), sizeof state - strlen(state), "%sgranskad",
			 *state ? ", " : "");
	if (p->cli->tsv) {
		printf("%d\t", sqlite3_column_int(st, 1));
		print_cell(stdout, title, 0, false);
		printf("\t%s\t%s\t%s\n", dnr ? dnr : "", justerad ? justerad : "",
		       sqlite3_column_int(st, 7) ? "granskad" : "");
	} else {
		char shown[1100];
		snprintf(shown, sizeof shown, "%s%s", sqlite3_column_int(st, 8) ?
			 "[sekretess] " : "", title ? title : "");
		const char *cells[] = { num, shown, dnr ? dnr : "" };
		for (size_t i = 0; i < 3; i++) {
			print_cell(stdout, cells[i], list_widths[i], true);
			putchar(' ');
		}
		print_cell(stdout, state, 20, false);
		putchar('\n');
	}
	p->rows++;
	return 0;
}

static int print_part(void *ctx, sqlite3_stmt *st)
{
	struct printer *p = ctx;
	const char *kind = (const char *)sqlite3_column_text(st, 0);
	const char *name = (const char *)sqlite3_column_text(st, 2);
	const char *party = (const char *)sqlite3_column_text(st, 3);
	const char *text = (const char *)sqlite3_column_text(st, 4);
	const char *extra = (const char *)sqlite3_column_text(st, 5);
	char who[300] = "";
	if (name)
		snprintf(who, sizeof who, party ? "%s (%s)" : "%s", name, party ? party : "");
	if (p->cli->tsv) {
		const char *cells[] = { kind, who, text ? text : "", extra ? extra : "" };
		for (size_t i = 0; i < 4; i++) {
			print_cell(stdout, cells[i], 0, false);
			putchar(i < 3 ? '\t' : '\n');
		}
		return 0;
	}
	print_cell(stdout, kind, 21, true);
	putchar(' ');
	if (*who) {
		print_cell(stdout, who, 0, false);
		fputs(": ", stdout);
	}
	print_cell(stdout, text ? text : (strcmp(kind, "jäv") == 0 ? "ingen ersättare" : ""),
		   0, false);
	if (extra) {
		fputs(" (", stdout);
		print_cell(stdout, extra, 0, false);
		putchar(')');
	}
	putchar('\n');
	return 0;
}

static int paragraph_start(struct cli *c, struct args *a)
{
	const char *code = args_get(a, "committee"), *year = args_get(a, "year");
	const char *first = args_get(a, "first");
	long long committee;
	long y, f;
	char *end;
	enum nd_err e;
	if (!code || !year || !first)
		return cli_usage("namnd paragraph start --committee KOD --year ÅR --first N");
	y = strtol(year, &end, 10);
	if (*end || end == year)
		return cli_usage("--year ska vara ett år, inte \"%s\".", year);
	f = strtol(first, &end, 10);
	if (*end || end == first)
		return cli_usage("--first ska vara ett paragrafnummer, inte \"%s\".", first);
	if ((e = committee_resolve(c->db, code, &committee)) ||
	    (e = paragraph_start_set(c->db, committee, (int)y, (int)f)))
		return cli_fail(e);
	printf("Årets första paragraf för %s %ld är § %ld.\n", code, y, f);
	return EXIT_OK;
}

int cmd_paragraph(struct cli *c, struct args *a)
{
	const char *sub = a->npos > 0 ? a->pos[0] : NULL;
	long long meeting, id;
	enum nd_err e;
	int rc;

	if (a->help || !sub) {
		paragraph_help();
		return a->help ? EXIT_OK : EXIT_USAGE;
	}
	if (strcmp(sub, "start") == 0)
		return paragraph_start(c, a);
	if (a->npos < 2)
		return cli_usage("namnd paragraph %s behöver ett sammanträde.", sub);
	if ((e = meeting_resolve(c->db, a->pos[1], &meeting)))
		return cli_fail(e);
	if (strcmp(sub, "number") == 0) {
		int first = 0, last = 0;
		if ((e = paragraph_number(c->db, meeting, &first, &last)))
			return cli_fail(e);
		if (first && paragraph_items(c->db, meeting))
			printf("Punkterna är numrerade %d–%d.\n", first, last);
		else if (first)
			printf("Paragraferna är numrerade §§ %d–%d.\n", first, last);
		else
			printf("Föredragningslistan har inga punkter som blir paragrafer.\n");
		return EXIT_OK;
	}
	if (strcmp(sub, "list") == 0) {
		struct printer p = { c, NULL, 0, false };
		if ((e = paragraph_list(c->db, meeting, print_row, &p)))
			return cli_fail(e);
		if (p.rows == 0 && !c->tsv)
			printf("(inga paragrafer; numrera med 'namnd paragraph number')\n");
		return EXIT_OK;
	}
	if (strcmp(sub, "delegations") == 0) {
		int n = 0, number = 0;
		if (a->npos > 2) {
			if ((rc = cli_paragraph(c, a->pos[1], a->pos[2], NULL, &id)))
				return rc;
		} else if ((e = paragraph_for_delegations(c->db, meeting, &id))) {
			return cli_fail(e);
		}
		if ((e = paragraph_delegations(c->db, id, &n)) ||
		    (e = paragraph_check_open(c->db, id, NULL, &number)))
			return cli_fail(e);
		printf("%s listar %d anmälda beslut.\n",
		       PAR_CAP(paragraph_items(c->db, meeting), number), n);
		return EXIT_OK;
	}
	if (a->npos != 3)
		return cli_usage("namnd paragraph %s SAMMANTRÄDE N", sub);
	if ((rc = cli_paragraph(c, a->pos[1], a->pos[2], NULL, &id)))
		return rc;
	if (strcmp(sub, "show") == 0) {
		struct printer p = { c, NULL, 0, false };
		if ((e = entity_show(c->db, &paragraph_entity, id, print_show_row, &p)))
			return cli_fail(e);
		if (!c->tsv)
			putchar('\n');
		if ((e = paragraph_parts(c->db, id, print_part, &p)))
			return cli_fail(e);
		return EXIT_OK;
	}
	if (strcmp(sub, "set") == 0 || strcmp(sub, "edit") == 0) {
		int number = 0;
		if ((e = paragraph_check_open(c->db, id, NULL, &number)) ||
		    (e = entity_edit(c->db, &paragraph_entity, id, a->nopt, a->names, a->values)))
			return cli_fail(e);
		printf("Ändrade %s.\n", PAR(paragraph_items(c->db, meeting), number));
		return EXIT_OK;
	}
	return cli_usage("okänt kommando \"%s\" för paragraph (number, start, list, show, "
			 "set, delegations).", sub);
}
