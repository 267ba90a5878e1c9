/* Finding diarienummer inside running text, so a check can flag those
 * written in another form than the organisation's. */
#include "namnd/dnr.h"

#include <string.h>

static bool digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool ascii_alnum(char c)
{
	return digit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* Bytes of the capital series letter ending just before p (A–Z, or Å Ä Ö
 * as UTF-8), 0 when there is none. */
static size_t capital_before(const char *s, const char *p)
{
	if (p > s && p[-1] >= 'A' && p[-1] <= 'Z')
		return 1;
	if (p - s >= 2 && (unsigned char)p[-2] == 0xC3 &&
	    ((unsigned char)p[-1] == 0x85 || (unsigned char)p[-1] == 0x84 ||
	     (unsigned char)p[-1] == 0x96))
		return 2;
	return 0;
}

/* The series written before the year at y ("UBN " in "UBN 2023/5"):
 * capitals and one separator. Returns where the dnr starts (y when there
 * is no series). */
static const char *series_start(const char *s, const char *y)
{
	const char *p = y, *q;
	size_t n, letters = 0;
	if (p == s || (p[-1] != ' ' && p[-1] != '.' && p[-1] != '-'))
		return y;
	q = p - 1;
	while (letters < DNR_SERIES_MAX && (n = capital_before(s, q)) > 0) {
		q -= n;
		letters++;
	}
	/* A series is a word of its own: "xUBN 2023/5" is not one. */
	if (letters == 0 || (q > s && (ascii_alnum(q[-1]) || ((unsigned char)q[-1] & 0x80))))
		return y;
	return q;
}

size_t dnr_scan(const char *text, dnr_token_fn fn, void *ctx)
{
	size_t found = 0;
	const char *p = text;
	if (!text)
		return 0;
	while (*p) {
		/* Four digits of a year, not part of a longer number. */
		if (!digit(*p) || (p > text && (ascii_alnum(p[-1]) || p[-1] == '/'))) {
			p++;
			continue;
		}
		const char *y = p;
		while (digit(*p))
			p++;
		if (p - y != 4 || (*p != '/' && *p != '.' && *p != '-') || !digit(p[1]))
			continue;
		int year = (y[0] - '0') * 1000 + (y[1] - '0') * 100 + (y[2] - '0') * 10 + (y[3] - '0');
		char sep = *p;
		const char *n = ++p;
		while (digit(*p))
			p++;
		/* A date (2023-12-06, 2023.12.06) or a longer code is no dnr. */
		if (year < 1900 || year > 2199 || p - n > 7 || ascii_alnum(*p) ||
		    ((*p == '-' || *p == '.' || *p == '/') && digit(p[1])))
			continue;
		const char *start = series_start(text, y);
		/* Without a series only "2023/109" is a dnr; 2023.5 is a number. */
		if (start == y && sep != '/')
			continue;
		/* Only what dnr_parse takes (number 0, a too long series: no). */
		char tok[64];
		struct nd_dnr d;
		size_t len = (size_t)(p - start);
		if (len >= sizeof tok)
			continue;
		memcpy(tok, start, len);
		tok[len] = '\0';
		if (dnr_parse(tok, &d) != ND_OK)
			continue;
		if (fn)
			fn(ctx, start, len);
		found++;
	}
	return found;
}
