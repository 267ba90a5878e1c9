/* What may be published: nothing on the digital anslagstavla may carry a
 * personnummer. Every text of a document model (doc.h) and every other
 * text the site or the open data writes passes through here first: a
 * personnummer-shaped number (pnr.h) is masked as "ÅÅMMDD-XXXX", or
 * stops the publish with a Swedish message naming the document, the
 * place (the heading or label it stands under) and the words around it,
 * the number itself masked, as the setting "personnummer" says
 * (stoppa, the default, or maskera). */
#ifndef NAMND_PUBLIC_H
#define NAMND_PUBLIC_H

#include <stdbool.h>
#include "namnd/doc.h"

/* Check, or mask in place, every text of doc. where names the document
 * ("protokollet UBN 2024-03-20"). ND_EINVAL with the message when a
 * personnummer stops it; ND_ENOMEM. */
enum nd_err doc_public(struct nd_doc *doc, const char *where, bool mask);

/* The same for one text s: *out gets a copy (masked when mask), owned by
 * the caller (free). place may be NULL. */
enum nd_err public_text(const char *s, const char *where, const char *place, bool mask,
			char **out);

#endif
