/* namnd report …: the controller's månadsuppföljning. */
#include "cli.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/date.h"
#include "namnd/doc.h"
#include "namnd/report.h"

#define PERIODS_MAX 120

static void report_help(void)
{
	puts("Användning:\n"
	     "  namnd report import --committee KOD --period ÅÅÅÅ-MM [--unit tkr|kr|mnkr]\n"
	     "                      [--comment TEXT] [--replace] [--allow-area-changes]\n"
	     "                      [--column \"ORD=SLAG\"]… [--ignore \"ORD\"]… FIL\n"
	     "  namnd report show   --committee KOD --period ÅÅÅÅ-MM\n"
	     "  namnd report export --committee KOD --period ÅÅÅÅ-MM [--to ÅÅÅÅ-MM]\n"
	     "                      [--format text|xlsx|pdf] [--out FIL]\n"
	     "  namnd report list   [--committee KOD]\n"
	     "  namnd report comment --committee KOD --period ÅÅÅÅ-MM [--area OMRÅDE] --text TEXT\n"
	     "  namnd report rm     --committee KOD --period ÅÅÅÅ-MM\n"
	     "\nFIL är en CSV- eller TSV-fil från ekonomisystemet eller en tabell inklistrad\n"
	     "från Excel (\"-\" läser standard in): en rubrikrad med Budget (ack), Utfall\n"
	     "(ack), Budget (helår) och Prognos (helår) i valfri ordning, gärna också\n"
	     "avvikelserna, en Kommentar och en Grupp för delområden. Svenska tal\n"
	     "(-795 480, 1 234,5). Totalraden och avvikelserna räknas om och jämförs med\n"
	     "filen; belopp lagras exakt. Export: .xlsx med formler och diagram, .pdf\n"
	     "(A4, negativa avvikelser i rött) eller text för tjänsteutlåtandet; --to\n"
	     "ger ett blad (en sida) per månad och i xlsx ett trendblad.\n"
	     "Ett ord i rubrikraden som namnd inte känner (\"Delårsrapp\", \"Not\") nämns;\n"
	     "--column \"ORD=SLAG\" säger vilken kolumn det är (SLAG: Budget (ack), Utfall\n"
	     "(ack), Avvikelse (ack), Budget (helår), Prognos (helår), Avvikelse prognos,\n"
	     "Kommentar; i budget import Prognos, Budget, Plan eller Bokslut) och\n"
	     "--ignore \"ORD\" att den inte läses, som frågan i gränssnittet. ORD är\n"
	     "ordet eller hela rubriken.");
}

/* Refuse options other than the listed ones (NULL-terminated). */
static bool only_opts(const struct args *a, const char *verb, ...)
{
	for (int i = 0; i < a->nopt; i++) {
		va_list ap;
		const char *ok;
		bool found = false;
		va_start(ap, verb);
		while ((ok = va_arg(ap, const char *)) != NULL)
			if (strcmp(a->names[i], ok) == 0)
				found = true;
		va_end(ap);
		if (!found) {
			cli_usage("okänt alternativ --%s för report %s (se namnd report --help).",
				  a->names[i], verb);
			return false;
		}
	}
	return true;
}

/* --committee and --period (or the given option) into ids. */
static int find_period(struct cli *c, const struct args *a, const char *opt,
		       long long *committee, int *year, int *month)
{
	const char *code = args_get(a, "committee"), *period = args_get(a, opt);
	enum nd_err e;
	if (!code || !period)
		return cli_usage("ange --committee KOD och --%s ÅÅÅÅ-MM.", opt);
	if ((e = committee_resolve(c->db, code, committee)) ||
	    (e = report_period_parse(period, year, month)))
		return cli_fail(e);
	return EXIT_OK;
}

static void print_msgs(FILE *f, const char *prefix, const struct report_msgs *m)
{
	for (size_t i = 0; i < m->n; i++) {
		fputs(prefix, f);
		print_cell(f, m->v[i], 0, false);
		fputc('\n', f);
	}
}

/* Import the file (positional 1) with --unit, --comment, --replace,
 * --allow-area-changes: notes to stdout, errors and warnings to stderr.
 * *d is the caller's to free (also on failure). */
