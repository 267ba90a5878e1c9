/* Diarienummer: parsing the variants found in real documents, the
 * organisation's canonical pattern, and formatting. */
#include "namnd/dnr.h"
#include "namnd/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>


#define DNR_EXAMPLE "väntat t.ex. \"UBN 2023/451\""
#define DNR_YEAR_MIN 1900
#define DNR_YEAR_MAX 2199
#define DNR_NUMBER_MAX 9999999L

static enum nd_err dnr_bad(const char *text, const char *why)
{
	char q[TEXT_QUOTE_SIZE];

	text_quote(text, q, sizeof q);
	return nd_fail(ND_EINVAL, "Ogiltigt diarienummer: \"%s\" (%s)", q, why);
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Length of the series letter at p (ASCII letter or å ä ö in either case,
 * as UTF-8), 0 when p is not one. Writes the capital into up. */
static size_t series_letter(const char *p, const char *end, char up[2])
{
	unsigned char c = (unsigned char)p[0], c1;

	if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
		up[0] = (char)(c & ~0x20);
		return 1;
	}
	if (c != 0xC3 || end - p < 2)
		return 0;
	c1 = (unsigned char)p[1];
	/* Å C3 85 / å C3 A5, Ä C3 84 / ä C3 A4, Ö C3 96 / ö C3 B6. */
	if (c1 == 0xA5 || c1 == 0xA4 || c1 == 0xB6)
		c1 -= 0x20;
	if (c1 != 0x85 && c1 != 0x84 && c1 != 0x96)
		return 0;
	up[0] = (char)0xC3;
	up[1] = (char)c1;
	return 2;
}

/* Reads digits at *p into *val, stopping the value at cap+1 so a long run
 * cannot overflow. Returns the number of digits read. */
static size_t read_digits(const char **p, const char *end, long cap, long *val)
{
	size_t n = 0;

	*val = 0;
	while (*p < end && is_digit(**p)) {
		if (*val <= cap)
			*val = *val * 10 + (**p - '0');
		(*p)++;
		n++;
	}
	return n;
}

/* The text is read as runs of letters (a series: a letter, then letters
 * or digits, "T1") and of digits, each with the one separator before it
 * (' ', '.', '/', '-', or 0 when it follows directly). */
struct run {
	bool alpha;
	const char *s;   /* in the text */
	size_t len;      /* bytes */
	char up[DNR_SERIES_MAX + 1]; /* alpha: upper-cased, when it fits */
	size_t tail;     /* alpha: trailing digits after letters only ("SN7": 1) */
	char sep;
};

#define RUNS_MAX 8

static bool is_sep(char c)
{
	return c == ' ' || c == '.' || c == '/' || c == '-';
}

/* A leading label as documents write it: "Dnr 48/2011 042", "Dnr: …",
 * "Diarienummer: …", "Diarienr …". Returns where the dnr starts. */
static const char *skip_label(const char *p, const char *end)
{
	static const char *const labels[] = { "diarienummer", "diarienr", "dnr" };
	for (size_t i = 0; i < sizeof labels / sizeof *labels; i++) {
		size_t n = strlen(labels[i]), k;
		if ((size_t)(end - p) <= n)
			continue;
		for (k = 0; k < n && (p[k] | 0x20) == labels[i][k]; k++)
			;
		if (k < n || (p[n] != ' ' && p[n] != ':' && p[n] != '.'))
			continue;
		p += n;
		while (p < end && (*p == ' ' || *p == ':' || *p == '.'))
			p++;
		return p;
	}
	return p;
}

/* Splits [p, end) into runs. ND_EINVAL with the reason on a character that
 * belongs to no dnr, two separators in a row, or a separator at an end. */
static enum nd_err runs_read(const char *text, const char *p, const char *end,
			     struct run *r, size_t *nr)
{
	char sep = 0, up[2];
	size_t n = 0, k;

