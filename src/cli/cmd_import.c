/* namnd agenda import: a föredragningslista from a TSV/CSV file. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

#include "namnd/agenda_import.h"
#include "namnd/tabfile.h"

/* An agenda cell is a title at most; a cell of megabytes is a mistake. */
#define AGENDA_CELL_MAX (16u * 1024u)

int cmd_agenda_import(struct cli *c, struct args *a)
{
	struct tab_opts opts = { AGENDA_CELL_MAX, TAB_AGENDA_FILE_MAX, 0, true, false,
				 "en föredragningslista" };
	struct tab_file *t = NULL;
	struct ai_result res;
	long long id;
	enum nd_err e;
	if (a->npos != 3)
		return cli_usage("namnd agenda import SAMMANTRÄDE FIL [--replace] "
				 "(FIL \"-\" = standard in).");
	if ((e = meeting_resolve(c->db, a->pos[1], &id)) || (e = tab_load(a->pos[2], &opts, &t)))
		return cli_fail(e);
	e = agenda_import(c->db, id, t, args_flag(a, "replace"), &res);
	for (size_t i = 0; i < res.n; i++) {
		fputs(res.v[i].error ? "namnd: " : "namnd: obs: ", stderr);
		print_cell(stderr, res.v[i].text, 0, false);
		fputc('\n', stderr);
	}
	if (!e)
		printf("Lade in %d %s. %s\n", res.items, res.items == 1 ? "punkt" : "punkter", t->note);
	agenda_import_free(&res);
	tab_free(t);
	return e ? cli_fail(e) : EXIT_OK;
}
