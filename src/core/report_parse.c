/* Reading the month report table out of a parsed CSV/TSV file: header by
 * its words, areas, groups, the total row; checks with row and column. */
#include "namnd/report.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/collate.h"
#include "namnd/text.h"
#include "report_impl.h"

#define MSG_MAX 50          /* errors listed before "and more" */
#define WARN_MAX 100        /* mismatches listed before "and more" */
#define HEADER_SEARCH 20    /* rows searched for the header */

/* Kinds of column besides the figures (enum report_col). */
enum { K_NONE = -1, K_COMMENT = RC_NCOLS, K_GROUP, K_BUDGET, K_NKINDS };

static const char *const col_labels[RC_NCOLS] = {
	"Budget (ack)", "Utfall (ack)", "Avvikelse (ack)",
	"Budget (helår)", "Prognos (helår)", "Avvikelse prognos",
};
static const char *const col_heads[RC_NCOLS][2] = {
	{ "Budget", "(ack)" }, { "Utfall", "(ack)" }, { "Avvikelse", "(ack)" },
	{ "Budget", "(helår)" }, { "Prognos", "(helår)" }, { "Avvikelse", "prognos" },
};

const char *report_col_label(enum report_col c)
{
	return c < RC_NCOLS ? col_labels[c] : "";
}

const char *report_col_head(enum report_col c, int part)
{
	return c < RC_NCOLS && (part == 0 || part == 1) ? col_heads[c][part] : "";
}

bool report_col_computed(enum report_col c)
{
	return c == RC_AVV_ACK || c == RC_AVV_PROGNOS;
}

bool report_msg_add(struct report_msgs *m, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	char **v = realloc(m->v, (m->n + 1) * sizeof *v);
	if (!v)
		return false;
	m->v = v;
	if (!(m->v[m->n] = strdup(buf)))
		return false;
	m->n++;
	return true;
}

void report_msgs_free(struct report_msgs *m)
{
	for (size_t i = 0; i < m->n; i++)
		free(m->v[i]);
	free(m->v);
	m->v = NULL;
	m->n = 0;
}

void report_data_free(struct report_data *d)
{
	if (!d)
		return;
	for (size_t i = 0; i < d->nlines; i++) {
		free(d->lines[i].area);
		free(d->lines[i].comment);
	}
	free(d->lines);
	free(d->comment);
	report_msgs_free(&d->errors);
	report_msgs_free(&d->warnings);
	report_msgs_free(&d->notes);
	free(d);
}

/* Sanitized copy of s with runs of spaces (no-break ones too) made one
 * space and the ends trimmed; keep_newlines keeps line breaks (comments). */
char *rp_clean(const char *s, bool keep_newlines)
{
	char *t = text_sanitize(s, keep_newlines);
	size_t o = 0, len;
	bool space = false;
	if (!t)
		return NULL;
	len = strlen(t);
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = utf8_decode(t + i, len - i, &cp);
		if (n == 0)
			n = 1, cp = '?';
		if (cp == ' ' || cp == 0xA0 || cp == 0x202F) {
			space = o > 0;
		} else {
			if (space && !(keep_newlines && cp == '\n'))
				t[o++] = ' ';
			space = false;
			memmove(t + o, t + i, n);
			o += n;
		}
		i += n;
	}
	t[o] = '\0';
	return t;
}

/* Lower case for matching words: ASCII and Å Ä Ö É. */
void rp_lower(const char *s, char *buf, size_t bufsz)
{
	size_t o = 0;
	for (size_t i = 0; s[i] && o + 1 < bufsz; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c - 'A' + 'a');
		else if (c == 0xC3 && o + 2 < bufsz && s[i + 1]) {
			unsigned char d = (unsigned char)s[i + 1];
			if (d == 0x85 || d == 0x84 || d == 0x96 || d == 0x89)
				d = (unsigned char)(d + 0x20);
			buf[o++] = (char)c;
			buf[o++] = (char)d;
			i++;
			continue;
		}
		buf[o++] = (char)c;
	}
	buf[o] = '\0';
}

