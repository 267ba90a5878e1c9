/* Identifiers for the world outside: see ident.h. */
#include "namnd/ident.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Latin letters of Swedish (and neighbouring) names folded to ASCII. */
static const struct { const char *utf8; char ascii; } folds[] = {
	{ "å", 'a' }, { "ä", 'a' }, { "ö", 'o' }, { "Å", 'a' }, { "Ä", 'a' }, { "Ö", 'o' },
	{ "é", 'e' }, { "É", 'e' }, { "è", 'e' }, { "ü", 'u' }, { "Ü", 'u' }, { "æ", 'a' },
	{ "ø", 'o' }, { "á", 'a' }, { "à", 'a' }, { "ó", 'o' }, { "í", 'i' }, { "ñ", 'n' },
};

void ident_slug(const char *s, char *out, size_t size)
{
	size_t n = 0;
	bool dash = false;
	if (size == 0)
		return;
	while (*s && n + 1 < size) {
		unsigned char c = (unsigned char)*s;
		char a = 0;
		size_t len = 1;
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
			a = (char)c;
		else if (c >= 'A' && c <= 'Z')
			a = (char)(c - 'A' + 'a');
		else if (c >= 0x80) {
			for (size_t i = 0; i < sizeof folds / sizeof *folds; i++) {
				size_t l = strlen(folds[i].utf8);
				if (strncmp(s, folds[i].utf8, l) == 0) {
					a = folds[i].ascii;
					len = l;
					break;
				}
			}
			if (!a) /* skip the rest of an unknown code point */
				while ((unsigned char)s[len] >= 0x80 && (unsigned char)s[len] < 0xc0)
					len++;
		}
		s += len;
		if (!a) {
			dash = n > 0;
			continue;
		}
		if (dash && n + 2 < size)
			out[n++] = '-';
		dash = false;
		out[n++] = a;
	}
	out[n] = '\0';
}

char *ident_host(struct nd_db *db)
{
	char *domain = setting_get(db, "org_domain", ""), *name = NULL, *host = NULL;
	char slug[128];
	if (!domain)
		return NULL;
	if (*domain)
		return domain;
	free(domain);
	if (!(name = setting_get(db, "org_name", "")))
		return NULL;
	ident_slug(name, slug, sizeof slug);
	free(name);
	if (!*slug)
		return strdup("namnd.invalid");
	size_t n = strlen(slug) + sizeof ".namnd";
	if ((host = malloc(n)))
		snprintf(host, n, "%s.namnd", slug);
	return host;
}

void ident_meeting_slug(const char *code, const char *date, const char *start, bool same_day,
			char *buf, size_t size)
{
	char c[40];
	ident_slug(code ? code : "", c, sizeof c);
	if (same_day && start && strlen(start) == 5)
		snprintf(buf, size, "%s-%s-%.2s%.2s", c, date ? date : "", start, start + 3);
	else
		snprintf(buf, size, "%s-%s", c, date ? date : "");
}
