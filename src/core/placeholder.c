/* Placeholders that Word templates leave in a document when a field was
 * never filled in. */
#include "namnd/text.h"

#include <string.h>

static const char *const placeholders[] = {
	"ÄRENDENUMMER",
	"Ärendenummer",
	"Klicka eller tryck här för att ange text",
	"klicka eller tryck här för att ange text",
	"Klicka här för att ange text",
	"klicka här för att ange text",
	"Välj det datum",
	"välj det datum",
	"Klicka eller tryck för att ange ett datum",
	"XXXX",
	"[…]",
	"[...]",
	NULL,
};

const char *text_placeholder(const char *s)
{
	if (!s)
		return NULL;
	for (const char *const *p = placeholders; *p; p++)
		if (strstr(s, *p))
			return *p;
	return NULL;
}
