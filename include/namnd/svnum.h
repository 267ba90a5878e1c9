/* Swedish numbers as finance systems and Excel write them, held exactly
 * as integer hundredths of the unit they are written in (no floating
 * point): "-795 480" is -79548000, "2 665,5" is 266550. Pure functions. */
#ifndef NAMND_SVNUM_H
#define NAMND_SVNUM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "namnd/err.h"

/* mnkr (also written "mkr") is read, never stored: a table in mnkr is
 * kept in tkr (1 mnkr = 1 000 tkr, exact for two decimals). */
enum sv_unit { SV_UNIT_NONE, SV_UNIT_KR, SV_UNIT_TKR, SV_UNIT_MNKR };

/* Largest magnitude accepted, in hundredths: 99 999 999 999,99 units.
 * A sum of a million such values still fits in int64_t. */
#define SV_NUM_MAX INT64_C(9999999999999)

struct sv_num {
	int64_t cents;     /* hundredths of the unit; 0 when empty */
	bool empty;        /* the cell was empty or blank */
	enum sv_unit unit; /* "tkr", "kr" or "mnkr" written after the number */
};

/* Parse one cell. Accepted: digits grouped in threes by space, no-break
 * space (U+00A0) or narrow no-break space (U+202F), or not grouped at
 * all; a decimal comma with one or two decimals; a leading '-', '−'
 * (U+2212), '–' (U+2013) or '+', spaces after it or not ("– 614"); a
 * trailing "tkr", "kr", "mnkr" or "mkr" (any case);
 * spaces around; an empty cell; a lone '-' (Excel's accounting zero) is 0.
 * Refused with a Swedish message quoting the text and saying why:
 * "1.234,5" (point), "12 34" (bad grouping), "--5", text, more than two
 * decimals, values over SV_NUM_MAX. The message names no row or column:
 * the caller adds them. */
enum nd_err sv_num_parse(const char *s, struct sv_num *out);

/* Format cents as Swedish text with a space between groups of three and
 * '-' for negatives: decimals 0 rounds half away from zero to whole units
 * ("-795 480"), 2 gives "-795 480,50"; other values behave as 2. buf of
 * SV_NUM_BUF bytes always suffices. Returns the length written. */
#define SV_NUM_BUF 32
size_t sv_num_format(int64_t cents, int decimals, char *buf, size_t bufsz);

/* "tkr", "kr", "mnkr" or "". */
const char *sv_unit_name(enum sv_unit u);

#endif
