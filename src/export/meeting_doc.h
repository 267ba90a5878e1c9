/* Pieces shared by the documents of one meeting (kallelse,
 * föredragningslista, and later the protokoll): what the meeting is, its
 * header block, its agenda as a table. Not a public header. */
#ifndef NAMND_EXPORT_MEETING_DOC_H
#define NAMND_EXPORT_MEETING_DOC_H

#include "namnd/date.h"
#include "namnd/db.h"
#include "namnd/doc.h"

struct meeting_info {
	long long id, committee_id;
	char *org;            /* organisation name setting, or "" */
	char *committee;      /* "Utbildningsnämndens arbetsutskott" */
	char *code;           /* "UBNAU" */
	char *place;          /* or NULL */
	char *notes;          /* or NULL */
	char *status;
	char date_iso[11];
	struct nd_date date;
	int start;            /* minutes since midnight */
	int end;              /* planned end, or -1 */
	int notice_days;
};

/* Read meeting id. ND_ENOTFOUND with a message when there is none.
 * Free the strings with meeting_info_free (also after a failure). */
enum nd_err meeting_info_load(struct nd_db *db, long long id, struct meeting_info *mi);
void meeting_info_free(struct meeting_info *mi);

/* "onsdag 20 mars 2024 kl. 08.30" into buf. */
void meeting_when(const struct meeting_info *mi, char *buf, size_t size);

/* The two header lines: ORGANISATION / kind, committee / date. */
void meeting_doc_header(struct nd_doc *doc, const struct meeting_info *mi,
			const char *kind);

/* The föredragningslista as a table (or a line saying it is empty). */
enum nd_err meeting_doc_agenda(struct nd_db *db, struct nd_doc *doc,
			       const struct meeting_info *mi, const struct doc_opts *opts);

/* The body of a meeting document, after its header block. */
typedef enum nd_err (*meeting_body_fn)(struct nd_db *db, struct nd_doc *doc,
				       const struct meeting_info *mi,
				       const struct doc_opts *opts);

/* A document named name (xlsx sheet) for meeting: the header block with
 * kind ("KALLELSE") at the right, then body. On success *out is owned by
 * the caller (doc_free). */
enum nd_err meeting_doc_build(struct nd_db *db, long long meeting, const struct doc_opts *opts,
			      const char *name, const char *kind, meeting_body_fn body,
			      struct nd_doc **out);

#endif
