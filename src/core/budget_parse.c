/* Reading the nämndplan's budget table (Prognos N, Budget N, Budget N+1
 * per area; a Bokslut or Utfall of N-1 and Plan N+2 and N+3 where it has
 * them, and no Prognos in a multi-year table as Sjöbo's "Bokslut 2023 |
 * Budget 2024 | Budget 2025 | Plan 2026 | Plan 2027") out of a parsed
 * CSV/TSV file. Its header is read word by
 * word by the month report's classifier (rp_classify): "Årsbudget
 * 2024", "Budgetram", a Bokslut, an Utfall or a "Budget-avvikelse" named
 * and not read, a word not known named or asked about. The nämndplan writes the years
 * in a row above the headings, one year over two columns:
 *
 *   Besluts/verksamhetsområden Belopp i tkr | 2023    |        | 2024
 *                                           | Prognos | Budget | Budget
 */
#include <stdlib.h>
#include <string.h>

#include "namnd/text.h"
#include "report_impl.h"

#define HEADER_SEARCH 20
#define ABSENT ((size_t)-1)

/* The columns in the order the nämndplan writes them: by year. */
static const int budget_order[BC_ALL] = {
	BC_OUTCOME, BC_PROGNOS, BC_BUDGET, BC_BUDGET_NEXT, BC_PLAN1, BC_PLAN2,
};

int budget_col_offset(enum budget_col k)
{
	static const int offset[BC_ALL] = {
		[BC_PROGNOS] = 0, [BC_BUDGET] = 0, [BC_BUDGET_NEXT] = 1,
		[BC_OUTCOME] = -1, [BC_PLAN1] = 2, [BC_PLAN2] = 3,
	};
	return k >= 0 && k < BC_ALL ? offset[k] : 0;
}

const char *budget_col_word(enum budget_col k)
{
	static const char *const word[BC_ALL] = {
		[BC_PROGNOS] = "Prognos", [BC_BUDGET] = "Budget", [BC_BUDGET_NEXT] = "Budget",
		[BC_OUTCOME] = "Bokslut", [BC_PLAN1] = "Plan", [BC_PLAN2] = "Plan",
	};
	return k >= 0 && k < BC_ALL ? word[k] : "";
}

void budget_pick(const int *shown, int n, const int64_t *v, const bool *has, int64_t *ov,
		 bool *ohas)
{
	for (int j = 0; j < n; j++) {
		ov[j] = v[shown[j]];
		ohas[j] = has[shown[j]];
	}
}

int budget_shown(const struct budget_head *h, int shown[BC_ALL], int *last)
{
	int n = 0, y = h->year + 1;
	for (int i = 0; i < BC_ALL; i++) {
		int k = budget_order[i];
		if (!h->has[k])
			continue;
		shown[n++] = k;
		if (h->year + budget_col_offset((enum budget_col)k) > y)
			y = h->year + budget_col_offset((enum budget_col)k);
	}
	if (last)
		*last = y;
	return n;
}

struct blayout {
	const struct tab_row *header, *years; /* years may be NULL */
	size_t label;
	size_t col[BC_ALL];      /* ABSENT: the table has no such column */
	char head[BC_ALL][32];   /* "Budget 2024", for messages */
	enum sv_unit unit;       /* the file's (mnkr is stored as tkr) */
	int64_t scale;           /* 1, or 1000 for mnkr */
};