static bool is_letter_byte(char c)
{
	return (c >= 'a' && c <= 'z') || (unsigned char)c >= 0x80;
}

/* w occurs in l as a word of its own. */
bool rp_has_word(const char *l, const char *w)
{
	size_t n = strlen(w);
	for (const char *p = strstr(l, w); p; p = strstr(p + 1, w))
		if ((p == l || !is_letter_byte(p[-1])) && !is_letter_byte(p[n]))
			return true;
	return false;
}

static int classify(const char *cell)
{
	char l[256];
	rp_lower(cell, l, sizeof l);
	bool ack = strstr(l, "ack") || strstr(l, "period");
	bool year = strstr(l, "helår") || strstr(l, "årsbudget") || rp_has_word(l, "år");
	if (strstr(l, "kommentar"))
		return K_COMMENT;
	if (strstr(l, "grupp") || strstr(l, "huvudområde"))
		return K_GROUP;
	if (strstr(l, "avvikelse") || rp_has_word(l, "avv"))
		return strstr(l, "prognos") || year ? RC_AVV_PROGNOS : RC_AVV_ACK;
	if (strstr(l, "utfall"))
		return RC_UTFALL_ACK;
	if (strstr(l, "prognos"))
		return RC_PROGNOS_YEAR;
	if (strstr(l, "budget"))
		return ack ? RC_BUDGET_ACK : year ? RC_BUDGET_YEAR : K_BUDGET;
	return K_NONE;
}

struct layout {
	size_t col[K_NKINDS];  /* column index per kind; SIZE_MAX: absent */
	size_t label;          /* the area name column */
	int order[RC_NCOLS];   /* the figure columns in file order */
	const struct tab_row *header;
};

#define ABSENT ((size_t)-1)


/* Quoted header text of column c, for messages. */
static const char *head_q(const struct layout *l, size_t c, char *buf, size_t n)
{
	text_quote(tab_cell(l->header, c), buf, n);
	return buf;
}

int rp_error(struct report_data *d, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;
	if (d->errors.n > MSG_MAX)
		return -1;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	if (d->errors.n == MSG_MAX)
		return report_msg_add(&d->errors, "… och fler fel.") ? -1 : -2;
	return report_msg_add(&d->errors, "%s", buf) ? -1 : -2;
}

