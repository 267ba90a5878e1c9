/* libFuzzer target for the text parsers of src/core: dnr, dates, times
 * and UTF-8 handling. Checks properties, not just absence of crashes:
 * a parsed dnr formats and parses back to itself, sanitized text is valid
 * UTF-8 without control characters, truncation never exceeds its width. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/date.h"
#include "namnd/dnr.h"
#include "namnd/text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	if (!s)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';

	struct nd_dnr d, back;
	if (dnr_parse(s, &d) == ND_OK) {
		char buf[96];
		if (dnr_format(&d, DNR_DEFAULT_PATTERN, buf, sizeof buf) != ND_OK ||
		    dnr_parse(buf, &back) != ND_OK || back.year != d.year ||
		    back.number != d.number || strcmp(back.series, d.series) != 0)
			abort();
	}
	struct nd_date date;
	if (date_parse(s, &date) == ND_OK) {
		char buf[11];
		date_format(date, buf);
		if (strcmp(buf, s) != 0 || !date_valid(date))
			abort();
	}
	int min;
	if (time_parse(s, &min) == ND_OK && (min < 0 || min > 1439))
		abort();

	char *clean = text_sanitize(s, size % 2);
	if (clean) {
		size_t n = strlen(clean);
		if (!text_valid_utf8(clean, n))
			abort();
		for (size_t i = 0; i < n;) {
			uint32_t cp;
			size_t k = utf8_decode(clean + i, n - i, &cp);
			if (k == 0 || (text_is_control(cp) && cp != '\n'))
				abort();
			i += k;
		}
		char *cut = text_truncate(clean, size % 40);
		if (cut && text_width(cut) > size % 40)
			abort();
		free(cut);
	}
	free(clean);
	free(s);
	return 0;
}
