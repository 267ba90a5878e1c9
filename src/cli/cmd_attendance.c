/* namnd attendance …: närvaro, ersättare and quorum. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

#include "namnd/attendance.h"
#include "namnd/meeting_role.h"
#include "namnd/paragraph.h"
#include "namnd/parnum.h"
#include "namnd/sitting.h"

static void attendance_help(void)
{
	puts("Användning:\n"
	     "  namnd attendance list SAMMANTRÄDE\n"
	     "  namnd attendance set SAMMANTRÄDE PERSON STATUS [--for LEDAMOT]\n"
	     "                       [--from N] [--to N]\n"
	     "  namnd attendance absent SAMMANTRÄDE LEDAMOT [--from N] [--to N]\n"
	     "                       [--ersattare PERSON|ingen]\n"
	     "  namnd attendance rm SAMMANTRÄDE PERSON\n"
	     "  namnd attendance quorum SAMMANTRÄDE\n"
	     "\nSTATUS: närvarande, frånvarande, tjänstgörande (ersättare, med --for),\n"
	     "ersättare (närvarande utan rösträtt), övrig (tjänstepersoner).\n"
	     "--from/--to: paragrafnummer (närvarande från § 43); utan dem hela\n"
	     "sammanträdet. Det som redan är antecknat för personen där ersätts.\n"
	     "absent antecknar ledamoten som frånvarande och låter den ersättare\n"
	     "tjänstgöra som står i tur (eget parti först, sedan ersättarordningen);\n"
	     "--ersattare väljer en annan, --ersattare ingen ingen alls.\n"
     "En vakant plats heter \"Vakant (M)\": en ersättare kan tjänstgöra på den\n"
     "(--for \"Vakant (M)\"); närvaro antecknas inte för den.");
}


static bool status_parse(const char *s, enum nd_presence *out)
{
	static const struct { const char *word; enum nd_presence p; } words[] = {
		{ "tjänstgörande", PRES_SERVING }, { "ersättare", PRES_ERSATTARE },
	};
	for (size_t i = 0; i < sizeof words / sizeof *words; i++)
		if (strcmp(s, words[i].word) == 0) {
			*out = words[i].p;
			return true;
		}
	return presence_parse(s, out);
}

/* "hela", "från § 43", "till § 42", "§§ 43–45", "§ 44" (or punkt). */
static void range_text(bool items, int from, int to, char *buf, size_t size)
{
	if (from == 0 && to == 0)
		snprintf(buf, size, "hela");
	else if (to == 0)
		snprintf(buf, size, "från %s", PAR(items, from));
	else if (from == 0)
		snprintf(buf, size, "till %s", PAR(items, to));
	else
		parnum_range(items, from, to, buf, size);
}

/* The attendance list's printer: whether the meeting numbers items. */
struct att_printer {
	struct printer p;
	bool items;
};

static void with_party(const char *name, const char *party, char *buf, size_t size)
{
	if (party && *party)
		snprintf(buf, size, "%s (%s)", name ? name : "", party);
	else
		snprintf(buf, size, "%s", name ? name : "");
}

static const int widths[] = { 25, 11, 28 };

static int print_row(void *ctx, sqlite3_stmt *st)
{
	struct att_printer *ap = ctx;
	struct printer *p = &ap->p;
	const char *name = (const char *)sqlite3_column_text(st, 1);
	const char *party = (const char *)sqlite3_column_text(st, 2);
	const char *title = (const char *)sqlite3_column_text(st, 3);
	const char *status = (const char *)sqlite3_column_text(st, 4);
	const char *rname = (const char *)sqlite3_column_text(st, 5);
	const char *rparty = (const char *)sqlite3_column_text(st, 6);
	const char *role = (const char *)sqlite3_column_text(st, 9);
	int from = sqlite3_column_int(st, 7), to = sqlite3_column_int(st, 8);
	char who[300], what[400], forwho[300], range[48];
	with_party(name, party, who, sizeof who);
	/* Two vacant seats of a party: "Vakant (M) uppdrag 60". */
	if (sqlite3_column_type(st, 11) != SQLITE_NULL) {
		size_t l = strlen(who);
		snprintf(who + l, sizeof who - l, " uppdrag %lld", sqlite3_column_int64(st, 11));
	}
	if (!status)
		snprintf(what, sizeof what, "(inte antecknad)");
	else if (rname) {
		with_party(rname, rparty, forwho, sizeof forwho);
		if (sqlite3_column_type(st, 12) != SQLITE_NULL) {
			size_t l = strlen(forwho);
			snprintf(forwho + l, sizeof forwho - l, " uppdrag %lld",
				 sqlite3_column_int64(st, 12));
		}
		snprintf(what, sizeof what, "tjänstgör för %s", forwho);
	} else if (strcmp(status, "övrig") == 0 && title)
		snprintf(what, sizeof what, "övrig, %s", title);
	else
		snprintf(what, sizeof what, "%s", status);
	if (status)
		range_text(ap->items, from, to, range, sizeof range);
	else
		range[0] = '\0';
	if (p->cli->tsv) {
		const char *cells[] = { who, role ? role : "", status ? status : "",
					rname ? forwho : "", range };
		for (size_t i = 0; i < 5; i++) {
			print_cell(stdout, cells[i], 0, false);
			putchar(i < 4 ? '\t' : '\n');
		}
	} else {
		const char *cells[] = { who, role ? role : "", what };
		for (size_t i = 0; i < 3; i++) {
			print_cell(stdout, cells[i], widths[i], true);
			putchar(' ');
		}
		printf("%s\n", range);
	}
	p->rows++;
	return 0;
}

