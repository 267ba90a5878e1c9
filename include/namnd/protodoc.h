/* Documents after a meeting, built as document models (doc.h) from the
 * protokoll as read by protocol_load: the protokoll, a protokollsutdrag
 * of one paragraph, the anslag (bevis om justering) and the beslutslista.
 * With opts->public_only a confidential paragraph shows only its number,
 * dnr and that it is confidential. On success *out is owned by the
 * caller (doc_free). */
#ifndef NAMND_PROTODOC_H
#define NAMND_PROTODOC_H

#include "namnd/db.h"
#include "namnd/doc.h"

/* Protokoll: body, date, place and time; beslutande, ersättare, övriga,
 * frånvarande; justerare, justeringens plats och tid; paragraphs;
 * signature lines; every paragraph; the checksum once justerat; the
 * rättelser. */
enum nd_err protokoll_build(struct nd_db *db, long long meeting, const struct doc_opts *opts,
			    struct nd_doc **out);

/* Protokollsutdrag of paragraph number, with the protokoll's header and
 * an "Utdragsbestyrkande" line. */
enum nd_err utdrag_build(struct nd_db *db, long long meeting, int number,
			 const struct doc_opts *opts, struct nd_doc **out);

/* Protokollsutdrag of several paragraphs (numbers, n of them, in the
 * order given), each as in the protokoll, with one "Utdragsbestyrkande"
 * and the checksums that vouch for them. n == 1 is utdrag_build. */
enum nd_err utdrag_set_build(struct nd_db *db, long long meeting, const int *numbers,
			     size_t n, const struct doc_opts *opts, struct nd_doc **out);

/* Anslag: body, meeting date, paragraphs, date of justering, date posted
 * and taken down, end of the appeal period, where the protokoll is kept,
 * the checksum. Refused (ND_EINVAL) before the anslag is recorded. */
enum nd_err anslag_build(struct nd_db *db, long long meeting, const struct doc_opts *opts,
			 struct nd_doc **out);

/* The anslag of an omedelbart justerad paragraph, announced before the
 * rest of the protokoll: its dates, its appeal period, its checksum. */
enum nd_err anslag_paragraph_build(struct nd_db *db, long long meeting, int number,
				   const struct doc_opts *opts, struct nd_doc **out);

/* Beslutslista: one row per paragraph with dnr and decision. */
enum nd_err beslutslista_build(struct nd_db *db, long long meeting,
			       const struct doc_opts *opts, struct nd_doc **out);

#endif
