/* namnd init | demo | setting | dnr | search | overview. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

#include "namnd/case.h"
#include "namnd/agenda.h"
#include "namnd/date.h"
#include "namnd/deadline.h"
#include "namnd/dnr.h"
#include "namnd/search.h"

int cmd_init(struct cli *c, struct args *a)
{
	if (a->help) {
		puts("Användning: namnd init\n\nSkapar databasen (eller uppgraderar den) och "
		     "skriver ut dess schemaversion.");
		return EXIT_OK;
	}
	printf("Databasen %s har schemaversion %d.\n", c->db_path, db_schema_version(c->db));
	return EXIT_OK;
}

int cmd_demo(struct cli *c, struct args *a)
{
	enum nd_err e;
	if (a->help) {
		puts("Användning: namnd --db FIL demo [--force]\n\n"
		     "Fyller en tom databas med en påhittad kommun: en nämnd med\n"
		     "arbetsutskott, ledamöter och ersättare, tjänstepersoner, ärenden,\n"
		     "årets sammanträdesplan, ett sammanträde med full föredragningslista\n"
		     "och ett genomfört sammanträde. --force tömmer filen först.");
		return EXIT_OK;
	}
	if ((e = db_load_demo(c->db)))
		return cli_fail(e);
	printf("Demodatabasen %s är klar.\n", c->db_path);
	return EXIT_OK;
}

int cmd_setting(struct cli *c, struct args *a)
{
	enum nd_err e;
	if (a->help || a->npos < 1) {
		puts("Användning: namnd setting list\n"
		     "       namnd setting set NYCKEL VÄRDE\n\n"
		     "Nycklar: org_name, dnr_pattern ({S} serie, {Y} år, {YY} år med två\n"
		     "siffror, {N} nummer, {N:5} nollutfyllt, {K} klassificeringskod; t.ex.\n"
		     "\"{S} {Y}/{N}\", \"{S}.{Y}-{N:5}\", \"{Y}/{S} {N:4} {K}\", \"{YY}{S}{N}\";\n"
		     "flera former åtskilda med ; där den första är den som skrivs),\n"
		     "dnr_series, archive_place, anslag_place, org_domain (domännamnet\n"
		     "i kalenderns UID, t.ex. exempelstad.se), personnummer (stoppa eller\n"
		     "maskera: vad publish gör med ett personnummer), appeal_court\n"
		     "(domstolen som överklaganden ställs till, t.ex. \"Förvaltningsrätten i\n"
		     "Göteborg\"), site_url (anslagstavlans adress, med / sist), sendmail\n"
		     "(kommandot som tar emot e-post, standard \"sendmail -t -oi\"),\n"
		     "mail_from (avsändare när nämnden saknar sekreterare med e-post).");
		return a->help ? EXIT_OK : EXIT_USAGE;
	}
	if (strcmp(a->pos[0], "set") == 0) {
		if (a->npos != 3)
			return cli_usage("namnd setting set NYCKEL VÄRDE");
		if ((e = setting_set(c->db, a->pos[1], a->pos[2])))
			return cli_fail(e);
		printf("Inställningen %s är ändrad.\n", a->pos[1]);
		return EXIT_OK;
	}
	if (strcmp(a->pos[0], "list") == 0) {
		sqlite3_stmt *st = NULL;
		struct printer p = { c, (const int[]){ 16, 0 }, 0, false };
		if ((e = db_prepare(c->db, "SELECT key AS \"Nyckel\", value AS \"Värde\" "
				    "FROM setting ORDER BY key", &st)))
			return cli_fail(e);
		while (sqlite3_step(st) == SQLITE_ROW)
			print_list_row(&p, st);
		sqlite3_finalize(st);
		return EXIT_OK;
	}
	return cli_usage("okänt kommando \"%s\" för setting (list, set).", a->pos[0]);
}

int cmd_dnr(struct cli *c, struct args *a)
{
	struct nd_dnr d;
	char buf[96];
	enum nd_err e;
	if (a->help || a->npos != 1) {
		puts("Användning: namnd dnr TEXT\n\nTolkar ett diarienummer och visar det i "
		     "organisationens form; säger till om texten inte är skriven så.");
		return a->help ? EXIT_OK : EXIT_USAGE;
	}
	if ((e = dnr_parse(a->pos[0], &d)))
		return cli_fail(e);
	if (dnr_format(&d, c->db->dnr_pattern, buf, sizeof buf) != ND_OK)
		case_dnr_format(c->db, d.series, d.year, d.number, buf, sizeof buf);
	if (c->tsv) {
		printf("%s\t%s\t%d\t%ld\t%s\n", buf, d.series, d.year, d.number,
		       dnr_is_canonical(a->pos[0], c->db->dnr_pattern) ? "ja" : "nej");
		return EXIT_OK;
	}
	printf("%s\n", buf);
	if (!dnr_is_canonical(a->pos[0], c->db->dnr_pattern)) {
		fprintf(stderr, "namnd: \"");
		print_cell(stderr, a->pos[0], 40, false);
		fprintf(stderr, "\" är inte skrivet i organisationens form; skriv %s.\n", buf);
	}
	return EXIT_OK;
}

struct hits {
	struct printer p;
	long limit;
	bool more;
};

static int print_hit(void *ctx, sqlite3_stmt *st)
{
	struct hits *h = ctx;
	struct printer *p = &h->p;
	/* One row past the limit only says that there are more. */
	if (h->p.rows >= h->limit) {
		h->more = true;
		return 1;
	}
	const char *kind = (const char *)sqlite3_column_text(st, 0);
	const char *dnr = (const char *)sqlite3_column_text(st, 2);
	const char *title = (const char *)sqlite3_column_text(st, 3);
	const char *snip = (const char *)sqlite3_column_text(st, 4);
	const char *where = (const char *)sqlite3_column_text(st, 5);
	if (p->cli->tsv) {
		printf("%s\t%lld\t%s\t", kind, (long long)sqlite3_column_int64(st, 1),
		       dnr ? dnr : "");
		print_cell(stdout, title, 0, false);
		putchar('\t');
		print_cell(stdout, where, 0, false);
		putchar('\n');
	} else {
		print_cell(stdout, kind, 8, true);
		putchar(' ');
		print_cell(stdout, dnr ? dnr : "", 14, true);
		putchar(' ');
		print_cell(stdout, title, 0, false);
		if (where) {
			fputs("  (", stdout);
			print_cell(stdout, where, 0, false);
			fputs(")", stdout);
		}
		fputs("\n         ", stdout);
		print_cell(stdout, snip, 70, false);
		putchar('\n');
	}
	p->rows++;
	return 0;
}

