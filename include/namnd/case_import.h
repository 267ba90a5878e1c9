/* Bulk registration of ärenden from a diarium system's export. */
#ifndef NAMND_CASE_IMPORT_H
#define NAMND_CASE_IMPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "namnd/db.h"
#include "namnd/strbuf.h"
#include "namnd/tabfile.h"

/* Faults listed in messages; the rest are only counted. */
#define CASE_IMPORT_FAULTS_SHOWN 30

struct case_import_report {
	size_t rows;          /* ärenden in the file (rows under the header) */
	size_t added;         /* registered */
	size_t people_added;  /* handläggare added to the person register */
	size_t faults;        /* rows and cells refused */
	struct strbuf messages; /* the first faults, one a line, in Swedish:
				   "Rad N, kolumn \"X\": ..." */
	size_t warnings;      /* rows registered, but worth a look */
	struct strbuf notes;  /* the first warnings, one a line, as messages:
				 a registration year other than the dnr's */
};

/* Register every ärende of t, whose first row names the columns
 * (diarienummer and titel/ärendemening required; handläggare,
 * registrerad, status and nämnd if there), in one transaction: all rows
 * or none. A dnr without series gets the committee's series (committee
 * given: also its nämnd), else the organisation's dnr_series. Unknown
 * handläggare are added to the person register. Any fault (a bad dnr,
 * date or status, a dnr already registered or twice in the file)
 * registers nothing and returns ND_EINVAL with rep->messages naming row
 * and column. A time after the date must be a time ("25:00" is a fault).
 * A registration year other than the dnr's is no fault (a diarium may
 * register late) but a warning in rep->notes naming row, dnr and date.
 * dry_run checks without writing. Free rep with
 * case_import_report_free. */
enum nd_err case_import(struct nd_db *db, const struct tab_file *t, const char *committee,
			bool dry_run, struct case_import_report *rep);
void case_import_report_free(struct case_import_report *rep);

#endif