static int import_file(struct cli *c, struct args *a, struct report_import_opts *o,
		       struct report_data **d)
{
	const char *unit = args_get(a, "unit");
	struct cli_answers ans;
	long long id;
	enum nd_err e;
	int rc;
	*d = NULL;
	if ((rc = cli_answers_read(a, &ans)))
		return rc;
	if (unit && strcmp(unit, "tkr") && strcmp(unit, "kr") && strcmp(unit, "mnkr"))
		return cli_usage("--unit kan vara \"tkr\", \"kr\" eller \"mnkr\", inte \"%s\".",
				 unit);
	o->unit = !unit ? SV_UNIT_NONE : strcmp(unit, "kr") == 0 ? SV_UNIT_KR
		: strcmp(unit, "mnkr") == 0 ? SV_UNIT_MNKR : SV_UNIT_TKR;
	o->save.source = strcmp(a->pos[1], "-") == 0 ? NULL : a->pos[1];
	o->save.comment = args_get(a, "comment");
	o->save.replace = args_flag(a, "replace");
	o->save.allow_area_changes = args_flag(a, "allow-area-changes");
	o->ask = ans.n ? cli_answer : NULL;
	o->ask_ctx = &ans;
	e = report_import(c->db, a->pos[1], o, d, &id);
	if (*d) {
		print_msgs(stdout, "", &(*d)->notes);
		print_msgs(stderr, "namnd: ", &(*d)->errors);
		if (!(*d)->errors.n)
			print_msgs(stderr, "namnd: varning: ", &(*d)->warnings);
	}
	cli_answers_report(&ans);
	return e ? cli_fail(e) : EXIT_OK;
}

static int report_import_cmd(struct cli *c, struct args *a)
{
	struct report_import_opts o = { 0 };
	struct report_data *d = NULL;
	int rc;

	if (!only_opts(a, "import", "committee", "period", "unit", "comment", "replace",
		       "allow-area-changes", "column", "ignore", NULL))
		return EXIT_USAGE;
	if (a->npos != 2)
		return cli_usage("namnd report import behöver en fil (\"-\" för standard in).");
	if ((rc = find_period(c, a, "period", &o.committee, &o.year, &o.month)) ||
	    (rc = import_file(c, a, &o, &d)))
		goto out;
	size_t areas = 0, groups = 0;
	for (size_t i = 0; i < d->nlines; i++)
		d->lines[i].is_group ? groups++ : areas++;
	printf("Importerade månadsuppföljningen %04d-%02d: %zu %s", o.year, o.month, areas,
	       areas == 1 ? "område" : "områden");
	if (groups)
		printf(" i %zu %s", groups, groups == 1 ? "grupp" : "grupper");
	printf(" (%s)%s.\n", sv_unit_name(d->unit),
	       d->warnings.n ? ", med avvikelser mot filen (se ovan)" : "");
out:
	report_data_free(d);
	return rc;
}

static int report_show(struct cli *c, struct args *a)
{
	struct report_head h;
	long long committee;
	int year, month, rc;
	enum nd_err e;
	if (!only_opts(a, "show", "committee", "period", NULL))
		return EXIT_USAGE;
	if ((rc = find_period(c, a, "period", &committee, &year, &month)))
		return rc;
	if ((e = report_find(c->db, committee, year, month, &h)))
		return cli_fail(e);
	e = report_write_text(c->db, &h, stdout);
	report_head_free(&h);
	return e ? cli_fail(e) : EXIT_OK;
}

struct text_out {
	struct nd_db *db;
	const struct report_head *heads;
	size_t n;
};

/* The months' text tables one after another, a blank line between. */
static enum nd_err write_texts(FILE *f, const struct text_out *t)
{
	enum nd_err e = ND_OK;
	for (size_t i = 0; i < t->n && !e; i++) {
		if (i)
			fputc('\n', f);
		e = report_write_text(t->db, &t->heads[i], f);
	}
	return e;
}

static enum nd_err write_text_file(void *ctx, const char *tmp)
{
	FILE *f = fopen(tmp, "w");
	enum nd_err e;
	if (!f)
		return nd_fail(ND_EIO, "Kan inte skriva den tillfälliga filen.");
	e = write_texts(f, ctx);
	if (fclose(f) != 0 && !e)
		e = nd_fail(ND_EIO, "Kunde inte skriva klart texten.");
	return e;
}