	while (p < end) {
		if (is_sep(*p)) {
			if (sep || n == 0)
				return dnr_bad(text, n == 0 ? DNR_EXAMPLE :
					       "två skiljetecken i rad");
			sep = *p++;
			continue;
		}
		if (n == RUNS_MAX)
			return dnr_bad(text, "för många delar för ett diarienummer");
		struct run *q = &r[n];
		memset(q, 0, sizeof *q);
		q->s = p;
		q->sep = sep;
		sep = 0;
		if (is_digit(*p)) {
			while (p < end && is_digit(*p))
				p++;
		} else if (series_letter(p, end, up) > 0) {
			size_t ulen = 0, digits = 0;
			bool mixed = false;
			q->alpha = true;
			while (p < end && ((k = series_letter(p, end, up)) > 0 || is_digit(*p))) {
				if (k == 0)
					up[0] = *p, k = 1, digits++;
				else if (digits)
					mixed = true;
				if (ulen + k <= DNR_SERIES_MAX)
					memcpy(q->up + ulen, up, k);
				ulen += k;
				p += k;
			}
			q->tail = mixed ? 0 : digits;
			if (ulen > DNR_SERIES_MAX)
				q->up[0] = '\0';
		} else {
			char what[8] = "";
			size_t cl = 1;
			while (cl < 4 && p + cl < end && ((unsigned char)p[cl] & 0xC0) == 0x80)
				cl++;
			memcpy(what, p, cl);
			char q1[TEXT_QUOTE_SIZE], why[TEXT_QUOTE_SIZE + 64];
			text_quote(what, q1, sizeof q1);
			snprintf(why, sizeof why, "tecknet \"%s\" hör inte till ett diarienummer", q1);
			return dnr_bad(text, why);
		}
		q->len = (size_t)(p - q->s);
		n++;
	}
	if (sep)
		return dnr_bad(text, n > 0 && !r[n - 1].alpha && r[n - 1].len == 4 &&
			       (n == 1 || r[n - 2].alpha) ? "löpnummer saknas efter året" :
			       "slutar med ett skiljetecken");
	*nr = n;
	return ND_OK;
}

/* The value of a digit run (capped past max). */
static long run_value(const struct run *r, long max)
{
	const char *p = r->s;
	long v;
	read_digits(&p, r->s + r->len, max, &v);
	return v;
}

static bool run_year4(const struct run *r)
{
	long y;
	if (r->alpha || r->len != 4)
		return false;
	y = run_value(r, DNR_YEAR_MAX);
	return y >= DNR_YEAR_MIN && y <= DNR_YEAR_MAX;
}

/* The reason a run that stands where the year should is not one. */
static enum nd_err year_bad(const char *text, const struct run *r)
{
	char why[160];
	if (r->alpha)
		return dnr_bad(text, DNR_EXAMPLE);
	if (r->len == 4) {
		snprintf(why, sizeof why, "året %.4s ligger utanför %d–%d", r->s,
			 DNR_YEAR_MIN, DNR_YEAR_MAX);
		return dnr_bad(text, why);
	}
	if (r->len > 12)
		return dnr_bad(text, "året skrivs med fyra siffror");
	snprintf(why, sizeof why, "året \"%.*s\" har %zu %s; ett år skrivs med fyra "
		 "(t.ex. 2023)", (int)r->len, r->s, r->len, r->len == 1 ? "siffra" : "siffror");
	return dnr_bad(text, why);
}

static enum nd_err number_set(const char *text, const struct run *r, struct nd_dnr *d)
{
	if (r->alpha)
		return dnr_bad(text, DNR_EXAMPLE);
	d->number = run_value(r, DNR_NUMBER_MAX);
	if (r->len > 7 || d->number < 1 || d->number > DNR_NUMBER_MAX)
		return dnr_bad(text, "löpnumret ska vara 1–9999999");
	return ND_OK;
}

/* A classification code after the number, after one space: three or more
 * digits ("042"), or digits with dots ("1.2.3"). */
static enum nd_err class_set(const char *text, const struct run *r, size_t i,
			     size_t n, struct nd_dnr *d)
{
	char why[TEXT_QUOTE_SIZE + 64], q[TEXT_QUOTE_SIZE];
	size_t j, len = 0;
	bool dots = false;

	if (i == n)
		return ND_OK;
	for (j = i; j < n; j++) {
		if (r[j].alpha || (j == i ? r[j].sep != ' ' : r[j].sep != '.'))
			break;
		dots = dots || j > i;
	}
	if (j == n && (dots || r[i].len >= 3)) {
		const char *s = r[i].s, *e = r[n - 1].s + r[n - 1].len;
		len = (size_t)(e - s);
		if (len > DNR_CLASS_MAX)
			return dnr_bad(text, "klassificeringskoden får vara högst 15 tecken");
		memcpy(d->klass, s, len);
		d->klass[len] = '\0';
		return ND_OK;
	}
	char rest[64];
	snprintf(rest, sizeof rest, "%.*s", (int)(text + strlen(text) - r[i].s), r[i].s);
	text_quote(rest, q, sizeof q);
	snprintf(why, sizeof why, "\"%s\" efter löpnumret kan inte läsas", q);
	return dnr_bad(text, why);
}

