/* Agenda import, shared by its reading and writing halves. Not a public
 * header. */
#ifndef NAMND_STORE_AGENDA_IMPORT_IMPL_H
#define NAMND_STORE_AGENDA_IMPORT_IMPL_H

#include "namnd/agenda_import.h"

enum { AI_NR, AI_TITLE, AI_DNR, AI_PRESENTER, AI_TIME, AI_NCOLS };

struct ai_row {
	size_t line;
	const char *kind;     /* static */
	char *title;          /* owned */
	long long case_id;    /* 0: none */
	char *case_title;     /* owned, or NULL */
	long long presenter_id;
	char *role;           /* owned, or NULL */
	bool timed;
	int from, to;         /* minutes, when timed */
	int duration;
};

struct ai_ctx {
	struct nd_db *db;
	struct ai_result *res;
	long long meeting;
	int start;            /* the meeting's start, minutes */
	char *series;         /* the committee's dnr series, or NULL */
	struct ai_row *rows;
	size_t nrows;
};

/* Record a message for line (printf format, Swedish). */
void ai_msg(struct ai_result *res, size_t line, bool error, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 4, 5)))
#endif
	;

/* Read t's rows into x->rows; problems go to x->res as errors. Returns
 * an error code only for a failure of the program (memory, database). */
enum nd_err ai_read(struct ai_ctx *x, const struct tab_file *t);

#endif