/* Assign the header's columns; errors for duplicates and missing ones. */
static int read_layout(struct report_data *d, const struct tab_row *h, struct layout *l)
{
	size_t bare[2], nbare = 0;
	char q[TEXT_QUOTE_SIZE], q2[TEXT_QUOTE_SIZE];
	int rc = 0;
	l->header = h;
	l->label = ABSENT;
	for (size_t k = 0; k < K_NKINDS; k++)
		l->col[k] = ABSENT;
	for (size_t c = 0; c < h->ncells; c++) {
		int k = classify(h->cells[c]);
		if (k == K_NONE) {
			if (l->label == ABSENT)
				l->label = c;
			else if (!rp_blank(h->cells[c]))
				report_msg_add(&d->notes, "Kolumn %zu (\"%s\") känns inte igen "
					       "och läses inte.", c + 1, head_q(l, c, q, sizeof q));
			continue;
		}
		if (k == K_BUDGET) {
			if (nbare < 2)
				bare[nbare] = c;
			nbare++;
			continue;
		}
		if (l->col[k] != ABSENT) {
			rc = rp_error(d, "Rad %zu: kolumn %zu (\"%s\") och kolumn %zu (\"%s\") "
				    "är båda %s.", h->line, l->col[k] + 1,
				    head_q(l, l->col[k], q, sizeof q), c + 1,
				    head_q(l, c, q2, sizeof q2),
				    k < RC_NCOLS ? report_col_label((enum report_col)k)
						 : k == K_COMMENT ? "Kommentar" : "Grupp");
			continue;
		}
		l->col[k] = c;
	}
	/* A bare "Budget" is whichever budget is not named; two of them are
	 * the accumulated one and then the full-year one, as reports list them. */
	for (size_t i = 0; i < nbare && i < 2; i++) {
		int k = l->col[RC_BUDGET_ACK] == ABSENT ? RC_BUDGET_ACK
			: l->col[RC_BUDGET_YEAR] == ABSENT ? RC_BUDGET_YEAR : K_NONE;
		if (k == K_NONE || nbare > 2) {
			rc = rp_error(d, "Rad %zu, kolumn %zu (\"%s\"): det framgår inte om "
				    "kolumnen är Budget (ack) eller Budget (helår); skriv "
				    "\"ack\" eller \"helår\" i rubriken.", h->line, bare[i] + 1,
				    head_q(l, bare[i], q, sizeof q));
			continue;
		}
		l->col[k] = bare[i];
		report_msg_add(&d->notes, "Kolumn %zu (\"%s\") läses som %s.", bare[i] + 1,
			       head_q(l, bare[i], q, sizeof q),
			       report_col_label((enum report_col)k));
	}
	for (int k = 0; k < RC_NCOLS; k++) { /* insertion sort by column */
		int j = k;
		for (; j > 0 && l->col[l->order[j - 1]] > l->col[k]; j--)
			l->order[j] = l->order[j - 1];
		l->order[j] = k;
	}
	if (l->label == ABSENT)
		rc = rp_error(d, "Rad %zu: rubrikraden har ingen kolumn för områdenas namn.",
			    h->line);
	for (int k = 0; k < RC_NCOLS; k++)
		if (!report_col_computed((enum report_col)k) && l->col[k] == ABSENT)
			rc = rp_error(d, "Rad %zu: kolumnen %s saknas i rubrikraden.", h->line,
				    report_col_label((enum report_col)k));
	return rc;
}

enum sv_unit rp_unit(const struct tab_row *h)
{
	enum sv_unit u = SV_UNIT_NONE;
	for (size_t c = 0; h && c < h->ncells; c++) {
		char l[256];
		rp_lower(h->cells[c], l, sizeof l);
		if (strstr(l, "tkr"))
			return SV_UNIT_TKR;
		if (rp_has_word(l, "kr"))
			u = SV_UNIT_KR;
	}
	return u;
}

bool rp_blank(const char *s)
{
	struct sv_num n;
	/* sv_num_parse treats exactly the blank characters as empty. */
	return !*s || (sv_num_parse(s, &n) == ND_OK && n.empty);
}

static int count_known(const struct tab_row *r)
{
	int n = 0;
	for (size_t c = 0; c < r->ncells; c++) {
		int k = classify(r->cells[c]);
		n += (k >= 0 && k < RC_NCOLS) || k == K_BUDGET;
	}
	return n;
}

bool rp_total_label(const char *label, const char *header_label, const char *committee)
{
	static const char *const words[] = {
		"totalt", "total", "summa", "summa totalt", "totalsumma", "nämnden totalt",
		"totalt nämnden", "netto", NULL,
	};
	char a[1024], b[1024];
	rp_lower(label, a, sizeof a);
	for (size_t i = 0; words[i]; i++)
		if (strcmp(a, words[i]) == 0)
			return true;
	char *h = header_label ? rp_clean(header_label, false) : NULL;
	bool same = false;
	if (h && *h) {
		rp_lower(h, b, sizeof b);
		same = strcmp(a, b) == 0;
	}
	free(h);
	if (!same && committee && *committee) {
		rp_lower(committee, b, sizeof b);
		same = strcmp(a, b) == 0;
	}
	return same;
}

