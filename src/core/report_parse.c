/* Reading the month report table out of a parsed CSV/TSV file: header by
 * its words, areas, groups, the total row; checks with row and column. */
#include "namnd/report.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/collate.h"
#include "namnd/text.h"
#include "report_impl.h"

#define MSG_MAX 50          /* errors listed before "and more" */
#define WARN_MAX 100        /* mismatches listed before "and more" */
#define HEADER_SEARCH 20    /* rows searched for the header */


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
	/* text_sanitize sized it for the worst case: give the rest back (a
	 * month report keeps a hundred thousand of these). */
	char *fit = realloc(t, o + 1);
	return fit ? fit : t;
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

/* What a header word means. A header is read word by word, in any order
 * and combination ("Avvikelse budget helår", "Årsprognos", "Utfall
 * jan-okt"); a column is what its words together say. */
enum {
	W_BUDGET = 1 << 0, W_UTFALL = 1 << 1, W_PROGNOS = 1 << 2, W_AVV = 1 << 3,
	W_ACK = 1 << 4, W_YEAR = 1 << 5, W_LAST = 1 << 6, W_SHARE = 1 << 7,
	W_COMMENT = 1 << 8, W_GROUP = 1 << 9, W_OTHER = 1 << 10, /* known, no meaning */
	W_PLAN = 1 << 11,
};
#define W_FIGURE (W_BUDGET | W_UTFALL | W_PROGNOS | W_AVV)

static const struct {
	const char *word;
	unsigned bits;
} lexicon[] = {
	{ "budget", W_BUDGET }, { "budg", W_BUDGET }, { "budgeten", W_BUDGET },
	{ "budgeterat", W_BUDGET }, { "nettobudget", W_BUDGET }, { "driftbudget", W_BUDGET },
	{ "budgetram", W_BUDGET }, { "ram", W_BUDGET }, { "nettoram", W_BUDGET }, { "årsbudget", W_BUDGET | W_YEAR },
	{ "helårsbudget", W_BUDGET | W_YEAR }, { "periodbudget", W_BUDGET | W_ACK },
	{ "utfall", W_UTFALL }, { "utf", W_UTFALL }, { "utfallet", W_UTFALL },
	{ "bokfört", W_UTFALL },
	{ "prognos", W_PROGNOS }, { "progn", W_PROGNOS }, { "prog", W_PROGNOS },
	{ "prognosen", W_PROGNOS }, { "årsprognos", W_PROGNOS | W_YEAR },
	{ "helårsprognos", W_PROGNOS | W_YEAR }, { "utfallsprognos", W_PROGNOS | W_YEAR },
	{ "bokslutsprognos", W_PROGNOS | W_YEAR },
	{ "avvikelse", W_AVV }, { "avvikelser", W_AVV }, { "avv", W_AVV }, { "avvik", W_AVV },
	{ "differens", W_AVV }, { "diff", W_AVV }, { "budgetavvikelse", W_AVV },
	{ "prognosavvikelse", W_AVV | W_PROGNOS },
	{ "ack", W_ACK }, { "ackumulerat", W_ACK }, { "ackumulerad", W_ACK },
	{ "ackum", W_ACK }, { "period", W_ACK }, { "perioden", W_ACK }, { "periodens", W_ACK },
	{ "hittills", W_ACK }, { "tom", W_ACK }, { "periodiserad", W_ACK },
	{ "periodiserat", W_ACK },
	{ "jan", W_ACK }, { "januari", W_ACK }, { "feb", W_ACK }, { "februari", W_ACK },
	{ "mar", W_ACK }, { "mars", W_ACK }, { "apr", W_ACK }, { "april", W_ACK },
	{ "maj", W_ACK }, { "jun", W_ACK }, { "juni", W_ACK }, { "jul", W_ACK },
	{ "juli", W_ACK }, { "aug", W_ACK }, { "augusti", W_ACK }, { "sep", W_ACK },
	{ "sept", W_ACK }, { "september", W_ACK }, { "okt", W_ACK }, { "oktober", W_ACK },
	{ "nov", W_ACK }, { "november", W_ACK }, { "dec", W_ACK }, { "december", W_ACK },
	{ "helår", W_YEAR }, { "helåret", W_YEAR }, { "helårs", W_YEAR }, { "år", W_YEAR },
	{ "året", W_YEAR }, { "årets", W_YEAR }, { "innevarande", W_OTHER },
	/* Last year's figures: kept out, never read as this year's. */
	{ "föregående", W_LAST }, { "fg", W_LAST }, { "fjol", W_LAST },
	{ "fjolår", W_LAST }, { "fjolåret", W_LAST }, { "förra", W_LAST },
	{ "bokslut", W_LAST }, { "jämförelse", W_LAST },
	/* A later year's plan (nämndplan, Sjöbo's "Plan 2026"). */
	{ "plan", W_PLAN }, { "planår", W_PLAN }, { "flerårsplan", W_PLAN },
	{ "ep", W_PLAN }, { "ekonomisk", W_OTHER },
	{ "procent", W_SHARE }, { "andel", W_SHARE },
	{ "kommentar", W_COMMENT }, { "kommentarer", W_COMMENT }, { "förklaring", W_COMMENT },
	{ "grupp", W_GROUP }, { "huvudområde", W_GROUP }, { "verksamhetsgrupp", W_GROUP },
	{ "tkr", W_OTHER }, { "kr", W_OTHER }, { "mnkr", W_OTHER }, { "mkr", W_OTHER },
	{ "i", W_OTHER }, { "per", W_OTHER }, { "mot", W_OTHER }, { "och", W_OTHER },
	{ "till", W_OTHER }, { "med", W_OTHER }, { "samt", W_OTHER }, { "av", W_OTHER },
	{ "netto", W_OTHER }, { "nettokostnad", W_OTHER }, { "nettokostnader", W_OTHER },
	{ "belopp", W_OTHER }, { "inkl", W_OTHER }, { "exkl", W_OTHER }, { "total", W_OTHER },
	{ "totalt", W_OTHER }, { "summa", W_OTHER }, { "beslutad", W_OTHER },
	{ "fastställd", W_OTHER }, { "reviderad", W_OTHER }, { "justerad", W_OTHER },
	{ "nämnd", W_OTHER }, { "nämndens", W_OTHER }, { "kf", W_OTHER },
};

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool word_byte(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (unsigned char)c >= 0x80;
}