static enum nd_err series_set(const char *text, const struct run *r, struct nd_dnr *d)
{
	if (r->up[0] == '\0')
		return dnr_bad(text, "serien får vara högst 15 tecken");
	memcpy(d->series, r->up, sizeof d->series);
	return ND_OK;
}

/* The forms of real documents, over the runs:
 *   [S sep] YYYY sep N [K]   UBN 2023/451, UBN.2023.428, 2014-000812, 2023/109 042
 *   [S ' '] N '/' YYYY [K]   48/2011 042 ("Dnr 48/2011 042")
 *   YYYY '/' S ' ' N [K]     2012/BUN 0113 002
 *   YY S N                   15SN7 */
static enum nd_err runs_parse(const char *text, const struct run *r, size_t n,
			      struct nd_dnr *d)
{
	enum nd_err e;
	size_t i = 0;

	if (n == 0)
		return dnr_bad(text, "diarienumret är tomt");
	if (n >= 3 && run_year4(&r[0]) && r[1].alpha && r[1].sep == '/' &&
	    !r[2].alpha && r[2].sep == ' ') {
		d->year = (int)run_value(&r[0], DNR_YEAR_MAX);
		if ((e = series_set(text, &r[1], d)) || (e = number_set(text, &r[2], d)))
			return e;
		return class_set(text, r, 3, n, d);
	}
	if (n >= 2 && !r[0].alpha && r[0].len == 2 && r[1].alpha && r[1].sep == 0 &&
	    r[1].tail > 0 && r[1].tail < r[1].len) {
		long yy = run_value(&r[0], 99);
		struct run num = r[1];
		d->year = (int)(yy < 70 ? 2000 + yy : 1900 + yy);
		num.alpha = false;
		num.s += num.len - num.tail;
		num.len = num.tail;
		memcpy(d->series, r[1].up, r[1].len - r[1].tail);
		d->series[r[1].len - r[1].tail] = '\0';
		if ((e = number_set(text, &num, d)))
			return e;
		return class_set(text, r, 2, n, d);
	}
	if (r[0].alpha) {
		if ((e = series_set(text, &r[0], d)))
			return e;
		if (n == 1 || r[1].alpha)
			return dnr_bad(text, DNR_EXAMPLE);
		if (r[1].sep == '/')
			return dnr_bad(text, "serien skiljs från året med mellanslag, punkt "
				       "eller bindestreck");
		i = 1;
	}
	if (r[i].alpha)
		return dnr_bad(text, DNR_EXAMPLE);
	if (i + 1 == n) {
		if (run_year4(&r[i]))
			return dnr_bad(text, "löpnummer saknas efter året");
		return r[i].len == 4 ? year_bad(text, &r[i]) : dnr_bad(text, DNR_EXAMPLE);
	}
	const struct run *y = &r[i], *num = &r[i + 1];
	if (num->alpha || num->sep == ' ') {
		if (!run_year4(y))
			return year_bad(text, y);
		return dnr_bad(text, num->alpha ? DNR_EXAMPLE : "året och löpnumret skiljs åt "
			       "med /, punkt eller bindestreck");
	}
	if (!run_year4(y)) {
		/* N/YYYY: the number before the year. */
		if (num->sep == '/' && run_year4(num) && (i == 0 || r[i].sep == ' ')) {
			const struct run *t = y;
			y = num;
			num = t;
		} else {
			return year_bad(text, y);
		}
	}
	d->year = (int)run_value(y, DNR_YEAR_MAX);
	if ((e = number_set(text, num, d)))
		return e;
	return class_set(text, r, i + 2, n, d);
}

/* The runs of text without surrounding spaces and a leading label. */
static enum nd_err runs_of(const char *text, struct run *r, size_t *n)
{
	const char *p = text, *end = text + strlen(text);
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	while (end > p && (end[-1] == ' ' || end[-1] == '\t'))
		end--;
	return runs_read(text, skip_label(p, end), end, r, n);
}

enum nd_err dnr_parse(const char *text, struct nd_dnr *out)
{
	struct run r[RUNS_MAX];
	struct nd_dnr d;
	size_t n = 0;
	enum nd_err e;