/* Parse the figure cells of row r into v/has. */
static int read_figures(struct report_data *d, const struct layout *l, const struct tab_row *r,
			int64_t *v, bool *has)
{
	int rc = 0;
	char q[TEXT_QUOTE_SIZE];
	for (int i = 0; i < RC_NCOLS; i++) {
		int k = l->order[i];
		struct sv_num n;
		v[k] = 0;
		has[k] = false;
		if (l->col[k] == ABSENT)
			continue;
		if (sv_num_parse(tab_cell(r, l->col[k]), &n) != ND_OK) {
			rc = rp_error(d, "Rad %zu, kolumn %zu (\"%s\"): %s", r->line, l->col[k] + 1,
				    head_q(l, l->col[k], q, sizeof q), nd_errmsg());
			continue;
		}
		if (n.unit != SV_UNIT_NONE && n.unit != d->unit) {
			rc = rp_error(d, "Rad %zu, kolumn %zu (\"%s\"): beloppet är i %s men "
				    "rapporten är i %s.", r->line, l->col[k] + 1,
				    head_q(l, l->col[k], q, sizeof q), sv_unit_name(n.unit),
				    sv_unit_name(d->unit));
			continue;
		}
		v[k] = n.cents;
		has[k] = !n.empty;
	}
	return rc;
}

void rp_fmt(int64_t v, char *buf)
{
	sv_num_format(v, v % 100 ? 2 : 0, buf, SV_NUM_BUF);
}

/* Warn when the file's value in column col (0-based, headed head) of the
 * row at line differs from the computed one. */
void rp_mismatch(struct report_data *d, size_t line, const char *what, size_t col,
		 const char *head, int64_t file, int64_t computed)
{
	char a[SV_NUM_BUF], b[SV_NUM_BUF], q[TEXT_QUOTE_SIZE], w[TEXT_QUOTE_SIZE];
	if (file == computed || d->warnings.n > WARN_MAX)
		return;
	if (d->warnings.n == WARN_MAX) {
		report_msg_add(&d->warnings, "… och fler avvikelser.");
		return;
	}
	rp_fmt(file, a);
	rp_fmt(computed, b);
	text_quote(what, w, sizeof w);
	text_quote(head, q, sizeof q);
	report_msg_add(&d->warnings, "Rad %zu (%s), kolumn %zu (\"%s\"): filen har %s, "
		       "beräknat %s.", line, w, col + 1, q, a, b);
}

static void check_value(struct report_data *d, const struct layout *l, size_t line,
			const char *what, int k, bool has, int64_t file, int64_t computed)
{
	if (has && l->col[k] != ABSENT)
		rp_mismatch(d, line, what, l->col[k], tab_cell(l->header, l->col[k]), file,
			    computed);
}

static void deviations(int64_t *v)
{
	v[RC_AVV_ACK] = v[RC_UTFALL_ACK] - v[RC_BUDGET_ACK];
	v[RC_AVV_PROGNOS] = v[RC_PROGNOS_YEAR] - v[RC_BUDGET_YEAR];
}

struct name_ref {
	const char *name;
	size_t index;
};

static int name_cmp(const void *a, const void *b)
{
	const struct name_ref *x = a, *y = b;
	int c = sv_strcmp(x->name, y->name);
	return c ? c : (x->index > y->index) - (x->index < y->index);
}

