/* The month report as an .xlsx workbook (libxlsxwriter). */
#include "namnd/report.h"

enum nd_err report_write_xlsx(struct nd_db *db, const struct report_head *heads, size_t n,
			      const char *path, const char *today, const char *organisation)
{
	(void)db; (void)heads; (void)n; (void)path; (void)today; (void)organisation;
	return nd_fail(ND_EINVAL, "xlsx-exporten är inte klar ännu.");
}
