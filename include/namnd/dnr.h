/* Diarienummer: (series, year, running number). */
#ifndef NAMND_DNR_H
#define NAMND_DNR_H

#include <stdbool.h>
#include <stddef.h>
#include "namnd/err.h"

#define DNR_SERIES_MAX 15

struct nd_dnr {
	char series[DNR_SERIES_MAX + 1]; /* "UBN", "KS", or "" */
	int year;                        /* 1900..2199 */
	long number;                     /* 1..9999999 */
};

/* Default canonical pattern: "UBN 2024/12"; without series "2024/12". */
#define DNR_DEFAULT_PATTERN "{S} {Y}/{N}"

/* Parse the variants met in real documents:
 *   2023/109   UBN.2023/467   UBN.2023.428   KS 2021/123   UBN 2023-00451
 *   KS-2021/123  ubn 2023/5 (series upper-cased)
 * Leading/trailing spaces are ignored. On failure returns ND_EINVAL with a
 * Swedish message naming the text (nd_errmsg). */
enum nd_err dnr_parse(const char *text, struct nd_dnr *out);

/* Check a canonical pattern. Tokens: {S} series, {Y} year, {N} number,
 * {N:k} number zero-padded to k digits (1..9). Everything else is literal.
 * {Y} and {N} must appear exactly once, {S} at most once. */
enum nd_err dnr_pattern_check(const char *pattern);

/* Format d in pattern into buf. When the series is empty, {S} and the
 * literal text right after it (up to the next token) are left out, so
 * "{S} {Y}/{N}" gives "2023/109". ND_EINVAL on a bad pattern or too
 * small buffer. */
enum nd_err dnr_format(const struct nd_dnr *d, const char *pattern,
		       char *buf, size_t bufsz);

/* True when text is exactly the canonical form of what it parses to. */
bool dnr_is_canonical(const char *text, const char *pattern);

/* Every diarienummer-looking run in running text: a year 1900–2199, a
 * separator and a number, with the series before it when written in
 * capitals ("UBN 2023/5", "UBN.2023.428", "KS-2021/123", "2023/109").
 * Dates (2023-12-06) and a bare year with '.' or '-' are not dnr; every
 * run given to fn is one dnr_parse accepts (not NUL-terminated). Returns
 * how many were found. */
typedef void (*dnr_token_fn)(void *ctx, const char *start, size_t len);
size_t dnr_scan(const char *text, dnr_token_fn fn, void *ctx);

#endif
