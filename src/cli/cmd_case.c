/* namnd case …: the register of ärenden. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

#include "namnd/case.h"
#include "namnd/case_import.h"

/* Dnr, title, status, committee: 14 + 40 + 16 + 6 and spaces fit 80. */
static const int case_widths[] = { 14, 40, 16, 0 };

struct case_printer {
	struct cli *cli;
	int rows;
};

static int print_case_row(void *ctx, sqlite3_stmt *st)
{
	struct case_printer *p = ctx;
	const char *dnr = (const char *)sqlite3_column_text(st, 1);
	const char *title = (const char *)sqlite3_column_text(st, 2);
	const char *status = (const char *)sqlite3_column_text(st, 3);
	const char *code = (const char *)sqlite3_column_text(st, 4);
	if (p->cli->tsv) {
		printf("%lld\t", (long long)sqlite3_column_int64(st, 0));
		print_cell(stdout, dnr, 0, false);
		putchar('\t');
		print_cell(stdout, title, 0, false);
		printf("\t%s\t%s\n", status, code ? code : "");
	} else {
		print_cell(stdout, dnr, case_widths[0], true);
		putchar(' ');
		print_cell(stdout, title, case_widths[1], true);
		putchar(' ');
		print_cell(stdout, status, case_widths[2], true);
		putchar(' ');
		print_cell(stdout, code ? code : "", 0, false);
		putchar('\n');
	}
	p->rows++;
	return 0;
}

static int case_list(struct cli *c, struct args *a)
{
	const char *sort = args_get(a, "sort"), *after = args_get(a, "after");
	const char *limit_s = args_get(a, "limit");
	const char *status = args_get(a, "status"), *officer = args_get(a, "officer");
	struct case_filter filter = { args_get(a, "match"), NULL, 0 };
	bool backward = args_flag(a, "reverse");
	enum case_sort by = CASE_BY_DNR;
	struct case_key key, *kp = NULL;
	char *title_copy = NULL;
	long limit = 0;
	enum nd_err e;

	for (int i = 0; i < a->nopt; i++)
		if (strcmp(a->names[i], "sort") && strcmp(a->names[i], "after") &&
		    strcmp(a->names[i], "limit") && strcmp(a->names[i], "reverse") &&
		    strcmp(a->names[i], "status") && strcmp(a->names[i], "officer") &&
		    strcmp(a->names[i], "match"))
			return cli_usage("okänt alternativ --%s för case list (--sort, "
					 "--after, --limit, --reverse, --match, --status, "
					 "--officer).", a->names[i]);
	if (status && (strcmp(status, "makulerat") == 0 || strcmp(status, CASE_DRAFT_TEXT) == 0)) {
		filter.status = status;
	} else if (status) {
		const struct nd_field *f = field_find(case_entity.fields, "status");
		struct nd_value v;
		if ((e = field_parse(c->db, f, status, &v)))
			return cli_fail(e);
		value_clear(&v);
		filter.status = status;
	}
	if (officer && (e = person_resolve(c->db, officer, &filter.officer)))
		return cli_fail(e);
	if (sort && strcmp(sort, "dnr") == 0)
		by = CASE_BY_DNR;
	else if (sort && strcmp(sort, "title") == 0)
		by = CASE_BY_TITLE;
	else if (sort)
		return cli_usage("--sort kan vara \"dnr\" eller \"title\", inte \"%s\".", sort);
	if (limit_s) {
		char *end;
		limit = strtol(limit_s, &end, 10);
		if (*end || limit < 1 || limit > 1000000)
			return cli_usage("--limit ska vara ett heltal 1–1000000, inte \"%s\".",
					 limit_s);
	}
	if (after) {
		long long id;
		sqlite3_stmt *st = NULL;
		if ((e = case_resolve(c->db, after, &id)))
			return cli_fail(e);
		if ((e = db_prepare(c->db, "SELECT id, '', title, '', '', dnr_series, "
				    "dnr_year, dnr_number FROM cases WHERE id = ?1", &st)))
			return cli_fail(e);
		sqlite3_bind_int64(st, 1, id);
		if (sqlite3_step(st) == SQLITE_ROW) {
			case_key_from_row(st, &key);
			title_copy = strdup(key.title ? key.title : "");
			key.title = title_copy;
			kp = &key;
		}
		sqlite3_finalize(st);
	}
	if (!c->tsv) {
		print_cell(stdout, "Dnr", case_widths[0], true);
		putchar(' ');
		print_cell(stdout, "Titel", case_widths[1], true);
		putchar(' ');
		print_cell(stdout, "Status", case_widths[2], true);
		puts(" Nämnd");
	}
	struct case_printer p = { c, 0 };
	e = case_page_filter(c->db, by, backward, kp, &filter, (int)limit, print_case_row, &p);
	free(title_copy);
	if (e)
		return cli_fail(e);
	return EXIT_OK;
}