int cmd_search(struct cli *c, struct args *a)
{
	char text[1100] = "";
	const char *limit_s = args_get(a, "limit");
	long limit = 50;
	enum nd_err e;
	if (a->help || a->npos < 1) {
		puts("Användning: namnd search [--limit N] ORD …\n\n"
		     "Söker i ärendens diarienummer, titel och texter och i paragrafernas\n"
		     "rubrik, redogörelse och beslut. Sista ordet matchar som början av ord;\n"
		     "å, ä och ö behöver inte skrivas (backeby hittar Bäckeby). Ett exakt\n"
		     "diarienummer visas först, sedan de nyaste träffarna.");
		return a->help ? EXIT_OK : EXIT_USAGE;
	}
	if (limit_s) {
		char *end;
		limit = strtol(limit_s, &end, 10);
		if (*end || limit < 1 || limit > 100000)
			return cli_usage("--limit ska vara 1–100000, inte \"%s\".", limit_s);
	}
	for (int i = 0; i < a->npos; i++) {
		size_t l = strlen(text);
		if (l + strlen(a->pos[i]) + 2 >= sizeof text)
			return cli_usage("söktexten är för lång.");
		snprintf(text + l, sizeof text - l, "%s%s", l ? " " : "", a->pos[i]);
	}
	struct hits h = { { c, NULL, 0, false }, limit, false };
	if ((e = search_run(c->db, text, (int)limit + 1, "»", "«", print_hit, &h)))
		return cli_fail(e);
	if (h.p.rows == 0 && !c->tsv) {
		printf("Inga träffar för \"");
		print_cell(stdout, text, 60, false);
		printf("\".\n");
	} else if (h.more && !c->tsv) {
		printf("(De %ld nyaste träffarna; fler finns: --limit N visar fler.)\n", limit);
	}
	return EXIT_OK;
}

