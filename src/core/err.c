/* Error codes and the last user-facing message. */
#include "namnd/err.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static char errbuf[1024];
static char hintbuf[256];

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

const char *nd_errno_text(int err)
{
	switch (err) {
	case EACCES:
	case EPERM: return "åtkomst nekas";
	case ENOENT: return "filen eller mappen finns inte";
	case ENOTDIR: return "en del av sökvägen är ingen mapp";
	case EISDIR: return "det är en mapp, inte en fil";
	case EROFS: return "skrivskyddat filsystem";
	case ENOSPC: return "disken är full";
#ifdef EDQUOT
	case EDQUOT: return "diskkvoten är slut";
#endif
	case ENAMETOOLONG: return "sökvägen är för lång";
	case ELOOP: return "för många symboliska länkar i sökvägen";
	case EMFILE:
	case ENFILE: return "för många öppna filer";
	case ENOMEM: return "slut på minne";
	case EIO: return "in- eller utmatningsfel";
	default: return strerror(err);
	}
}

enum nd_err nd_fail(enum nd_err e, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(errbuf, sizeof errbuf, fmt, ap);
	va_end(ap);
	hintbuf[0] = '\0';
	return e;
}

enum nd_err nd_hint(enum nd_err e, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(hintbuf, sizeof hintbuf, fmt, ap);
	va_end(ap);
	return e;
}

const char *nd_errhint(void)
{
	return hintbuf;
}

const char *nd_errmsg(void)
{
	return errbuf;
}

void nd_errclear(void)
{
	errbuf[0] = '\0';
	hintbuf[0] = '\0';
}