static int report_export(struct cli *c, struct args *a)
{
	const char *out = args_get(a, "out"), *format = args_get(a, "format");
	struct report_head heads[PERIODS_MAX];
	size_t n = 0;
	long long committee;
	int y0, m0, y1, m1, rc;
	enum nd_err e = ND_OK;
	enum doc_format fmt;

	if (!only_opts(a, "export", "committee", "period", "to", "format", "out", "force", NULL))
		return EXIT_USAGE;
	if ((rc = cli_out_free(a, out)))
		return rc;
	if ((rc = find_period(c, a, "period", &committee, &y0, &m0)))
		return rc;
	y1 = y0;
	m1 = m0;
	if (args_get(a, "to") && (rc = find_period(c, a, "to", &committee, &y1, &m1)))
		return rc;
	if (y1 * 12 + m1 < y0 * 12 + m0)
		return cli_usage("--to %s är före --period %s.", args_get(a, "to"),
				 args_get(a, "period"));
	if (y1 * 12 + m1 - (y0 * 12 + m0) >= PERIODS_MAX)
		return cli_usage("högst %d månader i en export.", PERIODS_MAX);
	fmt = out ? doc_format_guess(out) : DOC_TEXT;
	if (format && (e = doc_format_parse(format, &fmt)))
		return cli_fail(e);
	if (out && !*out)
		return cli_usage("--out behöver ett filnamn.");
	if (fmt == DOC_XLSX && !out)
		return cli_usage("xlsx skrivs till en fil: ange --out FIL.xlsx.");
	if (fmt == DOC_PDF && !out)
		return cli_usage("pdf skrivs till en fil: ange --out FIL.pdf.");
	for (int p = y0 * 12 + m0 - 1; p <= y1 * 12 + m1 - 1; p++) {
		e = report_find(c->db, committee, p / 12, p % 12 + 1, &heads[n]);
		if (e == ND_ENOTFOUND && (p != y0 * 12 + m0 - 1 || args_get(a, "to")))
			continue; /* months without a report are left out of a range */
		if (e)
			goto out;
		n++;
	}
	if (n == 0) {
		e = nd_fail(ND_ENOTFOUND, "Det finns ingen månadsuppföljning mellan %s och %s.",
			    args_get(a, "period"), args_get(a, "to"));
		goto out;
	}
	struct text_out t = { c->db, heads, n };
	if (fmt == DOC_PDF) {
		struct nd_doc *doc = NULL;
		char *org = setting_get(c->db, "org_name", "");
		if ((e = report_doc_build(c->db, heads, n, org ? org : "", &doc)) == ND_OK)
			e = doc_write(doc, DOC_PDF, 0, out);
		doc_free(doc);
		free(org);
	} else if (fmt == DOC_XLSX) {
		struct nd_date today;
		char date[11];
		char *org = setting_get(c->db, "org_name", "");
		if ((e = date_today(&today)) == ND_OK) {
			date_format(today, date);
			e = report_write_xlsx(c->db, heads, n, out, date, org);
		}
		free(org);
	} else if (out) {
		e = doc_write_file(out, write_text_file, &t);
	} else {
		e = write_texts(stdout, &t);
	}
	if (!e && out)
		printf("Skrev %s (%zu %s).\n", out, n, n == 1 ? "månad" : "månader");
out:
	for (size_t i = 0; i < n; i++)
		report_head_free(&heads[i]);
	return e ? cli_fail(e) : EXIT_OK;
}

static int report_comment(struct cli *c, struct args *a)
{
	struct report_head h;
	long long committee;
	int year, month, rc;
	enum nd_err e;
	if (!only_opts(a, "comment", "committee", "period", "area", "text", NULL))
		return EXIT_USAGE;
	if (!args_get(a, "text"))
		return cli_usage("ange --text TEXT (tom text tar bort kommentaren).");
	if ((rc = find_period(c, a, "period", &committee, &year, &month)))
		return rc;
	if ((e = report_find(c->db, committee, year, month, &h)))
		return cli_fail(e);
	e = report_set_comment(c->db, h.id, args_get(a, "area"), args_get(a, "text"));
	report_head_free(&h);
	if (e)
		return cli_fail(e);
	printf("Sparade kommentaren.\n");
	return EXIT_OK;
}

static int report_rm(struct cli *c, struct args *a)
{
	struct report_head h;
	long long committee;
	int year, month, rc;
	enum nd_err e;
	if (!only_opts(a, "rm", "committee", "period", NULL))
		return EXIT_USAGE;
	if ((rc = find_period(c, a, "period", &committee, &year, &month)))
		return rc;
	if ((e = report_find(c->db, committee, year, month, &h)))
		return cli_fail(e);
	e = report_remove(c->db, h.id);
	report_head_free(&h);
	if (e)
		return cli_fail(e);
	printf("Tog bort månadsuppföljningen %04d-%02d.\n", year, month);
	return EXIT_OK;
}

static const int list_widths[] = { 6, 7, 8, 5, 10, 0 };