	memset(&d, 0, sizeof d);
	if (!text)
		text = "";
	if ((e = runs_of(text, r, &n)) || (e = runs_parse(text, r, n, &d)))
		return e;
	*out = d;
	return ND_OK;
}

enum tok { TOK_LIT, TOK_S, TOK_Y, TOK_YY, TOK_N, TOK_K, TOK_BAD };

/* The token at p and its length in *len; TOK_LIT is one literal byte. A
 * '{' that starts no known token is TOK_BAD: a literal brace in a dnr is
 * far likelier a typo ("{n}", "{N:10}") than intended. */
static enum tok token_at(const char *p, size_t *len, int *width)
{
	*len = 1;
	*width = 0;
	if (p[0] != '{')
		return TOK_LIT;
	if ((p[1] == 'S' || p[1] == 'Y' || p[1] == 'N' || p[1] == 'K') && p[2] == '}') {
		*len = 3;
		return p[1] == 'S' ? TOK_S : p[1] == 'Y' ? TOK_Y : p[1] == 'N' ? TOK_N : TOK_K;
	}
	if (p[1] == 'Y' && p[2] == 'Y' && p[3] == '}') {
		*len = 4;
		return TOK_YY;
	}
	if (p[1] == 'N' && p[2] == ':' && p[3] >= '1' && p[3] <= '9' &&
	    p[4] == '}') {
		*len = 5;
		*width = p[3] - '0';
		return TOK_N;
	}
	return TOK_BAD;
}

static enum nd_err pattern_bad(const char *pattern, size_t plen, const char *why)
{
	char q[TEXT_QUOTE_SIZE], one[256];

	snprintf(one, sizeof one, "%.*s", (int)plen, pattern);
	text_quote(one, q, sizeof q);
	return nd_fail(ND_EINVAL, "Ogiltigt mönster för diarienummer: \"%s\" (%s)",
		       q, why);
}

/* Length of the first pattern in a list "P1;P2;…". */
static size_t pattern_len(const char *pattern)
{
	const char *semi = strchr(pattern, ';');
	return semi ? (size_t)(semi - pattern) : strlen(pattern);
}

/* The structural rules: known tokens only, one year ({Y} or {YY}), {N}
 * once, {S} and {K} at most once; no letters outside the tokens (a label
 * such as "Dnr" is the document's to write). */
