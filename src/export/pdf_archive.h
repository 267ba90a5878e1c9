/* The PDF's bytes and its PDF/A part (pdf_archive.c), for doc_pdf.c. */
#ifndef ND_PDF_ARCHIVE_H
#define ND_PDF_ARCHIVE_H

#include "doc_impl.h"

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

/* A growing buffer; once fail is set nothing more is written (nomem:
 * it was memory that ran out). */
struct pdf_mem {
	unsigned char *s;
	size_t n, cap;
	bool fail, nomem;
};

bool pdf_mem_append(struct pdf_mem *m, const unsigned char *data, size_t len);

/* The start (UTC) of namnd's today: a document's date. */
time_t pdf_made_on(void);

/* Add the XMP packet, sRGB output intent, /Lang and trailer /ID to the
 * PDF Cairo wrote into m, as an incremental update. */
void pdf_archive_update(struct pdf_mem *m, const struct nd_doc *doc, time_t now,
			const char *cairo_version);

#endif
