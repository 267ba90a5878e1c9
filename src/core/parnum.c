/* Paragraph names in messages: § or punkt (namnd/parnum.h). */
#include <stdio.h>
#include "namnd/parnum.h"

const char *parnum(bool items, int n, char *buf, size_t size)
{
	snprintf(buf, size, items ? "punkt %d" : "§ %d", n);
	return buf;
}

const char *parnum_cap(bool items, int n, char *buf, size_t size)
{
	snprintf(buf, size, items ? "Punkt %d" : "§ %d", n);
	return buf;
}

char *parnum_upper(char *s)
{
	if (s[0] >= 'a' && s[0] <= 'z')
		s[0] = (char)(s[0] - 'a' + 'A');
	return s;
}

const char *parnum_range(bool items, int from, int to, char *buf, size_t size)
{
	if (from == to)
		return parnum(items, from, buf, size);
	snprintf(buf, size, items ? "punkterna %d–%d" : "§§ %d–%d", from, to);
	return buf;
}
