/* Documents before a meeting, built as document models (doc.h):
 * the kallelse, the föredragningslista and the sammanträdesplan.
 * Render them with doc_render_text or doc_write. */
#ifndef NAMND_MEETDOC_H
#define NAMND_MEETDOC_H

#include "namnd/db.h"
#include "namnd/doc.h"

/* Kallelse: body, date, time, place; ledamöter and ersättare with party
 * in their order; other invited with title; where to report förhinder;
 * the ordförande; the meeting's notes; the föredragningslista. With
 * opts->public_only a confidential item shows only that it is
 * confidential (and on what ground), its dnr and its time.
 * On success *out is owned by the caller (doc_free). */
enum nd_err kallelse_build(struct nd_db *db, long long meeting, const struct doc_opts *opts,
			   struct nd_doc **out);

/* Föredragningslista: a header block and the agenda table alone
 * (Nr, Ärende, Dnr, Föredragande, Tid). Ownership as kallelse_build. */
enum nd_err agenda_doc_build(struct nd_db *db, long long meeting, const struct doc_opts *opts,
			     struct nd_doc **out);

/* Sammanträdesplan for year: the meetings of committee and of its
 * utskott (Datum, Dag, Tid, Organ when more than one, Plats, the last
 * day for the kallelse), in date order. Ownership as kallelse_build. */
enum nd_err plan_doc_build(struct nd_db *db, long long committee, int year,
			   const struct doc_opts *opts, struct nd_doc **out);

#endif
