/* Evidence of a justering that does not rest on the database file
 * alone: the canonical text and its checksums (whole and per paragraph),
 * to compare with what was published or noted outside it, and OpenSSH
 * signatures of the canonical text by the justerare and the sekreterare
 * (ssh-keygen -Y sign, namespace SEAL_NAMESPACE), checked against an
 * allowed-signers file outside the database. ssh-keygen is run as a
 * program (argv, no shell); its files live in a private temporary folder
 * removed afterwards. */
#ifndef NAMND_SEAL_H
#define NAMND_SEAL_H

#include <stdbool.h>
#include "namnd/db.h"

#define SEAL_NAMESPACE "namnd-protokoll"

/* The canonical text of the justerat protokoll (number 0) or omedelbart
 * justerad paragraph N, as justerat (from its record), and the checksum
 * stored at justering into stored. ND_EINVAL when it is not justerat.
 * *text is malloc'ed; the caller frees it. */
enum nd_err seal_canonical(struct nd_db *db, long long meeting, int number, char **text,
			   char stored[65]);

/* The SHA-256 of each paragraph's part of the canonical text of the
 * protokoll (number 0) or of paragraph N's extract, for finding which
 * paragraph differs: fn gets each paragraph number and its sum. */
typedef void (*seal_part_fn)(void *ctx, int number, const char *hex);
enum nd_err seal_parts(struct nd_db *db, long long meeting, int number, seal_part_fn fn,
		       void *ctx);

/* Sign the canonical text of (meeting, number) with the OpenSSH private
 * key in key (ssh-keygen asks for its passphrase on the terminal), or
 * store the signature made elsewhere in sigfile (exactly one of them).
 * The signature must be one of this text in SEAL_NAMESPACE; it is kept
 * with the justering, dated date (NULL: today). */
enum nd_err seal_sign(struct nd_db *db, long long meeting, int number, const char *key,
		      const char *sigfile, const char *date);

/* One stored signature as checked: principal is who the allowed-signers
 * file says holds the key (NULL when no file is given or it names no
 * one for the key); holds: good for the canonical text by a key the file
 * allows; valid: good for the text, whoever made it; why: a Swedish
 * verdict ("gäller", "gäller inte: …"). */
typedef void (*seal_sig_fn)(void *ctx, const char *signed_on, const char *principal,
			    bool holds, bool valid, const char *why);

/* Check every signature of (meeting, number) against the canonical text
 * as it is now, with the allowed-signers file allowed (NULL: none).
 * *count and *good get the numbers. */
enum nd_err seal_check(struct nd_db *db, long long meeting, int number, const char *allowed,
		       seal_sig_fn fn, void *ctx, int *count, int *good);

/* The text of a PDF (a published anslag), by pdftotext (poppler-utils).
 * *text is malloc'ed. */
enum nd_err seal_pdf_text(const char *pdf, char **text);

#endif
