/* Personnummer-shaped numbers: see pnr.h. */
#include "namnd/pnr.h"

#include <stdlib.h>
#include <string.h>

#define MASK "ÅÅMMDD-XXXX"

static bool digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

static int num2(const char *s)
{
	return (s[0] - '0') * 10 + (s[1] - '0');
}

/* MMDD of a personnummer or samordningsnummer. */
static bool month_day(const char *s)
{
	int m = num2(s), d = num2(s + 2);
	return m >= 1 && m <= 12 && ((d >= 1 && d <= 31) || (d >= 61 && d <= 91));
}

/* Luhn over the ten digits YYMMDDNNNC. */
static bool luhn10(const char *s)
{
	int sum = 0;
	for (int i = 0; i < 10; i++) {
		int v = (s[i] - '0') * (i % 2 == 0 ? 2 : 1);
		sum += v > 9 ? v - 9 : v;
	}
	return sum % 10 == 0;
}

static bool alnum(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Length of the personnummer starting at s[0] (s + len is the end of the
 * text), or 0. */
static size_t shape_at(const char *s, size_t len)
{
	/* YYYYMMDD-NNNN and YYYYMMDDNNNN */
	if (len >= 12 && digits(s, 8) && (s[0] == '1' || s[0] == '2') &&
	    (num2(s) >= 18 && num2(s) <= 20) && month_day(s + 4)) {
		if (len >= 13 && (s[8] == '-' || s[8] == '+') && digits(s + 9, 4) &&
		    (len == 13 || !alnum(s[13])))
			return 13;
		if (digits(s + 8, 4) && (len == 12 || !alnum(s[12])))
			return 12;
	}
	/* YYMMDD-NNNN and YYMMDDNNNN (Luhn) */
	if (len >= 10 && digits(s, 6) && month_day(s + 2)) {
		if (len >= 11 && (s[6] == '-' || s[6] == '+') && digits(s + 7, 4) &&
		    (len == 11 || !alnum(s[11])))
			return 11;
		if (digits(s + 6, 4) && (len == 10 || !alnum(s[10])) && luhn10(s))
			return 10;
	}
	return 0;
}

bool pnr_find(const char *s, size_t len, size_t from, size_t *at, size_t *n)
{
	for (size_t i = from; i < len; i++) {
		if (s[i] < '0' || s[i] > '9' || (i > 0 && alnum(s[i - 1])))
			continue;
		size_t k = shape_at(s + i, len - i);
		if (k) {
			*at = i;
			*n = k;
			return true;
		}
	}
	return false;
}

char *pnr_mask(const char *s)
{
	size_t len = strlen(s), at, n, from = 0, count = 0;
	while (pnr_find(s, len, from, &at, &n)) {
		count++;
		from = at + n;
	}
	char *out = malloc(len + count * sizeof MASK + 1), *o = out;
	if (!out)
		return NULL;
	from = 0;
	while (pnr_find(s, len, from, &at, &n)) {
		memcpy(o, s + from, at - from);
		o += at - from;
		memcpy(o, MASK, sizeof MASK - 1);
		o += sizeof MASK - 1;
		from = at + n;
	}
	memcpy(o, s + from, len - from + 1);
	return out;
}