/* The meaning of a header cell: the bits of its words. A word not in the
 * lexicon (not a number, not one letter) is copied to unknown (the first
 * one), else unknown is "". "%" means a share. */
static unsigned header_words(const char *cell, char *unknown, size_t usize, int *year)
{
	char l[256];
	unsigned bits = 0;
	size_t o = 0;
	unknown[0] = '\0';
	*year = 0;
	rp_lower(cell, l, sizeof l);
	for (size_t i = 0; l[i]; i++) /* "t.o.m.", "f.g. år": the letters together */
		if (l[i] != '.')
			l[o++] = l[i];
	l[o] = '\0';
	if (strchr(l, '%'))
		bits |= W_SHARE;
	for (size_t i = 0; l[i];) {
		if (!word_byte(l[i])) {
			i++;
			continue;
		}
		/* Letters and digits are words of their own: "Utfall2013" is
		 * Utfall 2013 (Gnesta's driftredovisning 2013). */
		size_t n = 0;
		bool digits = is_digit(l[i]);
		while (word_byte(l[i + n]) && is_digit(l[i + n]) == digits)
			n++;
		if (digits && n == 4 && !*year) /* "Budget 2023", "Utfall 2010-04" */
			*year = atoi(l + i);
		bool found = digits || n == 1;
		for (size_t k = 0; !found && k < sizeof lexicon / sizeof lexicon[0]; k++)
			if (strlen(lexicon[k].word) == n && memcmp(lexicon[k].word, l + i, n) == 0) {
				bits |= lexicon[k].bits;
				found = true;
			}
		if (!found && !unknown[0])
			snprintf(unknown, usize, "%.*s", (int)n, l + i);
		i += n;
	}
	return bits;
}