static int case_show(struct cli *c, const char *ref)
{
	long long id;
	const char *filter[1] = { ref };
	enum nd_err e;
	struct printer p = { c, NULL, 0, false };
	static const struct { const struct nd_entity *e; const char *heading; } parts[] = {
		{ &document_entity, "Beslutsunderlag" },
		{ &recipient_entity, "Beslutet skickas till" },
		{ &section_entity, "Avsnitt" },
	};

	if ((e = case_resolve(c->db, ref, &id)) ||
	    (e = entity_show(c->db, &case_entity, id, print_show_row, &p)))
		return cli_fail(e);
	for (size_t i = 0; i < sizeof parts / sizeof *parts; i++) {
		struct printer lp = { c, parts[i].e->list_widths, 0, false };
		if (!c->tsv)
			printf("\n%s\n", parts[i].heading);
		if ((e = entity_list(c->db, parts[i].e, filter, print_list_row, &lp)))
			return cli_fail(e);
		if (lp.rows == 0 && !c->tsv)
			printf("(inga)\n");
	}
	return EXIT_OK;
}

/* Each line of m on stderr after prefix, sanitised: cells are user data. */
static void print_lines(const char *prefix, const char *m)
{
	while (*m) {
		const char *nl = strchr(m, '\n');
		size_t n = nl ? (size_t)(nl - m) : strlen(m);
		char *line = strndup(m, n);
		fputs(prefix, stderr);
		print_cell(stderr, line ? line : "", 0, false);
		fputc('\n', stderr);
		free(line);
		m += n + (nl != NULL);
	}
}

/* namnd case import FILE: a diarium system's export, all rows or none. */
static int case_import_file(struct cli *c, struct args *a)
{
	struct tab_opts opts = { 0, TAB_CASES_FILE_MAX, 0, true, false, "en diarieexport" };
	struct tab_file *t = NULL;
	struct case_import_report rep;
	const char *committee = args_get(a, "committee");
	bool dry = args_flag(a, "dry-run");
	enum nd_err e;
	for (int i = 0; i < a->nopt; i++)
		if (strcmp(a->names[i], "committee") && strcmp(a->names[i], "dry-run"))
			return cli_usage("okänt alternativ --%s för case import "
					 "(--committee, --dry-run).", a->names[i]);
	if (a->npos != 2)
		return cli_usage("namnd case import FIL [--committee KOD] [--dry-run] "
				 "(FIL \"-\" = standard in).");
	if ((e = tab_load(a->pos[1], &opts, &t)))
		return cli_fail(e);
	e = case_import(c->db, t, committee, dry, &rep);
	/* Each fault on a line of its own, sanitised: cells are user data. */
	print_lines("namnd: ", strbuf_str(&rep.messages));
	if (rep.faults > CASE_IMPORT_FAULTS_SHOWN)
		fprintf(stderr, "namnd: … och %zu fel till.\n",
			rep.faults - CASE_IMPORT_FAULTS_SHOWN);
	/* Warnings: registered (unless there were faults) but worth a look. */
	print_lines("namnd: varning: ", strbuf_str(&rep.notes));
	if (rep.warnings > CASE_IMPORT_FAULTS_SHOWN)
		fprintf(stderr, "namnd: … och %zu varningar till.\n",
			rep.warnings - CASE_IMPORT_FAULTS_SHOWN);
	if (!e && dry)
		printf("Kontrollerade %zu ärenden: inga fel, inget registrerades "
		       "(--dry-run). %s\n", rep.rows, t->note);
	else if (!e)
		printf("Registrerade %zu ärenden. %s\n", rep.added, t->note);
	if (!e && rep.people_added)
		printf("%zu handläggare lades till i personregistret.\n", rep.people_added);
	case_import_report_free(&rep);
	tab_free(t);
	return e ? cli_fail(e) : EXIT_OK;
}