/* Consecutive paragraphs with the same count are shown as one range. */
static int quorum_print(struct cli *c, long long meeting)
{
	struct nd_quorum_row *rows = NULL;
	size_t n = 0;
	bool items = paragraph_items(c->db, meeting);
	enum nd_err e = quorum_by_paragraph(c->db, meeting, &rows, &n);
	if (e)
		return cli_fail(e);
	if (n == 0) {
		if (!c->tsv)
			printf("Beslutförheten visas per paragraf när paragraferna är "
			       "numrerade ('namnd paragraph number').\n");
		free(rows);
		return EXIT_OK;
	}
	/* A paragraph justerad omedelbart keeps the seats it was justerad
	 * with, so the seats may differ between paragraphs. */
	bool same = true;
	for (size_t i = 1; i < n; i++)
		if (rows[i].seats != rows[0].seats || rows[i].rule != rows[0].rule)
			same = false;
	if (!c->tsv && !same)
		printf("Beslutförhet per paragraf (antalet platser är inte detsamma vid "
		       "alla):\n");
	else if (!c->tsv && !rows[0].rule)
		printf("Beslutförhet: organet har ingen regel om beslutförhet (%zu "
		       "platser); antalet som tjänstgör visas ändå.\n", rows[0].seats);
	else if (!c->tsv)
		printf("Beslutförhet: %zu platser, minst %zu måste tjänstgöra.\n",
		       rows[0].seats, quorum_needed(rows[0].seats));
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j + 1 < n && rows[j + 1].serving == rows[i].serving &&
		       rows[j + 1].seats == rows[i].seats && rows[j + 1].rule == rows[i].rule &&
		       rows[j + 1].number == rows[j].number + 1)
			j++;
		char range[48];
		parnum_range(items, rows[i].number, rows[j].number, range, sizeof range);
		if (c->tsv) {
			printf("%s\t%zu\t%zu\t%s\n", range, rows[i].serving, rows[i].seats,
			       !rows[i].rule ? "ingen regel" :
			       rows[i].holds ? "beslutför" : "ej beslutför");
		} else {
			/* Padded by display columns: "–" and "§" are two bytes or more. */
			fputs("  ", stdout);
			print_cell(stdout, range, 16, true);
			if (same)
				printf(" %zu tjänstgör%s\n", rows[i].serving,
				       rows[i].holds ? "" : "  EJ BESLUTFÖR");
			else if (!rows[i].rule)
				printf(" %zu av %zu platser tjänstgör (ingen regel)\n",
				       rows[i].serving, rows[i].seats);
			else
				printf(" %zu av %zu platser tjänstgör (minst %zu)%s\n",
				       rows[i].serving, rows[i].seats, quorum_needed(rows[i].seats),
				       rows[i].holds ? "" : "  EJ BESLUTFÖR");
		}
		i = j + 1;
	}
	for (size_t i = 0; i < n; i++)
		if (!rows[i].holds) {
			fprintf(stderr, "namnd: varning: nämnden är inte beslutför vid %s "
				"(%zu av %zu platser, minst %zu krävs).\n", PAR(items, rows[i].number),
				rows[i].serving, rows[i].seats, quorum_needed(rows[i].seats));
			break;
		}
	free(rows);
	return EXIT_OK;
}

static int attendance_print(struct cli *c, long long meeting)
{
	struct att_printer p = { { c, NULL, 0, false }, paragraph_items(c->db, meeting) };
	enum nd_err e;
	if (!c->tsv) {
		static const char *const head[] = { "Namn", "Roll", "Närvaro" };
		for (size_t i = 0; i < 3; i++) {
			print_cell(stdout, head[i], widths[i], true);
			putchar(' ');
		}
		puts(p.items ? "Punkter" : "Paragrafer");
	}
	if ((e = attendance_list(c->db, meeting, print_row, &p)))
		return cli_fail(e);
	if (!c->tsv)
		putchar('\n');
	return c->tsv ? EXIT_OK : quorum_print(c, meeting);
}