struct overview {
	struct cli *cli;
	struct nd_date today;
	int rows;
};

static int print_overview_row(void *ctx, sqlite3_stmt *st)
{
	struct overview *o = ctx;
	struct nd_overview_row r;
	char who[300];
	meeting_overview_row(st, o->today, &r);
	snprintf(who, sizeof who, "%s (%s)", r.name, r.code);
	if (o->cli->tsv) {
		print_cell(stdout, who, 0, false);
		printf("\t%s\t%s\t%s\n", r.when, r.status, r.due);
		return 0;
	}
	print_cell(stdout, who, 32, true);
	putchar(' ');
	print_cell(stdout, r.when, 17, true);
	putchar(' ');
	print_cell(stdout, r.status, 10, true);
	putchar(' ');
	print_cell(stdout, r.due, 0, false);
	putchar('\n');
	return 0;
}

/* Earlier meetings whose justering or anslag is still to be done
 * (FÖRSENAD when its deadline has passed), under a heading of their own. */
static int print_overdue_row(void *ctx, sqlite3_stmt *st)
{
	struct overview *o = ctx;
	struct nd_overdue_row r;
	meeting_overdue_row(st, o->today, &r);
	if (!r.what)
		return 0;
	if (o->rows++ == 0)
		printf("\nKvar från tidigare sammanträden\n");
	printf("  ");
	print_cell(stdout, r.code, 30, true);
	putchar(' ');
	print_cell(stdout, r.when, 17, true);
	putchar(' ');
	print_cell(stdout, r.what, 10, true);
	putchar(' ');
	print_cell(stdout, r.due, 0, false);
	putchar('\n');
	return 0;
}

/* What `namnd` shows before the terminal UI exists: each committee with
 * the meeting that has something to do and its next deadline, then the
 * newest ärenden. */
int cmd_overview(struct cli *c, struct args *a)
{
	sqlite3_stmt *st = NULL;
	struct overview o = { c, { 0, 0, 0 }, 0 };
	enum nd_err e;
	char today[11];
	/* --help opens no database: say what the verb does and stop. */
	if (a->help) {
		printf("Användning: namnd overview\n"
		       "Varje nämnds nästa sammanträde med status och nästa frist, "
		       "och de senaste ärendena.\n");
		return EXIT_OK;
	}
	if ((e = date_today(&o.today)))
		return cli_fail(e);
	date_format(o.today, today);
	if (!c->tsv) {
		char *org = setting_get(c->db, "org_name", "namnd");
		printf("namnd — ");
		print_cell(stdout, org, 50, false);
		printf("  %s\n\n", today);
		free(org);
		print_cell(stdout, "Nämnd / utskott", 32, true);
		putchar(' ');
		print_cell(stdout, "Sammanträde", 17, true);
		printf(" %-10s %s\n", "Status", "Nästa frist");
	}
	if ((e = meeting_overview(c->db, print_overview_row, &o)))
		return cli_fail(e);
	if (c->tsv)
		return EXIT_OK;
	o.rows = 0;
	if ((e = meeting_overdue(c->db, 40, print_overdue_row, &o)))
		return cli_fail(e);
	printf("\nSenaste ärenden\n");
	if ((e = db_prepare(c->db, "SELECT nd_dnr(dnr_series, dnr_year, dnr_number) AS "
			    "\"Dnr\", title AS \"Titel\", status AS \"Status\" FROM cases "
			    "ORDER BY dnr_year DESC, dnr_number DESC LIMIT 15", &st)))
		return cli_fail(e);
	struct printer p = { c, (const int[]){ 16, 44, 0 }, 0, false };
	while (sqlite3_step(st) == SQLITE_ROW)
		print_list_row(&p, st);
	sqlite3_finalize(st);
	if (p.rows == 0)
		printf("(inga)\n");
	printf("\nMer: namnd meeting list, namnd case list, namnd --help\n");
	return EXIT_OK;
}
