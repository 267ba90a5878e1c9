/* Error codes and the last user-facing message. */
#include "namnd/err.h"

#include <stdarg.h>
#include <stdio.h>

static char errbuf[1024];

const char *nd_strerror(enum nd_err e)
{
	switch (e) {
	case ND_OK: return "ok";
	case ND_EINVAL: return "ogiltigt värde";
	case ND_ENOTFOUND: return "finns inte";
	case ND_EEXIST: return "finns redan";
	case ND_ETOOLONG: return "för lång text";
	case ND_ENOMEM: return "slut på minne";
	case ND_EIO: return "fel vid läsning eller skrivning av fil";
	case ND_EDB: return "databasfel";
	case ND_ENOTDB: return "filen är inte en namnd-databas";
	case ND_ENEWER: return "databasen är skapad av en nyare version av namnd";
	case ND_EREADONLY: return "databasen är skrivskyddad";
	case ND_EBUSY: return "databasen är låst av ett annat program";
	case ND_ELOCKED: return "protokollet är justerat och kan inte ändras";
	case ND_ECONSTRAINT: return "ändringen bryter mot en regel i registret";
	}
	return "okänt fel";
}

enum nd_err nd_fail(enum nd_err e, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(errbuf, sizeof errbuf, fmt, ap);
	va_end(ap);
	return e;
}

const char *nd_errmsg(void)
{
	return errbuf;
}

void nd_errclear(void)
{
	errbuf[0] = '\0';
}
