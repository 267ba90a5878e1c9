/* The digital anslagstavla (KL 8 kap. 9-12 §§): a static web site for
 * the organisation, written whole into a folder.
 *
 *   index.html          the notices now up (anslag: body, meeting date,
 *                       §§, justering, posted, taken down, last day to
 *                       appeal, where the protokoll is kept, SHA-256, links
 *                       to the public protokoll), the coming meetings'
 *                       kallelser and the permanent text on how to appeal
 *                       (laglighetsprövning)
 *   anslag/SLUG.html    one notice, up or taken down
 *   protokoll/SLUG.html the public protokoll (sekretess paragraphs left
 *                       out); SLUG-pN.html the utdrag of an omedelbart
 *                       justerad § N with a notice of its own
 *   kallelse/SLUG.html  the public kallelse with its föredragningslista
 *   plan.html           the year's sammanträdesplan per nämnd
 *   sammantraden.ics    every meeting this year and next (calendar.h)
 *   arkiv.html          every notice taken down, newest first
 *   feed.xml            Atom feed: notices up and kallelser
 *   style.css
 * SLUG is the committee code and the meeting date ("ubn-2024-03-20"),
 * with the start time when the body met twice that day.
 *
 * A notice is up from the day it is posted until its take-down date
 * (the first day after the appeal period); on that day it leaves the
 * board and is listed in the archive. Pages are HTML5 in Swedish, with
 * landmarks, one h1, headings in order, table headers, no JavaScript.
 * Publishing consumes the built documents (kallelse, protokoll, utdrag,
 * anslag, sammanträdesplan); each passes doc_public (public.h) first, so
 * a personnummer stops the publish or is masked, as the setting
 * "personnummer" says.
 *
 * Idempotent and atomic: the site is built in a new folder beside dir,
 * then swapped in whole (renameat2 RENAME_EXCHANGE where the file system
 * has it) and the old one removed; the same data on the same day gives
 * the same bytes. dir must be missing or an earlier publish (it holds
 * the file .namnd-anslagstavla): nothing else is ever replaced. */
#ifndef NAMND_PUBLISH_H
#define NAMND_PUBLISH_H

#include "namnd/db.h"

struct publish_counts {
	int notices;    /* up today */
	int archived;   /* taken down */
	int kallelser;
	int meetings;   /* in the calendar */
	int skipped;    /* notices whose anslag could not be made */
	int due;        /* notices to publish, skipped ones included */
	char *why;      /* one line a skipped notice: which, and why
	                   (malloc'ed, NULL when none) */
};

/* One notice whose anslag cannot be made (its record unreadable, its
 * paragraph gone, …) is left out and named in counts->why; the rest is
 * published. Anything else stops the publish (a personnummer, a write
 * that fails). Free counts with publish_counts_free, also on error. */
enum nd_err publish_site(struct nd_db *db, const char *dir, struct publish_counts *counts);
void publish_counts_free(struct publish_counts *counts);

#endif
