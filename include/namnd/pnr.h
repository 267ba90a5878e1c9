/* Personnummer in text that is to be published: found by their shape so
 * that none ever reaches the public anslagstavla (GDPR; IMY's guidance
 * on web publication). Core: no I/O.
 *
 * A number is personnummer-shaped when, not preceded or followed by
 * another digit or an ASCII letter (a SHA-256 in hex holds digit runs),
 * it is
 *   YYMMDD-NNNN, YYMMDD+NNNN, YYYYMMDD-NNNN   (any check digit), or
 *   YYYYMMDDNNNN with YYYY 18xx..20xx          (any check digit), or
 *   YYMMDDNNNN whose last digit is the Luhn check digit,
 * where MM is 01..12 and DD 01..31 (or 61..91: a samordningsnummer).
 * A dnr ("2014-000812"), a phone number ("0123-456 78") or an
 * organisationsnummer (month 20 or more) is not. */
#ifndef NAMND_PNR_H
#define NAMND_PNR_H

#include <stdbool.h>
#include <stddef.h>

/* The first personnummer-shaped number in the len bytes of s from
 * offset from: true with its offset and length. */
bool pnr_find(const char *s, size_t len, size_t from, size_t *at, size_t *n);

/* A copy of s with every personnummer-shaped number replaced by
 * "ÅÅMMDD-XXXX". Returns malloc'ed memory the caller frees; NULL on out
 * of memory. */
char *pnr_mask(const char *s);

#endif
