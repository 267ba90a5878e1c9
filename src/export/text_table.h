/* Aligned text tables of money: an area column, then right-aligned
 * number columns under two-line headings (report_text.c, budget_text.c).
 * Not a public header.
 *
 * The area column is as wide as the widest area, at most TT_LABEL_MAX
 * columns (longer names wrap at spaces onto lines indented two more
 * columns, the numbers on the first line); each number column is two
 * spaces and then as wide as its widest heading or number. Numbers are
 * Swedish ("-795 480"), with two decimals for all when any has them. */
#ifndef NAMND_TEXT_TABLE_H
#define NAMND_TEXT_TABLE_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "namnd/report.h"

#define TT_LABEL_MAX 30
#define TT_HEAD_LABEL "Verksamhet"

struct text_table {
	FILE *out;
	int decimals;
	size_t label_w;
	int ncols;                      /* at most RC_NCOLS */
	const char *head[RC_NCOLS][2];  /* the two heading lines per column */
	size_t col_w[RC_NCOLS];
};

/* Set out, decimals and widths from the heads (filled in first) and the
 * widest area. */
void text_table_init(struct text_table *t, FILE *out, size_t area_width, bool cents);
/* Widen the columns for a row's numbers (a first pass over the rows). */
void text_table_measure(struct text_table *t, const int64_t *v, const bool *has);
void text_table_heading(struct text_table *t);
/* One row; indent 2 for a sub-area. has[k] false leaves the cell empty. */
void text_table_row(struct text_table *t, const char *label, size_t indent,
		    const int64_t *v, const bool *has);

#endif