/* namnd case register UTKAST [--dnr DNR | --series S --year ÅR] */
static int case_register_verb(struct cli *c, struct args *a)
{
	const char *dnr = args_get(a, "dnr"), *series = args_get(a, "series");
	const char *year_s = args_get(a, "year");
	char out[96];
	long long id;
	long year = 0;
	enum nd_err e;
	for (int i = 0; i < a->nopt; i++)
		if (strcmp(a->names[i], "dnr") && strcmp(a->names[i], "series") &&
		    strcmp(a->names[i], "year"))
			return cli_usage("okänt alternativ --%s för case register (--dnr, "
					 "--series, --year).", a->names[i]);
	if (a->npos != 2)
		return cli_usage("namnd case register UTKAST [--dnr DNR | --series S --year ÅR]");
	if (dnr && (series || year_s))
		return cli_usage("ange antingen --dnr eller --series/--year, inte båda.");
	if (year_s) {
		char *end;
		year = strtol(year_s, &end, 10);
		if (*end || year < 1900 || year > 2199)
			return cli_usage("--year ska vara ett år 1900–2199, inte \"%s\".", year_s);
	}
	if ((e = case_resolve(c->db, a->pos[1], &id)) ||
	    (e = case_register(c->db, id, dnr, series, (int)year, out, sizeof out)))
		return cli_fail(e);
	printf("Registrerade utkast %lld som ärende %s.\n", id, out);
	return EXIT_OK;
}

static void case_help(void)
{
	puts("Användning:\n"
	     "  namnd case add --title TITEL [--committee KOD] [--dnr DNR | --series S --year ÅR]\n"
	     "                 [--officer PERSON] [--status S] [--proposal TEXT] …\n"
	     "  namnd case add --utkast --title TITEL [--committee KOD] …\n"
	     "  namnd case register UTKAST [--dnr DNR | --series S --year ÅR]\n"
	     "  namnd case list [--sort dnr|title] [--limit N] [--after DNR] [--reverse]\n"
	     "                  [--match ORD] [--status S|makulerat|utkast] [--officer PERSON]\n"
	     "  namnd case import FIL [--committee KOD] [--dry-run]\n"
	     "  namnd case show DNR\n"
	     "  namnd case edit DNR --FÄLT VÄRDE …\n"
	     "  namnd case void DNR --reason SKÄL\n"
	     "  namnd case rm DNR\n"
	     "\nUtan --dnr får ärendet nästa lediga nummer i serien (nämndens serie,\n"
	     "annars inställningen dnr_series) för året. Beslutsunderlag, sändlista och\n"
	     "avsnitt: namnd document|recipient|section add --case DNR ….\n"
	     "\ncase import registrerar ärendena i en export från ett diariesystem\n"
	     "(CSV/TSV; UTF-8, UTF-16 eller Windows-1252; tabb, semikolon eller komma).\n"
	     "Första raden namnger kolumnerna: Diarienummer och Ärendemening (Titel)\n"
	     "måste finnas; Handläggare, Registrerad, Status och Nämnd läses om de\n"
	     "finns. Alla rader eller ingen: varje fel anges med rad och kolumn.\n"
	     "\nEtt registrerat ärende tas aldrig bort ur diariet (case rm vägrar).\n"
	     "Ett ärende som registrerats av misstag makuleras (case void) med ett\n"
	     "skäl; det behåller sitt diarienummer, visas som makulerat och kan inte\n"
	     "tas upp på en föredragningslista. Vem, när och varför loggas.\n"
	     "\nEtt utkast (case add --utkast) har inget diarienummer än och tar inget\n"
	     "nummer ur serien; det visas som \"utkast ID\" och nås med det eller med\n"
	     "sitt id. case register ger det nästa lediga nummer (eller --dnr). Ett\n"
	     "utkast som aldrig stått i en skickad kallelse eller i ett protokoll kan\n"
	     "tas bort (case rm); annars registreras det och makuleras.\n");
	entity_help_fields(&case_entity);
}