typedef enum nd_err (*lister)(struct nd_db *db, long long committee, nd_row_fn fn, void *ctx);

/* report list, budget list: [--committee KOD]. */
static int list_tables(struct cli *c, struct args *a, lister list, const char *none)
{
	const char *code = args_get(a, "committee");
	struct printer p = { c, list_widths, 0, false };
	long long committee = 0;
	enum nd_err e;
	if (!only_opts(a, "list", "committee", NULL))
		return EXIT_USAGE;
	if (code && (e = committee_resolve(c->db, code, &committee)))
		return cli_fail(e);
	if ((e = list(c->db, committee, print_list_row, &p)))
		return cli_fail(e);
	if (p.rows == 0 && !c->tsv)
		printf("%s\n", none);
	return EXIT_OK;
}

static int report_ls(struct cli *c, struct args *a)
{
	return list_tables(c, a, report_list, "(inga månadsuppföljningar)");
}

int cmd_report(struct cli *c, struct args *a)
{
	static const struct {
		const char *name;
		int (*fn)(struct cli *, struct args *);
	} subs[] = {
		{ "import", report_import_cmd }, { "show", report_show }, { "export", report_export },
		{ "list", report_ls }, { "comment", report_comment }, { "rm", report_rm },
	};
	const char *sub = a->npos > 0 ? a->pos[0] : NULL;
	if (a->help || !sub) {
		report_help();
		return a->help ? EXIT_OK : EXIT_USAGE;
	}
	for (size_t i = 0; i < sizeof subs / sizeof *subs; i++)
		if (strcmp(sub, subs[i].name) == 0) {
			if (subs[i].fn != report_import_cmd && a->npos > 1)
				return cli_usage("report %s tar bara --alternativ, inte \"%s\".", sub,
						 a->pos[1]);
			return subs[i].fn(c, a);
		}
	return cli_usage("okänt underkommando \"%s\" för report (se namnd report --help).", sub);
}

/* ---- namnd budget …: the nämndplan's budget table ---- */

struct budget_out {
	struct nd_db *db;
	const struct budget_head *h;
};

static void budget_help(void)
{
	puts("Användning:\n"
	     "  namnd budget import --committee KOD [--year ÅR] [--unit tkr|kr|mnkr]\n"
	     "                      [--comment TEXT] [--replace] [--column \"ORD=SLAG\"]…\n"
	     "                      [--ignore \"ORD\"]… FIL\n"
	     "  namnd budget show   --committee KOD --year ÅR [--out FIL[.pdf]]\n"
	     "  namnd budget list   [--committee KOD]\n"
	     "  namnd budget rm     --committee KOD --year ÅR\n"
	     "\nNämndplanens budgettabell per verksamhetsområde: Prognos för år ÅR,\n"
	     "Budget ÅR och Budget ÅR+1 (ÅR är det första budgetåret), och där tabellen\n"
	     "har dem Bokslut (eller Utfall) ÅR-1 och Plan ÅR+2 och ÅR+3 (Plan,\n"
	     "Flerårsplan, Ekonomisk plan, EP); en flerårstabell utan Prognos läses\n"
	     "också (\"Bokslut 2023 | Budget 2024 | Budget 2025 | Plan 2026 | Plan 2027\").\n"
	     "Åren läses ur rubrikerna eller raden ovanför (2023 | | 2024 över Prognos |\n"
	     "Budget | Budget); utan dem anges --year. Totalt räknas fram och jämförs med filens totalrad;\n"
	     "raden \"Kommentar …\" under tabellen blir tabellens kommentar. show\n"
	     "skriver tabellen som text, eller till --out FIL (FIL.pdf: A4-PDF).\n"
	     "Ett ord i rubrikerna som namnd inte känner nämns; --column \"ORD=SLAG\"\n"
	     "(Prognos, Budget, Plan eller Bokslut) säger vilken kolumn det är,\n"
	     "--ignore \"ORD\" att den inte läses, som frågan i gränssnittet.");
}

/* --committee and --year. */
static int find_year(struct cli *c, const struct args *a, long long *committee, int *year)
{
	const char *code = args_get(a, "committee"), *ys = args_get(a, "year");
	enum nd_err e;
	if (!code)
		return cli_usage("ange --committee KOD.");
	if ((e = committee_resolve(c->db, code, committee)))
		return cli_fail(e);
	*year = 0;
	if (ys) {
		char *end;
		long y = strtol(ys, &end, 10);
		if (!*ys || *end || y < 1900 || y > 2198)
			return cli_usage("--year ska vara ett år 1900–2198, inte \"%s\".", ys);
		*year = (int)y;
	}
	return EXIT_OK;
}

