/* Swedish number format: parsing to exact hundredths, formatting back. */
#include "namnd/svnum.h"

#include <string.h>

#include "namnd/text.h"

const char *sv_unit_name(enum sv_unit u)
{
	return u == SV_UNIT_TKR ? "tkr" : u == SV_UNIT_KR ? "kr" : u == SV_UNIT_MNKR ? "mnkr" : "";
}

/* Length of the space-like character at s (space, tab, U+00A0, U+202F),
 * or 0. */
static size_t space_at(const char *s, size_t len)
{
	uint32_t cp;
	size_t n = utf8_decode(s, len, &cp);
	if (n && (cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x202F))
		return n;
	return 0;
}

/* Length of the sign at s ('-', '+', U+2212, U+2013) or 0; *neg set. */
static size_t sign_at(const char *s, size_t len, bool *neg)
{
	uint32_t cp;
	size_t n = utf8_decode(s, len, &cp);
	if (n && (cp == '-' || cp == 0x2212 || cp == 0x2013)) {
		*neg = true;
		return n;
	}
	if (n && cp == '+') {
		*neg = false;
		return n;
	}
	return 0;
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool ends_with_ci(const char *s, size_t len, const char *suffix)
{
	size_t n = strlen(suffix);
	if (len < n)
		return false;
	for (size_t i = 0; i < n; i++) {
		char c = s[len - n + i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c != suffix[i])
			return false;
	}
	return true;
}

static enum nd_err refuse(const char *s, const char *why)
{
	char q[TEXT_QUOTE_SIZE];
	text_quote(s, q, sizeof q);
	return nd_fail(ND_EINVAL, "\"%s\" är inget giltigt tal: %s.", q, why);
}

/* Trailing blanks: the length of s without them. */
static size_t trim_end(const char *s, size_t len)
{
	for (;;) {
		size_t k = 0;
		/* Look back over a 1-, 2- or 3-byte space. */
		for (size_t w = 1; w <= 3 && w <= len && !k; w++)
			if (space_at(s + len - w, w) == w)
				k = w;
		if (!k)
			return len;
		len -= k;
	}
}

enum nd_err sv_num_parse(const char *s, struct sv_num *out)
{
	size_t len = s ? strlen(s) : 0, i = 0, n, k, digits = 0, group = 0, decimals = 0;
	bool neg = false, grouped = false, sign2 = false;
	uint64_t v = 0;

	*out = (struct sv_num){ 0 };
	if (!s)
		s = "";
	while (i < len && (n = space_at(s + i, len - i)) != 0)
		i += n;
	len = trim_end(s, len);
	if (i >= len) {
		out->empty = true;
		return ND_OK;
	}
	if (ends_with_ci(s + i, len - i, "mnkr") || ends_with_ci(s + i, len - i, "mkr")) {
		out->unit = SV_UNIT_MNKR;
		len = trim_end(s, len - (ends_with_ci(s + i, len - i, "mkr") ? 3 : 4));
	} else if (ends_with_ci(s + i, len - i, "tkr")) {
		out->unit = SV_UNIT_TKR;
		len = trim_end(s, len - 3);
	} else if (ends_with_ci(s + i, len - i, "kr")) {
		out->unit = SV_UNIT_KR;
		len = trim_end(s, len - 2);
	}
	if (i >= len)
		return refuse(s, "en enhet utan tal");
	n = sign_at(s + i, len - i, &neg);
	i += n;
	if (n && i == len) /* Excel's accounting format shows zero as "-". */
		return ND_OK;
	if (n && sign_at(s + i, len - i, &sign2))
		return refuse(s, "två tecken före talet");
	/* "– 614" as reports set it: spaces between the sign and the figure. */
	while (n && i < len && (k = space_at(s + i, len - i)) != 0)
		i += k;
	for (; i < len; i++) {
		char c = s[i];
		if (is_digit(c)) {
			if (digits == 0 && c == '0' && group == 0) {
				group++; /* leading zero: counts for grouping only */
				continue;
			}
			if (++digits > 11)
				return refuse(s, "talet är för stort");
			v = v * 10 + (uint64_t)(c - '0');
			group++;
			continue;
		}
		if (c == '.')
			return refuse(s, "punkt används inte i svenska tal (skriv 1 234,5)");
		if ((n = space_at(s + i, len - i)) != 0) {
			/* Groups of three after the first group of one to three. */
			if (group == 0 || (grouped ? group != 3 : group > 3))
				return refuse(s, "siffrorna ska grupperas tre och tre");
			grouped = true;
			group = 0;
			i += n - 1;
			continue;
		}
		if (c == ',')
			break;
		return refuse(s, sign_at(s + i, len - i, &sign2)
				 ? "ett tecken mitt i talet" : "det innehåller annat än siffror");
	}
	if (group == 0 || (grouped && group != 3))
		return refuse(s, group == 0 && !grouped && i < len
				 ? "siffror saknas före decimalkommat"
				 : "siffrorna ska grupperas tre och tre");
	if (i < len) { /* the decimal comma */
		for (i++; i < len; i++) {
			if (!is_digit(s[i]))
				return refuse(s, s[i] == ',' ? "två decimalkomman"
							     : "decimalerna får bara vara siffror");
			if (++decimals > 2)
				return refuse(s, "högst två decimaler");
			v = v * 10 + (uint64_t)(s[i] - '0');
		}
		if (decimals == 0)
			return refuse(s, "decimaler saknas efter kommat");
	}
	for (; decimals < 2; decimals++)
		v *= 10;
	if (v > (uint64_t)SV_NUM_MAX)
		return refuse(s, "talet är för stort");
	out->cents = neg ? -(int64_t)v : (int64_t)v;
	return ND_OK;
}

size_t sv_num_format(int64_t cents, int decimals, char *buf, size_t bufsz)
{
	char tmp[SV_NUM_BUF];
	uint64_t m = cents < 0 ? (uint64_t)0 - (uint64_t)cents : (uint64_t)cents;
	uint64_t whole, frac;
	size_t o = sizeof tmp, k = 0;

	if (bufsz == 0)
		return 0;
	if (decimals == 0) {
		whole = m / 100 + (m % 100 >= 50);
		frac = 0;
	} else {
		whole = m / 100;
		frac = m % 100;
	}
	bool shown = whole != 0 || frac != 0; /* no "-0" */
	tmp[--o] = '\0';
	if (decimals != 0) {
		tmp[--o] = (char)('0' + frac % 10);
		tmp[--o] = (char)('0' + frac / 10);
		tmp[--o] = ',';
	}
	do {
		if (k && k % 3 == 0)
			tmp[--o] = ' ';
		tmp[--o] = (char)('0' + whole % 10);
		whole /= 10;
		k++;
	} while (whole);
	if (cents < 0 && shown)
		tmp[--o] = '-';
	size_t len = sizeof tmp - 1 - o;
	if (len >= bufsz)
		len = bufsz - 1;
	memcpy(buf, tmp + o, len);
	buf[len] = '\0';
	return len;
}