int rp_duplicates(struct report_data *d, size_t label_col, size_t group_col)
{
	struct name_ref *refs = malloc((d->nlines ? d->nlines : 1) * sizeof *refs);
	char q[TEXT_QUOTE_SIZE];
	int rc = 0;
	if (!refs)
		return -2;
	for (size_t i = 0; i < d->nlines; i++)
		refs[i] = (struct name_ref){ d->lines[i].area, i };
	qsort(refs, d->nlines, sizeof *refs, name_cmp);
	/* Names that differ only in case or accents ("Komvux", "komvux") are
	 * the same area to a reader, and would split it in two. */
	for (size_t i = 1; i < d->nlines; i++)
		if (sv_strcmp(refs[i].name, refs[i - 1].name) == 0) {
			const struct report_line *a = &d->lines[refs[i - 1].index];
			const struct report_line *b = &d->lines[refs[i].index];
			text_quote(b->area, q, sizeof q);
			if (strcmp(a->area, b->area) == 0) {
				rc = rp_error(d, "Rad %zu, kolumn %zu: %s \"%s\" finns redan på rad %zu.",
					      b->line, (b->is_group ? group_col : label_col) + 1,
					      b->is_group ? "gruppen" : "området", q, a->line);
			} else {
				char qa[TEXT_QUOTE_SIZE];
				text_quote(a->area, qa, sizeof qa);
				rc = rp_error(d, "Rad %zu, kolumn %zu: %s \"%s\" finns redan på rad "
					      "%zu, skrivet \"%s\".", b->line,
					      (b->is_group ? group_col : label_col) + 1,
					      b->is_group ? "gruppen" : "området", q, a->line, qa);
			}
		}
	free(refs);
	return rc;
}

struct report_line *rp_add_line(struct report_data *d, size_t *cap, char *area, size_t line)
{
	if (d->nlines == *cap) {
		size_t n = *cap ? *cap * 2 : 32;
		struct report_line *v = realloc(d->lines, n * sizeof *v);
		if (!v) {
			free(area);
			return NULL;
		}
		d->lines = v;
		*cap = n;
	}
	struct report_line *ln = &d->lines[d->nlines++];
	memset(ln, 0, sizeof *ln);
	ln->parent = REPORT_NO_PARENT;
	ln->area = area;
	ln->line = line;
	return ln;
}

/* Put the area of row r under the group named in its group cell,
 * opening the group at its first row. */
static int place_in_group(struct report_data *d, const struct layout *l,
			  const struct tab_row *r, size_t *open_group, size_t *cap)
{
	char q[TEXT_QUOTE_SIZE];
	char *g = l->col[K_GROUP] == ABSENT ? NULL
		: rp_clean(tab_cell(r, l->col[K_GROUP]), false);
	if (l->col[K_GROUP] != ABSENT && !g)
		return -2;
	if (!g || !*g) {
		free(g);
		*open_group = REPORT_NO_PARENT;
		return 0;
	}
	if (*open_group != REPORT_NO_PARENT && strcmp(d->lines[*open_group].area, g) == 0) {
		free(g);
		return 0;
	}
	for (size_t i = 0; i < d->nlines; i++)
		if (d->lines[i].is_group && strcmp(d->lines[i].area, g) == 0) {
			text_quote(g, q, sizeof q);
			free(g);
			return rp_error(d, "Rad %zu, kolumn %zu: gruppen \"%s\" slutade på en "
				      "tidigare rad; en grupps rader ska stå i följd (gruppen "
				      "började på rad %zu).", r->line, l->col[K_GROUP] + 1, q,
				      d->lines[i].line);
		}
	struct report_line *gl = rp_add_line(d, cap, g, r->line);
	if (!gl)
		return -2;
	gl->is_group = true;
	*open_group = d->nlines - 1;
	return 0;
}

