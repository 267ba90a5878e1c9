/* Printing rows for people (aligned columns) and scripts (--tsv). */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

#include "namnd/text.h"

void print_cell(FILE *f, const char *s, int w, bool pad)
{
	char *clean = text_sanitize(s ? s : "", false);
	char *cut = NULL;
	if (!clean)
		return;
	if (w > 0 && (cut = text_truncate(clean, (size_t)w)) != NULL) {
		free(clean);
		clean = cut;
	}
	fputs(clean, f);
	if (pad && w > 0)
		for (size_t n = text_width(clean); n < (size_t)w; n++)
			fputc(' ', f);
	free(clean);
}

/* Tabs and newlines would break a TSV row; they become spaces. */
static void print_tsv_cell(const char *s)
{
	char *clean = text_sanitize(s ? s : "", false);
	if (clean)
		fputs(clean, stdout);
	free(clean);
}

int print_list_row(void *ctx, sqlite3_stmt *st)
{
	struct printer *p = ctx;
	int n = sqlite3_column_count(st);
	if (!p->header_done && !p->cli->tsv) {
		for (int i = 0; i < n; i++) {
			int w = p->widths ? p->widths[i] : 0;
			print_cell(stdout, sqlite3_column_name(st, i), w, i + 1 < n && w);
			if (i + 1 < n)
				fputc(' ', stdout);
		}
		fputc('\n', stdout);
	}
	p->header_done = true;
	for (int i = 0; i < n; i++) {
		const char *v = (const char *)sqlite3_column_text(st, i);
		if (p->cli->tsv) {
			print_tsv_cell(v);
			fputc(i + 1 < n ? '\t' : '\n', stdout);
			continue;
		}
		int w = p->widths ? p->widths[i] : 0;
		print_cell(stdout, v, w, i + 1 < n && w);
		fputc(i + 1 < n ? ' ' : '\n', stdout);
	}
	p->rows++;
	return 0;
}

/* "Label   value" lines; long texts keep their line breaks, indented. */
int print_show_row(void *ctx, sqlite3_stmt *st)
{
	struct printer *p = ctx;
	int n = sqlite3_column_count(st);
	size_t lw = 0;
	for (int i = 0; i < n; i++) {
		size_t w = text_width(sqlite3_column_name(st, i));
		if (w > lw)
			lw = w;
	}
	for (int i = 0; i < n; i++) {
		const char *v = (const char *)sqlite3_column_text(st, i);
		if (!v || !*v)
			continue;
		if (p->cli->tsv) {
			print_tsv_cell(sqlite3_column_name(st, i));
			fputc('\t', stdout);
			print_tsv_cell(v);
			fputc('\n', stdout);
			continue;
		}
		print_cell(stdout, sqlite3_column_name(st, i), (int)lw, true);
		fputs("  ", stdout);
		char *clean = text_sanitize(v, true);
		for (char *line = clean, *next; line; line = next) {
			next = strchr(line, '\n');
			if (next)
				*next++ = '\0';
			if (line != clean)
				printf("%*s  ", (int)lw, "");
			printf("%s\n", line);
		}
		free(clean);
	}
	p->rows++;
	return 0;
}