static int budget_import(struct cli *c, struct args *a)
{
	struct report_import_opts o = { 0 };
	struct report_data *d = NULL;
	int rc;
	if (!only_opts(a, "import", "committee", "year", "unit", "comment", "replace", "column",
		       "ignore", NULL))
		return EXIT_USAGE;
	if (a->npos != 2)
		return cli_usage("namnd budget import behöver en fil (\"-\" för standard in).");
	if ((rc = find_year(c, a, &o.committee, &o.year)) || (rc = import_file(c, a, &o, &d)))
		goto out;
	printf("Importerade budgettabellen %d–%d: %zu %s (%s)%s.\n", d->year, d->year + 1,
	       d->nlines, d->nlines == 1 ? "område" : "områden", sv_unit_name(d->unit),
	       d->warnings.n ? ", med avvikelser mot filen (se ovan)" : "");
out:
	report_data_free(d);
	return rc;
}

static enum nd_err write_budget_text(void *ctx, const char *tmp)
{
	const struct budget_out *b = ctx;
	FILE *f = fopen(tmp, "w");
	enum nd_err e;
	if (!f)
		return nd_fail(ND_EIO, "Kan inte skriva den tillfälliga filen.");
	e = budget_write_text(b->db, b->h, f);
	if (fclose(f) != 0 && !e)
		e = nd_fail(ND_EIO, "Kunde inte skriva klart texten.");
	return e;
}

/* budget show: text to the terminal, or to --out (a .pdf as PDF). */
static enum nd_err budget_show(struct cli *c, const struct budget_head *h, const char *out)
{
	struct budget_out b = { c->db, h };
	enum nd_err e;
	if (!out)
		return budget_write_text(c->db, h, stdout);
	if (doc_format_guess(out) == DOC_TEXT)
		e = doc_write_file(out, write_budget_text, &b);
	else if (doc_format_guess(out) == DOC_XLSX)
		return nd_fail(ND_EINVAL, "Budgettabellen skrivs som text eller pdf, inte xlsx (%s).",
			       out);
	else {
		struct nd_doc *doc = NULL;
		char *org = setting_get(c->db, "org_name", "");
		if ((e = budget_doc_build(c->db, h, org ? org : "", &doc)) == ND_OK)
			e = doc_write(doc, DOC_PDF, 0, out);
		doc_free(doc);
		free(org);
	}
	if (!e)
		printf("Skrev budgettabellen till %s.\n", out);
	return e;
}

static int budget_show_rm(struct cli *c, struct args *a, bool rm)
{
	struct budget_head h;
	long long committee;
	int year, rc;
	enum nd_err e;
	const char *out = args_get(a, "out");
	if (!(rm ? only_opts(a, "rm", "committee", "year", NULL) :
	      only_opts(a, "show", "committee", "year", "out", "force", NULL)))
		return EXIT_USAGE;
	if (out && !*out)
		return cli_usage("--out behöver ett filnamn.");
	if (!rm && (rc = cli_out_free(a, out)))
		return rc;
	if ((rc = find_year(c, a, &committee, &year)))
		return rc;
	if (!year)
		return cli_usage("ange --year ÅR (prognosens år).");
	if ((e = budget_find(c->db, committee, year, &h)))
		return cli_fail(e);
	e = rm ? budget_remove(c->db, h.id) : budget_show(c, &h, out);
	budget_head_free(&h);
	if (!e && rm)
		printf("Tog bort budgettabellen %d–%d.\n", year, year + 1);
	return e ? cli_fail(e) : EXIT_OK;
}

int cmd_budget(struct cli *c, struct args *a)
{
	const char *sub = a->npos > 0 ? a->pos[0] : NULL;
	if (a->help || !sub) {
		budget_help();
		return a->help ? EXIT_OK : EXIT_USAGE;
	}
	if (strcmp(sub, "import") == 0)
		return budget_import(c, a);
	if (a->npos > 1)
		return cli_usage("budget %s tar bara --alternativ, inte \"%s\".", sub, a->pos[1]);
	if (strcmp(sub, "show") == 0 || strcmp(sub, "rm") == 0)
		return budget_show_rm(c, a, strcmp(sub, "rm") == 0);
	if (strcmp(sub, "list") == 0)
		return list_tables(c, a, budget_list, "(inga budgettabeller)");
	return cli_usage("okänt underkommando \"%s\" för budget (se namnd budget --help).", sub);
}
