/* The Protokoll screen's parts, private to src/tui/scr_minutes*.c and
 * scr_underlag.c: what the ordförande records in a paragraph and does
 * with the protokoll after the meeting. Each function asks what it needs
 * (people are picked from the meeting's own, never typed), writes through
 * the store, reports on the message line and returns true when it
 * changed something, so the screen reloads. */
#ifndef NAMND_TUI_MINUTES_H
#define NAMND_TUI_MINUTES_H

#include <stdbool.h>

#include "tui.h"

/* A list of people to pick from: ids and "Name (Party)" labels. */
#define PEOPLE_MAX 64
struct people {
	int n;
	long long id[PEOPLE_MAX];
	char *label[PEOPLE_MAX]; /* owned */
};
void people_free(struct people *p);
/* Add id with name and party (may be NULL); a repeated id is skipped. */
void people_add(struct people *p, long long id, const char *name, const char *party);
/* Pick one of p under title; its id, or -1 on Esc. */
long long people_pick(struct tui *t, const char *title, const struct people *p);

/* Whether paragraph (by id) may still change; when not, the message line
 * says why and what can be done here (a rättelse), never a CLI verb.
 * *number (may be NULL) gets its number. */
bool minutes_open(struct tui *t, long long paragraph, int *number);

/* In a paragraph (by id), before justering. */
bool minutes_motion(struct tui *t, long long paragraph);
bool minutes_proposition(struct tui *t, long long paragraph);
bool minutes_reserve(struct tui *t, long long paragraph);
bool minutes_recusal(struct tui *t, long long paragraph);
bool minutes_note(struct tui *t, long long paragraph);
/* Remove something recorded by mistake: a pick among the paragraph's
 * yrkanden, omröstning, reservationer, anteckningar, jäv, expediering. */
bool minutes_remove(struct tui *t, long long paragraph);

/* The protokoll (meeting id). */
/* Pick the justerare among those serving at the meeting; *chosen says
 * whether a choice was stored. */
bool minutes_justerare(struct tui *t, long long meeting);
/* Record the anslag after the dates it leads to are shown; number 0:
 * the protokoll, else an omedelbart justerad paragraph. preview gets the
 * text to show while the question is asked (the screen draws it). */
bool minutes_anslag(struct tui *t, long long meeting, int number, char *preview,
		    size_t size);
/* A dated rättelse of the justerat protokoll or of paragraph (id, 0:
 * the whole). */
bool minutes_rattelse(struct tui *t, long long meeting, long long paragraph, int number);
/* Sign the justerat protokoll (number 0) or the omedelbart justerad
 * paragraph number with the user's OpenSSH key (asked for, the usual one
 * in ~/.ssh offered), ssh-keygen on the terminal; the signature checked
 * and the result on the message line. True when one was stored. */
bool minutes_sign(struct tui *t, long long meeting, int number);
/* Export the protokoll, an utdrag, the anslag or the beslutslista;
 * number is the selected paragraph (the utdrag's default). */
void minutes_export(struct tui *t, long long meeting, const char *code, const char *date,
		    int number);
/* The anslag's dates of the justerat protokoll p (g NULL) or of its
 * omedelbart justerad paragraph g into buf ("" when not justerad). */
struct nd_protocol;
struct nd_pparagraph;
struct nd_rules;
void minutes_dates(const struct nd_protocol *p, const struct nd_pparagraph *g,
		   const struct nd_rules *r, char *buf, size_t size);

/* Beslutsunderlag and expediering of a paragraph. */
struct tscreen *scr_underlag_new(struct tui *t, long long paragraph);

#endif
