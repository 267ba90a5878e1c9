/* Diarienummer: parsing the variants found in real documents, the
 * organisation's canonical pattern, and formatting. */
#include "namnd/dnr.h"
#include "namnd/text.h"

#include <stdio.h>
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

enum nd_err dnr_parse(const char *text, struct nd_dnr *out)
{
	const char *p, *end;
	struct nd_dnr d;
	size_t slen = 0, n;
	long year;
	char up[2];

	memset(&d, 0, sizeof d);
	if (!text)
		text = "";
	p = text;
	end = text + strlen(text);
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	while (end > p && (end[-1] == ' ' || end[-1] == '\t'))
		end--;

	/* A series starts with a letter; digits may follow ("T1"). */
	while (p < end && ((n = series_letter(p, end, up)) > 0 ||
			   (slen > 0 && is_digit(*p) && (up[0] = *p, n = 1)))) {
		if (slen + n > DNR_SERIES_MAX)
			return dnr_bad(text, "serien får vara högst 15 tecken");
		memcpy(d.series + slen, up, n);
		slen += n;
		p += n;
	}
	if (slen > 0) {
		if (p == end || (*p != ' ' && *p != '.' && *p != '-'))
			return dnr_bad(text, DNR_EXAMPLE);
		p++;
	}

	n = read_digits(&p, end, DNR_YEAR_MAX, &year);
	if (n == 0)
		return dnr_bad(text, DNR_EXAMPLE);
	if (n != 4)
		return dnr_bad(text, "året skrivs med fyra siffror");
	if (year < DNR_YEAR_MIN || year > DNR_YEAR_MAX)
		return dnr_bad(text, "året ska vara 1900–2199");
	d.year = (int)year;

	if (p == end || (*p != '/' && *p != '.' && *p != '-'))
		return dnr_bad(text, DNR_EXAMPLE);
	p++;
	n = read_digits(&p, end, DNR_NUMBER_MAX, &d.number);
	if (n == 0 || p != end)
		return dnr_bad(text, DNR_EXAMPLE);
	if (d.number < 1 || d.number > DNR_NUMBER_MAX)
		return dnr_bad(text, "löpnumret ska vara 1–9999999");
	*out = d;
	return ND_OK;
}

enum tok { TOK_LIT, TOK_S, TOK_Y, TOK_N, TOK_BAD };

/* The token at p and its length in *len; TOK_LIT is one literal byte. A
 * '{' that starts no known token is TOK_BAD: a literal brace in a dnr is
 * far likelier a typo ("{n}", "{N:10}") than intended. */
static enum tok token_at(const char *p, size_t *len, int *width)
{
	*len = 1;
	*width = 0;
	if (p[0] != '{')
		return TOK_LIT;
	if ((p[1] == 'S' || p[1] == 'Y' || p[1] == 'N') && p[2] == '}') {
		*len = 3;
		return p[1] == 'S' ? TOK_S : p[1] == 'Y' ? TOK_Y : TOK_N;
	}
	if (p[1] == 'N' && p[2] == ':' && p[3] >= '1' && p[3] <= '9' &&
	    p[4] == '}') {
		*len = 5;
		*width = p[3] - '0';
		return TOK_N;
	}
	return TOK_BAD;
}

static enum nd_err pattern_bad(const char *pattern, const char *why)
{
	char q[TEXT_QUOTE_SIZE];

	text_quote(pattern, q, sizeof q);
	return nd_fail(ND_EINVAL, "Ogiltigt mönster för diarienummer: \"%s\" (%s)",
		       q, why);
}

/* The structural rules: known tokens only, {Y} and {N} once, {S} at most
 * once. */
static enum nd_err pattern_scan(const char *pattern, bool *has_series)
{
	int count[TOK_BAD + 1] = {0};
	size_t len;
	int width;
	const char *p;

