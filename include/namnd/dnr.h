/* Diarienummer: (series, year, running number). */
#ifndef NAMND_DNR_H
#define NAMND_DNR_H

#include <stdbool.h>
#include <stddef.h>
#include "namnd/err.h"

#define DNR_SERIES_MAX 15
#define DNR_CLASS_MAX 15

struct nd_dnr {
	char series[DNR_SERIES_MAX + 1]; /* "UBN", "KS", "T1", or "" */
	int year;                        /* 1900..2199 */
	long number;                     /* 1..9999999 */
	char klass[DNR_CLASS_MAX + 1];   /* classification code after the
	                                    number ("042", "1.2.3") or "" */
};

/* Default canonical pattern: "UBN 2024/12"; without series "2024/12". */
#define DNR_DEFAULT_PATTERN "{S} {Y}/{N}"

/* Parse the variants met in real documents:
 *   2023/109   UBN.2023/467   UBN.2023.428   KS 2021/123   UBN 2023-00451
 *   KS-2021/123  ubn 2023/5 (series upper-cased)  T1 2024/5 (digits in
 *   the series after its first letter)  2014-000812
 *   Dnr 48/2011 042 (number before the year, classification code after;
 *   a leading "Dnr", "Dnr:" or "Diarienummer:" is a label)
 *   2012/BUN 0113 002 (series after the year)  15SN7 (two-digit year,
 *   series, number: 2015, 1970–2069)
 * A classification code is three or more digits, or digits with dots,
 * after one space. Leading/trailing spaces are ignored. On failure returns
 * ND_EINVAL with a Swedish message naming the text and what is wrong in
 * it (nd_errmsg). */
enum nd_err dnr_parse(const char *text, struct nd_dnr *out);

/* Check the organisation's pattern or patterns, "P1;P2;…": the first is
 * the canonical form the program writes, the others are forms the
 * organisation also writes (no "obs" for them). Tokens: {S} series, {Y}
 * year, {YY} two-digit year, {N} number, {N:k} number zero-padded to k
 * digits (1..9), {K} classification code. Everything else is literal, but
 * no letters. One of {Y}/{YY}, {N} exactly once, {S} and {K} at most once;
 * what a pattern writes must parse back to the same dnr. */
enum nd_err dnr_pattern_check(const char *pattern);

/* Format d in the first pattern of patterns into buf. When the series is
 * empty, {S} and the literal text right after it (up to the next token)
 * are left out, so "{S} {Y}/{N}" gives "2023/109"; when the code is
 * empty, {K} and the literal text before it are; a pattern without {K}
 * writes a code after a space. ND_EINVAL on a bad pattern or too small
 * buffer. */
enum nd_err dnr_format(const struct nd_dnr *d, const char *pattern,
		       char *buf, size_t bufsz);

/* True when text is exactly what one of the patterns writes for it. */
bool dnr_is_canonical(const char *text, const char *pattern);

/* Every diarienummer-looking run in running text: a year 1900–2199, a
 * separator and a number, with the series before it when written in
 * capitals ("UBN 2023/5", "UBN.2023.428", "KS-2021/123", "2023/109").
 * Dates (2023-12-06) and a bare year with '.' or '-' are not dnr; every
 * run given to fn is one dnr_parse accepts (not NUL-terminated). Returns
 * how many were found. */
/* Up to max dnr the text may have been meant as, one slip away: the
 * year with a digit missing or one too many ("UBN 203/451"), two
 * neighbouring digits swapped in the year or the number ("2032/451",
 * "2023/415"). Series as written. Returns how many were written to out;
 * the caller asks which of them exist. */
size_t dnr_typo_candidates(const char *text, struct nd_dnr *out, size_t max);

typedef void (*dnr_token_fn)(void *ctx, const char *start, size_t len);
size_t dnr_scan(const char *text, dnr_token_fn fn, void *ctx);

#endif