int cmd_case(struct cli *c, struct args *a)
{
	const char *sub = a->npos > 0 ? a->pos[0] : NULL;
	if (a->help || !sub) {
		case_help();
		return a->help ? EXIT_OK : EXIT_USAGE;
	}
	if (strcmp(sub, "add") == 0) {
		const char *dnr = args_get(a, "dnr"), *series = args_get(a, "series");
		const char *year_s = args_get(a, "year");
		char out[96];
		long long id;
		long year = 0;
		enum nd_err e;
		bool draft = args_flag(a, "utkast");
		if (a->npos > 1)
			return cli_usage("case add tar bara --fält, inte \"%s\".", a->pos[1]);
		if (draft && (dnr || series || year_s))
			return cli_usage("ett utkast har inget diarienummer än: --utkast går inte "
					 "med --dnr, --series eller --year (de anges vid case "
					 "register).");
		if (draft) {
			args_take(a, "utkast");
			if ((e = case_add_draft(c->db, a->nopt, a->names, a->values, &id)))
				return cli_fail(e);
			printf("Sparade utkast %lld; det har inget diarienummer än (registrera: "
			       "namnd case register %lld).\n", id, id);
			return EXIT_OK;
		}
		if (dnr && (series || year_s))
			return cli_usage("ange antingen --dnr eller --series/--year, inte båda.");
		if (year_s) {
			char *end;
			year = strtol(year_s, &end, 10);
			if (*end || year < 1900 || year > 2199)
				return cli_usage("--year ska vara ett år 1900–2199, inte \"%s\".",
						 year_s);
		}
		args_take(a, "dnr");
		args_take(a, "series");
		args_take(a, "year");
		if ((e = case_add(c->db, dnr, series, (int)year, a->nopt, a->names, a->values,
				  &id, out, sizeof out)))
			return cli_fail(e);
		printf("Registrerade ärende %s.\n", out);
		if (dnr && !dnr_is_canonical(dnr, c->db->dnr_pattern)) {
			fprintf(stderr, "namnd: obs: diarienumret skrevs \"");
			print_cell(stderr, dnr, 40, false);
			fprintf(stderr, "\"; organisationens form är %s.\n", out);
		}
		return EXIT_OK;
	}
	if (strcmp(sub, "list") == 0)
		return case_list(c, a);
	if (strcmp(sub, "import") == 0)
		return case_import_file(c, a);
	if (strcmp(sub, "void") == 0 || strcmp(sub, "rm") == 0) {
		const char *reason = args_get(a, "reason");
		long long id;
		char dnr[96];
		enum nd_err e;
		bool rm = strcmp(sub, "rm") == 0;
		for (int i = 0; i < a->nopt; i++)
			if (rm || strcmp(a->names[i], "reason"))
				return cli_usage("okänt alternativ --%s för case %s%s.",
						 a->names[i], sub, rm ? "" : " (--reason)");
		if (a->npos != 2)
			return cli_usage(rm ? "namnd case rm behöver ett diarienummer." :
					 "namnd case void DNR --reason SKÄL");
		if ((e = case_resolve(c->db, a->pos[1], &id))) {
			/* The id of a registered ärende: say which, and why
			 * it stays. */
			long long rid;
			if (rm && id_resolve(c->db, a->pos[1], &rid) == ND_OK &&
			    !case_is_draft(c->db, rid)) {
				case_dnr_of(c->db, rid, dnr, sizeof dnr);
				if (strcmp(dnr, a->pos[1]) != 0) /* there is such an ärende */
					e = nd_fail(ND_ECONSTRAINT, "Id %s är ärende %s, som är "
						    "registrerat i diariet och därför aldrig tas bort "
						    "(ett id anger bara ett utkast). Ett ärende som "
						    "registrerats av misstag makuleras med ett skäl och "
						    "behåller sitt diarienummer: namnd case void \"%s\" "
						    "--reason SKÄL (m i Ärenden).", a->pos[1], dnr, dnr);
			}
			return cli_fail(e);
		}
		case_dnr_of(c->db, id, dnr, sizeof dnr);
		bool draft = case_is_draft(c->db, id);
		if ((e = rm ? case_remove(c->db, id) : case_void(c->db, id, reason)))
			return cli_fail(e);
		if (rm && draft)
			printf("Tog bort utkast %lld.\n", id);
		else
			printf(rm ? "Tog bort ärende %s.\n" : "Makulerade ärende %s; diarienumret "
			       "står kvar i diariet.\n", dnr);
		return EXIT_OK;
	}
	if (strcmp(sub, "register") == 0)
		return case_register_verb(c, a);
	if (strcmp(sub, "show") == 0) {
		if (a->npos != 2)
			return cli_usage("namnd case show behöver ett diarienummer.");
		return case_show(c, a->pos[1]);
	}
	return cmd_entity(c, &case_entity, a);
}