/* One row under the header: the total row, or an area. */
static int read_row(struct report_data *d, const struct layout *l, const struct tab_row *r,
		    const struct report_parse_opts *o, size_t *open_group, size_t *cap,
		    int64_t *total, bool *total_has)
{
	char q[TEXT_QUOTE_SIZE];
	int rc = 0;
	for (size_t c = l->header->ncells; c < r->ncells; c++)
		if (!rp_blank(r->cells[c]))
			return rp_error(d, "Rad %zu, kolumn %zu: cellen har ett värde men "
				      "kolumnen har ingen rubrik.", r->line, c + 1);
	if (r->ncells < l->header->ncells)
		return rp_error(d, "Rad %zu har %zu celler men rubrikraden (rad %zu) har %zu; "
			      "saknas en kolumn?", r->line, r->ncells, l->header->line,
			      l->header->ncells);
	char *area = rp_clean(tab_cell(r, l->label), false);
	if (!area)
		return -2;
	if (!*area) {
		free(area);
		return rp_error(d, "Rad %zu, kolumn %zu: raden har belopp men inget namn på "
			      "området.", r->line, l->label + 1);
	}
	if (text_width(area) > REPORT_AREA_MAX) {
		free(area);
		return rp_error(d, "Rad %zu, kolumn %zu: områdets namn är längre än %d tecken.",
			      r->line, l->label + 1, REPORT_AREA_MAX);
	}
	if (rp_total_label(area, tab_cell(l->header, l->label), o->committee_name)) {
		if (d->total_line) {
			free(area);
			return rp_error(d, "Rad %zu: en andra totalrad (den första är rad %zu).",
				      r->line, d->total_line);
		}
		d->total_line = r->line;
		free(area);
		return read_figures(d, l, r, total, total_has);
	}
	if (d->nlines + 2 > REPORT_LINES_MAX) {
		free(area);
		return rp_error(d, "Rad %zu: rapporten har fler än %d rader.", r->line,
			      REPORT_LINES_MAX);
	}
	if ((rc = place_in_group(d, l, r, open_group, cap)) == -2) {
		free(area);
		return rc;
	}
	struct report_line *ln = rp_add_line(d, cap, area, r->line);
	if (!ln)
		return -2;
	ln->parent = *open_group;
	if (l->col[K_COMMENT] != ABSENT) {
		char *c = rp_clean(tab_cell(r, l->col[K_COMMENT]), true);
		if (!c)
			return -2;
		if (*c && text_width(c) > REPORT_COMMENT_MAX)
			rc = rp_error(d, "Rad %zu, kolumn %zu: kommentaren är längre än %d tecken.",
				    r->line, l->col[K_COMMENT] + 1, REPORT_COMMENT_MAX);
		if (*c)
			ln->comment = c;
		else
			free(c);
	}
	int f = read_figures(d, l, r, ln->v, ln->has);
	if (f)
		return f;
	if (!ln->has[RC_BUDGET_ACK] && !ln->has[RC_UTFALL_ACK] && !ln->has[RC_BUDGET_YEAR] &&
	    !ln->has[RC_PROGNOS_YEAR]) {
		text_quote(area, q, sizeof q);
		return rp_error(d, "Rad %zu, kolumn %zu: området \"%s\" har inga belopp (en "
			      "rubrik för delområden anges i en kolumn Grupp).", r->line,
			      l->label + 1, q);
	}
	int64_t c[RC_NCOLS];
	memcpy(c, ln->v, sizeof c);
	deviations(c);
	check_value(d, l, r->line, area, RC_AVV_ACK, ln->has[RC_AVV_ACK], ln->v[RC_AVV_ACK],
		    c[RC_AVV_ACK]);
	check_value(d, l, r->line, area, RC_AVV_PROGNOS, ln->has[RC_AVV_PROGNOS],
		    ln->v[RC_AVV_PROGNOS], c[RC_AVV_PROGNOS]);
	return rc;
}

static const struct tab_row *find_header(const struct tab_file *t, size_t *index)
{
	for (size_t i = 0; i < t->nrows && i < HEADER_SEARCH; i++)
		if (count_known(&t->rows[i]) >= 2) {
			*index = i;
			return &t->rows[i];
		}
	return NULL;
}

static void check_total(struct report_data *d, const struct layout *l, int64_t *total,
			const bool *total_has)
{
	int64_t sum[RC_NCOLS] = { 0 };
	for (size_t i = 0; i < d->nlines; i++)
		if (!d->lines[i].is_group)
			for (int k = 0; k < RC_NCOLS; k++)
				sum[k] += d->lines[i].v[k];
	deviations(sum);
	for (int k = 0; k < RC_NCOLS; k++)
		check_value(d, l, d->total_line, REPORT_TOTAL_LABEL, k, total_has[k], total[k],
			    sum[k]);
}