static enum nd_err pattern_scan(const char *pattern, size_t plen, bool *has_series,
				bool *has_class)
{
	int count[TOK_BAD + 1] = {0};
	size_t len;
	int width;
	const char *p;

	if (plen == 0)
		return pattern_bad("", 0, "mönstret är tomt");
	for (p = pattern; p < pattern + plen; p += len) {
		enum tok t = token_at(p, &len, &width);
		count[t]++;
		if (t == TOK_LIT && (((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z') ||
				     ((unsigned char)*p & 0x80)))
			return pattern_bad(pattern, plen, "bokstäver utanför markörerna; "
					   "\"Dnr\" skriver dokumenten själva");
	}
	if (count[TOK_BAD])
		return pattern_bad(pattern, plen, "okänd markör, använd {S} {Y} {YY} {N}, "
				   "{N:k} eller {K}");
	if (count[TOK_Y] + count[TOK_YY] != 1 || count[TOK_N] != 1 || count[TOK_S] > 1 ||
	    count[TOK_K] > 1)
		return pattern_bad(pattern, plen, "{Y} (eller {YY}) och {N} ska finnas en "
				   "gång var, {S} och {K} högst en gång");
	if (has_series)
		*has_series = count[TOK_S] == 1;
	if (has_class)
		*has_class = count[TOK_K] == 1;
	return ND_OK;
}

struct outbuf {
	char *buf;
	size_t size, len;
	bool overflow;
};

static void out_put(struct outbuf *o, const char *s, size_t n)
{
	if (o->overflow || o->len + n >= o->size) {
		o->overflow = true;
		return;
	}
	memcpy(o->buf + o->len, s, n);
	o->len += n;
	o->buf[o->len] = '\0';
}

/* Formats with a pattern that pattern_scan accepted. */
static bool format_scanned(const struct nd_dnr *d, const char *pattern, size_t plen,
			   char *buf, size_t bufsz)
{
	struct outbuf o = { buf, bufsz, 0, false };
	bool skip_lit = false, class_done = false;
	char num[32];
	size_t len, mark = 0;
	int width, n = 0;
	const char *p;

	if (bufsz == 0)
		return false;
	buf[0] = '\0';
	for (p = pattern; p < pattern + plen; p += len) {
		switch (token_at(p, &len, &width)) {
		case TOK_LIT:
			if (!skip_lit)
				out_put(&o, p, 1);
			continue;
		case TOK_S:
			out_put(&o, d->series, strlen(d->series));
			/* No series: "{S} {Y}/{N}" must give "2023/109". */
			skip_lit = d->series[0] == '\0';
			mark = o.len;
			continue;
		case TOK_K:
			/* No classification code: "{Y}/{N} {K}" gives "2023/109". */
			if (d->klass[0] == '\0' && !o.overflow) {
				o.len = mark;
				o.buf[o.len] = '\0';
			}
			out_put(&o, d->klass, strlen(d->klass));
			skip_lit = false;
			class_done = true;
			mark = o.len;
			continue;
		case TOK_Y:
			n = snprintf(num, sizeof num, "%04d", d->year);
			break;
		case TOK_YY:
			n = snprintf(num, sizeof num, "%02d", d->year % 100);
			break;
		case TOK_N:
			n = snprintf(num, sizeof num, "%0*ld", width, d->number);
			break;
		case TOK_BAD:
			return false;
		}
		skip_lit = false;
		out_put(&o, num, n > 0 ? (size_t)n : 0);
		mark = o.len;
	}
	/* A pattern without {K} still shows a code the ärende has. */
	if (!class_done && d->klass[0]) {
		out_put(&o, " ", 1);
		out_put(&o, d->klass, strlen(d->klass));
	}
	return !o.overflow;
}

enum nd_err dnr_format(const struct nd_dnr *d, const char *pattern,
		       char *buf, size_t bufsz)
{
	enum nd_err err;
	size_t plen;

	if (!pattern)
		pattern = DNR_DEFAULT_PATTERN;
	plen = pattern_len(pattern);
	/* A compact form cannot be read without its series. */
	if (d->series[0] == '\0' && strstr(pattern, "{YY}") &&
	    strstr(pattern, "{YY}") < pattern + plen) {
		pattern = "{Y}/{N}";
		plen = strlen(pattern);
	}
	err = pattern_scan(pattern, plen, NULL, NULL);
	if (err != ND_OK)
		return err;
	if (!format_scanned(d, pattern, plen, buf, bufsz))
		return nd_fail(ND_EINVAL, "Diarienumret får inte plats i "
			       "%zu byte", bufsz);
	return ND_OK;
}

/* The canonical form is stored and read back, so what the pattern writes
 * must parse to the same dnr, with and without a series and a code. */
static enum nd_err pattern_roundtrip(const char *pattern, size_t plen, bool has_series,
				     bool has_class, const struct nd_dnr *d)
{
	char buf[128], why[TEXT_QUOTE_SIZE + 64], q[TEXT_QUOTE_SIZE];
	struct nd_dnr back;

	if (!format_scanned(d, pattern, plen, buf, sizeof buf))
		return pattern_bad(pattern, plen, "för långt");
	if (dnr_parse(buf, &back) == ND_OK && back.year == d->year &&
	    back.number == d->number &&
	    (!has_series || strcmp(back.series, d->series) == 0) &&
	    (!has_class || strcmp(back.klass, d->klass) == 0))
		return ND_OK;
	text_quote(buf, q, sizeof q);
	snprintf(why, sizeof why, "ger \"%s\", som inte kan läsas tillbaka", q);
	return pattern_bad(pattern, plen, why);
}

enum nd_err dnr_pattern_check(const char *patterns)
{
	static const struct nd_dnr cases[] = {
		{ "UBN", 2023, 451, "042" }, { "", 2023, 451, "" },
		{ "UBN", 2023, 451, "" }, { "", 2023, 451, "042" },
	};
	bool has_series, has_class;
	enum nd_err err;
	const char *p = patterns;

	if (!p || !*p)
		return pattern_bad("", 0, "mönstret är tomt");
	for (;;) {
		size_t plen = pattern_len(p);
		if ((err = pattern_scan(p, plen, &has_series, &has_class)))
			return err;
		if (p[0] == ' ' || p[plen - 1] == ' ')
			return pattern_bad(p, plen, "mönstret får inte börja eller "
					   "sluta med mellanslag");
		/* A compact form ("15SN7") needs its series between year and
		 * number: its dnr without series are not written with it. */
		bool compact = strstr(p, "{YY}") && strstr(p, "{YY}") < p + plen;
		for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
			if ((!compact || cases[i].series[0]) &&
			    (err = pattern_roundtrip(p, plen, has_series, has_class, &cases[i])))
				return err;
		if (p[plen] != ';')
			return ND_OK;
		p += plen + 1;
	}
}

bool dnr_is_canonical(const char *text, const char *patterns)
{
	struct nd_dnr d;
	char buf[128];
	const char *p = patterns ? patterns : DNR_DEFAULT_PATTERN;

	if (!text || dnr_parse(text, &d) != ND_OK)
		return false;
	for (;;) {
		size_t plen = pattern_len(p);
		if (pattern_scan(p, plen, NULL, NULL) == ND_OK &&
		    format_scanned(&d, p, plen, buf, sizeof buf) && strcmp(buf, text) == 0)
			return true;
		if (p[plen] != ';')
			return false;
		p += plen + 1;
	}
}

/* Candidates for a dnr typed with a common slip: the year with a digit
 * missing ("203" → 2003, 2013, 2023, …, "UBN 203/451") or one too many,
 * two neighbouring digits swapped in the year or the number. */
size_t dnr_typo_candidates(const char *text, struct nd_dnr *out, size_t max)
{
	struct run r[RUNS_MAX];
	size_t n = 0, i = 0, found = 0;
	char series[DNR_SERIES_MAX + 1] = "";
	char y[16], num[16];

	if (!text || max == 0 || runs_of(text, r, &n) != ND_OK)
		return 0;
	if (n > 0 && r[0].alpha) {
		if (!r[0].up[0])
			return 0;
		memcpy(series, r[0].up, sizeof series);
		i = 1;
	}
	if (i + 2 > n || r[i].alpha || r[i + 1].alpha || r[i].len > 5 ||
	    r[i + 1].len > 7 || r[i].len < 3)
		return 0;
	snprintf(y, sizeof y, "%.*s", (int)r[i].len, r[i].s);
	snprintf(num, sizeof num, "%.*s", (int)r[i + 1].len, r[i + 1].s);

	/* Every way of writing the year and the number that one slip away. */
	char ys[64][24], ns[16][24];
	size_t ny = 0, nn = 0, L = strlen(y), M = strlen(num);
	if (L == 3)
		for (size_t pos = 0; pos <= 3; pos++)
			for (char c = '0'; c <= '9' && ny < 64; c++) {
				snprintf(ys[ny], sizeof ys[ny], "%.*s%c%s", (int)pos, y, c, y + pos);
				ny++;
			}
	if (L == 5)
		for (size_t pos = 0; pos < 5 && ny < 64; pos++) {
			snprintf(ys[ny], sizeof ys[ny], "%.*s%s", (int)pos, y, y + pos + 1);
			ny++;
		}
	if (L == 4) {
		snprintf(ys[ny++], sizeof ys[0], "%s", y);
		for (size_t pos = 0; pos + 1 < 4; pos++) {
			if (y[pos] == y[pos + 1])
				continue;
			snprintf(ys[ny], sizeof ys[ny], "%s", y);
			ys[ny][pos] = y[pos + 1];
			ys[ny][pos + 1] = y[pos];
			ny++;
		}
	}
	snprintf(ns[nn++], sizeof ns[0], "%s", num);
	for (size_t pos = 0; pos + 1 < M && nn < 16; pos++) {
		if (num[pos] == num[pos + 1])
			continue;
		snprintf(ns[nn], sizeof ns[nn], "%s", num);
		ns[nn][pos] = num[pos + 1];
		ns[nn][pos + 1] = num[pos];
		nn++;
	}
	for (size_t a = 0; a < ny; a++)
		for (size_t b = 0; b < nn; b++) {
			/* One slip: the year as typed goes with a changed number only. */
			bool year_same = L == 4 && a == 0, num_same = b == 0;
			if (year_same == num_same)
				continue;
			long yv = strtol(ys[a], NULL, 10), nv = strtol(ns[b], NULL, 10);
			if (yv < DNR_YEAR_MIN || yv > DNR_YEAR_MAX || nv < 1 || nv > DNR_NUMBER_MAX)
				continue;
			bool dup = false;
			for (size_t k = 0; k < found; k++)
				dup = dup || (out[k].year == yv && out[k].number == nv);
			if (dup)
				continue;
			if (found == max)
				return found;
			memset(&out[found], 0, sizeof out[found]);
			memcpy(out[found].series, series, sizeof series);
			out[found].year = (int)yv;
			out[found].number = nv;
			found++;
		}
	return found;
}
