/* Sending by e-mail: the kallelse to those it calls, protokollsutdrag to
 * those in a paragraph's expediering. One RFC 5322 message per recipient
 * (built with GMime 3): Swedish subject and text, the document as a PDF
 * attachment. Delivered through the system's sendmail interface (the
 * setting "sendmail", default "sendmail -t -oi"; msmtp works the same),
 * or into a Maildir to read in mutt first. Each message sent is recorded
 * (table sent_mail: who, which address, when, the Message-ID, how), and
 * that record is the fact that the kallelse went out: the meeting
 * becomes kallat. The sender is the committee's sekreterare (with an
 * address) on the meeting day, else the setting mail_from. */
#ifndef NAMND_MAIL_H
#define NAMND_MAIL_H

#include <stdbool.h>
#include "namnd/db.h"

struct mail_opts {
	const char *maildir; /* deliver here instead of through sendmail */
	bool again;          /* send although it was sent before */
};

/* Told about each recipient in turn: address NULL when the recipient
 * has none (nothing is sent to them), else the Message-ID sent. what is
 * the paragraph list for an utdrag ("§ 14, § 16"), NULL for a kallelse. */
typedef void (*mail_report_fn)(void *ctx, const char *name, const char *address,
			       const char *message_id, const char *what);

/* The kallelse of meeting to its ledamöter, ersättare and invited
 * (standing invitees, those invited to the meeting, presenters), the
 * whole kallelse (not the public one) attached as kallelse-SLUG.pdf.
 * Refused (ND_EEXIST, saying when and to how many) when it was sent
 * before, unless opts->again. *sent gets the number of messages. */
enum nd_err kallelse_send(struct nd_db *db, long long meeting, const struct mail_opts *opts,
			  mail_report_fn fn, void *ctx, int *sent);

/* Expediering of a justerat protokoll (or its omedelbart justerade
 * paragraphs): each recipient named in "Beslutet skickas till" gets one
 * message with the utdrag of each of their paragraphs as a PDF. A
 * recipient's address is the one written in the recipient text
 * ("Skolinspektionen <registrator@skolinspektionen.se>") or the e-mail of
 * the person of that name in the register. Each paragraph records who
 * got it. Refused when nothing is justerat, and when it was sent before
 * unless opts->again. */
enum nd_err expedite_send(struct nd_db *db, long long meeting, const struct mail_opts *opts,
			  mail_report_fn fn, void *ctx, int *sent);

#endif