	if (!pattern || !*pattern)
		return pattern_bad("", "mönstret är tomt");
	for (p = pattern; *p; p += len)
		count[token_at(p, &len, &width)]++;
	if (count[TOK_BAD])
		return pattern_bad(pattern, "okänd markör, använd {S} {Y} {N} "
				   "eller {N:k}");
	if (count[TOK_Y] != 1 || count[TOK_N] != 1 || count[TOK_S] > 1)
		return pattern_bad(pattern, "{Y} och {N} ska finnas en gång "
				   "var, {S} högst en gång");
	if (has_series)
		*has_series = count[TOK_S] == 1;
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
static bool format_scanned(const struct nd_dnr *d, const char *pattern,
			   char *buf, size_t bufsz)
{
	struct outbuf o = { buf, bufsz, 0, false };
	bool skip_lit = false;
	char num[32];
	size_t len;
	int width, n = 0;
	const char *p;

	if (bufsz == 0)
		return false;
	buf[0] = '\0';
	for (p = pattern; *p; p += len) {
		switch (token_at(p, &len, &width)) {
		case TOK_LIT:
			if (!skip_lit)
				out_put(&o, p, 1);
			continue;
		case TOK_S:
			out_put(&o, d->series, strlen(d->series));
			/* No series: "{S} {Y}/{N}" must give "2023/109". */
			skip_lit = d->series[0] == '\0';
			continue;
		case TOK_Y:
			n = snprintf(num, sizeof num, "%04d", d->year);
			break;
		case TOK_N:
			n = snprintf(num, sizeof num, "%0*ld", width, d->number);
			break;
		case TOK_BAD:
			return false;
		}
		skip_lit = false;
		out_put(&o, num, n > 0 ? (size_t)n : 0);
	}
	return !o.overflow;
}

enum nd_err dnr_format(const struct nd_dnr *d, const char *pattern,
		       char *buf, size_t bufsz)
{
	enum nd_err err;

	if (!pattern)
		pattern = DNR_DEFAULT_PATTERN;
	err = pattern_scan(pattern, NULL);
	if (err != ND_OK)
		return err;
	if (!format_scanned(d, pattern, buf, bufsz))
		return nd_fail(ND_EINVAL, "Diarienumret får inte plats i "
			       "%zu byte", bufsz);
	return ND_OK;
}

/* The canonical form is stored and read back, so what the pattern writes
 * must parse to the same dnr, with and without a series. */
static enum nd_err pattern_roundtrip(const char *pattern, bool has_series,
				     const struct nd_dnr *d)
{
	char buf[128], why[TEXT_QUOTE_SIZE + 64], q[TEXT_QUOTE_SIZE];
	struct nd_dnr back;

	if (!format_scanned(d, pattern, buf, sizeof buf))
		return pattern_bad(pattern, "för långt");
	if (dnr_parse(buf, &back) == ND_OK && back.year == d->year &&
	    back.number == d->number &&
	    (!has_series || strcmp(back.series, d->series) == 0))
		return ND_OK;
	text_quote(buf, q, sizeof q);
	snprintf(why, sizeof why, "ger \"%s\", som inte kan läsas tillbaka", q);
	return pattern_bad(pattern, why);
}

enum nd_err dnr_pattern_check(const char *pattern)
{
	static const struct nd_dnr with = { "UBN", 2023, 451 };
	static const struct nd_dnr without = { "", 2023, 451 };
	bool has_series;
	enum nd_err err;
	size_t len;

	err = pattern_scan(pattern, &has_series);
	if (err != ND_OK)
		return err;
	len = strlen(pattern);
	if (pattern[0] == ' ' || pattern[len - 1] == ' ')
		return pattern_bad(pattern, "mönstret får inte börja eller "
				   "sluta med mellanslag");
	err = pattern_roundtrip(pattern, has_series, &with);
	if (err == ND_OK)
		err = pattern_roundtrip(pattern, has_series, &without);
	return err;
}

bool dnr_is_canonical(const char *text, const char *pattern)
{
	struct nd_dnr d;
	char buf[128];

	if (!text || dnr_parse(text, &d) != ND_OK)
		return false;
	if (dnr_format(&d, pattern, buf, sizeof buf) != ND_OK)
		return false;
	return strcmp(buf, text) == 0;
}