/* A year 1900–2199 written in s ("2024", "Budget 2024"), else 0. */
static int year_in(const char *s)
{
	for (size_t i = 0; s[i]; i++) {
		if (s[i] < '0' || s[i] > '9' || (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9'))
			continue;
		size_t n = 0;
		while (s[i + n] >= '0' && s[i + n] <= '9')
			n++;
		if (n == 4) {
			int y = atoi(s + i);
			if (y >= 1900 && y <= 2199)
				return y;
		}
	}
	return 0;
}

/* The year of column c: in its heading, else in the year row at c or,
 * for a year written over two columns, the nearest one to its left. */
static int column_year(const struct blayout *l, size_t c)
{
	int y = year_in(tab_cell(l->header, c));
	for (size_t k = c + 1; !y && l->years && k-- > 0 && k != l->label;) {
		const char *cell = tab_cell(l->years, k);
		if (!rp_blank(cell))
			return year_in(cell);
	}
	return y;
}

/* A column of the table, by the month report's classifier of header
 * words: Prognos, Budget (bare, with a year, årsbudget, budgetram …). */
static bool is_prognos(int k)
{
	return k == RC_PROGNOS_YEAR;
}

static bool is_budget(int k)
{
	return k == RK_BUDGET || k == RC_BUDGET_YEAR;
}

static int count_known(const struct tab_row *r)
{
	int n = 0;
	for (size_t c = 0; c < r->ncells; c++) {
		char unknown[64];
		int k = rp_classify(r->cells[c], 0, unknown, sizeof unknown);
		n += is_prognos(k) || is_budget(k);
	}
	return n;
}

/* Why a column whose words name something else is not read. */
static const char *not_read(int k)
{
	switch (k) {
	case RK_SHARE: return "den är en andel, inte ett belopp";
	case RK_AVV: case RC_AVV_ACK: case RC_AVV_PROGNOS:
		return "den är en avvikelse, som räknas fram";
	case RC_BUDGET_ACK: return "den är en periods budget, inte årets";
	case RK_COMMENT: return "den är en kommentar";
	default: return "den är varken bokslut, prognos, budget eller plan";
	}
}

/* The columns' headings in the order shown, for messages and notes. */
static void name_columns(struct report_data *d, struct blayout *l)
{
	for (int k = 0; k < BC_ALL; k++)
		snprintf(l->head[k], sizeof l->head[0], "%s %d", budget_col_word((enum budget_col)k),
			 d->year + budget_col_offset((enum budget_col)k));
}

/* The plan years (by their years, else in order: N+2, N+3) and the
 * outcome of the year before (N-1): others are named, not read. */
static void place_extra(struct report_data *d, struct blayout *l, const size_t *cols,
			size_t n, bool plan)
{
	char q[TEXT_QUOTE_SIZE];
	for (size_t i = 0; i < n; i++) {
		int y = column_year(l, cols[i]), k = -1;
		if (plan && (y == d->year + 2 || (!y && l->col[BC_PLAN1] == ABSENT)))
			k = BC_PLAN1;
		else if (plan && (y == d->year + 3 || (!y && l->col[BC_PLAN2] == ABSENT)))
			k = BC_PLAN2;
		else if (!plan && (y == d->year - 1 || !y))
			k = BC_OUTCOME;
		if (k >= 0 && l->col[k] == ABSENT) {
			l->col[k] = cols[i];
			continue;
		}
		text_quote(l->header->cells[cols[i]], q, sizeof q);
		if (plan)
			report_msg_add(&d->notes, "Kolumn %zu (\"%s\") läses inte: tabellen har "
				       "planåren %d och %d.", cols[i] + 1, q, d->year + 2,
				       d->year + 3);
		else
			report_msg_add(&d->notes, "Kolumn %zu (\"%s\") läses inte: tabellen har "
				       "utfallet för året före, %d.", cols[i] + 1, q, d->year - 1);
	}
}

static int read_layout(struct report_data *d, const struct budget_parse_opts *o,
		       struct blayout *l)
{
	static const char *const choices[] = { "Prognos", "Budget", "Plan", "Bokslut" };
	const struct tab_row *h = l->header;
	size_t budgets[2], nbudget = 0, plans[8], nplan = 0, outs[8], nout = 0;
	size_t unknown_col = ABSENT;
	char q[TEXT_QUOTE_SIZE], q2[TEXT_QUOTE_SIZE], word[64], unknown[TEXT_QUOTE_SIZE] = "";
	int rc = 0;
	l->label = ABSENT;
	for (int k = 0; k < BC_ALL; k++)
		l->col[k] = ABSENT;
	for (size_t c = 0; c < h->ncells; c++) {
		int k = rp_classify(h->cells[c], 0, word, sizeof word);
		text_quote(h->cells[c], q, sizeof q);
		if (k == RK_NONE && l->label == ABSENT) {
			l->label = c; /* "Besluts/verksamhetsområden Belopp i tkr" */
			continue;
		}
		if (k == RK_NONE && !word[0]) {
			if (!rp_blank(h->cells[c]))
				report_msg_add(&d->notes, "Kolumn %zu (\"%s\") känns inte igen och "
					       "läses inte.", c + 1, q);
			continue;
		}
		if (k == RK_NONE || k == RK_UNKNOWN) {
			int a = rp_ask(o->ask, o->ask_ctx, h, c, word, choices, 4);
			if (a == REPORT_ASK_CANCEL)
				return rp_error(d, "Importen avbröts vid kolumn %zu (\"%s\").", c + 1, q);
			if (a < 0 || a > 3) {
				char hint[2 * TEXT_QUOTE_SIZE + 48];
				text_quote(word, q2, sizeof q2);
				if (a != REPORT_ASK_UNKNOWN)
					report_msg_add(&d->notes, "Kolumn %zu (\"%s\") läses inte (ditt "
						       "svar).", c + 1, q);
				else
					report_msg_add(&d->notes, "Kolumn %zu (\"%s\") läses inte: ordet "
						       "\"%s\" känns inte igen%s.", c + 1, q, q2,
						       rp_answer_hint(q2, hint, sizeof hint));
				if (a == REPORT_ASK_UNKNOWN && unknown_col == ABSENT) {
					unknown_col = c;
					snprintf(unknown, sizeof unknown, "%s", q2);
				}
				continue;
			}
			report_msg_add(&d->notes, "Kolumn %zu (\"%s\") läses som %s (ditt svar).",
				       c + 1, q, choices[a]);
			k = a == 0 ? RC_PROGNOS_YEAR : a == 1 ? RK_BUDGET : a == 2 ? RK_PLAN : RK_LAST;
		}
		if (is_prognos(k)) {
			if (l->col[BC_PROGNOS] != ABSENT)
				rc = rp_error(d, "Rad %zu: kolumn %zu och kolumn %zu är båda Prognos.",
					      h->line, l->col[BC_PROGNOS] + 1, c + 1);
			l->col[BC_PROGNOS] = c;
		} else if (is_budget(k)) {
			if (nbudget < 2)
				budgets[nbudget] = c;
			else
				rc = rp_error(d, "Rad %zu, kolumn %zu: en tredje Budget-kolumn; "
					      "tabellen har Budget för två år.", h->line, c + 1);
			nbudget++;
		} else if (k == RK_PLAN && nplan < 8) {
			plans[nplan++] = c;
		} else if ((k == RK_LAST || k == RC_UTFALL_ACK) && nout < 8) {
			outs[nout++] = c; /* Bokslut or Utfall: an earlier year's outcome */
		} else {
			report_msg_add(&d->notes, "Kolumn %zu (\"%s\") läses inte: %s.", c + 1, q,
				       not_read(k));
		}
	}
	if (l->label == ABSENT)
		return rp_error(d, "Rad %zu: rubrikraden har ingen kolumn för områdenas namn.",
				h->line);
	if (nbudget < 2) {
		char hint[2 * TEXT_QUOTE_SIZE + 48];
		if (unknown_col == ABSENT)
			return rp_error(d, "Rad %zu: tabellen ska ha två Budget-kolumner (år N och "
					"N+1), och kan ha Prognos N, Bokslut N-1 och Plan N+2 och "
					"N+3.", h->line);
		text_quote(h->cells[unknown_col], q, sizeof q);
		return rp_error(d, "Rad %zu: tabellen ska ha två Budget-kolumner (år N och N+1); "
				"kolumn %zu (\"%s\") läses inte eftersom ordet \"%s\" inte känns "
				"igen%s. Skriv om rubriken med orden prognos, budget, plan eller "
				"bokslut om det är en av dem.", h->line, unknown_col + 1, q, unknown,
				rp_answer_hint(unknown, hint, sizeof hint));
	}
	if (rc)
		return rc;
	bool prognos = l->col[BC_PROGNOS] != ABSENT;
	int yp = prognos ? column_year(l, l->col[BC_PROGNOS]) : 0;
	int y0 = column_year(l, budgets[0]), y1 = column_year(l, budgets[1]);
	d->year = o->year ? o->year : yp ? yp : y0 ? y0 : y1 ? y1 - 1 : 0;
	if (!d->year)
		return rp_error(d, "Rad %zu: filen säger inte vilket år tabellen gäller; ange "
				"--year (det första budgetåret).", h->line);
	if (yp && yp != d->year)
		return rp_error(d, "Rad %zu, kolumn %zu: prognosen gäller %d, inte %d.", h->line,
				l->col[BC_PROGNOS] + 1, yp, d->year);
	/* Budgets by their years; without years, N first and N+1 second. */
	for (int i = 0; i < 2; i++) {
		int y = i ? y1 : y0;
		int k = y == d->year + 1 ? BC_BUDGET_NEXT : y == d->year ? BC_BUDGET
			: y ? -1 : i ? BC_BUDGET_NEXT : BC_BUDGET;
		if (k < 0 || l->col[k] != ABSENT)
			return rp_error(d, "Rad %zu, kolumn %zu: budgeten för %d hör inte till "
					"tabellen för %d–%d.", h->line, budgets[i] + 1,
					y ? y : d->year, d->year, d->year + 1);
		l->col[k] = budgets[i];
	}
	place_extra(d, l, plans, nplan, true);
	place_extra(d, l, outs, nout, false);
	name_columns(d, l);
	return 0;
}

static bool figures_blank(const struct blayout *l, const struct tab_row *r)
{
	for (size_t c = 0; c < r->ncells; c++)
		if (c != l->label && !rp_blank(r->cells[c]))
			return false;
	return true;
}

/* "Kommentar till tabell: …" below the table: the table's comment. */
static int add_comment(struct report_data *d, const char *label)
{
	size_t old = d->comment ? strlen(d->comment) : 0, n = strlen(label);
	char *c = realloc(d->comment, old + n + 2);
	if (!c)
		return -2;
	if (old)
		c[old++] = '\n';
	memcpy(c + old, label, n + 1);
	d->comment = c;
	return 0;
}

static int read_figures(struct report_data *d, const struct blayout *l,
			const struct tab_row *r, int64_t *v, bool *has)
{
	int rc = 0;
	for (int k = 0; k < BC_ALL; k++) {
		struct sv_num n;
		if (l->col[k] == ABSENT)
			continue;
		if (sv_num_parse(tab_cell(r, l->col[k]), &n) != ND_OK) {
			rc = rp_error(d, "Rad %zu, kolumn %zu (%s): %s", r->line, l->col[k] + 1,
				      l->head[k], nd_errmsg());
			continue;
		}
		if (n.unit != SV_UNIT_NONE && n.unit != l->unit) {
			rc = rp_error(d, "Rad %zu, kolumn %zu (%s): beloppet är i %s men tabellen "
				      "är i %s.", r->line, l->col[k] + 1, l->head[k],
				      sv_unit_name(n.unit), sv_unit_name(l->unit));
			continue;
		}
		v[k] = n.cents * l->scale;
		has[k] = !n.empty;
	}
	return rc;
}

static int read_row(struct report_data *d, const struct blayout *l, const struct tab_row *r,
		    const struct budget_parse_opts *o, size_t *cap, int64_t *total,
		    bool *total_has)
{
	char q[TEXT_QUOTE_SIZE];
	char *area = rp_clean(tab_cell(r, l->label), true);
	int rc;
	if (!area)
		return -2;
	if (*area && figures_blank(l, r)) {
		char low[32];
		rp_lower(area, low, sizeof low);
		if (strncmp(low, "kommentar", 9) == 0) {
			rc = add_comment(d, area);
			free(area);
			return rc;
		}
		text_quote(area, q, sizeof q);
		free(area);
		return rp_error(d, "Rad %zu, kolumn %zu: området \"%s\" har inga belopp.",
				r->line, l->label + 1, q);
	}
	for (char *nl = strchr(area, '\n'); nl; nl = strchr(nl, '\n'))
		*nl = ' '; /* a name is one line; only comments keep breaks */
	for (size_t c = l->header->ncells; c < r->ncells; c++)
		if (!rp_blank(r->cells[c])) {
			free(area);
			return rp_error(d, "Rad %zu, kolumn %zu: cellen har ett värde men "
					"kolumnen har ingen rubrik.", r->line, c + 1);
		}
	if (r->ncells < l->header->ncells || !*area || text_width(area) > REPORT_AREA_MAX) {
		rc = rp_error(d, r->ncells < l->header->ncells
			      ? "Rad %zu har för få celler: saknas en kolumn (kolumn %zu)?"
			      : *area ? "Rad %zu, kolumn %zu: områdets namn är för långt."
				      : "Rad %zu, kolumn %zu: raden har belopp men inget namn på "
					"området.", r->line, r->ncells < l->header->ncells
					? r->ncells + 1 : l->label + 1);
		free(area);
		return rc;
	}
	if (rp_total_label(area, tab_cell(l->header, l->label), o->committee_name) ||
	    rp_total_label(area, l->years ? tab_cell(l->years, l->label) : NULL, NULL)) {
		free(area);
		if (d->total_line)
			return rp_error(d, "Rad %zu: en andra totalrad (den första är rad %zu).",
					r->line, d->total_line);
		d->total_line = r->line;
		return read_figures(d, l, r, total, total_has);
	}
	if (d->nlines + 1 > REPORT_LINES_MAX) {
		free(area);
		return rp_error(d, "Rad %zu: tabellen har fler än %d rader.", r->line,
				REPORT_LINES_MAX);
	}
	struct report_line *ln = rp_add_line(d, cap, area, r->line);
	return !ln ? -2 : read_figures(d, l, r, ln->v, ln->has);
}

enum nd_err budget_parse(const struct tab_file *t, const struct budget_parse_opts *opts,
			 struct report_data **out)
{
	struct budget_parse_opts o = opts ? *opts : (struct budget_parse_opts){ 0 };
	struct report_data *d = calloc(1, sizeof *d);
	struct blayout l = { 0 };
	size_t hi = 0, cap = 0;
	int64_t total[BC_ALL] = { 0 };
	bool total_has[BC_ALL] = { false };
	int rc = 0;

	*out = d;
	if (!d)
		return nd_fail(ND_ENOMEM, "Slut på minne.");
	for (; hi < t->nrows && hi < HEADER_SEARCH && !l.header; hi++)
		if (count_known(&t->rows[hi]) >= 2)
			l.header = &t->rows[hi];
	if (!l.header) {
		rp_error(d, "Hittar ingen rubrikrad bland de första %d raderna: en rad med "
			 "Budget och Budget (och gärna Prognos).", HEADER_SEARCH);
		goto done;
	}
	l.years = hi >= 2 ? &t->rows[hi - 2] : NULL;
	d->header_line = l.header->line;
	enum sv_unit u = rp_unit(l.header);
	if (u == SV_UNIT_NONE)
		u = rp_unit(l.years);
	l.unit = o.unit != SV_UNIT_NONE ? o.unit : u != SV_UNIT_NONE ? u : SV_UNIT_TKR;
	l.scale = l.unit == SV_UNIT_MNKR ? 1000 : 1;
	d->unit = l.unit == SV_UNIT_MNKR ? SV_UNIT_TKR : l.unit;
	if ((rc = read_layout(d, &o, &l)) != 0)
		goto done;
	if (l.unit == SV_UNIT_MNKR)
		report_msg_add(&d->notes, "Beloppen är i mnkr och lagras i tkr (1 mnkr = 1 000 "
			       "tkr).");
	for (size_t i = hi; i < t->nrows && rc != -2; i++)
		rc = read_row(d, &l, &t->rows[i], &o, &cap, total, total_has);
	if (rc == -2)
		goto done;
	if (d->nlines == 0 && !d->errors.n)
		rp_error(d, "Filen har inga områden under rubrikraden (rad %zu).", l.header->line);
	if (!d->errors.n && rp_duplicates(d, l.label, l.label) == -2)
		rc = -2;
	if (d->errors.n || rc)
		goto done;
	if (d->total_line) {
		int64_t sum[BC_ALL] = { 0 };
		size_t before = d->warnings.n;
		for (size_t i = 0; i < d->nlines; i++)
			for (int k = 0; k < BC_ALL; k++)
				sum[k] += d->lines[i].v[k];
		for (int k = 0; k < BC_ALL; k++)
			if (total_has[k] && l.col[k] != ABSENT)
				rp_mismatch(d, d->total_line, REPORT_TOTAL_LABEL, l.col[k], l.head[k],
					    total[k], sum[k]);
		if (d->warnings.n == before)
			report_msg_add(&d->notes, "Totalraden (rad %zu) stämmer med summan av "
				       "områdena.", d->total_line);
	} else {
		report_msg_add(&d->notes, "Filen har ingen totalrad; totalen räknas fram.");
	}
	/* "Kolumnerna: Prognos 2023 (kolumn 2), Budget 2023 (kolumn 3), …" */
	char cols[BC_ALL * 48] = "";
	for (int i = 0, n = 0; i < BC_ALL; i++) {
		int k = budget_order[i];
		size_t at = strlen(cols);
		if (l.col[k] != ABSENT)
			snprintf(cols + at, sizeof cols - at, "%s%s (kolumn %zu)", n++ ? ", " : "",
				 l.head[k], l.col[k] + 1);
	}
	report_msg_add(&d->notes, "Kolumnerna: %s.", cols);
done:
	return rp_result(d, rc);
}