enum nd_err report_parse(const struct tab_file *t, const struct report_parse_opts *opts,
			 struct report_data **out)
{
	struct report_parse_opts o = opts ? *opts : (struct report_parse_opts){ 0 };
	struct report_data *d = calloc(1, sizeof *d);
	struct layout l;
	const struct tab_row *h;
	size_t hi = 0, cap = 0, open_group = REPORT_NO_PARENT;
	int64_t total[RC_NCOLS];
	bool total_has[RC_NCOLS] = { false };
	int rc = 0;

	*out = d;
	if (!d)
		return nd_fail(ND_ENOMEM, "Slut på minne.");
	if (!(h = find_header(t, &hi))) {
		rp_error(d, "Hittar ingen rubrikrad bland de första %d raderna: en rad med "
		       "Budget (ack), Utfall (ack), Budget (helår) och Prognos (helår) "
		       "som rubriker.", HEADER_SEARCH);
		goto done;
	}
	d->header_line = h->line;
	enum sv_unit hu = rp_unit(h);
	if (o.unit != SV_UNIT_NONE && hu != SV_UNIT_NONE && hu != o.unit) {
		rp_error(d, "Rad %zu: rubrikerna anger %s men enheten %s begärdes.", h->line,
		       sv_unit_name(hu), sv_unit_name(o.unit));
		goto done;
	}
	d->unit = o.unit != SV_UNIT_NONE ? o.unit : hu != SV_UNIT_NONE ? hu : SV_UNIT_TKR;
	if ((rc = read_layout(d, h, &l)) != 0)
		goto done;
	for (size_t i = hi + 1; i < t->nrows && rc != -2; i++)
		rc = read_row(d, &l, &t->rows[i], &o, &open_group, &cap, total, total_has);
	if (rc == -2)
		goto done;
	if (d->nlines == 0 && d->errors.n == 0)
		rp_error(d, "Filen har inga områden under rubrikraden (rad %zu).", h->line);
	if (d->errors.n)
		goto done;
	if (rp_duplicates(d, l.label, l.col[K_GROUP]) == -2)
		rc = -2;
	if (d->errors.n || rc)
		goto done;
	if (d->total_line) {
		size_t before = d->warnings.n;
		check_total(d, &l, total, total_has);
		if (d->warnings.n == before)
			report_msg_add(&d->notes, "Totalraden (rad %zu) stämmer med summan "
				       "av områdena.", d->total_line);
	}
	else
		report_msg_add(&d->notes, "Filen har ingen totalrad; totalen räknas fram.");
done:
	return rp_result(d, rc);
}

enum nd_err rp_result(const struct report_data *d, int rc)
{
	if (rc == -2)
		return nd_fail(ND_ENOMEM, "Slut på minne vid läsning av filen.");
	if (d->errors.n)
		return nd_fail(ND_EINVAL, "Filen har %s%zu fel; inget har importerats.",
			       d->errors.n > MSG_MAX ? "över " : "",
			       d->errors.n > MSG_MAX ? (size_t)MSG_MAX : d->errors.n);
	return ND_OK;
}

enum nd_err report_period_parse(const char *s, int *year, int *month)
{
	char q[TEXT_QUOTE_SIZE];
	int y = 0, m = 0;
	size_t i;
	for (i = 0; s && i < 7; i++)
		if (i == 4 ? s[i] != '-' : !(s[i] >= '0' && s[i] <= '9'))
			break;
	if (s && i == 7 && s[7] == '\0') {
		y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
		m = (s[5] - '0') * 10 + (s[6] - '0');
	}
	if (y < 1900 || y > 2199 || m < 1 || m > 12) {
		text_quote(s, q, sizeof q);
		return nd_fail(ND_EINVAL, "Perioden \"%s\" ska skrivas ÅÅÅÅ-MM, till exempel "
			       "2023-10.", q);
	}
	*year = y;
	*month = m;
	return ND_OK;
}