static int person_label(struct cli *c, long long person, char *buf, size_t size)
{
	sqlite3_stmt *st = NULL;
	snprintf(buf, size, "person %lld", person);
	if (db_prepare(c->db, "SELECT name, party FROM person WHERE id = ?1", &st) == ND_OK) {
		sqlite3_bind_int64(st, 1, person);
		if (sqlite3_step(st) == SQLITE_ROW)
			with_party((const char *)sqlite3_column_text(st, 0),
				   (const char *)sqlite3_column_text(st, 1), buf, size);
		sqlite3_finalize(st);
	}
	return 0;
}

/* A role that needs person serving at §§ where the change made them
 * not serve (hostile pass 19, F6): warned of, naming role and §§. */
static void role_warning(struct cli *c, long long meeting, long long person)
{
	char msg[1200];
	if (meeting_role_unserved(c->db, meeting, person, msg, sizeof msg))
		fprintf(stderr, "namnd: varning: %s\n", msg);
}

static int absent(struct cli *c, struct args *a, long long meeting, long long ledamot,
		  int from, int to)
{
	const char *choice = args_get(a, "ersattare");
	long long ers = 0;
	bool proposed = false;
	char lname[300], ename[300];
	enum nd_err e;
	int rc;
	if (choice && strcmp(choice, "ingen") != 0) {
		if ((rc = cli_person(c, choice, &ers)))
			return rc;
	} else if (!choice) {
		if ((e = attendance_propose(c->db, meeting, ledamot, from, to, &ers)))
			return cli_fail(e);
		proposed = ers != 0;
	}
	/* Both in one transaction: the absence is not recorded without its
	 * ersättare when the ersättare is refused. */
	if ((e = db_begin(c->db)))
		return cli_fail(e);
	if ((e = attendance_set(c->db, meeting, ledamot, PRES_ABSENT, 0, from, to)) ||
	    (ers && (e = attendance_set(c->db, meeting, ers, PRES_SERVING, ledamot, from, to))) ||
	    (e = db_commit(c->db))) {
		db_rollback(c->db);
		return cli_fail(e);
	}
	person_label(c, ledamot, lname, sizeof lname);
	printf("%s är antecknad som frånvarande.\n", lname);
	role_warning(c, meeting, ledamot);
	if (ers) {
		person_label(c, ers, ename, sizeof ename);
		printf("%s tjänstgör för %s%s.\n", ename, lname,
		       proposed ? " (i tur enligt ersättarordningen: eget parti först; "
				  "välj en annan med --ersattare NAMN)" : "");
	} else if (!choice) {
		printf("Ingen ersättare är ledig att tjänstgöra för %s.\n", lname);
	}
	return EXIT_OK;
}

int cmd_attendance(struct cli *c, struct args *a)
{
	const char *sub = a->npos > 0 ? a->pos[0] : NULL;
	long long meeting, person, forwho = 0;
	int from = 0, to = 0, rc;
	enum nd_presence status;
	enum nd_err e;

	if (a->help || !sub) {
		attendance_help();
		return a->help ? EXIT_OK : EXIT_USAGE;
	}
	if (a->npos < 2)
		return cli_usage("namnd attendance %s behöver ett sammanträde.", sub);
	if ((e = meeting_resolve(c->db, a->pos[1], &meeting)))
		return cli_fail(e);
	if (strcmp(sub, "list") == 0)
		return attendance_print(c, meeting);
	if (strcmp(sub, "quorum") == 0)
		return quorum_print(c, meeting);
	if (a->npos < 3)
		return cli_usage("namnd attendance %s SAMMANTRÄDE PERSON …", sub);
	if ((rc = cli_person_at(c, meeting, a->pos[2], &person)) ||
	    (rc = cli_range(a, paragraph_items(c->db, meeting), &from, &to)))
		return rc;
	if (strcmp(sub, "rm") == 0) {
		if ((e = attendance_remove(c->db, meeting, person)))
			return cli_fail(e);
		printf("Närvaron för person %lld är borttagen.\n", person);
		role_warning(c, meeting, person);
		return EXIT_OK;
	}
	if (strcmp(sub, "absent") == 0)
		return absent(c, a, meeting, person, from, to);
	if (strcmp(sub, "set") != 0)
		return cli_usage("okänt kommando \"%s\" för attendance (list, set, absent, rm, "
				 "quorum).", sub);
	if (a->npos != 4 || !status_parse(a->pos[3], &status))
		return cli_usage("Fältet \"status\" kan inte vara \"%s\". Tillåtna värden: "
				 "närvarande, frånvarande, tjänstgörande, ersättare, övrig.",
				 a->npos >= 4 ? a->pos[3] : "");
	if (args_get(a, "for") &&
	    (rc = cli_person_at(c, meeting, args_get(a, "for"), &forwho)))
		return rc;
	if ((e = attendance_set(c->db, meeting, person, status, forwho, from, to)))
		return cli_fail(e);
	printf("Närvaron är antecknad.\n");
	role_warning(c, meeting, person);
	return EXIT_OK;
}