/* The column a header cell names, from its words: a figure column, a bare
 * Budget, the comment or the group, RK_LAST (last year's figures) or
 * RK_SHARE (a share, "%": both shown as not read), RK_AVV (a bare
 * "Avvikelse": of the figures to its left), RK_UNKNOWN (a figure word
 * beside a word namnd does not know, in unknown: not guessed at), or
 * RK_NONE (no figure word: the areas' names, or a column not read). */
int rp_classify(const char *cell, int report_year, char *unknown, size_t usize)
{
	int year;
	unsigned w = header_words(cell, unknown, usize, &year);
	if (report_year && year >= 1900 && year <= 2199 && year != report_year &&
	    w & W_FIGURE)
		return RK_YEAR; /* another year's figures */
	if (w & W_SHARE)
		return RK_SHARE;
	if (w & W_LAST)
		return RK_LAST;
	if (w & W_PLAN && !(w & (W_PROGNOS | W_UTFALL | W_AVV)))
		return unknown[0] ? RK_UNKNOWN : RK_PLAN;
	if (w & W_COMMENT && !(w & W_FIGURE))
		return RK_COMMENT;
	if (w & W_GROUP && !(w & W_FIGURE))
		return RK_GROUP;
	if (!(w & W_FIGURE))
		return RK_NONE;
	if (unknown[0])
		return RK_UNKNOWN;
	if (w & W_AVV && !(w & (W_PROGNOS | W_YEAR | W_ACK | W_BUDGET | W_UTFALL)))
		return RK_AVV; /* a bare "Avvikelse": its neighbours tell which */
	if (w & W_AVV)
		return w & (W_PROGNOS | W_YEAR) ? RC_AVV_PROGNOS : RC_AVV_ACK;
	if (w & W_PROGNOS)
		return RC_PROGNOS_YEAR;
	if (w & W_UTFALL)
		return RC_UTFALL_ACK;
	return w & W_ACK ? RC_BUDGET_ACK : w & W_YEAR ? RC_BUDGET_YEAR : RK_BUDGET;
}

const char *rp_answer_hint(const char *word, char *buf, size_t size)
{
	snprintf(buf, size, " (ange --column \"%s=…\" eller --ignore \"%s\")", word, word);
	return buf;
}

int rp_ask(report_ask_fn ask, void *ctx, const struct tab_row *h, size_t col,
	   const char *word, const char *const *choices, int n)
{
	struct report_question q = { col, NULL, word, choices, n };
	char *head;
	int a;
	if (!ask)
		return REPORT_ASK_UNKNOWN;
	if (!(head = rp_clean(tab_cell(h, col), false)))
		return REPORT_ASK_CANCEL;
	q.head = head;
	a = ask(ctx, &q);
	free(head);
	return a;
}

static int classify(const char *cell)
{
	char unknown[64];
	int k = rp_classify(cell, 0, unknown, sizeof unknown);
	return k == RK_AVV ? RC_AVV_ACK : k;
}

