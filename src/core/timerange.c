/* Time slots as hand-made agendas write them. */
#include "namnd/date.h"

#include <string.h>

#include "namnd/text.h"

static void trim(char *s)
{
	size_t n = strlen(s), i = 0;
	while (n > 0 && s[n - 1] == ' ')
		s[--n] = '\0';
	while (s[i] == ' ')
		i++;
	memmove(s, s + i, n - i + 1);
}

/* Both sides of a dash at byte pos (dlen bytes long) as times? */
static bool split_at(const char *s, size_t pos, size_t dlen, int *from, int *to)
{
	char left[32], right[32];
	size_t rn = strlen(s) - pos - dlen;
	if (pos >= sizeof left || rn >= sizeof right)
		return false;
	memcpy(left, s, pos);
	left[pos] = '\0';
	memcpy(right, s + pos + dlen, rn + 1);
	trim(left);
	trim(right);
	return time_parse(left, from) == ND_OK && time_parse(right, to) == ND_OK;
}

enum nd_err time_range_parse(const char *text, int *from, int *to)
{
	char buf[64], q[TEXT_QUOTE_SIZE];
	int found = 0, f = 0, t = 0;
	size_t n = text ? strlen(text) : 0;
	if (n > 0 && n < sizeof buf) {
		memcpy(buf, text, n + 1);
		trim(buf);
		/* "kl. 08.05-08.10" */
		if ((buf[0] == 'k' || buf[0] == 'K') && buf[1] == 'l') {
			memmove(buf, buf + 2 + (buf[2] == '.'), strlen(buf + 2 + (buf[2] == '.')) + 1);
			trim(buf);
		}
		/* One dash must split the text into two times: "09-10-09.15"
		 * has two dashes and neither does. */
		for (size_t i = 0; buf[i]; i++) {
			size_t dlen = buf[i] == '-' ? 1 :
				((unsigned char)buf[i] == 0xE2 && (unsigned char)buf[i + 1] == 0x80 &&
				 ((unsigned char)buf[i + 2] == 0x93 || (unsigned char)buf[i + 2] == 0x94))
				? 3 : 0;
			if (dlen && split_at(buf, i, dlen, &f, &t)) {
				found++;
				*from = f;
				*to = t;
			}
		}
	}
	if (found == 1)
		return ND_OK;
	text_quote(text, q, sizeof q);
	return nd_fail(ND_EINVAL, "Tiden \"%s\" går inte att läsa; skriv början och slut, "
		       "t.ex. \"08.05-08.10\".", q);
}