struct layout {
	size_t col[RK_NKINDS];  /* column index per kind; SIZE_MAX: absent */
	size_t label;          /* the area name column */
	int order[RC_NCOLS];   /* the figure columns in file order */
	const struct tab_row *header;
	size_t unknown[4];     /* columns left out for a word not known */
	int nunknown;
	enum sv_unit unit;     /* the file's unit (mnkr is stored as tkr) */
	int64_t scale;         /* 1, or 1000 for mnkr */
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
/* The column of the areas' names: the first whose cell in the first row
 * under the header is text, not a figure (nor the group or the comment);
 * ABSENT when there is none. */
static size_t names_column(const struct tab_row *h, const struct tab_row *first)
{
	for (size_t c = 0; first && c < first->ncells; c++) {
		struct sv_num n;
		int k = classify(tab_cell(h, c));
		if (k != RK_GROUP && k != RK_COMMENT && !rp_blank(first->cells[c]) &&
		    sv_num_parse(first->cells[c], &n) != ND_OK)
			return c;
	}
	return ABSENT;
}

static int read_layout(struct report_data *d, const struct tab_row *h,
		       const struct tab_row *first, const struct report_parse_opts *o,
		       struct layout *l)
{
	int year = o->year;
	size_t names = names_column(h, first);
	size_t bare[2], nbare = 0, avv[2], navv = 0;
	char q[TEXT_QUOTE_SIZE], q2[TEXT_QUOTE_SIZE];
	int rc = 0;
	l->header = h;
	l->label = ABSENT;
	for (size_t k = 0; k < RK_NKINDS; k++)
		l->col[k] = ABSENT;
	l->nunknown = 0;
	for (size_t c = 0; c < h->ncells; c++) {
		char unknown[64];
		int k = rp_classify(h->cells[c], year, unknown, sizeof unknown);
		if (c == names) { /* "PROGNOSAVVIKELSE, MKR" over the names */
			l->label = c;
			if (k != RK_NONE)
				report_msg_add(&d->notes, "Kolumn %zu (\"%s\") har områdenas namn.",
					       c + 1, head_q(l, c, q, sizeof q));
			continue;
		}
		if (k == RK_LAST || k == RK_SHARE || k == RK_YEAR || k == RK_PLAN) {
			char why[80];
			if (k == RK_YEAR)
				snprintf(why, sizeof why, "den gäller ett annat år än rapportens %d",
					 year);
			else if (k == RK_PLAN)
				snprintf(why, sizeof why, "den är en plan för ett senare år");
			else
				snprintf(why, sizeof why, "%s", k == RK_LAST ?
					 "den har föregående års siffror eller ett bokslut" :
					 "den är en andel, inte ett belopp");
			report_msg_add(&d->notes, "Kolumn %zu (\"%s\") läses inte: %s.", c + 1,
				       head_q(l, c, q, sizeof q), why);
			continue;
		}
		if (k == RK_AVV) {
			if (navv < 2)
				avv[navv] = c;
			else
				rc = rp_error(d, "Rad %zu, kolumn %zu (\"%s\"): en tredje kolumn "
					      "Avvikelse; skriv \"ack\" eller \"prognos\" i rubrikerna.",
					      h->line, c + 1, head_q(l, c, q, sizeof q));
			navv++;
			continue;
		}
		if (k == RK_NONE && l->label == ABSENT && (names == ABSENT || names > c)) {
			l->label = c;
			continue;
		}
		if (k == RK_NONE && unknown[0]) {
			k = RK_UNKNOWN; /* "Delårsrapp jan-aug": named as below */
		} else if (k == RK_NONE) {
			if (!rp_blank(h->cells[c]))
				report_msg_add(&d->notes, "Kolumn %zu (\"%s\") känns inte igen "
					       "och läses inte.", c + 1, head_q(l, c, q, sizeof q));
			continue;
		}
		if (k == RK_UNKNOWN && o->ask) {
			static const char *const choices[] = {
				"Budget (ack)", "Utfall (ack)", "Avvikelse (ack)", "Budget (helår)",
				"Prognos (helår)", "Avvikelse prognos", "Kommentar",
			};
			int a = rp_ask(o->ask, o->ask_ctx, h, c, unknown, choices, 7);
			if (a == REPORT_ASK_CANCEL)
				return rp_error(d, "Importen avbröts vid kolumn %zu (\"%s\").", c + 1,
						head_q(l, c, q, sizeof q));
			if (a != REPORT_ASK_UNKNOWN && (a == REPORT_ASK_IGNORE || a < 0 || a > 6)) {
				report_msg_add(&d->notes, "Kolumn %zu (\"%s\") läses inte (ditt svar).",
					       c + 1, head_q(l, c, q, sizeof q));
				continue;
			}
			if (a != REPORT_ASK_UNKNOWN) {
				k = a == 6 ? RK_COMMENT : a;
				report_msg_add(&d->notes, "Kolumn %zu (\"%s\") läses som %s (ditt "
					       "svar).", c + 1, head_q(l, c, q, sizeof q), choices[a]);
			}
		}
		if (k == RK_UNKNOWN) {
			char hint[2 * TEXT_QUOTE_SIZE + 48];
			text_quote(unknown, q2, sizeof q2);
			report_msg_add(&d->notes, "Kolumn %zu (\"%s\") läses inte: ordet \"%s\" "
				       "känns inte igen%s.", c + 1, head_q(l, c, q, sizeof q), q2,
				       rp_answer_hint(q2, hint, sizeof hint));
			if (l->nunknown < 4)
				l->unknown[l->nunknown++] = c;
			continue;
		}
		if (k == RK_BUDGET) {
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
						 : k == RK_COMMENT ? "Kommentar" : "Grupp");
			continue;
		}
		l->col[k] = c;
	}
	/* A bare "Budget" is whichever budget is not named; two of them are
	 * the accumulated one and then the full-year one, as reports list them. */
	for (size_t i = 0; i < nbare && i < 2; i++) {
		int k = l->col[RC_BUDGET_ACK] == ABSENT ? RC_BUDGET_ACK
			: l->col[RC_BUDGET_YEAR] == ABSENT ? RC_BUDGET_YEAR : RK_NONE;
		if (k == RK_NONE || nbare > 2) {
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
	/* A bare "Avvikelse" is the deviation of the figures to its left:
	 * after Utfall or Budget (ack) the period's, after Prognos or Budget
	 * (helår) the forecast's. */
	for (size_t i = 0; i < navv && i < 2; i++) {
		int left = RK_NONE;
		size_t at = 0;
		for (int k = 0; k < RC_NCOLS; k++)
			if (l->col[k] != ABSENT && l->col[k] < avv[i] && l->col[k] >= at) {
				at = l->col[k];
				left = k;
			}
		int k = left == RC_UTFALL_ACK || left == RC_BUDGET_ACK ? RC_AVV_ACK
			: left == RC_PROGNOS_YEAR || left == RC_BUDGET_YEAR ? RC_AVV_PROGNOS
										: RK_NONE;
		if (k == RK_NONE || l->col[k] != ABSENT) {
			rc = rp_error(d, "Rad %zu, kolumn %zu (\"%s\"): det framgår inte om "
				      "avvikelsen gäller perioden eller prognosen; skriv \"ack\" "
				      "eller \"prognos\" i rubriken.", h->line, avv[i] + 1,
				      head_q(l, avv[i], q, sizeof q));
			continue;
		}
		l->col[k] = avv[i];
		report_msg_add(&d->notes, "Kolumn %zu (\"%s\") läses som %s (den står efter "
			       "\"%s\").", avv[i] + 1, head_q(l, avv[i], q, sizeof q),
			       report_col_label((enum report_col)k),
			       head_q(l, l->col[left], q2, sizeof q2));
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
	bool told = false;
	for (int k = 0; k < RC_NCOLS; k++) {
		if (report_col_computed((enum report_col)k) || l->col[k] != ABSENT)
			continue;
		if (l->nunknown == 0 || told) {
			rc = rp_error(d, "Rad %zu: kolumnen %s saknas i rubrikraden.", h->line,
				      report_col_label((enum report_col)k));
			continue;
		}
		told = true;
		/* Perhaps it is the column with a word namnd does not know. */
		char unknown[64], qw[TEXT_QUOTE_SIZE], hint[2 * TEXT_QUOTE_SIZE + 48];
		rp_classify(tab_cell(h, l->unknown[0]), year, unknown, sizeof unknown);
		text_quote(unknown, qw, sizeof qw);
		rc = rp_error(d, "Rad %zu: kolumnen %s saknas i rubrikraden; kolumn %zu (\"%s\") "
			      "läses inte eftersom ordet \"%s\" inte känns igen%s. Skriv om "
			      "rubriken med orden budget, utfall, prognos, avvikelse, ack eller "
			      "helår om det är den kolumnen.", h->line,
			      report_col_label((enum report_col)k), l->unknown[0] + 1,
			      head_q(l, l->unknown[0], q, sizeof q), qw,
			      rp_answer_hint(qw, hint, sizeof hint));
	}
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
		if (rp_has_word(l, "mnkr") || rp_has_word(l, "mkr"))
			return SV_UNIT_MNKR;
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
		n += (k >= 0 && k < RC_NCOLS) || k == RK_BUDGET;
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
		if (n.unit != SV_UNIT_NONE && n.unit != l->unit) {
			rc = rp_error(d, "Rad %zu, kolumn %zu (\"%s\"): beloppet är i %s men "
				    "rapporten är i %s.", r->line, l->col[k] + 1,
				    head_q(l, l->col[k], q, sizeof q), sv_unit_name(n.unit),
				    sv_unit_name(l->unit));
			continue;
		}
		v[k] = n.cents * l->scale;
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
	char *g = l->col[RK_GROUP] == ABSENT ? NULL
		: rp_clean(tab_cell(r, l->col[RK_GROUP]), false);
	if (l->col[RK_GROUP] != ABSENT && !g)
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
				      "började på rad %zu).", r->line, l->col[RK_GROUP] + 1, q,
				      d->lines[i].line);
		}
	struct report_line *gl = rp_add_line(d, cap, g, r->line);
	if (!gl)
		return -2;
	gl->is_group = true;
	*open_group = d->nlines - 1;
	return 0;
}

/* Where the rows under the header stand: the open group, the subtotal
 * waiting to be told from a total, the rows a subtotal sums. */
struct rows {
	size_t open_group;  /* REPORT_NO_PARENT: none */
	size_t cap;
	size_t since;       /* first line a subtotal without a group sums */
	int64_t total[RC_NCOLS];
	bool total_has[RC_NCOLS];
	/* "Summa verksamheter" under every area so far: the total if no area
	 * follows, else a subtotal, checked then. */
	size_t pending;     /* its line, 0: none */
	char *pending_area;
	int64_t pv[RC_NCOLS];
	bool phas[RC_NCOLS];
	size_t pfrom, pto;  /* the lines it sums */
};

/* "Summa förskola", "Delsumma", "Förskola totalt": a subtotal's label (a
 * total's own words, "Summa", "Totalt", are the total). */
static bool subtotal_label(const char *area)
{
	static const char *const first[] = { "summa ", "delsumma", "totalt ", "total ",
					     "s:a ", NULL };
	static const char *const last[] = { " totalt", " summa", " total", NULL };
	char l[1024];
	size_t n;
	rp_lower(area, l, sizeof l);
	n = strlen(l);
	for (size_t i = 0; first[i]; i++)
		if (strncmp(l, first[i], strlen(first[i])) == 0)
			return true;
	for (size_t i = 0; last[i]; i++)
		if (n > strlen(last[i]) && strcmp(l + n - strlen(last[i]), last[i]) == 0)
			return true;
	return false;
}

/* Check a subtotal's figures v/has (row line, label area) against the
 * areas d->lines[from, to) (those under group, if group is one). */
static void check_subtotal(struct report_data *d, const struct layout *l, size_t line,
			   const char *area, const int64_t *v, const bool *has, size_t from,
			   size_t to, size_t group)
{
	int64_t sum[RC_NCOLS] = { 0 };
	size_t before = d->warnings.n, first = 0, last = 0;
	char q[TEXT_QUOTE_SIZE];
	for (size_t i = from; i < to; i++) {
		const struct report_line *ln = &d->lines[i];
		if (ln->is_group || (group != REPORT_NO_PARENT && ln->parent != group))
			continue;
		if (!first)
			first = ln->line;
		last = ln->line;
		for (int k = 0; k < RC_NCOLS; k++)
			sum[k] += ln->v[k];
	}
	deviations(sum);
	for (int k = 0; k < RC_NCOLS; k++)
		check_value(d, l, line, area, k, has[k], v[k], sum[k]);
	text_quote(area, q, sizeof q);
	if (d->warnings.n == before)
		report_msg_add(&d->notes, "Rad %zu (\"%s\") är en delsumma av raderna %zu–%zu och "
			       "stämmer; den lagras inte som ett område.", line, q, first, last);
}

/* Whether figures v/has are the sums of every area so far: a total
 * ("Summa verksamheter") under subtotals. */
static bool sums_all(const struct report_data *d, const int64_t *v, const bool *has)
{
	int64_t sum[RC_NCOLS] = { 0 };
	for (size_t i = 0; i < d->nlines; i++)
		if (!d->lines[i].is_group)
			for (int k = 0; k < RC_NCOLS; k++)
				sum[k] += d->lines[i].v[k];
	deviations(sum);
	for (int k = 0; k < RC_NCOLS; k++)
		if (has[k] && v[k] != sum[k])
			return false;
	return true;
}

static void settle_pending(struct report_data *d, const struct layout *l, struct rows *st)
{
	if (!st->pending)
		return;
	check_subtotal(d, l, st->pending, st->pending_area, st->pv, st->phas, st->pfrom,
		       st->pto, REPORT_NO_PARENT);
	free(st->pending_area);
	st->pending_area = NULL;
	st->pending = 0;
}

/* One row under the header: the total row, a subtotal, a group's heading
 * (a name without figures, when there is no Grupp column) or an area. */
static int read_row(struct report_data *d, const struct layout *l, const struct tab_row *r,
		    const struct report_parse_opts *o, struct rows *st)
{
	char q[TEXT_QUOTE_SIZE];
	int rc = 0;
	int64_t v[RC_NCOLS];
	bool has[RC_NCOLS];
	for (size_t c = l->header->ncells; c < r->ncells; c++)
		if (!rp_blank(r->cells[c]))
			return rp_error(d, "Rad %zu, kolumn %zu: cellen har ett värde men "
				      "kolumnen har ingen rubrik.", r->line, c + 1);
	bool values = false; /* a heading row may stop after its name */
	for (size_t c = 0; c < r->ncells; c++)
		values |= c != l->label && !rp_blank(r->cells[c]);
	if (r->ncells < l->header->ncells && values)
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
		settle_pending(d, l, st);
		d->total_line = r->line;
		free(area);
		return read_figures(d, l, r, st->total, st->total_has);
	}
	if ((rc = read_figures(d, l, r, v, has)) != 0) {
		free(area);
		return rc;
	}
	bool any = has[RC_BUDGET_ACK] || has[RC_UTFALL_ACK] || has[RC_BUDGET_YEAR] ||
		   has[RC_PROGNOS_YEAR];
	bool grouped = l->col[RK_GROUP] != ABSENT;
	if (any && subtotal_label(area)) {
		settle_pending(d, l, st);
		if (!grouped && st->open_group != REPORT_NO_PARENT) {
			check_subtotal(d, l, r->line, area, v, has, st->open_group + 1, d->nlines,
				       st->open_group);
			st->open_group = REPORT_NO_PARENT;
		} else if (!d->total_line && !grouped &&
			   (st->since == 0 || sums_all(d, v, has))) {
			st->pending = r->line; /* total or subtotal: the rows below tell */
			st->pending_area = area;
			memcpy(st->pv, v, sizeof v);
			memcpy(st->phas, has, sizeof has);
			st->pfrom = 0;
			st->pto = d->nlines;
			st->since = d->nlines;
			return 0;
		} else {
			check_subtotal(d, l, r->line, area, v, has, st->since, d->nlines,
				       grouped ? st->open_group : REPORT_NO_PARENT);
		}
		st->since = d->nlines;
		free(area);
		return 0;
	}
	settle_pending(d, l, st);
	if (d->nlines + 2 > REPORT_LINES_MAX) {
		free(area);
		return rp_error(d, "Rad %zu: rapporten har fler än %d rader.", r->line,
			      REPORT_LINES_MAX);
	}
	if (!any && !grouped) {
		/* A group's heading: the areas under it up to a subtotal or
		 * the next heading. */
		struct report_line *gl = rp_add_line(d, &st->cap, area, r->line);
		if (!gl)
			return -2;
		gl->is_group = true;
		st->open_group = d->nlines - 1;
		st->since = d->nlines;
		return 0;
	}
	if (grouped && (rc = place_in_group(d, l, r, &st->open_group, &st->cap)) == -2) {
		free(area);
		return rc;
	}
	struct report_line *ln = rp_add_line(d, &st->cap, area, r->line);
	if (!ln)
		return -2;
	ln->parent = st->open_group;
	memcpy(ln->v, v, sizeof v);
	memcpy(ln->has, has, sizeof has);
	if (l->col[RK_COMMENT] != ABSENT) {
		char *c = rp_clean(tab_cell(r, l->col[RK_COMMENT]), true);
		if (!c)
			return -2;
		if (*c && text_width(c) > REPORT_COMMENT_MAX)
			rc = rp_error(d, "Rad %zu, kolumn %zu: kommentaren är längre än %d tecken.",
				    r->line, l->col[RK_COMMENT] + 1, REPORT_COMMENT_MAX);
		if (*c)
			ln->comment = c;
		else
			free(c);
	}
	if (!any) {
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

/* A group's heading with no area under it: a name without figures. */
static void empty_groups(struct report_data *d, const struct layout *l)
{
	char q[TEXT_QUOTE_SIZE];
	for (size_t i = 0; i < d->nlines; i++) {
		if (!d->lines[i].is_group)
			continue;
		bool members = false;
		for (size_t k = i + 1; k < d->nlines && !members; k++)
			members = d->lines[k].parent == i;
		if (!members) {
			text_quote(d->lines[i].area, q, sizeof q);
			rp_error(d, "Rad %zu, kolumn %zu: området \"%s\" har inga belopp och inga "
				 "områden under sig.", d->lines[i].line, l->label + 1, q);
		}
	}
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

enum nd_err report_parse(struct tab_file *t, const struct report_parse_opts *opts,
			 struct report_data **out)
{
	struct report_parse_opts o = opts ? *opts : (struct report_parse_opts){ 0 };
	struct report_data *d = calloc(1, sizeof *d);
	struct layout l;
	const struct tab_row *h;
	size_t hi = 0;
	struct rows st = { .open_group = REPORT_NO_PARENT };
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
	enum sv_unit fu = o.unit != SV_UNIT_NONE ? o.unit : hu != SV_UNIT_NONE ? hu : SV_UNIT_TKR;
	d->unit = fu == SV_UNIT_MNKR ? SV_UNIT_TKR : fu;
	if ((rc = read_layout(d, h, hi + 1 < t->nrows ? &t->rows[hi + 1] : NULL, &o, &l)) != 0)
		goto done;
	l.unit = fu;
	l.scale = fu == SV_UNIT_MNKR ? 1000 : 1;
	if (fu == SV_UNIT_MNKR)
		report_msg_add(&d->notes, "Beloppen är i mnkr och lagras i tkr (1 mnkr = 1 000 "
			       "tkr).");
	/* Room for every line at once: grown by doubling, the array of a
	 * large file was a third empty. */
	if (t->nrows > hi + 1 && (d->lines = malloc((t->nrows - hi - 1) * sizeof *d->lines)))
		st.cap = t->nrows - hi - 1;
	for (size_t i = hi + 1; i < t->nrows && rc != -2; i++) {
		rc = read_row(d, &l, &t->rows[i], &o, &st);
		/* The header stays: messages quote it. */
		if (o.free_rows && i % 1024 == 0)
			tab_rows_release(t, hi + 1, i + 1);
	}
	if (rc == -2)
		goto done;
	if (st.pending && !d->total_line) {
		/* No area after "Summa …" that sums them all: the total. */
		d->total_line = st.pending;
		memcpy(st.total, st.pv, sizeof st.total);
		memcpy(st.total_has, st.phas, sizeof st.total_has);
		free(st.pending_area);
		st.pending_area = NULL;
		st.pending = 0;
	}
	if (l.col[RK_GROUP] == ABSENT)
		empty_groups(d, &l);
	if (d->nlines == 0 && d->errors.n == 0)
		rp_error(d, "Filen har inga områden under rubrikraden (rad %zu).", h->line);
	if (d->errors.n)
		goto done;
	if (rp_duplicates(d, l.label, l.col[RK_GROUP]) == -2)
		rc = -2;
	if (d->errors.n || rc)
		goto done;
	if (d->total_line) {
		size_t before = d->warnings.n;
		check_total(d, &l, st.total, st.total_has);
		if (d->warnings.n == before)
			report_msg_add(&d->notes, "Totalraden (rad %zu) stämmer med summan "
				       "av områdena.", d->total_line);
	}
	else
		report_msg_add(&d->notes, "Filen har ingen totalrad; totalen räknas fram.");
done:
	free(st.pending_area);
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
